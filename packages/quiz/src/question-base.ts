import {
  LkAnswerEvent,
  LkElement,
  LkItemElement,
  devWarn,
  namedSlots,
  type Interaction,
  type ItemState,
} from '@lessonkit/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LkFeedbackPart } from './part.js';
import { questionStyles } from './question.styles.js';
import './strings.js';
import { plainText } from './text.js';

/** What checking a response gives: `correct` is `null` for items that are not scored. */
export interface CheckResult {
  readonly correct: boolean | null;
  readonly score: number;
}

/** One question as a quiz's summary lists it, in words. */
export interface QuestionSummary {
  readonly itemId: string;
  readonly prompt: string;
  /** The learner's answer, in words ('' when there is none). */
  readonly response: string;
  /** The right answer, in words ('' for items with no right answer). */
  readonly answer: string;
  readonly explanation: string;
  readonly correct: boolean | null;
  readonly score: number;
  readonly maxScore: number;
  readonly answered: boolean;
}

/** What the learner sees beside a part of a checked answer. */
export type Verdict = 'correct' | 'incorrect' | 'answer' | 'missed';

const verdictIcon: Record<Verdict, string> = { correct: '✓', answer: '✓', missed: '✓', incorrect: '✗' };
const verdictKey: Record<Verdict, string> = {
  correct: 'question.choice.correct',
  incorrect: 'question.choice.incorrect',
  answer: 'question.choice.answer',
  missed: 'question.choice.missed',
};

/**
 * Whether a mutation of a question's content changes anything. An attribute written with the value
 * it had (`setAttribute('correct', '')` on a right choice, as a Lit element reflecting what it was
 * given in HTML would do) does not: the question would otherwise render again for nothing.
 */
function changesContent(record: MutationRecord): boolean {
  return (
    record.type !== 'attributes' ||
    record.oldValue !== (record.target as Element).getAttribute(record.attributeName ?? '')
  );
}

/**
 * What every question type shares: the prompt as the legend of a fieldset, a
 * Check button, the overall result in a polite live region, an optional hint,
 * retries up to `max-attempts`, the right answer shown after the last attempt,
 * an explanation once finished, `lk-answer` on every check, and `restore()`.
 *
 * A type supplies its body, how to read, score, clear and re-apply a
 * response, and what it needs from the author (its answer key).
 *
 * @slot prompt - The question itself (becomes the fieldset's legend).
 * @slot hint - An optional hint, behind a "Show hint" button.
 * @slot explanation - Shown once the question is finished (answered right, or out of attempts).
 *
 * @csspart fieldset - The fieldset around the prompt and the answer.
 * @csspart prompt - The legend holding the prompt.
 * @csspart instructions - What to do, in one line.
 * @csspart actions - The row of buttons.
 * @csspart check-button - The Check button.
 * @csspart retry-button - The Try again button.
 * @csspart hint-button - The Show hint / Hide hint button.
 * @csspart hint - The hint's box.
 * @csspart status - The overall feedback (a polite live region).
 * @csspart explanation - The explanation's box.
 * @csspart error - Shown instead of the Check button when the question cannot be checked (an author error).
 * @csspart verdict - The icon and word beside a checked part of the answer.
 * @csspart announcer - A visually hidden polite live region for moves and placements.
 *
 * @cssprop --lk-question-gap - Space between the parts of the answer.
 * @cssprop --lk-question-prompt-size - Font size of the prompt.
 *
 * @fires lk-answer - When the learner checks an answer. `detail`: `itemId`, `interaction`, `response`, `correct`, `score`, `maxScore`, `attempt`, `final`.
 */
export abstract class LkQuestionBase extends LkItemElement {
  static override shadowRootOptions: ShadowRootInit = { ...LkElement.shadowRootOptions, slotAssignment: 'manual' };
  static override styles = [LkElement.styles, questionStyles];

  /** How many checks the learner gets; `0` for no limit. */
  @property({ type: Number, attribute: 'max-attempts' }) maxAttempts = 1;

  /** Points for a fully right answer. */
  @property({ type: Number }) points = 1;

  /** Present once the question is finished: answered right, or out of attempts. Set by the element. */
  @property({ type: Boolean, reflect: true }) answered = false;

  /**
   * Set by a quiz that gives feedback only at the end: the question has no
   * Check button of its own and shows no feedback until the quiz checks it.
   */
  @property({ type: Boolean, reflect: true }) deferred = false;

  /**
   * Seeds the order of a shuffled question, so it stays the same for a
   * learner across visits. A quiz sets it; without one, the `item-id` is used.
   */
  @property() seed = '';

  @state() protected attempts = 0;
  /** The feedback of the last check is on show (until the learner tries again). */
  @state() protected showing = false;
  @state() protected lastCorrect: boolean | null = null;
  @state() protected lastScore = 0;
  @state() protected notice = '';
  @state() private hintOpen = false;
  /** What the polite announcer last said (moves, placements). */
  @state() private announcement = '';

  readonly #observer = new MutationObserver((records) => {
    if (records.some(changesContent)) this.childrenChanged();
  });

  /** The SCORM / xAPI interaction type of the response. */
  abstract readonly interaction: Interaction;

  /** The learner's current response, in the shape of `lk-answer`'s `response`. */
  abstract get response(): string[];

  /** Nothing to check yet. */
  protected abstract get isEmpty(): boolean;

  /** Scores the current response against the key. */
  protected abstract evaluate(): CheckResult;

  /** Shows a saved response again. */
  protected abstract applyResponse(response: readonly string[]): void;

  /** Empties the response (a quiz retry that clears answers). */
  protected abstract clearResponse(): void;

  /** The answer area, inside the fieldset after the instructions. */
  protected abstract renderBody(): TemplateResult | typeof nothing;

  /** A message for the page when the author's answer key is unusable; '' when it is fine. */
  protected abstract get keyError(): string;

  /** A message for the page when the question cannot be checked as authored; '' when it can. */
  protected get authorError(): string {
    if (!Number.isFinite(this.points) || this.points < 0) return this.t('question.badPoints');
    if (!Number.isInteger(this.maxAttempts) || this.maxAttempts < 0) return this.t('question.badAttempts');
    return this.keyError;
  }

  /** The learner's response in words, for a summary. */
  protected abstract describeResponse(): string;

  /** The right answer in words, for a summary. */
  protected abstract describeAnswer(): string;

  /** One line under the prompt saying what to do. */
  protected abstract get instructions(): string;

  /** Points for a fully right answer (0 for items that are not scored). */
  get maxScore(): number {
    return this.points;
  }

  /** Said when Check is pressed on an empty response. */
  protected get emptyNotice(): string {
    return this.t('question.chooseFirst');
  }

  /** Children attributes that change the question when they change. */
  protected get watchedAttributes(): string[] {
    return ['slot'];
  }

  /** Answers can no longer change: feedback is on show, or the question is finished. */
  protected get locked(): boolean {
    return this.showing || this.answered;
  }

  get #outOfAttempts(): boolean {
    return this.maxAttempts > 0 && this.attempts >= this.maxAttempts;
  }

  /** Out of attempts without the right answer: the key is shown. */
  protected get revealed(): boolean {
    return this.answered && this.lastCorrect === false;
  }

  /** The summary a quiz lists for this question. */
  get summary(): QuestionSummary {
    return {
      itemId: this.itemId,
      prompt: this.#slotted('prompt').map(plainText).join(' '),
      response: this.attempts > 0 || !this.isEmpty ? this.describeResponse() : '',
      answer: this.describeAnswer(),
      explanation: this.#slotted('explanation').map(plainText).join(' '),
      correct: this.attempts > 0 ? this.lastCorrect : null,
      score: this.attempts > 0 ? this.lastScore : 0,
      maxScore: this.maxScore,
      answered: this.answered,
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.childrenChanged();
    this.#observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeOldValue: true,
      attributeFilter: this.watchedAttributes,
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  /**
   * Called when the light-DOM content changes; subclasses re-read their parts
   * first, then call this. A response restored before the parts were there
   * (a state restored before the children were parsed) is applied now.
   */
  protected childrenChanged(): void {
    for (const child of this.children) if (child instanceof LkFeedbackPart) child.contentChanged();
    if (this.#pendingResponse && this.hasParts) {
      this.applyResponse(this.#pendingResponse);
      this.#pendingResponse = null;
    }
    this.requestUpdate();
  }

  /** Whether the parts a response refers to (choices, blanks, items) have been read. */
  protected get hasParts(): boolean {
    return true;
  }

  #pendingResponse: readonly string[] | null = null;

  /** Children of this element with `slot="name"`. */
  protected slotted(name: string): Element[] {
    return this.#slotted(name);
  }

  #slotted(name: string): Element[] {
    return [...this.children].filter((child) => child.getAttribute('slot') === name);
  }

  /** Assigns children to the shadow root's slots (slot assignment is manual). */
  protected assignSlots(assign: (slotName: string, nodes: Element[]) => void): void {
    assign('prompt', this.#slotted('prompt'));
    assign('hint', this.#slotted('hint'));
    assign('explanation', this.#slotted('explanation'));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const slots = namedSlots(this.renderRoot);
    this.assignSlots((slotName, nodes) => slots.get(slotName)?.assign(...nodes));
  }

  /** The author error last warned about, so each is said once. */
  #warned = '';

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const error = this.authorError;
    if (error && error !== this.#warned) devWarn(`${this.localName}#${this.itemId || '(no item-id)'}`, error);
    this.#warned = error;
  }

  override restore(saved: ItemState): void {
    if (saved.interaction !== this.interaction) {
      devWarn(
        `${this.localName}#${this.itemId}`,
        `ignored a saved "${saved.interaction}" answer; this question takes "${this.interaction}".`,
      );
      return;
    }
    if (this.hasParts) this.applyResponse(saved.response);
    else this.#pendingResponse = saved.response;
    this.attempts = saved.attempts;
    this.showing = saved.attempts > 0;
    this.lastCorrect = saved.correct;
    this.lastScore = saved.score;
    // The lesson may have fewer attempts now than when this was saved.
    this.answered = saved.final || this.#outOfAttempts;
    this.notice = '';
  }

  override useSeed(seed: string): void {
    // A seed set by the author or a quiz wins over the attempt's.
    if (!this.seed) this.seed = `${seed}/${this.itemId}`;
  }

  /**
   * Checks the current response as the Check button does: scores it, shows
   * the feedback and fires `lk-answer`. Returns false (and says why in the
   * status) when there is nothing to check or the question cannot be checked.
   * A quiz submitting at the end passes `allowEmpty`, so an unanswered
   * question is scored as wrong rather than left open, and `final`, so the
   * question is finished whatever attempts it had left.
   */
  check(options: { allowEmpty?: boolean; final?: boolean } = {}): boolean {
    if (this.locked || this.authorError) return false;
    if (this.isEmpty && !options.allowEmpty) {
      this.#say(this.emptyNotice);
      return false;
    }
    const { correct, score } = this.isEmpty ? { correct: this.maxScore > 0 ? false : null, score: 0 } : this.evaluate();
    this.attempts += 1;
    this.lastCorrect = correct;
    this.lastScore = score;
    this.showing = true;
    this.notice = '';
    this.answered = correct !== false || this.#outOfAttempts || options.final === true;
    // An empty answer to an unscored item (a reflection left blank at a quiz's
    // submit) is shown as finished but not saved as done: it counts as done
    // only once written.
    const unscoredBlank = this.maxScore === 0 && this.isEmpty;
    this.emit(
      new LkAnswerEvent({
        itemId: this.itemId,
        interaction: this.interaction,
        response: this.response,
        correct,
        score,
        maxScore: this.maxScore,
        attempt: this.attempts,
        final: this.answered && !unscoredBlank,
      }),
    );
    return true;
  }

  /** Puts a notice in the live region; the same notice twice is said twice. */
  #say(text: string): void {
    if (this.notice !== text) {
      this.notice = text;
      return;
    }
    this.notice = '';
    void this.updateComplete.then(() => (this.notice = text));
  }

  /** Says something to screen readers without showing it (a card moved, a card placed). */
  protected announce(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  /**
   * Starts the question over: no response, no attempts (a quiz retry that
   * clears answers). Fires `lk-answer` with `attempt: 0`, so the saved state
   * starts over too.
   */
  reset(): void {
    this.clearResponse();
    this.#startOver();
    this.hintOpen = false;
  }

  /**
   * Unlocks the question for another go with the same response (a quiz retry
   * that keeps answers): attempts start again, and `lk-answer` with
   * `attempt: 0` saves that.
   */
  reopen(): void {
    this.#startOver();
  }

  #startOver(): void {
    this.attempts = 0;
    this.showing = false;
    this.lastCorrect = null;
    this.lastScore = 0;
    this.answered = false;
    this.notice = '';
    this.emit(
      new LkAnswerEvent({
        itemId: this.itemId,
        interaction: this.interaction,
        response: this.response,
        correct: null,
        score: 0,
        maxScore: this.maxScore,
        attempt: 0,
        final: false,
      }),
    );
  }

  /** Moves focus to the first control of the answer. */
  override focus(options?: FocusOptions): void {
    this.focusTarget()?.focus(options);
  }

  /** Where focus goes when the learner tries again. */
  protected focusTarget(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('input:not([disabled]), textarea, button:not([disabled])');
  }

  async #onCheck(): Promise<void> {
    if (!this.check()) return;
    await this.updateComplete;
    // The Check button is gone: focus goes to Try again, or back to the answer
    // (whose verdicts are in its labels) while the live region says the result.
    const next = this.renderRoot.querySelector<HTMLElement>('[part~="retry-button"]') ?? this.focusTarget();
    next?.focus();
  }

  async #onTryAgain(): Promise<void> {
    this.showing = false;
    await this.updateComplete;
    this.focusTarget()?.focus();
  }

  #toggleHint(): void {
    this.hintOpen = !this.hintOpen;
  }

  /** A number in the reader's language (`0.5` → `0,5` in Spanish). */
  protected formatNumber(value: number): string {
    return new Intl.NumberFormat(this.locale, { maximumFractionDigits: 2 }).format(value);
  }

  /** The icon and word for a verdict. */
  protected renderVerdict(verdict: Verdict | undefined) {
    if (!verdict) return nothing;
    return html`<span class="verdict" part="verdict" data-verdict=${verdict}
      ><span aria-hidden="true">${verdictIcon[verdict]}</span>${this.t(verdictKey[verdict])}</span
    >`;
  }

  /** More for screen readers after the result: feedback and right answers in words. Visually hidden. */
  protected statusDetail(): string {
    return '';
  }

  /** The overall result, as the live region says it. */
  protected statusText(): string {
    if (this.notice) return this.notice;
    if (!this.showing || this.deferred) return '';
    if (this.lastCorrect === null) return this.t('question.saved');
    const verdict = this.lastCorrect
      ? this.t('question.correct')
      : this.lastScore > 0
        ? this.t('question.partial')
        : this.t('question.incorrect');
    const parts = [
      verdict,
      this.t('question.score', { score: this.formatNumber(this.lastScore), max: this.formatNumber(this.maxScore) }),
    ];
    if (!this.answered && this.maxAttempts > 0) {
      parts.push(this.t('question.attemptsLeft', { count: Math.max(0, this.maxAttempts - this.attempts) }));
    } else if (this.revealed) {
      parts.push(this.t('question.answerShown'));
    }
    return parts.join(' ');
  }

  /** The Check / Try again button, or nothing. */
  protected renderMainAction() {
    if (this.deferred || this.answered || this.authorError) return nothing;
    return this.showing
      ? html`<button class="button" part="retry-button" type="button" @click=${this.#onTryAgain}>
          ${this.t('question.tryAgain')}
        </button>`
      : html`<button class="button" part="check-button" type="button" @click=${this.#onCheck}>
          ${this.t(this.checkLabelKey)}
        </button>`;
  }

  /** The key of the Check button's label. */
  protected get checkLabelKey(): string {
    return 'question.check';
  }

  #renderStatus() {
    const text = this.statusText();
    const detail = this.notice || !this.showing || this.deferred ? '' : this.statusDetail();
    return detail ? html`${text} <span class="visually-hidden">${detail}</span>` : text;
  }

  override render() {
    const hasHint = this.#slotted('hint').length > 0;
    const hasExplanation = this.#slotted('explanation').length > 0;
    const error = this.authorError;
    const showExplanation = hasExplanation && this.answered && !this.deferred;
    return html`
      <fieldset part="fieldset" aria-describedby="instructions">
        <legend part="prompt" id="prompt"><slot name="prompt"></slot></legend>
        <p class="instructions" part="instructions" id="instructions">${this.instructions}</p>
        ${this.renderBody()}
      </fieldset>
      <div class="hint" part="hint" id="hint" ?hidden=${!hasHint || !this.hintOpen || this.answered}>
        <slot name="hint"></slot>
      </div>
      <div class="actions" part="actions">
        ${this.renderMainAction()}
        ${
          hasHint && !this.answered
            ? html`<button
                class="button"
                data-variant="quiet"
                part="hint-button"
                type="button"
                aria-expanded=${this.hintOpen ? 'true' : 'false'}
                aria-controls="hint"
                @click=${this.#toggleHint}
              >
                ${this.t(this.hintOpen ? 'question.hideHint' : 'question.showHint')}
              </button>`
            : nothing
        }
      </div>
      ${error ? html`<p class="error" part="error">${error}</p>` : nothing}
      <div class="status" part="status" role="status">${this.#renderStatus()}</div>
      <div class="visually-hidden" aria-live="polite" part="announcer">${this.announcement}</div>
      <div class="explanation" part="explanation" ?hidden=${!showExplanation}>
        <slot name="explanation"></slot>
      </div>
    `;
  }
}
