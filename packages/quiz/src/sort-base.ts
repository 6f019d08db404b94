import type { Interaction } from '@lessonkit/core';
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LkCategory } from './bin.js';
import type { LkItem } from './item.js';
import { LkQuestionBase, type CheckResult, type Verdict } from './question-base.js';
import type { ChoiceScoring } from './scoring.js';
import { seededShuffle } from '@lessonkit/core';
import { letter, plainText } from './text.js';

interface Card {
  readonly value: string;
  readonly item: LkItem;
  readonly index: number;
  /** The bin it belongs in, from the author's key. */
  readonly key: string;
}

interface Bin {
  readonly value: string;
  readonly element: LkCategory;
  readonly index: number;
}

/** Scores placements: `partial` by the share of cards in their right bin, `all-or-nothing` only when all are. */
export function scorePlacements(
  key: ReadonlyMap<string, string>,
  placed: ReadonlyMap<string, string>,
  points: number,
  scoring: ChoiceScoring,
): CheckResult {
  const right = [...key].filter(([card, bin]) => placed.get(card) === bin).length;
  const correct = key.size > 0 && right === key.size;
  if (correct || scoring === 'all-or-nothing') return { correct, score: correct ? points : 0 };
  return { correct, score: Math.round((points * right * 100) / key.size) / 100 };
}

/** How far (in CSS pixels) a pointer must move on a card before it counts as a drag, not a tap. */
const DRAG_THRESHOLD = 6;

/**
 * Cards placed into bins: the ground of `<lk-match>` (one card per target)
 * and `<lk-categorize>` (any number per category). The learner picks a card
 * (click, tap, Enter or Space) and then the bin it goes in — or drags it
 * there with a mouse, pen or finger. Placed cards can be picked again to move
 * them, or put back.
 *
 * @slot - The `<lk-item>` cards and the bins (`<lk-target>` or `<lk-category>`).
 *
 * @csspart pool - The cards not placed yet.
 * @csspart card - A card (a toggle button; `aria-pressed` while picked; `data-verdict` after checking).
 * @csspart bins - The box around the bins.
 * @csspart bin - One bin (a group named by its label).
 * @csspart bin-label - A bin's label.
 * @csspart place-button - A bin's "Place here" button, shown while a card is picked.
 * @csspart return-button - "Put back", shown while a placed card is picked.
 * @csspart answer - "Belongs in …", shown after the last attempt.
 */
export abstract class LkSortBase extends LkQuestionBase {
  static override styles = [
    ...LkQuestionBase.styles,
    css`
      .pool,
      .bin-cards {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space-2);
        min-height: 3.25rem;
        margin: 0;
        padding: var(--_space-2);
        list-style: none;
      }
      .pool {
        border: 2px dashed var(--_border);
        border-radius: var(--_radius);
      }
      .pool-label {
        margin: 0 0 var(--_space-1);
        font-weight: 600;
      }
      .bins {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
        gap: var(--_question-gap);
        margin-top: var(--_space-3);
      }
      .bin {
        margin: 0;
        padding: var(--_space-2);
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface-alt);
      }
      .bin[data-over] {
        border-color: var(--_accent);
        outline: 3px solid var(--_accent);
      }
      .bin-label {
        font-weight: 700;
        padding: 0 var(--_space-1);
      }
      .card {
        display: inline-flex;
        flex-direction: column;
        align-items: flex-start;
        max-width: 100%;
        min-height: 2.75rem;
        padding: var(--_space-2) var(--_space-3);
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: inherit;
        font: inherit;
        text-align: start;
        cursor: grab;
        touch-action: none;
        user-select: none;
      }
      .card[aria-pressed='true'] {
        border-color: var(--_accent);
        outline: 3px solid var(--_accent);
        outline-offset: 1px;
      }
      .card.dragging {
        position: relative;
        z-index: 1;
        box-shadow: 0 6px 16px rgb(0 0 0 / 0.25);
        cursor: grabbing;
      }
      .card[data-verdict='correct'] {
        border-color: var(--_success);
        background: var(--_success-surface);
      }
      .card[data-verdict='incorrect'] {
        border-color: var(--_danger);
        background: var(--_danger-surface);
      }
      .card[aria-disabled='true'] {
        cursor: default;
      }
      .answer {
        color: var(--_muted);
        font-size: 0.875rem;
      }
      .place {
        margin: var(--_space-2) 0 0;
      }
    `,
  ];

  /** `partial` (the default): a share of the points for each card in its right place; `all-or-nothing`: only when all are. */
  @property() scoring: ChoiceScoring = 'partial';

  @state() private cards: Card[] = [];
  @state() private bins: Bin[] = [];
  /** Where each placed card is: card value → bin value. */
  @state() private placed: ReadonlyMap<string, string> = new Map();
  /** The card picked to be placed next ('' for none). */
  @state() private picked = '';
  /** The drop zone under a dragged card: a bin's value, '' for the pool, null for none. */
  @state() private over: string | null = null;

  #drag: { value: string; pointerId: number; x: number; y: number; moved: boolean } | null = null;
  #suppressClick = false;
  #refocus = '';

  readonly interaction: Interaction = 'matching';

  /** The tag of this question's bins. */
  protected abstract readonly binTag: string;
  /** The attribute of a card naming its bin. */
  protected abstract readonly keyAttribute: 'match' | 'category';
  /** How many cards a bin takes. */
  protected abstract readonly capacity: number;

  /** Placed cards as `card.bin` pairs, in card order. */
  get response(): string[] {
    return this.cards
      .filter((card) => this.placed.has(card.value))
      .map((card) => `${card.value}.${this.placed.get(card.value)}`);
  }

  protected override get watchedAttributes(): string[] {
    return ['slot', 'value', 'match', 'category'];
  }

  protected override childrenChanged(): void {
    const items = [...this.children].filter((child): child is LkItem => child.localName === 'lk-item');
    this.cards = items.map((item, index) => ({
      value: item.value || letter(index),
      item,
      index,
      key: item.getAttribute(this.keyAttribute) ?? '',
    }));
    const bins = [...this.children].filter((child): child is LkCategory => child.localName === this.binTag);
    this.bins = bins.map((element, index) => ({ value: element.value || `${index + 1}`, element, index }));
    super.childrenChanged();
  }

  protected override get keyError(): string {
    if (this.cards.length === 0) return this.t('sort.noCards');
    if (this.bins.length === 0) return this.t('sort.noBins');
    const binValues = this.bins.map((bin) => bin.value);
    const cardValues = this.cards.map((card) => card.value);
    const repeated = [binValues, cardValues]
      .map((values) => values.find((value, index) => values.indexOf(value) !== index))
      .find((value) => value !== undefined);
    if (repeated !== undefined) return this.t('question.repeatedValue', { value: repeated });
    for (const card of this.cards) {
      if (!card.key) return this.t('sort.noKey', { n: card.index + 1, attribute: this.keyAttribute });
      if (!binValues.includes(card.key)) {
        return this.t('sort.unknownBin', { n: card.index + 1, value: card.key });
      }
    }
    if (this.capacity === 1) {
      const keys = this.cards.map((card) => card.key);
      const shared = keys.find((key, index) => keys.indexOf(key) !== index);
      if (shared !== undefined) return this.t('sort.sharedTarget', { value: shared });
    }
    return '';
  }

  protected override get emptyNotice(): string {
    return this.t('sort.placeFirst');
  }

  protected override get isEmpty(): boolean {
    return this.placed.size === 0;
  }

  protected override evaluate(): CheckResult {
    this.picked = '';
    const key = new Map(this.cards.map((card) => [card.value, card.key]));
    return scorePlacements(key, this.placed, this.points, this.scoring);
  }

  protected override applyResponse(response: readonly string[]): void {
    const placed = new Map<string, string>();
    for (const pair of response) {
      const dot = pair.indexOf('.');
      if (dot > 0) placed.set(pair.slice(0, dot), pair.slice(dot + 1));
    }
    this.placed = placed;
    this.picked = '';
  }

  protected override clearResponse(): void {
    this.placed = new Map();
    this.picked = '';
  }

  #cardText(card: Card): string {
    return plainText(card.item);
  }

  #binText(value: string): string {
    const bin = this.bins.find((candidate) => candidate.value === value);
    return bin ? plainText(bin.element) : value;
  }

  #describe(placement: (card: Card) => string | undefined): string {
    return this.cards
      .map((card) => {
        const bin = placement(card);
        return bin ? `${this.#cardText(card)} → ${this.#binText(bin)}` : '';
      })
      .filter(Boolean)
      .join('; ');
  }

  protected override describeResponse(): string {
    return this.#describe((card) => this.placed.get(card.value));
  }

  protected override describeAnswer(): string {
    return this.#describe((card) => card.key);
  }

  #verdict(card: Card): Verdict | undefined {
    if (!this.showing || this.deferred) return undefined;
    return this.placed.get(card.value) === card.key ? 'correct' : 'incorrect';
  }

  protected override statusDetail(): string {
    const right = this.cards.filter((card) => this.placed.get(card.value) === card.key).length;
    const parts = [this.t('sort.placedRight', { right, total: this.cards.length })];
    if (this.revealed) parts.push(this.t('question.rightAnswerIs', { answer: this.describeAnswer() }));
    return parts.join(' ');
  }

  protected override assignSlots(assign: (slotName: string, nodes: Element[]) => void): void {
    super.assignSlots(assign);
    for (const card of this.cards) {
      assign(`card-${card.index}`, [card.item]);
      card.item.feedbackShown = this.#verdict(card) !== undefined;
    }
    for (const bin of this.bins) assign(`bin-${bin.index}`, [bin.element]);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#refocus) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.#refocus);
      this.#refocus = '';
      target?.focus();
    }
  }

  protected override focusTarget(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.card');
  }

  /** Picks a card, or puts it down when it is already picked. */
  #pick(card: Card): void {
    if (this.locked) return;
    if (this.#suppressClick) {
      this.#suppressClick = false;
      return;
    }
    this.notice = '';
    if (this.picked === card.value) {
      this.picked = '';
      return;
    }
    this.picked = card.value;
    this.announce(this.t('sort.picked', { card: this.#cardText(card) }));
  }

  /** Puts `cardValue` in `binValue` ('' for back in the pool); a full bin gives its card back. */
  #place(cardValue: string, binValue: string): void {
    const card = this.cards.find((candidate) => candidate.value === cardValue);
    if (!card || this.locked) return;
    const placed = new Map(this.placed);
    if (binValue) {
      const inside = [...placed].filter(([, bin]) => bin === binValue).map(([value]) => value);
      if (this.capacity <= inside.length && !inside.includes(cardValue)) {
        const bumped = inside[0];
        if (bumped !== undefined) placed.delete(bumped);
      }
      placed.set(cardValue, binValue);
      this.announce(this.t('sort.placed', { card: this.#cardText(card), bin: this.#binText(binValue) }));
    } else {
      placed.delete(cardValue);
      this.announce(this.t('sort.returned', { card: this.#cardText(card) }));
    }
    this.placed = placed;
    this.picked = '';
    this.notice = '';
    // Keep going: the next card still to place, or Check when all are placed (in a
    // quiz that checks at the end there is no Check button: stay on the card).
    const next = this.cards.find((candidate) => !placed.has(candidate.value));
    const target = `.card[data-value="${CSS.escape((next ?? card).value)}"]`;
    this.#refocus = next || this.deferred ? target : '[part~="check-button"]';
  }

  #onPointerDown(event: PointerEvent, card: Card): void {
    if (this.locked || (event.pointerType === 'mouse' && event.button !== 0)) return;
    // No capture yet: a tap must still reach the card as a click. Capture starts with the drag.
    this.#drag = { value: card.value, pointerId: event.pointerId, x: event.clientX, y: event.clientY, moved: false };
    this.addEventListener('pointermove', this.#onPointerMove);
    this.addEventListener('pointerup', this.#onPointerUp);
    this.addEventListener('pointercancel', this.#onPointerCancel);
  }

  #cardButton(value: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`.card[data-value="${CSS.escape(value)}"]`);
  }

  /** The bin under a point ('' for the pool, undefined for neither). */
  #dropTarget(x: number, y: number): string | undefined {
    for (const element of (this.renderRoot as ShadowRoot).elementsFromPoint(x, y)) {
      const zone = element.closest<HTMLElement>('[data-bin]');
      if (zone) return zone.dataset.bin;
    }
    return undefined;
  }

  readonly #onPointerMove = (event: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    if (!drag.moved) {
      try {
        // The host, not the card: the card moves between lists while dragging.
        this.setPointerCapture(drag.pointerId);
      } catch {
        // Not an active pointer (a synthetic event): listening on the host still works.
      }
    }
    drag.moved = true;
    const button = this.#cardButton(drag.value);
    if (button) {
      button.classList.add('dragging');
      button.style.transform = `translate(${dx}px, ${dy}px)`;
    }
    this.over = this.#dropTarget(event.clientX, event.clientY) ?? null;
  };

  readonly #onPointerUp = (event: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    this.#endDrag();
    if (!drag.moved) return; // a tap: the click that follows picks the card
    this.#suppressClick = true;
    setTimeout(() => (this.#suppressClick = false));
    const target = this.#dropTarget(event.clientX, event.clientY);
    if (target !== undefined) this.#place(drag.value, target);
  };

  readonly #onPointerCancel = (): void => this.#endDrag();

  #endDrag(): void {
    const drag = this.#drag;
    this.#drag = null;
    this.over = null;
    this.removeEventListener('pointermove', this.#onPointerMove);
    this.removeEventListener('pointerup', this.#onPointerUp);
    this.removeEventListener('pointercancel', this.#onPointerCancel);
    if (!drag) return;
    if (this.hasPointerCapture(drag.pointerId)) this.releasePointerCapture(drag.pointerId);
    const button = this.#cardButton(drag.value);
    button?.classList.remove('dragging');
    button?.style.removeProperty('transform');
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.picked) {
      event.preventDefault();
      this.picked = '';
    }
  }

  #renderCard(card: Card) {
    const verdict = this.#verdict(card);
    const where = this.placed.get(card.value);
    return html`<li>
      <button
        class="card"
        part="card"
        type="button"
        data-value=${card.value}
        data-verdict=${verdict ?? nothing}
        aria-pressed=${this.picked === card.value ? 'true' : 'false'}
        aria-disabled=${this.locked ? 'true' : 'false'}
        @click=${() => this.#pick(card)}
        @pointerdown=${(event: PointerEvent) => this.#onPointerDown(event, card)}
      >
        ${this.renderVerdict(verdict)}<slot name=${`card-${card.index}`}></slot>
        ${
          this.revealed && verdict === 'incorrect'
            ? html`<span class="answer" part="answer"
                >${this.t('sort.belongsIn', { bin: this.#binText(card.key) })}</span
              >`
            : nothing
        }
        ${where && !verdict ? html`<span class="visually-hidden">${this.t('sort.inBin', { bin: this.#binText(where) })}</span>` : nothing}
      </button>
    </li>`;
  }

  #renderBin(bin: Bin) {
    const inside = this.#order.filter((card) => this.placed.get(card.value) === bin.value);
    const picked = this.cards.find((card) => card.value === this.picked);
    const labelId = `bin-label-${bin.index}`;
    return html`<section
      class="bin"
      part="bin"
      role="group"
      aria-labelledby=${labelId}
      data-bin=${bin.value}
      ?data-over=${this.over === bin.value}
    >
      <div class="bin-label" part="bin-label" id=${labelId}><slot name=${`bin-${bin.index}`}></slot></div>
      <ul class="bin-cards">
        ${inside.map((card) => this.#renderCard(card))}
      </ul>
      ${
        picked && this.placed.get(picked.value) !== bin.value
          ? html`<button
              class="button place"
              data-variant="quiet"
              part="place-button"
              type="button"
              @click=${() => this.#place(picked.value, bin.value)}
            >
              ${this.t('sort.placeHere', { card: this.#cardText(picked), bin: this.#binText(bin.value) })}
            </button>`
          : nothing
      }
    </section>`;
  }

  /** Cards in the order shown (seeded, so stable for a learner). */
  get #order(): Card[] {
    return seededShuffle(this.cards, this.seed || this.itemId);
  }

  protected override renderBody() {
    const pool = this.#order.filter((card) => !this.placed.has(card.value));
    const picked = this.cards.find((card) => card.value === this.picked);
    return html`<div @keydown=${this.#onKeydown}>
      <div data-bin="" ?data-over=${this.over === ''}>
        <p class="pool-label" id="pool-label">
          ${pool.length === 0 ? this.t('sort.poolEmpty') : this.t('sort.pool', { count: pool.length })}
        </p>
        <ul class="pool" part="pool" aria-labelledby="pool-label">
          ${pool.map((card) => this.#renderCard(card))}
        </ul>
        ${
          picked && this.placed.has(picked.value)
            ? html`<button
                class="button place"
                data-variant="quiet"
                part="return-button"
                type="button"
                @click=${() => this.#place(picked.value, '')}
              >
                ${this.t('sort.putBack', { card: this.#cardText(picked) })}
              </button>`
            : nothing
        }
      </div>
      <div class="bins" part="bins">${this.bins.map((bin) => this.#renderBin(bin))}</div>
    </div>`;
  }
}
