import type { Interaction } from '@lessonkit/core';
import { css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { acceptsAnswer } from './answer-match.js';
import type { LkBlank } from './blank.js';
import { LkQuestionBase, type CheckResult, type Verdict } from './question-base.js';
import type { ChoiceScoring } from './scoring.js';

/**
 * Fill in the blanks: one or more `<lk-blank>` text boxes in the flow of a
 * sentence or paragraph. Each blank accepts a list of answers, by default
 * ignoring case, extra spaces and typographic quotes (`exact` for an exact
 * match), and gets its own verdict and feedback.
 *
 * @tagname lk-fill-blank
 * @summary Fill-in-the-blank sentences with several accepted answers per blank.
 *
 * @slot - The text with its `<lk-blank>` elements.
 *
 * @csspart text - The box around the text.
 */
export class LkFillBlank extends LkQuestionBase {
  static override styles = [
    ...LkQuestionBase.styles,
    css`
      .text {
        line-height: 2.25;
      }
      .text ::slotted(p) {
        margin: 0 0 var(--_space-2);
      }
    `,
  ];

  /** `partial` (the default): a share of the points for each right blank; `all-or-nothing`: only when all are right. */
  @property() scoring: ChoiceScoring = 'partial';

  @state() private blanks: LkBlank[] = [];
  /** Bumped when a blank's text changes, so the question re-renders. */
  @state() private edits = 0;

  readonly interaction: Interaction = 'fill-in';

  /** The text of each blank, in order. */
  get response(): string[] {
    return this.blanks.map((blank) => blank.value);
  }

  protected override get watchedAttributes(): string[] {
    return ['slot', 'answers', 'exact'];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('input', this.#onInput);
    this.addEventListener('keydown', this.#onKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('input', this.#onInput);
    this.removeEventListener('keydown', this.#onKeydown);
  }

  protected override childrenChanged(): void {
    this.blanks = [...this.querySelectorAll<LkBlank>('lk-blank')];
    super.childrenChanged();
  }

  readonly #onInput = (): void => {
    this.notice = '';
    this.edits += 1;
  };

  /** Enter in a blank checks the answer, as in a form. */
  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || !(event.target instanceof Element) || event.target.localName !== 'lk-blank') return;
    event.preventDefault();
    this.renderRoot.querySelector<HTMLButtonElement>('[part~="check-button"]')?.click();
  };

  #right(blank: LkBlank): boolean {
    return acceptsAnswer(blank.accepted, blank.value, blank.exact);
  }

  protected override get hasParts(): boolean {
    return this.blanks.length > 0;
  }

  protected override get keyError(): string {
    if (this.blanks.length === 0) return this.t('fill.noBlanks');
    const missing = this.blanks.findIndex((blank) => blank.accepted.length === 0);
    return missing >= 0 ? this.t('fill.noAnswers', { n: missing + 1 }) : '';
  }

  protected override get instructions(): string {
    return this.t('fill.instructions', { count: this.blanks.length });
  }

  protected override get emptyNotice(): string {
    return this.t('fill.fillFirst');
  }

  protected override get isEmpty(): boolean {
    return this.blanks.every((blank) => blank.value.trim() === '');
  }

  protected override evaluate(): CheckResult {
    const right = this.blanks.filter((blank) => this.#right(blank)).length;
    const correct = right === this.blanks.length;
    if (correct || this.scoring === 'all-or-nothing') return { correct, score: correct ? this.points : 0 };
    return { correct, score: Math.round((this.points * right * 100) / this.blanks.length) / 100 };
  }

  protected override applyResponse(response: readonly string[]): void {
    this.blanks.forEach((blank, index) => (blank.value = response[index] ?? ''));
    this.edits += 1;
  }

  protected override clearResponse(): void {
    this.applyResponse([]);
  }

  protected override describeResponse(): string {
    return this.blanks.map((blank) => blank.value.trim() || '—').join('; ');
  }

  protected override describeAnswer(): string {
    return this.blanks.map((blank) => blank.accepted[0] ?? '').join('; ');
  }

  protected override statusDetail(): string {
    return this.blanks
      .map((blank, index) => this.t(this.#right(blank) ? 'fill.blankRight' : 'fill.blankWrong', { n: index + 1 }))
      .join(' ');
  }

  protected override focusTarget(): HTMLElement | null {
    return this.blanks.find((blank) => !this.#right(blank)) ?? this.blanks[0] ?? null;
  }

  protected override assignSlots(assign: (slotName: string, nodes: Element[]) => void): void {
    super.assignSlots(assign);
    const root = this.renderRoot as ShadowRoot;
    root
      .querySelector<HTMLSlotElement>('slot:not([name])')
      ?.assign(...[...this.children].filter((child) => !child.slot));
    const total = this.blanks.length;
    this.blanks.forEach((blank, index) => {
      const verdict: Verdict | '' =
        this.showing && !this.deferred ? (this.#right(blank) ? 'correct' : 'incorrect') : '';
      blank.verdict = verdict;
      blank.locked = this.locked;
      blank.reveal = this.revealed;
      blank.label = this.t('fill.blankLabel', { n: index + 1, total });
    });
  }

  protected override renderBody() {
    return html`<div class="text" part="text" data-edits=${this.edits}><slot></slot></div>`;
  }
}
