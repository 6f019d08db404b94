import type { Interaction } from '@lessonkit/core';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LkChoice } from './choice.js';
import { choiceStyles } from './choice.styles.js';
import { LkQuestionBase, type CheckResult, type Verdict } from './question-base.js';
import { scoreChoices, type ChoiceScoring } from './scoring.js';
import { seededShuffle } from '@lessonkit/core';
import { letter, plainText } from './text.js';

export type QuestionType = 'single' | 'multiple' | 'true-false';

const questionTypes: readonly string[] = ['single', 'multiple', 'true-false'];

/** A choice as the question draws it: authored (`<lk-choice>`) or built in (True / False). */
interface Option {
  readonly value: string;
  readonly correct: boolean;
  /** The authored choice, slotted into the label. */
  readonly choice?: LkChoice;
  /** For true/false: the label text and the slot of its feedback. */
  readonly label?: string;
  readonly feedbackSlot?: string;
}

/**
 * A choice question: `single` (radio buttons), `multiple` (checkboxes) or
 * `true-false`, in a fieldset whose legend is the prompt, with a Check
 * button, feedback per choice and overall (announced to screen readers,
 * never by colour alone), an optional hint, retries up to `max-attempts`,
 * and the right answer shown after the last attempt.
 *
 * Its content is authored as light-DOM children, so it reads (and prints)
 * without JavaScript. It reports every check with `lk-answer`, and shows a
 * saved answer again when a lesson or `track()` restores it.
 *
 * @tagname lk-question
 * @summary A single-choice, multiple-choice or true/false question with feedback, hint and retries.
 *
 * @slot - The `<lk-choice>` elements, in order (not used by `true-false`).
 * @slot feedback-true - For `true-false`: feedback shown when the learner chose True.
 * @slot feedback-false - For `true-false`: feedback shown when the learner chose False.
 *
 * @csspart choices - The list of choices.
 * @csspart choice - One choice's row (with `data-verdict` after checking).
 * @csspart control - A choice's radio button or checkbox.
 * @csspart label - A choice's label.
 */
export class LkQuestion extends LkQuestionBase {
  static override styles = [...LkQuestionBase.styles, choiceStyles];

  /** `single`: one answer (radio buttons); `multiple`: any number (checkboxes); `true-false`: True or False. */
  @property({ reflect: true }) type: QuestionType = 'single';

  /** How a `multiple` question scores a partly right answer: `partial` or `all-or-nothing`. */
  @property() scoring: ChoiceScoring = 'partial';

  /** For `true-false`: the right answer, `true` or `false`. */
  @property() answer = '';

  /** Shows the choices in an order of their own, stable for one learner (see `seed`). */
  @property({ type: Boolean }) shuffle = false;

  @state() private choices: LkChoice[] = [];
  @state() private selected: ReadonlySet<string> = new Set();

  get interaction(): Interaction {
    return this.type === 'true-false' ? 'true-false' : 'choice';
  }

  /** The values of the chosen choices, in authored order (values no choice has are left out). */
  get response(): string[] {
    return this.#authoredOptions.map((option) => option.value).filter((value) => this.selected.has(value));
  }

  get #multiple(): boolean {
    return this.type === 'multiple';
  }

  /** The choices in authored order; their values do not depend on the shuffle. */
  get #authoredOptions(): Option[] {
    if (this.type === 'true-false') {
      return ['true', 'false'].map((value) => ({
        value,
        correct: this.answer === value,
        label: this.t(`question.${value}`),
        feedbackSlot: `feedback-${value}`,
      }));
    }
    return this.choices.map((choice, index) => ({
      value: choice.value || letter(index),
      correct: choice.correct,
      choice,
    }));
  }

  /** The choices in the order shown. */
  get #options(): Option[] {
    const options = this.#authoredOptions;
    return this.shuffle && this.type !== 'true-false' ? seededShuffle(options, this.seed || this.itemId) : options;
  }

  protected override get watchedAttributes(): string[] {
    return ['slot', 'correct', 'value'];
  }

  protected override childrenChanged(): void {
    const choices = [...this.children].filter((child): child is LkChoice => child.localName === 'lk-choice');
    const same =
      choices.length === this.choices.length && choices.every((choice, index) => choice === this.choices[index]);
    if (!same) this.choices = choices;
    super.childrenChanged();
  }

  protected override get keyError(): string {
    if (!questionTypes.includes(this.type)) return this.t('question.unknownType', { type: this.type });
    if (this.type === 'true-false') {
      return this.answer === 'true' || this.answer === 'false' ? '' : this.t('question.noTrueFalseKey');
    }
    if (this.choices.length === 0) return this.t('question.noChoices');
    const values = this.#authoredOptions.map((option) => option.value);
    const repeated = values.find((value, index) => values.indexOf(value) !== index);
    if (repeated !== undefined) return this.t('question.repeatedValue', { value: repeated });
    return this.choices.some((choice) => choice.correct) ? '' : this.t('question.noKey');
  }

  protected override get instructions(): string {
    return this.t(this.#multiple ? 'question.instructions.multiple' : 'question.instructions.single');
  }

  protected override get isEmpty(): boolean {
    return this.response.length === 0;
  }

  protected override evaluate(): CheckResult {
    // `response` leaves out saved values the lesson no longer has.
    return scoreChoices(this.#authoredOptions, new Set(this.response), {
      multiple: this.#multiple,
      points: this.points,
      scoring: this.scoring,
    });
  }

  protected override applyResponse(response: readonly string[]): void {
    this.selected = new Set(response);
  }

  protected override clearResponse(): void {
    this.selected = new Set();
  }

  #describe(options: Option[]): string {
    return options
      .map((option) => option.label ?? (option.choice ? plainText(option.choice) : option.value))
      .join('; ');
  }

  protected override describeResponse(): string {
    return this.#describe(this.#authoredOptions.filter((option) => this.selected.has(option.value)));
  }

  protected override describeAnswer(): string {
    return this.#describe(this.#authoredOptions.filter((option) => option.correct));
  }

  protected override assignSlots(assign: (slotName: string, nodes: Element[]) => void): void {
    super.assignSlots(assign);
    this.#options.forEach((option, index) => {
      const verdict = this.#verdict(option);
      if (option.choice) {
        assign(`choice-${index}`, [option.choice]);
        option.choice.feedbackShown = verdict !== undefined;
      } else if (option.feedbackSlot) {
        assign(option.feedbackSlot, verdict ? this.slotted(option.feedbackSlot) : []);
      }
    });
  }

  #verdict(option: Option): Verdict | undefined {
    if (!this.showing || this.deferred) return undefined;
    if (this.selected.has(option.value)) return option.correct ? 'correct' : 'incorrect';
    if (this.revealed && option.correct) return this.#multiple ? 'missed' : 'answer';
    return undefined;
  }

  /** A locked choice stays focusable (so its verdict can be read) but cannot change. */
  #onClick(event: Event): void {
    if (this.locked) event.preventDefault();
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

  protected override focusTarget(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('input:checked') ?? this.renderRoot.querySelector('input');
  }

  protected override statusDetail(): string {
    const said: string[] = [];
    for (const option of this.#authoredOptions) {
      const feedback = option.choice
        ? plainText(option.choice.querySelector('[slot="feedback"]') ?? document.createElement('span'))
        : this.slotted(option.feedbackSlot ?? '')
            .map(plainText)
            .join(' ');
      if (this.selected.has(option.value) && feedback) said.push(feedback);
    }
    if (this.revealed) said.push(this.t('question.rightAnswerIs', { answer: this.describeAnswer() }));
    return said.join(' ');
  }

  #renderOption(option: Option, index: number) {
    const verdict = this.#verdict(option);
    const id = `choice-${index}`;
    return html`<div class="choice" part="choice" data-verdict=${verdict ?? nothing}>
      <input
        part="control"
        id=${id}
        name="choice"
        type=${this.#multiple ? 'checkbox' : 'radio'}
        .value=${option.value}
        .checked=${this.selected.has(option.value)}
        aria-disabled=${this.locked ? 'true' : 'false'}
        @click=${this.#onClick}
        @change=${this.#onChange}
      />
      <label part="label" for=${id}
        >${this.renderVerdict(verdict)}${
          option.choice
            ? html`<slot name=${id}></slot>`
            : html`${option.label}<span class="feedback" ?hidden=${!verdict}
                  ><slot name=${option.feedbackSlot ?? ''}></slot
                ></span>`
        }</label
      >
    </div>`;
  }

  protected override renderBody() {
    return html`<div class="choices" part="choices">
      ${this.#options.map((option, index) => this.#renderOption(option, index))}
    </div>`;
  }
}
