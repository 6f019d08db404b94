import { LkElement, citeStyles, seededShuffle, type BuildEnv, type ItemState } from '@lessonkit/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import {
  argumentMapProblem,
  isPlacedRight,
  keyedCards,
  type ArgumentMapData,
  type KeyedCard,
  type Target,
} from './argument-map-model.js';
import { LkActivity } from './activity.js';
import { activityStyles } from './activity.styles.js';
import { argumentMapStyles } from './argument-map.styles.js';
import './argument-map-strings.js';

const TARGET = /^(?:reason-[1-9]\d*|evidence-[1-9]\d*|assumptions|tray)$/;

/**
 * An argument map to fill in: the thesis is given; the learner places cards —
 * reasons, the evidence for each, the unstated assumptions, and cards that
 * are not part of the argument at all — into a tree of reasons → evidence,
 * a group of assumptions and a "not in the text" tray. Cards are placed by
 * picking one, then choosing where it goes (keyboard, tap or click), or by
 * dragging it there with a pointer. Check compares the map with the author's
 * key: the reasons may go in
 * any order, and evidence counts under whichever slot holds its reason.
 *
 * @tagname lk-argument-map
 * @summary Build an argument map (thesis → reasons → evidence, assumptions) from cards, checked against a key.
 *
 * @slot - Fallback content shown until the element runs; a `<script type="application/json">` child holds the data.
 *
 * @csspart pool - The cards still to place.
 * @csspart card - Each card (a button); also `picked`, `right` or `wrong`.
 * @csspart thesis - The thesis.
 * @csspart slot - Each place a card can go (a reason, its evidence, the assumptions, the tray).
 * @csspart place-button - "Place here", shown in each slot while a card is picked.
 * @csspart results - The per-card feedback after the last check.
 * @csspart check-button - Check.
 * @csspart retry-button - Try again.
 * @csspart status - The summary and notices (a polite live region).
 * @csspart error - An author error.
 *
 * @fires lk-answer - When the learner checks. `interaction: "matching"`, `response`: `card.target` pairs (`"r2e1.evidence-3"`), `score`: the share of `points` placed right.
 */
export class LkArgumentMap extends LkActivity<ArgumentMapData> {
  static override styles = [LkElement.styles, activityStyles, argumentMapStyles, citeStyles];

  /** Points for a map placed all right (a share of them for some); one per card when unset. */
  @property({ type: Number }) points: number | undefined;

  /** Where each placed card is: card id → target. */
  @state() private placement: ReadonlyMap<string, Target> = new Map();
  @state() private picked: string | undefined;
  /** Cards placed right at the last check, kept (and locked) through a retry. */
  @state() private kept: ReadonlySet<string> = new Set();
  @state() private seed = '';
  /** The place a dragged card is over, to show it. */
  @state() private over: Target | 'pool' | undefined;

  protected readonly stringPrefix = 'map';

  protected problem(data: ArgumentMapData): string {
    return (import.meta as BuildEnv).env?.LESSONKIT_VALIDATED ? '' : argumentMapProblem(data);
  }

  override useSeed(seed: string): void {
    if (!this.seed) this.seed = `${seed}/${this.itemId}`;
  }

  /** The placed cards as `card.target` pairs, in the key's order. */
  get response(): string[] {
    return this.#cards.flatMap((card) => {
      const target = this.placement.get(card.id);
      return target === undefined ? [] : [`${card.id}.${target}`];
    });
  }

  get #cards(): KeyedCard[] {
    return this.data ? keyedCards(this.data) : [];
  }

  /** The cards the learner places (given reasons are not theirs to place, nor scored). */
  get #scored(): KeyedCard[] {
    return this.#cards.filter((card) => !(this.data?.givenReasons && card.kind === 'reason'));
  }

  get #given(): Map<string, Target> {
    const given = new Map<string, Target>();
    if (this.data?.givenReasons) this.data.reasons.forEach((_, r) => given.set(`r${r + 1}`, `reason-${r + 1}`));
    return given;
  }

  #isFixed(id: string): boolean {
    return this.#given.has(id) || this.kept.has(id);
  }

  protected restoreState(saved: ItemState): void {
    if (saved.interaction !== 'matching') return;
    const ids = new Set(this.#scored.map((card) => card.id));
    const reasons = this.data?.reasons.length ?? 0;
    const placement = new Map(this.#given);
    for (const pair of saved.response) {
      const dot = pair.indexOf('.');
      const id = pair.slice(0, dot);
      const target = pair.slice(dot + 1);
      if (!ids.has(id) || !TARGET.test(target)) continue;
      const slot = Number(target.split('-')[1]);
      if (target.includes('-') && slot > reasons) continue;
      // A reason slot holds one card.
      if (target.startsWith('reason-') && [...placement.values()].includes(target as Target)) continue;
      placement.set(id, target as Target);
    }
    this.placement = placement;
    this.picked = undefined;
    this.kept = new Set();
    const usedUp = this.restoreAttempts(saved);
    // Feedback shows again only for a whole map: a key edited since may have added cards.
    this.showing = this.attempts > 0 && this.#scored.every((card) => placement.has(card.id));
    this.finished =
      usedUp || (this.showing && this.#scored.every((card) => isPlacedRight(card, placement.get(card.id), placement)));
  }

  protected override resetState(): void {
    super.resetState();
    this.placement = new Map();
    this.picked = undefined;
    this.kept = new Set();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('data')) return;
    // Given reasons stand in their slots; a card of the learner's there goes back to the cards.
    const given = this.#given;
    const taken = new Set(given.values());
    const placement = new Map([...this.placement].filter(([id, at]) => given.has(id) || !taken.has(at)));
    for (const [id, target] of given) placement.set(id, target);
    this.placement = placement;
  }

  #pick(id: string): void {
    if (this.locked || this.#isFixed(id)) return;
    this.picked = this.picked === id ? undefined : id;
    this.notice = '';
  }

  /** The card in a reason slot, if any. */
  #occupant(target: Target): string | undefined {
    if (!target.startsWith('reason-')) return undefined;
    return [...this.placement].find(([, at]) => at === target)?.[0];
  }

  /** Whether a card may go to `target`: not onto a given reason, nor one kept from the last check. */
  #canTake(target: Target): boolean {
    const occupant = this.#occupant(target);
    return occupant === undefined || !this.#isFixed(occupant);
  }

  /** Places the picked (or dragged) card; `undefined` puts it back with the cards. */
  #place(target: Target | undefined, id = this.picked, focus = true): void {
    if (id === undefined || this.locked || this.#isFixed(id)) return;
    if (target !== undefined && !this.#canTake(target)) return;
    const placement = new Map(this.placement);
    // A reason slot holds one card: the one there goes back to the cards.
    const swapped = target === undefined ? undefined : this.#occupant(target);
    if (swapped !== undefined && swapped !== id) placement.delete(swapped);
    if (target === undefined) placement.delete(id);
    else placement.set(id, target);
    this.placement = placement;
    this.picked = undefined;
    const back = this.#cards.find((card) => card.id === swapped && swapped !== id);
    this.announce(
      [
        target === undefined ? this.t('map.backToCards') : this.t('map.placed', { target: this.#targetName(target) }),
        back ? this.t('map.swapped', { card: back.text }) : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
    if (focus) void this.focusAfterUpdate('[part~="pool"] [part~="card"]', '[part~="check-button"]');
  }

  // Pointer drag, for those who like it: the same as pick, then place.
  #dragging: string | undefined;

  #dragStart(event: DragEvent, id: string): void {
    if (this.locked || this.#isFixed(id)) {
      event.preventDefault();
      return;
    }
    this.#dragging = id;
    if (event.dataTransfer) {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', this.#cards.find((card) => card.id === id)?.text ?? id);
    }
  }

  #dragOver(event: DragEvent, over: Target | 'pool'): void {
    if (this.#dragging === undefined || (over !== 'pool' && !this.#canTake(over))) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
    this.over = over;
  }

  #drop(event: DragEvent, target: Target | 'pool'): void {
    const id = this.#dragging;
    if (id === undefined) return;
    event.preventDefault();
    this.#dragging = undefined;
    this.over = undefined;
    this.#place(target === 'pool' ? undefined : target, id, false);
  }

  #dragEnd(): void {
    this.#dragging = undefined;
    this.over = undefined;
  }

  /** The drop handlers of a place a card can go. */
  #dropZone(target: Target | 'pool') {
    return {
      over: this.over === target,
      dragover: (event: DragEvent) => this.#dragOver(event, target),
      dragleave: () => {
        if (this.over === target) this.over = undefined;
      },
      drop: (event: DragEvent) => this.#drop(event, target),
    };
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || this.picked === undefined) return;
    const id = this.picked;
    this.picked = undefined;
    void this.focusAfterUpdate(`[data-card="${id}"]`);
  }

  protected check(): void {
    if (!this.data || this.locked) return;
    const scored = this.#scored;
    const left = scored.filter((card) => !this.placement.has(card.id)).length;
    if (left > 0) {
      this.announce(this.t('map.left', { count: left }));
      return;
    }
    this.picked = undefined;
    const final = this.submit({
      interaction: 'matching',
      response: this.response,
      right: scored.filter((card) => isPlacedRight(card, this.placement.get(card.id), this.placement)).length,
      total: scored.length,
      maxScore: this.points ?? scored.length,
    });
    void this.focusAfterUpdate(final ? '[part~="results"]' : '[part~="retry-button"]');
  }

  protected override retry(): void {
    const placement = new Map(this.placement);
    const kept = new Set<string>();
    for (const card of this.#scored) {
      if (isPlacedRight(card, this.placement.get(card.id), this.placement)) kept.add(card.id);
      else placement.delete(card.id);
    }
    this.placement = placement;
    this.kept = kept;
    super.retry();
    this.notice = this.t('map.retryHint');
    void this.focusAfterUpdate('[part~="pool"] [part~="card"]');
  }

  #targetName(target: Target): string {
    if (target === 'assumptions') return this.t('map.assumptions');
    if (target === 'tray') return this.data?.tray ?? this.t('map.tray');
    const [kind, n] = target.split('-');
    return this.t(kind === 'reason' ? 'map.reason' : 'map.evidenceFor', { n: Number(n) });
  }

  #card(card: KeyedCard): TemplateResult {
    const target = this.placement.get(card.id);
    const kept = this.kept.has(card.id);
    // Marked right or wrong after a check; a card kept through a retry stays marked right.
    const judged = ((this.showing || this.finished) && target !== undefined && !this.#given.has(card.id)) || kept;
    const right = judged && isPlacedRight(card, target, this.placement);
    const fixed = this.locked || this.#isFixed(card.id);
    const picked = this.picked === card.id;
    const parts = ['card', picked ? 'picked' : '', judged ? (right ? 'right' : 'wrong') : ''].filter(Boolean).join(' ');
    return html`<button
      type="button"
      class="card"
      part=${parts}
      data-card=${card.id}
      aria-pressed=${picked ? 'true' : 'false'}
      aria-disabled=${fixed ? 'true' : 'false'}
      draggable=${fixed ? 'false' : 'true'}
      @click=${() => this.#pick(card.id)}
      @dragstart=${(event: DragEvent) => this.#dragStart(event, card.id)}
      @dragend=${this.#dragEnd}
    >
      <span class="text" lang=${ifDefined(this.data?.lang)}>${card.text}</span>
      ${picked ? html`<span class="badge">${this.t('map.picked')}</span>` : nothing}
      ${
        judged
          ? html`<span class="mark"
              ><span aria-hidden="true">${right ? '✓' : '✗'}</span
              ><span class="visually-hidden"
                >(${this.t(kept ? 'map.kept' : right ? 'map.right' : 'map.wrong')})</span
              ></span
            >`
          : nothing
      }
    </button>`;
  }

  #placeButton(target: Target): TemplateResult | typeof nothing {
    if (this.picked === undefined || this.placement.get(this.picked) === target || !this.#canTake(target))
      return nothing;
    return html`<button
      class="button place"
      part="place-button"
      data-variant="quiet"
      data-target=${target}
      type="button"
      @click=${() => this.#place(target)}
    >
      ${this.t('map.placeHere')}<span class="visually-hidden">: ${this.#targetName(target)}</span>
    </button>`;
  }

  /** A place cards go, named for screen readers, taking drops and offering "Place here" while a card is picked. */
  #slot(target: Target, label: string, cls: string, content: unknown): TemplateResult {
    const zone = this.#dropZone(target);
    return html`<div
      class="slot ${cls}"
      part="slot"
      role="group"
      aria-label=${label}
      ?data-over=${zone.over}
      @dragover=${zone.dragover}
      @dragleave=${zone.dragleave}
      @drop=${zone.drop}
    >
      <p class="kind" aria-hidden="true">${label}</p>
      ${content} ${this.#placeButton(target)}
    </div>`;
  }

  /** "empty", unless a card is picked: then the slot's Place here button says where it can go. */
  #empty() {
    return this.picked === undefined ? html`<p class="empty">${this.t('map.empty')}</p>` : nothing;
  }

  /** A slot that holds many cards. */
  #group(target: Target, label: string, cls: string): TemplateResult {
    const cards = this.#cards.filter((card) => this.placement.get(card.id) === target);
    return this.#slot(
      target,
      label,
      cls,
      cards.length > 0
        ? html`<ul class="cards">
            ${cards.map((card) => html`<li>${this.#card(card)}</li>`)}
          </ul>`
        : this.#empty(),
    );
  }

  #reason(n: number): TemplateResult {
    const target: Target = `reason-${n}`;
    const card = this.#cards.find((entry) => this.placement.get(entry.id) === target);
    return html`<li class="branch">
      ${this.#slot(target, this.t('map.reason', { n }), 'reason', card ? this.#card(card) : this.#empty())}
      ${this.#group(`evidence-${n}`, this.t('map.evidenceFor', { n }), 'evidence')}
    </li>`;
  }

  #summary() {
    if (this.notice) return html`<p>${this.notice}</p>`;
    if (!this.showing && !this.finished) return nothing;
    const scored = this.#scored;
    const right = scored.filter((card) => isPlacedRight(card, this.placement.get(card.id), this.placement)).length;
    return html`<p class="summary">
      ${right === scored.length ? this.t('map.allRight', { total: scored.length }) : this.t('map.summary', { right, total: scored.length })}
    </p>`;
  }

  #belongs(card: KeyedCard): string {
    if (card.kind === 'evidence') {
      const reason = this.#cards.find((entry) => entry.id === card.reason);
      return this.t('map.belongs.evidence', { reason: (reason?.text ?? '').replace(/[.。]$/, '') });
    }
    if (card.kind === 'distractor')
      return this.t('map.belongs.distractor', { tray: this.data?.tray ?? this.t('map.tray') });
    return this.t(`map.belongs.${card.kind}`);
  }

  #results() {
    if (!this.finished) return nothing;
    return html`<ol class="results" part="results" tabindex="-1">
      ${this.#scored.map((card) => {
        const right = isPlacedRight(card, this.placement.get(card.id), this.placement);
        return html`<li ?data-right=${right}>
          <span class="verdict"
            ><span aria-hidden="true">${right ? '✓' : '✗'}</span
            ><span class="visually-hidden">${this.t(right ? 'map.right' : 'map.wrong')}:</span></span
          >
          <q lang=${ifDefined(this.data?.lang)}>${card.text}</q> ${this.#belongs(card)} ${this.reason(card.why)}
        </li>`;
      })}
    </ol>`;
  }

  override render() {
    const data = this.data;
    const problem = this.renderProblem();
    if (problem || !data) return problem;
    // All the cards are shuffled, then the placed ones left out: the rest keep their order.
    const pool = seededShuffle(this.#scored, this.seed || this.itemId || 'lk-argument-map').filter(
      (card) => !this.placement.has(card.id),
    );
    const movingPlaced = this.picked !== undefined && this.placement.has(this.picked);
    const poolZone = this.#dropZone('pool');
    return html`
      <div @keydown=${this.#onKeydown}>
        <p class="instructions" id="instructions">${this.t('map.instructions')}</p>
        <div
          class="pool"
          part="pool"
          role="group"
          aria-label=${`${this.t('map.cards')}: ${
            pool.length > 0 ? this.t('map.cardsLeft', { count: pool.length }) : this.t('map.noCards')
          }`}
          aria-describedby="instructions"
          ?data-over=${poolZone.over}
          @dragover=${poolZone.dragover}
          @dragleave=${poolZone.dragleave}
          @drop=${poolZone.drop}
        >
          <p class="kind" aria-hidden="true">
            ${this.t('map.cards')} ·
            ${pool.length > 0 ? this.t('map.cardsLeft', { count: pool.length }) : this.t('map.noCards')}
          </p>
          ${
            pool.length > 0
              ? html`<ul class="cards">
                  ${pool.map((card) => html`<li>${this.#card(card)}</li>`)}
                </ul>`
              : nothing
          }
          ${
            movingPlaced
              ? html`<button
                  class="button place"
                  part="place-button"
                  data-variant="quiet"
                  data-target="pool"
                  type="button"
                  @click=${() => this.#place(undefined)}
                >
                  ${this.t('map.putBack')}
                </button>`
              : nothing
          }
        </div>
        <div class="map" role="group" aria-label=${this.t('map.map')}>
          <p class="thesis" part="thesis">
            <span class="kind">${this.t('map.thesis')}</span> <span lang=${ifDefined(data.lang)}>${data.thesis}</span>
          </p>
          <ol class="reasons" aria-label=${this.t('map.reasons')}>
            ${data.reasons.map((_, r) => this.#reason(r + 1))}
          </ol>
          ${data.assumptions?.length ? this.#group('assumptions', this.t('map.assumptions'), 'assumptions') : nothing}
        </div>
        ${data.distractors?.length ? this.#group('tray', data.tray ?? this.t('map.tray'), 'tray') : nothing}
        ${data.source || data.url ? html`<p class="source">${this.renderCredit(data.source, data.url)}</p>` : nothing}
      </div>
      <div role="status" part="status">${this.#summary()}</div>
      ${this.#results()} ${this.renderActions()}
    `;
  }
}
