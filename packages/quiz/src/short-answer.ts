import type { Interaction } from '@lessonkit/core';
import { css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LkQuestionBase, type CheckResult } from './question-base.js';
import { plainText } from './text.js';

/**
 * A free-text answer that is not scored automatically — for reflection
 * prompts. Submitting saves it and counts the item as completed when it is
 * not empty; a model answer, if the author gave one, is shown after.
 *
 * @tagname lk-short-answer
 * @summary A free-text reflection answer, saved and shown back, with an optional model answer.
 *
 * @slot model-answer - Shown after the learner submits (optional).
 *
 * @csspart textarea - The text box.
 * @csspart model-answer - The box around the model answer.
 */
export class LkShortAnswer extends LkQuestionBase {
  static override styles = [
    ...LkQuestionBase.styles,
    css`
      textarea {
        display: block;
        width: 100%;
        min-height: 8rem;
        padding: var(--_space-3);
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: inherit;
        font: inherit;
        resize: vertical;
      }
      textarea:read-only {
        background: var(--_surface-alt);
      }
      .model-answer {
        margin-top: var(--_space-3);
        padding: var(--_space-3);
        border-inline-start: 4px solid var(--_success);
        background: var(--_surface-alt);
      }
      .model-answer h3 {
        margin: 0 0 var(--_space-2);
        font-size: 1rem;
      }
    `,
  ];

  /** How many times the learner may submit; `0` (the default) lets them edit and resubmit freely. */
  @property({ type: Number, attribute: 'max-attempts' }) override maxAttempts = 0;

  /** Not scored: `0` points. */
  @property({ type: Number }) override points = 0;

  @state() private text = '';

  readonly interaction: Interaction = 'long-fill-in';

  get response(): string[] {
    return [this.text];
  }

  override get maxScore(): number {
    return 0;
  }

  protected override get isEmpty(): boolean {
    return this.text.trim() === '';
  }

  protected override get emptyNotice(): string {
    return this.t('short.writeFirst');
  }

  protected override get instructions(): string {
    return this.t('short.instructions');
  }

  protected override get keyError(): string {
    return '';
  }

  protected override get checkLabelKey(): string {
    return 'short.submit';
  }

  protected override evaluate(): CheckResult {
    return { correct: null, score: 0 };
  }

  protected override applyResponse(response: readonly string[]): void {
    this.text = response[0] ?? '';
  }

  protected override clearResponse(): void {
    this.text = '';
  }

  protected override describeResponse(): string {
    return this.text.trim();
  }

  protected override describeAnswer(): string {
    return this.slotted('model-answer').map(plainText).join(' ');
  }

  protected override assignSlots(assign: (slotName: string, nodes: Element[]) => void): void {
    super.assignSlots(assign);
    assign('model-answer', this.slotted('model-answer'));
  }

  #onInput(event: Event): void {
    this.text = (event.target as HTMLTextAreaElement).value;
    this.notice = '';
  }

  get #canEdit(): boolean {
    return this.answered && !this.deferred && (this.maxAttempts === 0 || this.attempts < this.maxAttempts);
  }

  async #edit(): Promise<void> {
    this.answered = false;
    this.showing = false;
    await this.updateComplete;
    this.focusTarget()?.focus();
  }

  protected override renderMainAction() {
    if (this.#canEdit) {
      return html`<button class="button" data-variant="quiet" part="retry-button" type="button" @click=${this.#edit}>
        ${this.t('short.edit')}
      </button>`;
    }
    return super.renderMainAction();
  }

  protected override renderBody() {
    const hasModel = this.slotted('model-answer').length > 0;
    return html`
      <textarea
        part="textarea"
        aria-labelledby="prompt"
        aria-describedby="instructions"
        .value=${this.text}
        ?readonly=${this.locked}
        @input=${this.#onInput}
      ></textarea>
      <div class="model-answer" part="model-answer" ?hidden=${!hasModel || !this.answered || this.deferred}>
        <h3>${this.t('short.modelAnswer')}</h3>
        <slot name="model-answer"></slot>
      </div>
    `;
  }
}
