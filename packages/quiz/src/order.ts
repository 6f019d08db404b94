import { dragToReorder, moveItem, reorderStyles, type Interaction } from '@lessonkit/core';
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { LkItem } from './item.js';
import { LkQuestionBase, type CheckResult, type Verdict } from './question-base.js';
import type { ChoiceScoring } from './scoring.js';
import { shuffleAway } from '@lessonkit/core';
import { letter, plainText } from './text.js';

/** Scores an order: `partial` by the share of items in their right place, `all-or-nothing` only when all are. */
export function scoreOrder(
  key: readonly string[],
  given: readonly string[],
  points: number,
  scoring: ChoiceScoring,
): CheckResult {
  const placed = key.filter((value, index) => given[index] === value).length;
  const correct = key.length > 0 && placed === key.length;
  if (correct || scoring === 'all-or-nothing') return { correct, score: correct ? points : 0 };
  return { correct, score: Math.round((points * placed * 100) / key.length) / 100 };
}

interface Card {
  readonly value: string;
  readonly item: LkItem;
  /** Its place in the authored (right) order. */
  readonly index: number;
}

/**
 * Put items in order. The learner moves each item with its Move up / Move
 * down buttons (Alt+Arrow keys do the same while a button has focus), or
 * drags it by its handle with a mouse, pen or finger. The items are authored
 * in the right order and shown in a shuffled order that is stable for a
 * learner (see `seed`).
 *
 * @tagname lk-order
 * @summary Put items in the right order, with buttons, keyboard or drag.
 *
 * @slot - The `<lk-item>` elements, in the right order.
 *
 * @csspart list - The ordered list of items.
 * @csspart item - One item's row (with `data-verdict` after checking).
 * @csspart handle - The drag handle.
 * @csspart move-up - An item's Move up button.
 * @csspart move-down - An item's Move down button.
 * @csspart answer - "Belongs at position n", shown after the last attempt.
 */
export class LkOrder extends LkQuestionBase {
  static override styles = [
    ...LkQuestionBase.styles,
    reorderStyles,
    css`
      ol {
        display: grid;
        gap: var(--_question-gap);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: flex;
        align-items: center;
        gap: var(--_space-2);
        padding: var(--_space-2);
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      li[data-verdict='correct'] {
        border-color: var(--_success);
        background: var(--_success-surface);
      }
      li[data-verdict='incorrect'] {
        border-color: var(--_danger);
        background: var(--_danger-surface);
      }
      .position {
        flex: none;
        min-width: 1.5rem;
        font-weight: 700;
        text-align: center;
      }
      .text {
        flex: 1;
      }
      .answer {
        display: block;
        color: var(--_muted);
        font-size: 0.875rem;
      }
    `,
  ];

  /** `partial` (the default): a share of the points for each item in its right place; `all-or-nothing`: only when all are. */
  @property() scoring: ChoiceScoring = 'partial';

  @state() private cards: Card[] = [];
  /** The learner's order, as values. */
  @state() private order: string[] = [];
  @state() private dragging = '';
  /** The learner has moved something (an untouched order is not an answer). */
  @state() private moved = false;

  /** The button to give focus back to after a move re-renders the list. */
  #refocus: { value: string; part: 'move-up' | 'move-down' } | null = null;

  readonly interaction: Interaction = 'sequencing';

  /** The item values in the learner's order. */
  get response(): string[] {
    return [...this.order];
  }

  protected override get watchedAttributes(): string[] {
    return ['slot', 'value'];
  }

  protected override childrenChanged(): void {
    const items = [...this.children].filter((child): child is LkItem => child.localName === 'lk-item');
    this.cards = items.map((item, index) => ({ value: item.value || letter(index), item, index }));
    const values = this.cards.map((card) => card.value);
    const kept = this.order.filter((value) => values.includes(value));
    if (kept.length === values.length) this.order = kept;
    else this.order = shuffleAway(values, this.seed || this.itemId);
    super.childrenChanged();
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A new seed (from a quiz) gives a new starting order, until the learner has answered.
    if (changed.has('seed') && this.attempts === 0 && this.cards.length > 0) {
      this.order = shuffleAway(
        this.cards.map((card) => card.value),
        this.seed || this.itemId,
      );
    }
    super.willUpdate(changed);
  }

  get #key(): string[] {
    return this.cards.map((card) => card.value);
  }

  #card(value: string): Card | undefined {
    return this.cards.find((card) => card.value === value);
  }

  protected override get hasParts(): boolean {
    return this.cards.length > 0;
  }

  protected override get keyError(): string {
    if (this.cards.length < 2) return this.t('order.tooFew');
    const values = this.#key;
    const repeated = values.find((value, index) => values.indexOf(value) !== index);
    return repeated === undefined ? '' : this.t('question.repeatedValue', { value: repeated });
  }

  protected override get instructions(): string {
    return this.t('order.instructions');
  }

  protected override get isEmpty(): boolean {
    return this.order.length === 0 || (!this.moved && this.attempts === 0);
  }

  protected override get emptyNotice(): string {
    return this.t('order.moveFirst');
  }

  protected override evaluate(): CheckResult {
    return scoreOrder(this.#key, this.order, this.points, this.scoring);
  }

  protected override applyResponse(response: readonly string[]): void {
    const values = this.#key;
    const known = response.filter((value) => values.includes(value));
    // Items added to the lesson since the answer was saved go at the end.
    this.order = [...known, ...values.filter((value) => !known.includes(value))];
    this.moved = known.length > 0;
  }

  protected override clearResponse(): void {
    this.order = shuffleAway(this.#key, this.seed || this.itemId);
    this.moved = false;
  }

  #text(value: string): string {
    const card = this.#card(value);
    return card ? plainText(card.item) : value;
  }

  protected override describeResponse(): string {
    return this.order.map((value) => this.#text(value)).join(' → ');
  }

  protected override describeAnswer(): string {
    return this.#key.map((value) => this.#text(value)).join(' → ');
  }

  #verdict(value: string, position: number): Verdict | undefined {
    if (!this.showing || this.deferred) return undefined;
    return this.#key[position] === value ? 'correct' : 'incorrect';
  }

  protected override statusDetail(): string {
    const wrong = this.order.filter((value, position) => this.#key[position] !== value).length;
    const parts = [this.t('order.placedRight', { right: this.order.length - wrong, total: this.order.length })];
    if (this.revealed) parts.push(this.t('question.rightAnswerIs', { answer: this.describeAnswer() }));
    return parts.join(' ');
  }

  protected override assignSlots(assign: (slotName: string, nodes: Element[]) => void): void {
    super.assignSlots(assign);
    for (const card of this.cards) {
      assign(`item-${card.index}`, [card.item]);
      const position = this.order.indexOf(card.value);
      card.item.feedbackShown = this.#verdict(card.value, position) !== undefined;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Moving a row in the DOM takes focus away from its button: give it back.
    if (this.#refocus) {
      const { value, part } = this.#refocus;
      this.#refocus = null;
      this.renderRoot.querySelector<HTMLElement>(`li[data-value="${CSS.escape(value)}"] [part~="${part}"]`)?.focus();
    }
  }

  protected override focusTarget(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.move');
  }

  /** Moves `value` to `to` (0-based) and says so. */
  #move(value: string, to: number): void {
    if (this.locked) return;
    const order = moveItem(this.order, value, to);
    if (order === this.order) return;
    this.order = [...order];
    this.moved = true;
    this.notice = '';
    this.announce(this.t('order.moved', { item: this.#text(value), n: to + 1, total: order.length }));
  }

  #onMove(value: string, step: -1 | 1): void {
    const to = this.order.indexOf(value) + step;
    if (to < 0 || to >= this.order.length) return;
    this.#refocus = { value, part: step < 0 ? 'move-up' : 'move-down' };
    this.#move(value, to);
  }

  #onKeydown(event: KeyboardEvent, value: string): void {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    this.#onMove(value, event.key === 'ArrowUp' ? -1 : 1);
  }

  #onPointerDown(event: PointerEvent, value: string): void {
    if (this.locked || (event.pointerType === 'mouse' && event.button !== 0)) return;
    this.dragging = value;
    const startOrder = this.order.join();
    dragToReorder(this, event, {
      rows: () => [...this.renderRoot.querySelectorAll('li[data-value]')],
      moveTo: (to) => {
        const order = moveItem(this.order, value, to);
        if (order === this.order) return;
        this.order = [...order];
        this.moved = true;
        this.notice = '';
      },
      end: () => {
        this.dragging = '';
        if (this.order.join() === startOrder) return; // a tap, or dropped where it was
        const position = this.order.indexOf(value) + 1;
        this.announce(this.t('order.moved', { item: this.#text(value), n: position, total: this.order.length }));
      },
    });
  }

  #renderRow(value: string, position: number) {
    const card = this.#card(value);
    if (!card) return nothing;
    const verdict = this.#verdict(value, position);
    const text = this.#text(value);
    const first = position === 0;
    const last = position === this.order.length - 1;
    // After checking, the move buttons (where focus lands) describe the item's verdict.
    const described = verdict
      ? [`verdict-${card.index}`, this.revealed && verdict === 'incorrect' ? `answer-${card.index}` : '']
          .filter(Boolean)
          .join(' ')
      : undefined;
    return html`<li
      part="item"
      data-value=${value}
      data-verdict=${verdict ?? nothing}
      class=${this.dragging === value ? 'dragging' : ''}
      @keydown=${(event: KeyboardEvent) => this.#onKeydown(event, value)}
    >
      <span
        class="handle"
        part="handle"
        aria-hidden="true"
        aria-disabled=${this.locked ? 'true' : 'false'}
        @pointerdown=${(event: PointerEvent) => this.#onPointerDown(event, value)}
        >⠿</span
      >
      <span class="position" aria-hidden="true">${position + 1}</span>
      <span class="text"
        ><span id=${`verdict-${card.index}`}>${this.renderVerdict(verdict)}</span
        ><slot name=${`item-${card.index}`}></slot>${
          this.revealed && verdict === 'incorrect'
            ? html`<span class="answer" part="answer" id=${`answer-${card.index}`}
                >${this.t('order.belongsAt', { n: this.#key.indexOf(value) + 1 })}</span
              >`
            : nothing
        }</span
      >
      ${this.#renderMove(value, text, -1, described, first)} ${this.#renderMove(value, text, 1, described, last)}
    </li>`;
  }

  /** A Move up (-1) or Move down (1) button; `atEnd` when the item cannot go further that way. */
  #renderMove(value: string, text: string, step: -1 | 1, described: string | undefined, atEnd: boolean) {
    return html`<button
      class="move"
      part=${step < 0 ? 'move-up' : 'move-down'}
      type="button"
      aria-label=${this.t(step < 0 ? 'order.moveUp' : 'order.moveDown', { item: text })}
      aria-describedby=${described ?? nothing}
      aria-disabled=${this.locked || atEnd ? 'true' : 'false'}
      @click=${() => this.#onMove(value, step)}
    >
      <span aria-hidden="true">${step < 0 ? '↑' : '↓'}</span>
    </button>`;
  }

  protected override renderBody() {
    return html`<ol part="list">
      ${repeat(
        this.order,
        (value) => value,
        (value, position) => this.#renderRow(value, position),
      )}
    </ol>`;
  }
}
