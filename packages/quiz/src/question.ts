import { LkAnswerEvent, LkElement, LkItemElement, devWarn, type ItemState } from '@lessonkit/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { LkChoice } from './choice.js';
import { styles } from './question.styles.js';
import { scoreChoices, type ChoiceScoring } from './scoring.js';
import './strings.js';

export type QuestionType = 'single' | 'multiple';

/** What the learner sees beside a choice after checking. */
type Verdict = 'correct' | 'incorrect' | 'answer' | 'missed';

const verdictIcon: Record<Verdict, string> = { correct: '✓', answer: '✓', missed: '✓', incorrect: '✗' };
const verdictKey: Record<Verdict, string> = {
  correct: 'question.choice.correct',
  incorrect: 'question.choice.incorrect',
  answer: 'question.choice.answer',
  missed: 'question.choice.missed',
};

/** The identifier a choice reports: its `value`, else its letter (`a`, `b`, …). */
function choiceValue(choice: LkChoice, index: number): string {
  if (choice.value) return choice.value;
  return index < 26 ? String.fromCharCode(97 + index) : `c${index + 1}`;
}

/**
 * A single- or multiple-choice question: native radio buttons or checkboxes
 * in a fieldset, a Check button, feedback per choice and overall (announced
 * to screen readers, never by colour alone), an optional hint, retries up to
 * `max-attempts`, and the right answer shown after the last attempt.
 *
 * Its content is authored as light-DOM children, so it reads (and prints)
 * without JavaScript. It reports every check with `lk-answer`, and shows a
 * saved answer again when a lesson or `track()` restores it.
 *
 * @tagname lk-question
 * @summary A single- or multiple-choice question with feedback, hint and retries.
 *
 * @slot prompt - The question itself (becomes the fieldset's legend).
 * @slot - The `<lk-choice>` elements, in order.
 * @slot hint - An optional hint, behind a "Show hint" button.
 * @slot explanation - Shown once the question is finished (answered right, or out of attempts).
 *
 * @csspart fieldset - The fieldset around the prompt and choices.
 * @csspart prompt - The legend holding the prompt.
 * @csspart instructions - "Choose one answer." / "Choose all answers that apply."
 * @csspart choices - The list of choices.
 * @csspart choice - One choice's row (with `data-verdict` after checking).
 * @csspart control - A choice's radio button or checkbox.
 * @csspart label - A choice's label.
 * @csspart verdict - The icon and word beside a checked choice.
 * @csspart actions - The row of buttons.
 * @csspart check-button - The Check button.
 * @csspart retry-button - The Try again button.
 * @csspart hint-button - The Show hint / Hide hint button.
 * @csspart hint - The hint's box.
 * @csspart status - The overall feedback (a polite live region).
 * @csspart explanation - The explanation's box.
 * @csspart error - Shown instead of the Check button when no choice is marked correct.
 *
 * @cssprop --lk-question-gap - Space between choices.
 * @cssprop --lk-question-prompt-size - Font size of the prompt.
 *
 * @fires lk-answer - When the learner checks an answer. `detail`: `itemId`, `interaction` (`choice`), `response` (chosen values in order), `correct`, `score`, `maxScore`, `attempt`, `final`.
 */
export class LkQuestion extends LkItemElement {
  static override shadowRootOptions: ShadowRootInit = { ...LkElement.shadowRootOptions, slotAssignment: 'manual' };
  static override styles = [LkElement.styles, styles];

  /** `single`: one answer (radio buttons); `multiple`: any number (checkboxes). */
  @property({ reflect: true }) type: QuestionType = 'single';

  /** How many checks the learner gets; `0` for no limit. */
  @property({ type: Number, attribute: 'max-attempts' }) maxAttempts = 1;

  /** Points for a fully right answer. */
  @property({ type: Number }) points = 1;

  /** How a `multiple` question scores a partly right answer: `partial` or `all-or-nothing`. */
  @property() scoring: ChoiceScoring = 'partial';

  /** Present once the question is finished: answered right, or out of attempts. Set by the element. */
  @property({ type: Boolean, reflect: true }) answered = false;

  @state() private choices: LkChoice[] = [];
  @state() private selected: ReadonlySet<string> = new Set();
  @state() private attempts = 0;
  /** The feedback of the last check is on show (until the learner tries again). */
  @state() private showing = false;
  @state() private lastCorrect = false;
  @state() private lastScore = 0;
  @state() private hintOpen = false;
  @state() private notice = '';

  @query('[part~="retry-button"]') private retryButton?: HTMLButtonElement;
  @query('[part~="status"]') private statusRegion?: HTMLElement;
  @query('input') private firstInput?: HTMLInputElement;

  readonly #observer = new MutationObserver(() => this.#readChildren());

  /** The values of the chosen choices, in choice order. */
  get response(): string[] {
    return this.choices.map(choiceValue).filter((value) => this.selected.has(value));
  }

  get #multiple(): boolean {
    return this.type === 'multiple';
  }

  get #hasKey(): boolean {
    return this.choices.some((choice) => choice.correct);
  }

  /** No more changes: the feedback is shown and the learner is right or out of attempts. */
  get #locked(): boolean {
    return this.showing || this.answered;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readChildren();
    this.#observer.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['correct', 'value', 'slot'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  #readChildren(): void {
    const choices = [...this.children].filter((child): child is LkChoice => child.localName === 'lk-choice');
    const same =
      choices.length === this.choices.length && choices.every((choice, index) => choice === this.choices[index]);
    if (!same) this.choices = choices;
    this.requestUpdate();
  }

  #slotted(name: string): Element[] {
    return [...this.children].filter((child) => child.getAttribute('slot') === name);
  }

  override restore(saved: ItemState): void {
    if (saved.interaction !== 'choice') {
      devWarn(
        `lk-question#${this.itemId}`,
        `ignored a saved "${saved.interaction}" answer; this is a choice question.`,
      );
      return;
    }
    this.selected = new Set(saved.response);
    this.attempts = saved.attempts;
    this.showing = saved.attempts > 0;
    this.lastCorrect = saved.correct === true;
    this.lastScore = saved.score;
    this.answered = saved.final;
    this.notice = '';
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('choices') && this.choices.length > 0 && !this.#hasKey) {
      devWarn(`lk-question#${this.itemId || '(no item-id)'}`, 'no <lk-choice> is marked `correct`.');
    }
  }

  protected override updated(): void {
    const root = this.renderRoot as ShadowRoot;
    const assign = (selector: string, nodes: Element[]): void => {
      root.querySelector<HTMLSlotElement>(selector)?.assign(...nodes);
    };
    assign('slot[name="prompt"]', this.#slotted('prompt'));
    assign('slot[name="hint"]', this.#slotted('hint'));
    assign('slot[name="explanation"]', this.#slotted('explanation'));
    this.choices.forEach((choice, index) => {
      assign(`slot[name="choice-${index}"]`, [choice]);
      choice.feedbackShown = this.#verdict(choice, index) !== undefined;
    });
  }

  #verdict(choice: LkChoice, index: number): Verdict | undefined {
    if (!this.showing) return undefined;
    const chosen = this.selected.has(choiceValue(choice, index));
    if (chosen) return choice.correct ? 'correct' : 'incorrect';
    if (this.answered && choice.correct) return this.#multiple ? 'missed' : 'answer';
    return undefined;
  }

  #onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (this.#multiple) {
      const next = new Set(this.selected);
      if (input.checked) next.add(input.value);
      else next.delete(input.value);
      this.selected = next;
    } else {
      this.selected = new Set([input.value]);
    }
    this.notice = '';
  }

  async #check(): Promise<void> {
    if (this.#locked || !this.#hasKey) return;
    if (this.selected.size === 0) {
      this.notice = this.t('question.chooseFirst');
      return;
    }
    const keyed = this.choices.map((choice, index) => ({ value: choiceValue(choice, index), correct: choice.correct }));
    const { correct, score } = scoreChoices(keyed, this.selected, {
      multiple: this.#multiple,
      points: this.points,
      scoring: this.scoring,
    });
    this.attempts += 1;
    this.lastCorrect = correct;
    this.lastScore = score;
    this.showing = true;
    this.notice = '';
    this.answered = correct || (this.maxAttempts > 0 && this.attempts >= this.maxAttempts);
    this.emit(
      new LkAnswerEvent({
        itemId: this.itemId,
        interaction: 'choice',
        response: this.response,
        correct,
        score,
        maxScore: this.points,
        attempt: this.attempts,
        final: this.answered,
      }),
    );
    await this.updateComplete;
    // The Check button is gone: keep focus on what comes next.
    (this.retryButton ?? this.statusRegion)?.focus();
  }

  async #tryAgain(): Promise<void> {
    this.showing = false;
    await this.updateComplete;
    const chosen = this.renderRoot.querySelector<HTMLInputElement>('input:checked');
    (chosen ?? this.firstInput)?.focus();
  }

  #toggleHint(): void {
    this.hintOpen = !this.hintOpen;
  }

  #format(value: number): string {
    return new Intl.NumberFormat(this.locale, { maximumFractionDigits: 2 }).format(value);
  }

  #statusText(): string {
    if (this.notice) return this.notice;
    if (!this.showing) return '';
    const verdict = this.lastCorrect
      ? this.t('question.correct')
      : this.lastScore > 0
        ? this.t('question.partial')
        : this.t('question.incorrect');
    const parts = [
      verdict,
      this.t('question.score', { score: this.#format(this.lastScore), max: this.#format(this.points) }),
    ];
    if (!this.answered && this.maxAttempts > 0) {
      parts.push(this.t('question.attemptsLeft', { count: this.maxAttempts - this.attempts }));
    } else if (this.answered && !this.lastCorrect) {
      parts.push(this.t('question.answerShown'));
    }
    return parts.join(' ');
  }

  #renderChoice(choice: LkChoice, index: number) {
    const value = choiceValue(choice, index);
    const verdict = this.#verdict(choice, index);
    const id = `choice-${index}`;
    return html`<div class="choice" part="choice" data-verdict=${verdict ?? nothing}>
      <input
        part="control"
        id=${id}
        name="choice"
        type=${this.#multiple ? 'checkbox' : 'radio'}
        .value=${value}
        .checked=${this.selected.has(value)}
        ?disabled=${this.#locked}
        @change=${this.#onChange}
      />
      <label part="label" for=${id}
        >${
          verdict
            ? html`<span class="verdict" part="verdict" data-verdict=${verdict}
                ><span aria-hidden="true">${verdictIcon[verdict]}</span>${this.t(verdictKey[verdict])}</span
              >`
            : nothing
        }<slot name=${id}></slot
      ></label>
    </div>`;
  }

  override render() {
    const hasHint = this.#slotted('hint').length > 0;
    const hasExplanation = this.#slotted('explanation').length > 0;
    const hasKey = this.#hasKey || this.choices.length === 0;
    return html`
      <fieldset part="fieldset">
        <legend part="prompt"><slot name="prompt"></slot></legend>
        <p class="instructions" part="instructions">
          ${this.t(this.#multiple ? 'question.instructions.multiple' : 'question.instructions.single')}
        </p>
        <div class="choices" part="choices">
          ${this.choices.map((choice, index) => this.#renderChoice(choice, index))}
        </div>
      </fieldset>
      <div class="hint" part="hint" id="hint" ?hidden=${!hasHint || !this.hintOpen}><slot name="hint"></slot></div>
      <div class="actions" part="actions">
        ${
          !hasKey
            ? nothing
            : this.answered
              ? nothing
              : this.showing
                ? html`<button class="button" part="retry-button" type="button" @click=${this.#tryAgain}>
                    ${this.t('question.tryAgain')}
                  </button>`
                : html`<button class="button" part="check-button" type="button" @click=${this.#check}>
                    ${this.t('question.check')}
                  </button>`
        }
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
      ${hasKey ? nothing : html`<p class="error" part="error">${this.t('question.noKey')}</p>`}
      <div class="status" part="status" role="status" tabindex="-1">${this.#statusText()}</div>
      <div class="explanation" part="explanation" ?hidden=${!hasExplanation || !this.answered}>
        <slot name="explanation"></slot>
      </div>
    `;
  }
}
