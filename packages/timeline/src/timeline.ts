import {
  LkAnswerEvent,
  LkElement,
  LkItemElement,
  devWarn,
  dragToReorder,
  moveItem,
  reorderStyles,
  shuffleAway,
  type ItemState,
} from '@lessonkit/core';
import { css, html, nothing, unsafeCSS, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { compareDates, datePosition, formatDate, parseDate, type TimelineDate } from './dates.js';
import './strings.js';

export const CATEGORIES = ['law', 'policy', 'court', 'event', 'report', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Icons shown with each category's name: never colour alone. */
const ICONS: Record<Category, string> = { law: '§', policy: '▤', court: '⚖', event: '●', report: '✎', other: '◆' };

/** An event given as data (the `data` property) rather than as markup. */
export interface TimelineEventInput {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly date: string;
  readonly end?: string;
  readonly title: string;
  /** Plain text (it is not read as HTML). */
  readonly body?: string;
  readonly category?: Category;
  /** Its identifier in sequencing responses. */
  readonly id?: string;
}

/** One event as the timeline reads it from its list. */
export interface TimelineEvent {
  readonly index: number;
  readonly start: TimelineDate;
  readonly end?: TimelineDate;
  readonly category: Category;
  readonly title: string;
  /** The authored list item, shown in the detail panel. */
  readonly item: HTMLLIElement;
}

const MIN_ZOOM = 1;
/** Markers stack in at most this many lanes. */
const MAX_LANES = 6;
const MAX_ZOOM = 64;

/**
 * A timeline of laws and events. It is authored as a plain ordered list, so
 * it reads without JavaScript, to a screen reader and on paper; the element
 * adds an axis with events placed in proportion to time, ranges as bands,
 * categories with icons and names (never colour alone) and a filter, zoom
 * and pan (buttons, keyboard, wheel, pinch), a detail panel, and a list view.
 *
 * Keyboard on the axis: ←/→ (or ↑/↓) move between events, Home/End go to the
 * first/last, Enter or Space opens an event's details, +/− zoom.
 *
 * @tagname lk-timeline
 * @summary An accessible timeline with proportional placement, filters, zoom and details.
 *
 * @slot - An `<ol>` whose `<li data-date="YYYY[-MM[-DD]]" data-end="…" data-category="law">` items hold a `<time>`, a title in `<strong>` and a description.
 * @slot title - A heading for the timeline.
 *
 * @csspart toolbar - The view switch, filters and zoom buttons.
 * @csspart filters - The category filter.
 * @csspart axis - The scrolling axis.
 * @csspart event - An event's marker (a button).
 * @csspart band - A range's band.
 * @csspart detail - The panel with the selected event.
 * @csspart list - The list view.
 * @csspart error - An author error (an event without a valid date).
 *
 * @cssprop --lk-timeline-height - Height of the axis (default 16rem).
 * @cssprop --lk-timeline-law - Colour of laws (the other categories: -policy, -court, -event, -report, -other).
 */
export class LkTimeline extends LkItemElement {
  static override shadowRootOptions: ShadowRootInit = { ...LkElement.shadowRootOptions, slotAssignment: 'manual' };
  static override styles = [
    LkElement.styles,
    reorderStyles,
    // A category's colour and a marker's lane come from its attributes: no script sets them.
    unsafeCSS(
      [
        ...CATEGORIES.map((category) => `[data-category='${category}']{--_color:var(--_${category})}`),
        // The lane sets the marker's own top: an inherited custom property would restyle what it holds.
        ...Array.from(
          { length: MAX_LANES - 1 },
          (_, lane) => `.marker[data-row='${lane + 1}']{top:${3.5 + (lane + 1) * 3}rem}`,
        ),
      ].join(''),
    ),
    css`
      :host {
        --_law: var(--lk-timeline-law, light-dark(#0b57d0, #7cacf8));
        --_policy: var(--lk-timeline-policy, light-dark(#7a4d00, #e3b341));
        --_court: var(--lk-timeline-court, light-dark(#6f2da8, #c297ff));
        --_event: var(--lk-timeline-event, light-dark(#116329, #56d364));
        --_report: var(--lk-timeline-report, light-dark(#b3261e, #ff938a));
        --_other: var(--lk-timeline-other, var(--_muted));
        container-type: inline-size;
        margin-block: var(--_space-4);
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_space-2) var(--_space-4);
        margin-block-end: var(--_space-3);
      }
      fieldset {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space-1) var(--_space-3);
        margin: 0;
        padding: 0;
        border: 0;
      }
      legend {
        padding: 0;
        font-weight: 600;
        margin-block-end: var(--_space-1);
      }
      label {
        display: inline-flex;
        align-items: center;
        gap: var(--_space-1);
        min-height: 2.75rem;
        cursor: pointer;
      }
      .icon {
        flex: none;
        display: inline-grid;
        place-items: center;
        width: 1.5rem;
        height: 1.5rem;
        border-radius: 50%;
        background: var(--_color);
        color: var(--_surface);
        font-size: 0.8rem;
        font-weight: 700;
      }
      .small {
        min-height: 2.75rem;
        padding-inline: var(--_space-3);
      }
      .axis {
        position: relative;
        overflow-x: auto;
        overscroll-behavior-x: contain;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface-alt);
        touch-action: pan-x pan-y;
      }
      .probe {
        height: 0;
      }
      .track {
        /* Its width (the zoom) and height (the lanes) are set on the element (see updated). */
        position: relative;
        width: 100%;
        min-width: 100%;
        height: var(--lk-timeline-height, 13.5rem);
      }
      .line {
        position: absolute;
        inset-inline: 0;
        top: 2.5rem;
        border-top: 2px solid var(--_border);
      }
      .tick {
        position: absolute;
        top: 0.5rem;
        inset-inline-start: calc(var(--_x) * 1%);
        transform: translateX(-50%);
        color: var(--_muted);
        font-size: 0.75rem;
      }
      .band {
        position: absolute;
        top: 2.25rem;
        height: 0.5rem;
        inset-inline-start: calc(var(--_x) * 1%);
        width: calc(var(--_w) * 1%);
        border-radius: 0.25rem;
        background: var(--_color);
        opacity: 0.6;
      }
      ol.markers {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .marker {
        position: absolute;
        inset-inline-start: calc(var(--_x) * 1%);
        top: 3.5rem;
        display: inline-flex;
        align-items: center;
        gap: var(--_space-1);
        max-width: 14rem;
        min-height: 2.5rem;
        padding: var(--_space-1) var(--_space-2);
        border: 2px solid var(--_color);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: var(--_text);
        font: inherit;
        font-size: 0.875rem;
        text-align: start;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
        cursor: pointer;
      }
      .marker[aria-expanded='true'] {
        /* Open: filled, unlike the focus ring. */
        background: var(--_color);
        color: var(--_surface);
        font-weight: 700;
        z-index: 2;
      }
      .marker:focus-visible {
        z-index: 3;
      }
      .marker:focus-visible {
        outline: 3px solid var(--_focus);
      }
      .detail {
        margin-block-start: var(--_space-3);
        padding: var(--_space-3);
        border-inline-start: 4px solid var(--_color, var(--_accent));
        background: var(--_surface-alt);
      }
      .detail > :first-child {
        margin-block-start: 0;
      }
      .status {
        color: var(--_muted);
      }
      .error {
        color: var(--_danger);
        border: 2px solid var(--_danger);
        border-radius: var(--_radius);
        padding: var(--_space-2);
      }
      @container (max-width: 36rem) {
        /* Narrow screens: a vertical axis, one event a row. */
        .track {
          /* Over the zoom and lanes set on the element. */
          width: 100% !important;
          height: auto !important;
          min-height: 0;
          padding-block: var(--_space-2);
        }
        .line,
        .tick,
        .band {
          display: none;
        }
        ol.markers {
          display: grid;
          gap: var(--_space-2);
          padding-inline: var(--_space-2);
        }
        .marker {
          position: static;
          max-width: none;
          white-space: normal;
        }
        .zoom {
          display: none;
        }
      }
      @media print {
        .toolbar,
        .axis,
        .detail {
          display: none;
        }
      }
      .sequence {
        display: grid;
        gap: var(--_space-2);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_space-2);
        padding: var(--_space-2);
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .row[data-verdict='correct'] {
        border-color: var(--_success);
        background: var(--_success-surface);
      }
      .row[data-verdict='incorrect'] {
        border-color: var(--_danger);
        background: var(--_danger-surface);
      }
      .row-title {
        flex: 1;
        min-width: 10rem;
      }
      .verdict {
        font-weight: 700;
      }
      .verdict[data-verdict='correct'] {
        color: var(--_success);
      }
      .verdict[data-verdict='incorrect'] {
        color: var(--_danger);
      }
      .when,
      .answer {
        color: var(--_muted);
      }
      .actions {
        margin-block-start: var(--_space-3);
      }
      @media (forced-colors: active) {
        .icon {
          border: 1px solid CanvasText;
        }
      }
    `,
  ];

  /** `axis` (the default): the visual timeline; `list`: the authored list. */
  @property({ reflect: true }) view: 'axis' | 'list' = 'axis';

  /** How far in (1 shows the whole span; up to 64). */
  @property({ type: Number }) zoom = 1;

  /** `explore` (the default) or `sequence`: the learner puts a shuffled set of the events in order by date. */
  @property({ reflect: true }) mode: 'explore' | 'sequence' = 'explore';

  /** In `sequence` mode, how many events to order (spread across the timeline); 0 for all. */
  @property({ type: Number }) count = 0;

  /** In `sequence` mode, how many checks the learner gets; 0 for no limit. */
  @property({ type: Number, attribute: 'max-attempts' }) maxAttempts = 2;

  /** In `sequence` mode, points for the whole order right. */
  @property({ type: Number }) points = 1;

  /** Seeds the shuffle (set from the learner's saved attempt, else the item id). */
  @property() seed = '';

  /**
   * The events as data, instead of an authored list: setting it writes the
   * list (`<ol>`) as the element's content, so the data reads like markup
   * would (without JavaScript it is not there, so prefer markup in pages).
   */
  @property({ attribute: false })
  get data(): readonly TimelineEventInput[] | undefined {
    return this.#data;
  }
  set data(events: readonly TimelineEventInput[] | undefined) {
    this.#data = events;
    const list = document.createElement('ol');
    for (const event of events ?? []) {
      const item = document.createElement('li');
      item.dataset.date = event.date;
      if (event.end) item.dataset.end = event.end;
      if (event.category) item.dataset.category = event.category;
      if (event.id) item.id = event.id;
      const title = document.createElement('strong');
      title.textContent = event.title;
      item.append(title);
      if (event.body) item.append(Object.assign(document.createElement('p'), { textContent: event.body }));
      list.append(item);
    }
    for (const child of [...this.children]) if (child.localName === 'ol' || child.localName === 'ul') child.remove();
    this.append(list);
    this.#read();
  }
  #data: readonly TimelineEventInput[] | undefined;

  @state() private order: string[] = [];
  @state() private attempts = 0;
  @state() private showing = false;
  @state() private lastScore = 0;
  @state() private lastCorrect = false;
  @state() private finished = false;
  @state() private moved = false;
  @state() private notice = '';
  #refocus = '';

  @state() private events: TimelineEvent[] = [];
  @state() private hiddenCategories: ReadonlySet<Category> = new Set();
  @state() private selected = -1;
  /** The event (index) that holds the list's one tab stop. */
  @state() private tabStopIndex = -1;
  @state() private problems: string[] = [];

  readonly #observer = new MutationObserver(() => this.#read());

  protected override get answerable(): boolean {
    return this.mode === 'sequence';
  }

  /** An event's identifier in responses: its list item's id, else its place in date order (e1, e2…). */
  eventId(event: TimelineEvent): string {
    return event.item.id || `e${event.index + 1}`;
  }

  /** The events to order, in the right order. */
  get #sequenceKey(): string[] {
    const all = this.events;
    const count = this.count > 0 ? Math.min(this.count, all.length) : all.length;
    // A subset spread evenly across the timeline.
    const picked =
      count === all.length
        ? all
        : Array.from({ length: count }, (_, n) => all[Math.round((n * (all.length - 1)) / Math.max(1, count - 1))]);
    return picked.filter((event) => event !== undefined).map((event) => this.eventId(event));
  }

  /** The learner's order (event ids). */
  get response(): string[] {
    return [...this.order];
  }

  override useSeed(seed: string): void {
    if (!this.seed) this.seed = `${seed}/${this.itemId}`;
  }

  override restore(saved: ItemState): void {
    if (saved.interaction !== 'sequencing') return;
    const key = this.#sequenceKey;
    if (key.length === 0) {
      // The events are not read yet: keep the response; #startOrder sorts it out.
      this.order = [...saved.response];
    } else {
      // Ids the timeline no longer has are dropped; events added since go at the end.
      const known = saved.response.filter((id) => key.includes(id));
      this.order = [...known, ...key.filter((id) => !known.includes(id))];
    }
    this.moved = saved.response.length > 0;
    this.attempts = saved.attempts;
    this.showing = saved.attempts > 0;
    this.lastScore = saved.score;
    this.lastCorrect = saved.correct === true;
    this.finished = saved.final || (this.maxAttempts > 0 && saved.attempts >= this.maxAttempts);
  }

  #startOrder(): void {
    const key = this.#sequenceKey;
    const current = this.order.filter((id) => key.includes(id));
    if (current.length > 0 && (this.moved || this.attempts > 0)) {
      this.order = [...current, ...key.filter((id) => !current.includes(id))];
      return;
    }
    // Never already solved, events of the same date swapped included.
    const date = (id: string) => this.#event(id)?.start ?? { year: 0 };
    this.order = shuffleAway(key, this.seed || this.itemId || 'timeline', (order) =>
      order.every((id, index) => index === 0 || compareDates(date(order[index - 1] ?? ''), date(id)) <= 0),
    );
    this.moved = false;
  }
  #pinch: Map<number, number> = new Map();
  #pinchStart = 0;

  /** The events shown (after the filter), in date order. */
  get shownEvents(): TimelineEvent[] {
    return this.events.filter((event) => !this.hiddenCategories.has(event.category));
  }

  get #span(): { from: number; to: number } {
    if (this.events.length === 0) return { from: 0, to: 1 };
    let from = Infinity;
    let to = -Infinity;
    for (const event of this.events) {
      from = Math.min(from, datePosition(event.start));
      to = Math.max(to, datePosition(event.end ?? event.start));
    }
    const margin = Math.max((to - from) * 0.04, 0.5);
    return { from: Math.floor(from - margin), to: Math.ceil(to + margin) };
  }

  /** Where an event sits along the axis, from 0 to 100. */
  position(event: TimelineEvent): number {
    const { from, to } = this.#span;
    return ((datePosition(event.start) - from) / (to - from)) * 100;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#read();
    this.#observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['data-date', 'data-end', 'data-category', 'id', 'datetime'],
    });
    window.addEventListener('beforeprint', this.#beforePrint);
    window.addEventListener('afterprint', this.#afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
    window.removeEventListener('beforeprint', this.#beforePrint);
    window.removeEventListener('afterprint', this.#afterPrint);
  }

  /** On paper the authored list reads best: show it while printing. */
  #viewBeforePrint: 'axis' | 'list' | undefined;
  readonly #beforePrint = (): void => {
    this.#viewBeforePrint = this.view;
    this.view = 'list';
  };
  readonly #afterPrint = (): void => {
    if (this.#viewBeforePrint) this.view = this.#viewBeforePrint;
    this.#viewBeforePrint = undefined;
  };

  #read(): void {
    const list = [...this.children].find((child) => child.localName === 'ol' || child.localName === 'ul');
    const items = list ? [...list.children].filter((child): child is HTMLLIElement => child.localName === 'li') : [];
    const problems: string[] = [];
    const events: Omit<TimelineEvent, 'index'>[] = [];
    for (const item of items) {
      const raw = item.dataset.date ?? item.querySelector('time')?.getAttribute('datetime') ?? '';
      const start = parseDate(raw);
      if (!start) {
        problems.push(this.t('timeline.badDate', { date: raw }));
        continue;
      }
      let end = item.dataset.end ? parseDate(item.dataset.end) : undefined;
      if (item.dataset.end && !end) problems.push(this.t('timeline.badDate', { date: item.dataset.end }));
      if (end && compareDates(end, start) < 0) {
        problems.push(this.t('timeline.backwards', { start: raw, end: item.dataset.end ?? '' }));
        end = undefined;
      }
      // No category: an event (as in the lesson block); an unknown one: other.
      const category = !item.dataset.category
        ? 'event'
        : (CATEGORIES as readonly string[]).includes(item.dataset.category)
          ? (item.dataset.category as Category)
          : 'other';
      const title = (item.querySelector('strong, h3, h4')?.textContent ?? item.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim();
      events.push({ start, ...(end ? { end } : {}), category, title, item });
    }
    events.sort((a, b) => compareDates(a.start, b.start));
    this.events = events.map((event, index) => ({ ...event, index }));
    if (problems.join() !== this.problems.join()) {
      for (const problem of problems) devWarn('lk-timeline', problem);
    }
    this.problems = problems;
    if (this.selected >= this.events.length) this.selected = -1;
    if (this.mode === 'sequence') this.#startOrder();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (
      this.mode === 'sequence' &&
      (changed.has('seed') || changed.has('mode') || changed.has('count')) &&
      this.attempts === 0 &&
      !this.moved
    ) {
      this.order = [];
      this.#startOrder();
    }
  }

  #color(category: Category): string {
    return `var(--_${category})`;
  }

  #dateText(event: TimelineEvent): string {
    const start = formatDate(event.start, this.locale);
    return event.end ? this.t('timeline.to', { start, end: formatDate(event.end, this.locale) }) : start;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const root = this.renderRoot as ShadowRoot;
    root
      .querySelector<HTMLSlotElement>('slot[name="title"]')
      ?.assign(...[...this.children].filter((child) => child.slot === 'title'));
    root
      .querySelector<HTMLSlotElement>('slot:not([name])')
      ?.assign(...(this.view === 'list' ? [...this.children].filter((child) => !child.slot) : []));
    // Positions go through the CSSOM, never a style attribute (strict CSPs forbid those).
    const track = root.querySelector<HTMLElement>('.track');
    // Properties of the track's own, not custom properties: a custom property set on the track is
    // inherited, so a zoom would restyle every marker in it (a zoom step on 1,000 events spent
    // 340 ms restyling at 4× CPU).
    if (track) {
      track.style.setProperty('width', `${this.zoom * 100}%`);
      track.style.setProperty('height', `var(--lk-timeline-height, calc(4.5rem + ${this.#laneCount * 3}rem))`);
    }
    const probe = root.querySelector('.probe');
    if (probe && this.#observedProbe !== probe) {
      this.#resize.disconnect();
      this.#resize.observe(probe);
      this.#observedProbe = probe;
    }
    // A zoom or a new width changes only the track's width, the ticks and the lanes (attributes):
    // the markers keep their x.
    if ([...changed.keys()].every((key) => key === 'zoom' || key === 'axisWidth')) this.#place(root, '.tick');
    else this.#place(root, '[data-x]');
    if (this.#refocus) {
      root.querySelector<HTMLElement>(this.#refocus)?.focus();
      this.#refocus = '';
    }
    const detail = root.querySelector<HTMLElement>('.detail');
    const event = this.events[this.selected];
    if (detail && event) detail.style.setProperty('--_color', this.#color(event.category));
  }

  /** Gives the positioned elements that `selector` matches their place on the track. */
  #place(root: ShadowRoot, selector: string): void {
    for (const element of root.querySelectorAll<HTMLElement>(selector)) {
      if (element.dataset.x) element.style.setProperty('--_x', element.dataset.x);
      if (element.dataset.w) element.style.setProperty('--_w', element.dataset.w);
    }
  }

  #toggle(category: Category): void {
    const hidden = new Set(this.hiddenCategories);
    if (hidden.has(category)) hidden.delete(category);
    else hidden.add(category);
    this.hiddenCategories = hidden;
    const selected = this.events[this.selected];
    if (selected && hidden.has(selected.category)) this.selected = -1;
  }

  /** Zooms by a factor, keeping the middle of the view in place. */
  setZoom(zoom: number): void {
    const axis = this.renderRoot.querySelector<HTMLElement>('.axis');
    const next = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
    if (!axis || next === this.zoom) {
      this.zoom = next;
      return;
    }
    const middle = (axis.scrollLeft + axis.clientWidth / 2) / axis.scrollWidth;
    this.zoom = next;
    void this.updateComplete.then(() => {
      axis.scrollLeft = middle * axis.scrollWidth - axis.clientWidth / 2;
    });
  }

  #focusEvent(position: number): void {
    const shown = this.shownEvents;
    const event = shown[Math.max(0, Math.min(position, shown.length - 1))];
    if (!event) return;
    const button = this.renderRoot.querySelector<HTMLElement>(`.marker[data-index="${event.index}"]`);
    button?.focus();
    button?.scrollIntoView?.({ block: 'nearest', inline: 'center' });
  }

  #onKeydown(event: KeyboardEvent): void {
    const shown = this.shownEvents;
    const current = shown.findIndex(
      (candidate) =>
        this.renderRoot.querySelector(`.marker[data-index="${candidate.index}"]`) === this.shadowRoot?.activeElement,
    );
    const keys: Record<string, () => void> = {
      ArrowRight: () => this.#focusEvent(current + 1),
      ArrowDown: () => this.#focusEvent(current + 1),
      ArrowLeft: () => this.#focusEvent(current - 1),
      ArrowUp: () => this.#focusEvent(current - 1),
      Home: () => this.#focusEvent(0),
      End: () => this.#focusEvent(shown.length - 1),
      '+': () => this.#zoomAroundFocus(2),
      '=': () => this.#zoomAroundFocus(2),
      '-': () => this.#zoomAroundFocus(0.5),
      '\u2212': () => this.#zoomAroundFocus(0.5),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  /** Zooms and brings the focused event back into view. */
  #zoomAroundFocus(factor: number): void {
    const focused = this.shadowRoot?.activeElement as HTMLElement | null;
    this.setZoom(this.zoom * factor);
    void this.updateComplete.then(() => focused?.scrollIntoView?.({ block: 'nearest', inline: 'center' }));
  }

  #onWheel(event: WheelEvent): void {
    // Ctrl/⌘ + wheel (and trackpad pinch, which browsers send as ctrl+wheel) zooms; plain wheel scrolls.
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    this.setZoom(this.zoom * (event.deltaY < 0 ? 1.25 : 0.8));
  }

  #onPointerDown(event: PointerEvent): void {
    if (event.pointerType !== 'touch') return;
    this.#pinch.set(event.pointerId, event.clientX);
    if (this.#pinch.size === 2) {
      const [a, b] = [...this.#pinch.values()];
      this.#pinchStart = Math.abs((a ?? 0) - (b ?? 0)) || 1;
    }
  }

  #onPointerMove(event: PointerEvent): void {
    if (!this.#pinch.has(event.pointerId) || this.#pinch.size !== 2) return;
    this.#pinch.set(event.pointerId, event.clientX);
    const [a, b] = [...this.#pinch.values()];
    const distance = Math.abs((a ?? 0) - (b ?? 0));
    if (Math.abs(distance - this.#pinchStart) > 40) {
      this.setZoom(this.zoom * (distance / this.#pinchStart));
      this.#pinchStart = distance;
    }
  }

  #onPointerEnd(event: PointerEvent): void {
    this.#pinch.delete(event.pointerId);
  }

  #select(index: number): void {
    this.selected = this.selected === index ? -1 : index;
  }

  /**
   * The axis's width in pixels, measured; the track is `zoom` times as wide, and a marker's width
   * relative to the track decides the lanes.
   */
  @state() private axisWidth = 0;
  #laneCount = 1;
  #observedProbe: Element | undefined;
  // It watches a probe of no height across the axis, whose size the lanes never change: the lanes
  // follow the measured width before the frame is painted, so the markers never move on screen.
  readonly #resize = new ResizeObserver((entries) => {
    const width = Math.round(entries[0]?.contentRect.width ?? 0);
    if (width && Math.abs(width - this.axisWidth) > 8) this.axisWidth = width;
  });

  /**
   * Lanes keep markers from covering each other: each marker goes into the
   * first lane where the previous marker has ended (up to 6 lanes; past that,
   * the lane that frees up first). Zooming in spreads them out.
   */
  #lanes(shown: readonly TimelineEvent[]): { rows: number[]; lanes: number } {
    // A marker is at most 14rem wide (plus a small gap).
    const markerWidth = (14.5 * 16 * 100) / Math.max((this.axisWidth || 960) * this.zoom, 1);
    const ends: number[] = [];
    const rows = shown.map((event) => {
      const x = this.position(event);
      let lane = ends.findIndex((end) => end <= x);
      if (lane < 0 && ends.length < MAX_LANES) lane = ends.length;
      if (lane < 0) lane = ends.indexOf(Math.min(...ends));
      ends[lane] = x + markerWidth;
      return lane;
    });
    return { rows, lanes: Math.max(1, ends.length) };
  }

  #renderAxis() {
    const shown = this.shownEvents;
    const { from, to } = this.#span;
    const step = Math.max(1, Math.ceil((to - from) / (8 * this.zoom)));
    const ticks: number[] = [];
    for (let year = Math.ceil(from / step) * step; year <= to; year += step) ticks.push(year);
    const { rows, lanes } = this.#lanes(shown);
    this.#laneCount = lanes;
    // One tab stop: the selected event, else the first.
    const tabStop = Math.max(
      0,
      shown.findIndex((event) => event.index === this.selected),
    );
    return html`<div
      class="axis"
      part="axis"
      @keydown=${this.#onKeydown}
      @wheel=${this.#onWheel}
      @pointerdown=${this.#onPointerDown}
      @pointermove=${this.#onPointerMove}
      @pointerup=${this.#onPointerEnd}
      @pointercancel=${this.#onPointerEnd}
    >
      <div class="probe"></div>
      <div class="track">
        <div class="line" aria-hidden="true"></div>
        ${ticks.map(
          (year) =>
            html`<span class="tick" aria-hidden="true" data-x=${((year - from) / (to - from)) * 100}>${year}</span>`,
        )}
        ${shown
          .filter((event) => event.end)
          .map(
            (event) =>
              html`<span
                class="band"
                part="band"
                aria-hidden="true"
                data-category=${event.category}
                data-x=${this.position(event)}
                data-w=${((datePosition(event.end ?? event.start) - datePosition(event.start)) / (to - from)) * 100}
              ></span>`,
          )}
        <ol class="markers" aria-label=${this.t('timeline.label')}>
          ${guard(
            [
              this.events,
              this.hiddenCategories,
              this.selected,
              this.tabStopIndex,
              this.locale,
              this.strings,
              this.zoom,
              this.axisWidth,
            ],
            () =>
              repeat(
                shown,
                (event) => event.index,
                (event, position) =>
                  html`<li>
                    <button
                      class="marker"
                      part="event"
                      type="button"
                      data-index=${event.index}
                      data-category=${event.category}
                      data-x=${this.position(event)}
                      data-row=${rows[position] ?? 0}
                      tabindex=${position === tabStop ? '0' : '-1'}
                      aria-expanded=${this.selected === event.index ? 'true' : 'false'}
                      aria-controls="detail"
                      aria-describedby="keys"
                      @click=${() => this.#select(event.index)}
                      @focus=${(focus: FocusEvent) => this.#rove(focus)}
                    >
                      <span class="icon" aria-hidden="true">${ICONS[event.category]}</span>
                      <span class="visually-hidden">${this.t(`timeline.category.${event.category}`)}:</span>
                      ${this.#dateText(event)} — ${event.title}
                    </button>
                  </li>`,
              ),
          )}
        </ol>
      </div>
    </div>`;
  }

  /** Keeps one tab stop in the list of markers: the one last focused. */
  #rove(event: FocusEvent): void {
    this.tabStopIndex = Number((event.target as HTMLElement).dataset.index);
  }

  #detailFor = -1;
  #detailNodes: Node[] = [];

  /** The open event's content, cloned once per selection (so a zoom does not re-announce it). */
  #detailContent(event: TimelineEvent): Node[] {
    if (this.#detailFor !== event.index) {
      this.#detailFor = event.index;
      this.#detailNodes = [...event.item.cloneNode(true).childNodes];
    }
    return this.#detailNodes;
  }

  #renderDetail() {
    const event = this.events[this.selected];
    return html`<section class="detail" part="detail" id="detail" aria-live="polite" ?hidden=${!event}>
      ${
        event
          ? html`<p class="status">
                <span class="icon" aria-hidden="true">${ICONS[event.category]}</span>
                ${this.t(`timeline.category.${event.category}`)} · ${this.#dateText(event)}
              </p>
              ${guard([event.index, event.item], () => this.#detailContent(event))}`
          : nothing
      }
    </section>`;
  }

  /** Whether the event at `position` is in a right place: the key's event, or one with the same date. */
  #rightAt(position: number): boolean {
    const expected = this.#event(this.#sequenceKey[position] ?? '');
    const given = this.#event(this.order[position] ?? '');
    return Boolean(expected && given && compareDates(expected.start, given.start) === 0);
  }

  #event(id: string): TimelineEvent | undefined {
    return this.events.find((event) => this.eventId(event) === id);
  }

  #move(id: string, step: -1 | 1): void {
    const to = this.order.indexOf(id) + step;
    if (this.showing || this.finished) return;
    const order = moveItem(this.order, id, to);
    if (order === this.order) return;
    this.order = [...order];
    this.moved = true;
    this.notice = '';
    this.#refocus = `[data-id="${CSS.escape(id)}"] [part~="${step < 0 ? 'move-up' : 'move-down'}"]`;
    this.notice = this.t('timeline.moved', { title: this.#event(id)?.title ?? id, n: to + 1, total: order.length });
  }

  #check(): void {
    if (this.showing || this.finished) return;
    if (!this.moved) {
      this.notice = this.t('timeline.moveFirst');
      return;
    }
    const key = this.#sequenceKey;
    const right = key.filter((id, index) => this.#rightAt(index)).length;
    const correct = right === key.length;
    const score = correct ? this.points : Math.round((this.points * right * 100) / key.length) / 100;
    this.attempts += 1;
    this.lastScore = score;
    this.lastCorrect = correct;
    this.showing = true;
    this.finished = correct || (this.maxAttempts > 0 && this.attempts >= this.maxAttempts);
    this.notice = '';
    this.emit(
      new LkAnswerEvent({
        itemId: this.itemId,
        interaction: 'sequencing',
        response: this.response,
        correct,
        score,
        maxScore: this.points,
        attempt: this.attempts,
        final: this.finished,
      }),
    );
    this.#refocus = this.finished ? '.sequence button' : '[part~="retry-button"]';
  }

  #tryAgain(): void {
    this.showing = false;
    this.#refocus = '.sequence button';
  }

  #sequenceStatus(): string {
    if (this.notice) return this.notice;
    if (!this.showing) return '';
    const format = (value: number) => new Intl.NumberFormat(this.locale, { maximumFractionDigits: 2 }).format(value);
    const verdict = this.lastCorrect
      ? this.t('timeline.correct')
      : this.lastScore > 0
        ? this.t('timeline.partial')
        : this.t('timeline.incorrect');
    const left = this.finished
      ? ''
      : ` ${this.t('timeline.triesLeft', { count: Math.max(0, this.maxAttempts - this.attempts) })}`;
    return `${verdict} ${this.t('timeline.score', { score: format(this.lastScore), max: format(this.points) })}${this.maxAttempts > 0 ? left : ''}`;
  }

  #renderSequence() {
    const key = this.#sequenceKey;
    const locked = this.showing || this.finished;
    return html`<p class="status">${this.t('timeline.sequenceInstructions')}</p>
      <ol class="sequence" part="sequence">
        ${repeat(
          this.order,
          (id) => id,
          (id, position) => {
            const event = this.#event(id);
            if (!event) return nothing;
            const right = this.#rightAt(position);
            const verdict = this.showing ? (right ? 'correct' : 'incorrect') : undefined;
            return html`<li
              class=${this.dragging === id ? 'row dragging' : 'row'}
              part="row"
              data-id=${id}
              data-verdict=${verdict ?? nothing}
            >
              <span
                class="handle"
                part="handle"
                aria-hidden="true"
                @pointerdown=${(pointer: PointerEvent) => this.#onDragStart(pointer, id)}
                >⠿</span
              >
              ${
                verdict
                  ? html`<span class="verdict" data-verdict=${verdict}
                      ><span aria-hidden="true">${right ? '✓' : '✗'}</span> ${this.t(`timeline.${verdict}Item`)}</span
                    >`
                  : nothing
              }
              <span class="row-title"
                ><span class="icon" aria-hidden="true" data-category=${event.category}>${ICONS[event.category]}</span>
                ${event.title}${
                  this.finished
                    ? html` <span class="when">(${this.#dateText(event)})</span>${
                          right
                            ? nothing
                            : html` <span class="answer"
                                >${this.t('timeline.belongsAt', { n: key.indexOf(id) + 1 })}</span
                              >`
                        }`
                    : nothing
                }</span
              >
              <button
                class="move"
                part="move-up"
                type="button"
                aria-label=${this.t('timeline.moveUp', { title: event.title })}
                aria-disabled=${locked || position === 0 ? 'true' : 'false'}
                @click=${() => this.#move(id, -1)}
                @keydown=${(keyEvent: KeyboardEvent) => this.#moveKeys(keyEvent, id)}
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                class="move"
                part="move-down"
                type="button"
                aria-label=${this.t('timeline.moveDown', { title: event.title })}
                aria-disabled=${locked || position === this.order.length - 1 ? 'true' : 'false'}
                @click=${() => this.#move(id, 1)}
                @keydown=${(keyEvent: KeyboardEvent) => this.#moveKeys(keyEvent, id)}
              >
                <span aria-hidden="true">↓</span>
              </button>
            </li>`;
          },
        )}
      </ol>
      <div class="actions">
        ${
          this.finished
            ? nothing
            : this.showing
              ? html`<button class="button" part="retry-button" type="button" @click=${this.#tryAgain}>
                  ${this.t('timeline.tryAgain')}
                </button>`
              : html`<button class="button" part="check-button" type="button" @click=${this.#check}>
                  ${this.t('timeline.check')}
                </button>`
        }
      </div>
      <p class="status" part="status" role="status">${this.#sequenceStatus()}</p>`;
  }

  @state() private dragging = '';

  /** Drag with a mouse, pen or finger by the handle; the buttons and keys do the same. */
  #onDragStart(event: PointerEvent, id: string): void {
    if (this.showing || this.finished || (event.pointerType === 'mouse' && event.button !== 0)) return;
    this.dragging = id;
    const startOrder = this.order.join();
    dragToReorder(this, event, {
      rows: () => [...this.renderRoot.querySelectorAll('[part~="row"]')],
      moveTo: (to) => {
        const order = moveItem(this.order, id, to);
        if (order === this.order) return;
        this.order = [...order];
        this.moved = true;
      },
      end: () => {
        this.dragging = '';
        if (this.order.join() === startOrder) return; // a tap, or dropped where it was
        const position = this.order.indexOf(id) + 1;
        this.notice = this.t('timeline.moved', {
          title: this.#event(id)?.title ?? id,
          n: position,
          total: this.order.length,
        });
      },
    });
  }

  /** Scrolls the axis by half its width: -1 earlier, 1 later. */
  #pan(direction: -1 | 1): void {
    const axis = this.renderRoot.querySelector<HTMLElement>('.axis');
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    axis?.scrollBy({ left: (direction * axis.clientWidth) / 2, behavior: reduced ? 'auto' : 'smooth' });
  }

  #moveKeys(event: KeyboardEvent, id: string): void {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    this.#move(id, event.key === 'ArrowUp' ? -1 : 1);
  }

  override render() {
    if (this.mode === 'sequence') {
      const tooFew = this.events.length > 0 && this.#sequenceKey.length < 2;
      return html`<slot name="title"></slot>
        ${this.problems.map((problem) => html`<p class="error" part="error">${problem}</p>`)}
        ${tooFew ? html`<p class="error" part="error">${this.t('timeline.tooFew')}</p>` : nothing}
        ${
          this.events.length === 0
            ? html`<p class="status">${this.t('timeline.empty')}</p>`
            : tooFew
              ? nothing
              : this.#renderSequence()
        }`;
    }
    const present = CATEGORIES.filter((category) => this.events.some((event) => event.category === category));
    const shown = this.shownEvents;
    return html`
      <slot name="title"></slot>
      ${this.problems.map((problem) => html`<p class="error" part="error">${problem}</p>`)}
      ${
        this.events.length === 0
          ? html`<p class="status">${this.t('timeline.empty')}</p>`
          : html`<div class="toolbar" part="toolbar">
                <div role="group" aria-label=${this.t('timeline.views')}>
                  ${(['axis', 'list'] as const).map(
                    (view) =>
                      html`<button
                        class="button small"
                        data-variant=${this.view === view ? nothing : 'quiet'}
                        type="button"
                        aria-pressed=${this.view === view ? 'true' : 'false'}
                        @click=${() => (this.view = view)}
                      >
                        ${this.t(`timeline.${view}`)}
                      </button>`,
                  )}
                </div>
                ${
                  this.view === 'axis'
                    ? html`<fieldset part="filters">
                          <legend>${this.t('timeline.filter')}</legend>
                          ${present.map(
                            (category) =>
                              html`<label
                                ><input
                                  type="checkbox"
                                  .checked=${!this.hiddenCategories.has(category)}
                                  @change=${() => this.#toggle(category)}
                                /><span class="icon" aria-hidden="true" data-category=${category}
                                  >${ICONS[category]}</span
                                >${this.t(`timeline.category.${category}`)}</label
                              >`,
                          )}
                        </fieldset>
                        <div class="zoom" role="group" aria-label=${this.t('timeline.zoom')}>
                          <button
                            class="button small"
                            data-variant="quiet"
                            type="button"
                            @click=${() => this.setZoom(this.zoom * 2)}
                          >
                            ${this.t('timeline.zoomIn')}
                          </button>
                          <button
                            class="button small"
                            data-variant="quiet"
                            type="button"
                            @click=${() => this.setZoom(this.zoom / 2)}
                          >
                            ${this.t('timeline.zoomOut')}
                          </button>
                          <button
                            class="button small"
                            data-variant="quiet"
                            type="button"
                            @click=${() => this.setZoom(1)}
                          >
                            ${this.t('timeline.fit')}
                          </button>
                          <button class="button small" data-variant="quiet" type="button" @click=${() => this.#pan(-1)}>
                            ${this.t('timeline.earlier')}
                          </button>
                          <button class="button small" data-variant="quiet" type="button" @click=${() => this.#pan(1)}>
                            ${this.t('timeline.later')}
                          </button>
                        </div>`
                    : nothing
                }
              </div>
              ${
                this.view === 'axis'
                  ? html`<p class="visually-hidden" id="keys">${this.t('timeline.keys')}</p>
                      <p class="status" role="status">
                        ${
                          shown.length === 0
                            ? this.t('timeline.none')
                            : this.t('timeline.shown', { shown: shown.length, total: this.events.length })
                        }
                      </p>
                      ${this.#renderAxis()} ${this.#renderDetail()}`
                  : html`<div part="list"><slot></slot></div>`
              }`
      }
    `;
  }
}
