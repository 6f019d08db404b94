import {
  LkCompleteEvent,
  LkElement,
  LkItemElement,
  LkProgressEvent,
  devWarn,
  namedSlots,
  seededShuffle,
  type ItemState,
  type LkAnswerEvent,
} from '@lessonkit/core';
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LkQuestionBase, type QuestionSummary } from './question-base.js';
import './strings.js';

export type QuizLayout = 'all' | 'paged';
export type QuizFeedback = 'immediate' | 'end';
export type QuizRetry = 'clear' | 'keep' | 'none';

/** The whole quiz's result. */
export interface QuizResult {
  readonly score: number;
  readonly maxScore: number;
  /** 0..1 of the scored points (1 when nothing is scored). */
  readonly ratio: number;
  readonly passed: boolean | null;
}

const isQuestion = (element: Element): element is LkQuestionBase => element instanceof LkQuestionBase;

/**
 * A set of questions, scored together: "Question N of M" one at a time
 * (`layout="paged"`) or all at once, feedback after each question or only
 * when the whole quiz is submitted (`feedback="end"`), a total, a percentage
 * and a passing score, a summary that lists every question with the
 * learner's answer, the right answer and the explanation, and a retry of the
 * whole quiz that clears or keeps the answers.
 *
 * Any Lessonkit question element can be a child: `<lk-question>`,
 * `<lk-fill-blank>`, `<lk-order>`, `<lk-match>`, `<lk-categorize>`,
 * `<lk-short-answer>`.
 *
 * @tagname lk-quiz
 * @summary Questions scored together, with a summary, a passing score and a retry.
 *
 * @slot - The question elements.
 * @slot title - An optional heading for the quiz.
 *
 * @csspart progress - "N of M answered".
 * @csspart question - The box around one question, with its number.
 * @csspart number - "Question N of M" above a question.
 * @csspart nav - Previous / Next (paged layout).
 * @csspart previous-button - Previous question.
 * @csspart next-button - Next question, or "See results".
 * @csspart submit-button - Submit the quiz (`feedback="end"`).
 * @csspart confirm - The "some questions are unanswered" confirmation.
 * @csspart summary - The results.
 * @csspart result - The total, the percentage and pass/fail.
 * @csspart summary-list - The list of questions in the results.
 * @csspart retry-button - Try the whole quiz again.
 * @csspart error - An author error (no questions, a passing score outside 0–1).
 *
 * @fires lk-progress - When a question is answered. `detail`: `done`, `total`, `score`, `maxScore`.
 * @fires lk-complete - Once every question is finished (or the quiz is submitted). `detail`: `score`, `maxScore`, `passed`.
 */
export class LkQuiz extends LkItemElement {
  static override shadowRootOptions: ShadowRootInit = { ...LkElement.shadowRootOptions, slotAssignment: 'manual' };
  static override styles = [
    LkElement.styles,
    css`
      :host {
        margin-block: var(--_space-4);
      }
      .progress {
        margin: 0 0 var(--_space-3);
        color: var(--_muted);
        font-weight: 600;
      }
      .question {
        margin-block-end: var(--_space-6);
      }
      .question[hidden] {
        display: none;
      }
      .number {
        margin: 0;
        font-size: 0.875rem;
        font-weight: 700;
        text-transform: uppercase;
        letter-spacing: 0.03em;
        color: var(--_muted);
      }
      .number:focus {
        outline: none;
      }
      .number:focus-visible {
        outline: 3px solid var(--_focus);
      }
      .nav {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space-2);
        justify-content: space-between;
      }
      .confirm,
      .summary {
        margin-top: var(--_space-4);
        padding: var(--_space-4);
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .summary h3 {
        margin-top: 0;
      }
      .summary h3:focus {
        outline: none;
      }
      .summary h3:focus-visible {
        outline: 3px solid var(--_focus);
      }
      .result {
        font-size: 1.125rem;
        font-weight: 700;
      }
      .summary ol {
        padding-inline-start: var(--_space-6);
      }
      .summary li {
        margin-block-end: var(--_space-3);
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: var(--_space-1) var(--_space-3);
        margin: var(--_space-1) 0 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space-2);
        margin-top: var(--_space-3);
      }
    `,
  ];

  /** `all` (the default): every question at once; `paged`: one question at a time, with Previous and Next. */
  @property({ reflect: true }) layout: QuizLayout = 'all';

  /** `immediate` (the default): each question is checked on its own; `end`: the whole quiz is submitted at once. */
  @property({ reflect: true }) feedback: QuizFeedback = 'immediate';

  /** The share of the scored points needed to pass, from 0 to 1; none when unset. */
  @property({ type: Number, attribute: 'passing-score' }) passingScore: number | undefined;

  /** Shows the questions, and the choices in them, in a shuffled order that stays the same for a learner. */
  @property({ type: Boolean }) shuffle = false;

  /** What "Try again" does: `clear` (the default) empties every answer, `keep` keeps them, `none` offers no retry. */
  @property() retry: QuizRetry = 'clear';

  /** Seeds the shuffle; set from the learner's saved attempt, else the `item-id`. */
  @property() seed = '';

  @state() private questions: LkQuestionBase[] = [];
  /** The question on show in the paged layout; `questions.length` for the results page. */
  @state() private page = 0;
  @state() private confirming = false;
  /** Bumped when a question changes, so totals and the summary re-render. */
  @state() private answers = 0;

  #completed = false;
  #refocus = '';
  readonly #observer = new MutationObserver(() => this.#readQuestions());

  /** Questions in the order shown. */
  get #shown(): LkQuestionBase[] {
    return this.shuffle ? seededShuffle(this.questions, this.seed || this.itemId) : this.questions;
  }

  /** Every question finished (answered right or out of attempts, or submitted). */
  get #finished(): boolean {
    return this.questions.length > 0 && this.questions.every((question) => question.answered);
  }

  /** The quiz's score so far. */
  get result(): QuizResult {
    let score = 0;
    let maxScore = 0;
    for (const question of this.questions) {
      const { score: earned, maxScore: max } = question.summary;
      score += earned;
      maxScore += max;
    }
    const ratio = maxScore > 0 ? score / maxScore : 1;
    const passed = this.passingScore === undefined ? null : ratio >= this.passingScore - 1e-9;
    return { score, maxScore, ratio, passed };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readQuestions();
    if (this.#waitingForQuestions) {
      setTimeout(() => {
        this.#waitingForQuestions = false;
        this.requestUpdate();
      }, LkQuiz.waitForQuestions);
    }
    this.#observer.observe(this, { childList: true });
    this.addEventListener('lk-answer', this.#onAnswer);
    // Every item asks for its saved state when it connects — also when it is
    // upgraded after the quiz read its children: read them again then.
    this.addEventListener('lk-restore-request', this.#onItemConnected);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
    this.removeEventListener('lk-answer', this.#onAnswer);
    this.removeEventListener('lk-restore-request', this.#onItemConnected);
  }

  /**
   * A question upgraded after the quiz read its children joins in document order, set up like
   * the others; the others are not read again (a hundred questions upgrade one by one).
   */
  readonly #onItemConnected = (event: Event): void => {
    const target = event.target as Element;
    if (target.parentElement !== this || !isQuestion(target) || this.questions.includes(target)) return;
    const follows = (question: Element) => target.compareDocumentPosition(question) & Node.DOCUMENT_POSITION_FOLLOWING;
    // Questions upgrade in document order: most often this one goes last.
    const last = this.questions.at(-1);
    const after = !last || !follows(last) ? -1 : this.questions.findIndex(follows);
    const questions = [...this.questions];
    questions.splice(after === -1 ? questions.length : after, 0, target);
    this.questions = questions;
    this.#configure([target]);
  };

  override restore(state: ItemState): void {
    // A quiz keeps no state of its own: its questions restore themselves.
    void state;
  }

  override useSeed(seed: string): void {
    if (!this.seed) this.seed = `${seed}/${this.itemId}`;
  }

  #readQuestions(): void {
    this.questions = [...this.children].filter(isQuestion);
    this.#configure();
  }

  /** Passes the quiz's settings down to its questions. */
  #configure(questions: readonly LkQuestionBase[] = this.questions): void {
    for (const question of questions) {
      question.deferred = this.feedback === 'end' && !question.answered;
      if (this.shuffle && 'shuffle' in question) (question as { shuffle: boolean }).shuffle = true;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('feedback') || changed.has('shuffle')) this.#configure();
    if (changed.has('questions') && this.page > this.questions.length) this.page = 0;
  }

  readonly #onAnswer = (event: Event): void => {
    const target = event.target as Element;
    if (target === this || !this.questions.includes(target as LkQuestionBase)) return;
    this.answers += 1;
    const { attempt } = (event as LkAnswerEvent).detail;
    if (attempt === 0) return; // a reset, not an answer
    const result = this.result;
    const done = this.questions.filter((question) => question.answered).length;
    // Let the question's own lk-answer finish before the quiz reports.
    queueMicrotask(() => {
      this.emit(
        new LkProgressEvent({ done, total: this.questions.length, score: result.score, maxScore: result.maxScore }),
      );
      if (this.feedback === 'immediate' && this.#finished) this.#complete();
    });
  };

  #complete(): void {
    if (this.#completed) return;
    this.#completed = true;
    const { score, maxScore, passed } = this.result;
    this.emit(new LkCompleteEvent({ score, maxScore, passed }));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const root = this.renderRoot as ShadowRoot;
    const slots = namedSlots(root);
    slots.get('title')?.assign(...[...this.children].filter((child) => child.getAttribute('slot') === 'title'));
    this.questions.forEach((question, index) => slots.get(`q-${index}`)?.assign(question));
    slots.get('pending')?.assign(...this.#pending);
    if (this.#refocus) {
      root.querySelector<HTMLElement>(this.#refocus)?.focus();
      this.#refocus = '';
    }
  }

  #go(page: number): void {
    this.page = Math.max(0, Math.min(page, this.questions.length));
    this.confirming = false;
    this.#refocus =
      this.page === this.questions.length ? '.summary h3, [part~="submit-button"]' : `#number-${this.page}`;
  }

  #submit(force: boolean): void {
    const unanswered = this.questions.filter((question) => question.summary.response === '');
    if (!force && unanswered.length > 0) {
      this.confirming = true;
      this.#refocus = '[part~="confirm"] h3';
      return;
    }
    this.confirming = false;
    for (const question of this.questions) {
      question.deferred = false;
      if (!question.answered) question.check({ allowEmpty: true, final: true });
    }
    this.answers += 1;
    // After the progress events the checks queued.
    queueMicrotask(() => this.#complete());
    if (this.layout === 'paged') this.page = this.questions.length;
    this.#refocus = '.summary h3';
  }

  #keepAnswering(): void {
    this.confirming = false;
    this.#refocus = '[part~="submit-button"]';
  }

  async #retry(): Promise<void> {
    for (const question of this.questions) {
      if (this.retry === 'keep') question.reopen();
      else question.reset();
    }
    this.#completed = false;
    this.#configure();
    this.answers += 1;
    this.page = 0;
    this.#refocus = '#number-0';
    const first = this.#shown[0];
    if (!first) return;
    await this.updateComplete;
    await first.updateComplete;
    first.focus();
  }

  #format(value: number): string {
    return new Intl.NumberFormat(this.locale, { maximumFractionDigits: 2 }).format(value);
  }

  #renderProgress() {
    const total = this.questions.length;
    const done = this.questions.filter((question) => question.answered).length;
    return html`<p class="progress" part="progress">${this.t('quiz.answered', { done, total })}</p>`;
  }

  #renderNav() {
    const total = this.questions.length;
    const last = this.page === total - 1;
    const showResults = last && this.#finished;
    return html`<div class="nav" part="nav">
      <button
        class="button"
        data-variant="quiet"
        part="previous-button"
        type="button"
        ?hidden=${this.page === 0}
        @click=${() => this.#go(this.page - 1)}
      >
        ${this.t('quiz.previous')}
      </button>
      ${
        !last || showResults
          ? html`<button class="button" part="next-button" type="button" @click=${() => this.#go(this.page + 1)}>
              ${this.t(last ? 'quiz.seeResults' : 'quiz.next')}
            </button>`
          : nothing
      }
    </div>`;
  }

  #renderSubmit() {
    if (this.feedback !== 'end' || this.#finished) return nothing;
    if (this.layout === 'paged' && this.page !== this.questions.length - 1) return nothing;
    const unanswered = this.questions.filter((question) => question.summary.response === '').length;
    return html`
      ${
        this.confirming
          ? html`<div class="confirm" part="confirm" role="group" aria-labelledby="confirm-title">
              <h3 id="confirm-title" tabindex="-1">${this.t('quiz.unanswered', { count: unanswered })}</h3>
              <div class="actions">
                <button class="button" type="button" @click=${() => this.#submit(true)}>
                  ${this.t('quiz.submitAnyway')}
                </button>
                <button class="button" data-variant="quiet" type="button" @click=${this.#keepAnswering}>
                  ${this.t('quiz.keepAnswering')}
                </button>
              </div>
            </div>`
          : nothing
      }
      <div class="actions">
        <button class="button" part="submit-button" type="button" @click=${() => this.#submit(false)}>
          ${this.t('quiz.submit')}
        </button>
      </div>
    `;
  }

  #renderSummaryItem(summary: QuestionSummary) {
    const verdict =
      summary.correct === null
        ? this.t('quiz.notScored')
        : this.t('quiz.points', { score: this.#format(summary.score), max: this.#format(summary.maxScore) });
    return html`<li>
      <strong>${summary.prompt}</strong>
      <dl>
        <dt>${this.t('quiz.yourAnswer')}</dt>
        <dd>${summary.response || this.t('quiz.noAnswer')}</dd>
        ${
          summary.answer && summary.correct !== null
            ? html`<dt>${this.t('quiz.rightAnswer')}</dt>
                <dd>${summary.answer}</dd>`
            : nothing
        }
        <dt>${this.t('quiz.result')}</dt>
        <dd>${verdict}</dd>
        ${
          summary.explanation
            ? html`<dt>${this.t('quiz.explanation')}</dt>
                <dd>${summary.explanation}</dd>`
            : nothing
        }
      </dl>
    </li>`;
  }

  #renderSummary() {
    if (!this.#finished) return nothing;
    if (this.layout === 'paged' && this.page < this.questions.length) return nothing;
    const { score, maxScore, ratio, passed } = this.result;
    const percent = Math.round(ratio * 100);
    return html`<section class="summary" part="summary" aria-labelledby="summary-title">
      <h3 id="summary-title" tabindex="-1">${this.t('quiz.results')}</h3>
      <p class="result" part="result">
        ${this.t('quiz.total', { score: this.#format(score), max: this.#format(maxScore), percent })}
        ${passed === null ? nothing : passed ? this.t('quiz.passed') : this.t('quiz.notPassed')}
      </p>
      <ol part="summary-list">
        ${this.#shown.map((question) => this.#renderSummaryItem(question.summary))}
      </ol>
      ${
        this.retry === 'none'
          ? nothing
          : html`<div class="actions">
              <button class="button" part="retry-button" type="button" @click=${this.#retry}>
                ${this.t('quiz.retry')}
              </button>
            </div>`
      }
    </section>`;
  }

  /**
   * Children that look like questions whose elements are not defined yet (a lesson page defines
   * some after its first paint). For five seconds after the quiz connects they are shown as they
   * are, not reported as a quiz with no questions; an element never defined is reported then.
   */
  get #pending(): Element[] {
    if (!this.#waitingForQuestions) return [];
    return [...this.children].filter(
      (child) =>
        child.localName.startsWith('lk-') && child.hasAttribute('item-id') && !customElements.get(child.localName),
    );
  }

  #waitingForQuestions = true;

  /** How long a quiz waits for its questions' elements to be defined (ms). @internal */
  static waitForQuestions = 5000;

  /** A message for the page when the quiz is authored wrong; '' when it is fine. */
  get #authorError(): string {
    if (this.questions.length === 0) return this.#pending.length > 0 ? '' : this.t('quiz.empty');
    const passing = this.passingScore;
    if (passing !== undefined && !(passing >= 0 && passing <= 1)) return this.t('quiz.badPassingScore');
    return '';
  }

  #warned = '';

  override render() {
    const total = this.questions.length;
    const error = this.#authorError;
    if (error && error !== this.#warned) devWarn(`lk-quiz#${this.itemId || '(no item-id)'}`, error);
    this.#warned = error;
    if (total === 0 && !error) return html`<slot name="title"></slot><slot name="pending"></slot>`;
    if (total === 0) return html`<p class="error" part="error">${error}</p>`;
    const order = this.#shown;
    return html`
      <slot name="title"></slot>
      ${error ? html`<p class="error" part="error">${error}</p>` : nothing} ${this.#renderProgress()}
      <div data-answers=${this.answers}>
        ${order.map((question, position) => {
          const index = this.questions.indexOf(question);
          const hidden = this.layout === 'paged' && position !== this.page;
          return html`<div class="question" part="question" ?hidden=${hidden}>
            <p class="number" part="number" id=${`number-${position}`} tabindex="-1">
              ${this.t('quiz.questionOf', { n: position + 1, total })}
            </p>
            <slot name=${`q-${index}`}></slot>
          </div>`;
        })}
      </div>
      ${this.layout === 'paged' && this.page < total ? this.#renderNav() : nothing} ${this.#renderSubmit()}
      ${this.#renderSummary()}
    `;
  }
}
