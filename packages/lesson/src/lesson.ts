import {
  LkCompleteEvent,
  LkElement,
  LkItemElement,
  LkProgressEvent,
  launchTracker,
  namedSlots,
  track,
  type AttemptRecord,
  type LessonStatus,
  type SaveState,
  type TrackedAttempt,
  type Tracker,
} from '@lessonkit/core';
import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import './strings.js';

/** One section's figures for the summary. */
export interface SectionResult {
  readonly title: string;
  readonly done: number;
  readonly total: number;
  readonly score: number;
  readonly maxScore: number;
}

const START = -1;
/** The saved place of a learner who reached the end of a lesson with no activity that counts. */
const END = 'end';

/**
 * A whole lesson: its sections as pages with a table of contents, Previous
 * and Next, a progress bar, the content note before it starts, “resume where
 * you left off”, completion when every activity is done, pass/fail by
 * `passing-score`, and a summary of scores per section that the learner can
 * print. Every answer is saved as it is given (in this browser by default).
 *
 * The content is plain HTML in reading order (the pipeline writes it), so the
 * whole lesson reads and prints without JavaScript.
 *
 * @tagname lk-lesson
 * @summary A lesson: sections as pages, progress, resume, completion and a summary.
 *
 * @slot title - The lesson's title (an h1).
 * @slot about - Summary, audience, time and objectives, shown before the lesson starts.
 * @slot content-note - Shown before the lesson starts.
 * @slot sources - The numbered sources; citations link here.
 * @slot resources - Help and resources, in a panel on every page.
 * @slot - The sections: `<section class="lk-section" id="…">` elements, each starting with an h2.
 *
 * @csspart header - Title, progress and resources.
 * @csspart progress - The progress bar.
 * @csspart toc - The table of contents.
 * @csspart page - The current section.
 * @csspart nav - Previous / Next.
 * @csspart start - The start page (about, content note, Start / Resume).
 * @csspart summary - The summary page.
 * @csspart resources - The help and resources panel.
 * @csspart sources - The sources panel.
 *
 * @fires lk-progress - After each answer. `detail`: `done`, `total`, `score`, `maxScore`.
 * @fires lk-complete - When every activity is done (with none that counts, when the learner reaches
 *   the end). `detail`: `score`, `maxScore`, `passed`.
 */
export class LkLesson extends LkElement {
  static override shadowRootOptions: ShadowRootInit = { ...LkElement.shadowRootOptions, slotAssignment: 'manual' };
  static override styles = [
    LkElement.styles,
    css`
      :host {
        max-width: var(--lk-lesson-width, 48rem);
        margin-inline: auto;
      }
      header {
        display: grid;
        gap: var(--_space-2);
        padding-block-end: var(--_space-3);
        border-block-end: 1px solid var(--_border);
      }
      .save-state {
        margin: var(--_space-2) 0 0;
        font-size: 0.9em;
        color: var(--_warning);
      }
      .save-state:empty {
        display: none;
      }
      .progress {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_space-2);
        color: var(--_muted);
      }
      progress {
        flex: 1;
        min-width: 8rem;
        height: 0.75rem;
        accent-color: var(--_accent);
      }
      nav ol {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space-1);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .toc-link {
        min-height: 2.75rem;
        padding: var(--_space-1) var(--_space-3);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
        color: inherit;
        font: inherit;
        cursor: pointer;
      }
      .toc-link[aria-current='step'] {
        border-color: var(--_accent);
        outline: 2px solid var(--_accent);
        font-weight: 700;
      }
      .page {
        padding-block: var(--_space-4);
      }
      .nav {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: var(--_space-2);
        padding-block: var(--_space-4);
        border-block-start: 1px solid var(--_border);
      }
      details {
        margin-block: var(--_space-2);
      }
      summary {
        cursor: pointer;
        padding-block: var(--_space-2);
        font-weight: 600;
      }
      .start,
      .summary {
        padding-block: var(--_space-4);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space-2);
        margin-block: var(--_space-4);
      }
      table {
        width: 100%;
        border-collapse: collapse;
      }
      th,
      td {
        padding: var(--_space-2);
        border-block-end: 1px solid var(--_border);
        text-align: start;
      }
      .result {
        font-size: 1.125rem;
        font-weight: 700;
      }
      h2:focus {
        outline: none;
      }
      @media print {
        header nav,
        .nav,
        .actions,
        .toc {
          display: none;
        }
      }
    `,
  ];

  /** Identifies the lesson; the learner's saved work is kept under it. */
  @property({ attribute: 'lesson-id' }) lessonId = '';

  /** The share of scored points needed to pass, from 0 to 1; none when unset. */
  @property({ type: Number, attribute: 'passing-score' }) passingScore: number | undefined;

  /**
   * Where answers are kept. By default the lesson finds where it was launched
   * from (`launchTracker`): an LMS's SCORM 2004 or 1.2 API, or else
   * localStorage under the lesson id. A page may set its own before the lesson
   * connects.
   */
  @property({ attribute: false }) tracker: Tracker | undefined;

  @state() private sections: HTMLElement[] = [];
  /** -1: the start page; 0…n-1: a section; n: the summary. */
  @state() private page = START;
  @state() private record: AttemptRecord | undefined;
  @state() private savedPlace: number | undefined;
  /** Whether the work has reached the course (LMS); "pending" shows a quiet notice. */
  @state() private saveState: SaveState = 'saved';

  #session: TrackedAttempt | undefined;
  #tracker: Tracker | undefined;
  #unwatch: (() => void) | undefined;
  #completed = false;
  #focusHeading = false;
  readonly #observer = new MutationObserver(() => this.#readSections());

  /**
   * The lesson's items: its answerable elements, and those not defined yet (a built page defines the
   * elements of later pages after the first paint), so that progress, completion and what the LMS
   * hears count every item from the start. Optional ones (`optional`, or inside a `data-optional`
   * block) are saved but not counted.
   */
  get #items(): Element[] {
    return [...this.querySelectorAll('[item-id]')].filter(
      (element) =>
        element.localName !== 'lk-quiz' &&
        (element instanceof LkItemElement ||
          (element.localName.startsWith('lk-') && !customElements.get(element.localName))) &&
        !element.closest('[optional], [data-optional]'),
    );
  }

  /** The figures of each section, from the saved attempt. */
  get results(): SectionResult[] {
    const all = this.#items;
    return this.sections.map((section) => {
      const items = all.filter((item) => section.contains(item));
      let done = 0;
      let score = 0;
      let maxScore = 0;
      for (const item of items) {
        const saved = this.record?.items[item.getAttribute('item-id') ?? ''];
        if (saved?.final) done += 1;
        score += saved?.score ?? 0;
        maxScore += saved?.maxScore ?? 0;
      }
      return { title: this.#title(section), done, total: items.length, score, maxScore };
    });
  }

  get #totals(): { done: number; total: number; score: number; maxScore: number } {
    return this.results.reduce(
      (sum, result) => ({
        done: sum.done + result.done,
        total: sum.total + result.total,
        score: sum.score + result.score,
        maxScore: sum.maxScore + result.maxScore,
      }),
      { done: 0, total: 0, score: 0, maxScore: 0 },
    );
  }

  get #passed(): boolean | null {
    if (this.passingScore === undefined) return null;
    const { score, maxScore } = this.#totals;
    return maxScore === 0 || score / maxScore >= this.passingScore - 1e-9;
  }

  #title(section: HTMLElement): string {
    return section.querySelector('h2')?.textContent?.trim() ?? section.id;
  }

  #slotted(name: string): Element[] {
    return [...this.children].filter((child) => child.getAttribute('slot') === name);
  }

  get #hasStart(): boolean {
    return this.#slotted('about').length > 0 || this.#slotted('content-note').length > 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#readSections();
    this.#observer.observe(this, { childList: true });
    this.addEventListener('lk-answer', this.#onAnswer);
    this.addEventListener('lk-restore-request', this.#onItem);
    this.addEventListener('click', this.#onCitation);
    if (!this.#hasStart) this.page = 0;
    const tracker =
      this.tracker ??
      launchTracker(
        this.lessonId || 'lesson',
        this.passingScore === undefined ? {} : { passingScore: this.passingScore },
      );
    this.#tracker = tracker;
    this.#unwatch = tracker.watch?.((state) => (this.saveState = state));
    window.addEventListener('pagehide', this.#onPageHide);
    this.#session = track(this, tracker);
    void this.#session.ready.then(() => {
      const record = this.#session?.record;
      this.record = record;
      this.#completed = this.status.complete;
      // The LMS hears where the lesson stands from the start ("incomplete" on a first launch).
      this.#report();
      const place = record?.location?.startsWith('section:')
        ? this.sections.findIndex((section) => `section:${section.id}` === record.location)
        : -1;
      if (place >= 0) {
        this.savedPlace = place;
        if (!this.#hasStart) this.page = place;
      }
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
    this.#session?.disconnect();
    this.#session = undefined;
    this.#unwatch?.();
    this.#unwatch = undefined;
    window.removeEventListener('pagehide', this.#onPageHide);
    this.removeEventListener('lk-answer', this.#onAnswer);
    this.removeEventListener('lk-restore-request', this.#onItem);
    this.removeEventListener('click', this.#onCitation);
  }

  #readSections(): void {
    this.sections = [...this.children].filter(
      (child): child is HTMLElement => child instanceof HTMLElement && child.localName === 'section' && !child.slot,
    );
  }

  /** The items the lesson last rendered its figures from. */
  #counted: readonly Element[] = [];
  #recount = false;

  /**
   * An item that connects after the lesson rendered counts from now on. One that was there before
   * its element was defined (a later page's, defined after the first paint) was counted already:
   * the lesson renders again only when the items are not the ones it counted, once for a batch.
   */
  readonly #onItem = (): void => {
    if (this.#recount) return;
    this.#recount = true;
    queueMicrotask(() => {
      this.#recount = false;
      const items = this.#items;
      const counted = this.#counted;
      if (items.length !== counted.length || items.some((item, index) => item !== counted[index])) this.requestUpdate();
    });
  };

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#counted = this.#items;
  }

  readonly #onAnswer = (): void => {
    const session = this.#session;
    if (!session) return;
    // The attempt is updated once the tracker has the answer (its listener runs
    // after this one: wait for the dispatch to end before asking).
    queueMicrotask(() => void this.#afterAnswer(session));
  };

  async #afterAnswer(session: TrackedAttempt): Promise<void> {
    await session.settled();
    this.record = session.record;
    const totals = this.#totals;
    this.emit(new LkProgressEvent(totals));
    const complete = this.status.complete;
    this.#report();
    if (complete && !this.#completed) {
      this.emit(new LkCompleteEvent({ score: totals.score, maxScore: totals.maxScore, passed: this.#passed }));
    }
    this.#completed = complete;
  }

  /** Where the lesson stands, as a tracker reports it: passed or failed only once complete. */
  get status(): LessonStatus {
    const { done, total, score, maxScore } = this.#totals;
    // With no activity that counts (a reading, or only optional ones), reaching the end completes it.
    const complete = total > 0 ? done === total : this.record?.location === END;
    return { done, total, score, maxScore, complete, passed: complete ? this.#passed : null };
  }

  /** Tells the tracker (an LMS) and a parent frame that listens where the lesson stands. */
  #report(): void {
    const status = this.status;
    this.#tracker?.report?.(status).catch((error: unknown) => {
      console.warn(`[lessonkit] lk-lesson: the status could not be reported (${String(error)}).`);
    });
    if (window.parent !== window) {
      window.parent.postMessage({ type: 'lessonkit:progress', lessonId: this.lessonId, ...status }, '*');
    }
  }

  readonly #onPageHide = (): void => {
    void this.#tracker?.finish?.();
  };

  /** A citation link goes to its source, opening the sources panel. */
  readonly #onCitation = (event: Event): void => {
    // The link may be in an element's shadow root (a bill's citation): start from where it was clicked.
    const origin = event.composedPath()[0];
    const link = origin instanceof Element ? origin.closest('a.lk-cite') : null;
    const id = link?.getAttribute('href')?.slice(1);
    if (!id) return;
    const target = this.querySelector<HTMLElement>(`[slot="sources"] [id="${CSS.escape(id)}"]`);
    if (!target) return;
    event.preventDefault();
    const panel = this.renderRoot.querySelector<HTMLDetailsElement>('details.sources');
    if (panel) panel.open = true;
    target.tabIndex = -1;
    target.focus();
  };

  /** Shows a section (0-based), or the summary after the last; keeps the place. */
  go(page: number): void {
    this.page = Math.max(START, Math.min(page, this.sections.length));
    this.#focusHeading = true;
    const section = this.sections[this.page];
    if (section) this.#session?.setLocation(`section:${section.id}`);
    else if (this.#totals.total === 0) void this.#reachEnd();
  }

  /** A lesson with no activity that counts is complete once the learner reaches its end. */
  async #reachEnd(): Promise<void> {
    const session = this.#session;
    if (!session) return;
    session.setLocation(END);
    await session.settled();
    this.record = session.record;
    this.#report();
    if (this.status.complete && !this.#completed) {
      this.#completed = true;
      const { score, maxScore } = this.#totals;
      this.emit(new LkCompleteEvent({ score, maxScore, passed: this.#passed }));
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const root = this.renderRoot as ShadowRoot;
    const slots = namedSlots(root);
    const assign = (name: string, nodes: Element[]): void => {
      slots.get(name)?.assign(...nodes);
    };
    for (const name of ['title', 'about', 'content-note', 'sources', 'resources']) assign(name, this.#slotted(name));
    const section = this.sections[this.page];
    assign('page', section ? [section] : []);
    if (this.#focusHeading) {
      this.#focusHeading = false;
      const heading =
        section?.querySelector<HTMLElement>('h2') ?? root.querySelector<HTMLElement>('.summary h2, .start h2');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
        heading.scrollIntoView?.({ block: 'start' });
      }
    }
  }

  #format(value: number): string {
    return new Intl.NumberFormat(this.locale, { maximumFractionDigits: 2 }).format(value);
  }

  #renderToc() {
    return html`<nav class="toc" part="toc" aria-label=${this.t('lesson.sections')}>
      <ol>
        ${this.sections.map(
          (section, index) =>
            html`<li>
              <button
                class="toc-link"
                type="button"
                aria-current=${index === this.page ? 'step' : 'false'}
                @click=${() => this.go(index)}
              >
                ${index + 1}. ${this.#title(section)}
              </button>
            </li>`,
        )}
      </ol>
    </nav>`;
  }

  #renderStart() {
    const resumable = this.savedPlace !== undefined && this.savedPlace > 0;
    return html`<div class="start" part="start">
      <slot name="about"></slot>
      <slot name="content-note"></slot>
      <div class="actions">
        ${
          resumable
            ? html`<button class="button" type="button" @click=${() => this.go(this.savedPlace ?? 0)}>
                  ${this.t('lesson.resume')}
                </button>
                <button class="button" data-variant="quiet" type="button" @click=${() => this.go(0)}>
                  ${this.t('lesson.startOver')}
                </button>`
            : html`<button class="button" type="button" @click=${() => this.go(0)}>${this.t('lesson.start')}</button>`
        }
      </div>
    </div>`;
  }

  #renderSummary() {
    const totals = this.#totals;
    const passed = this.#passed;
    const percent = totals.maxScore > 0 ? Math.round((totals.score / totals.maxScore) * 100) : 100;
    const left = totals.total - totals.done;
    return html`<section class="summary" part="summary" aria-labelledby="summary-title">
      <h2 id="summary-title">${this.t('lesson.summary')}</h2>
      <p class="result">
        ${left === 0 ? this.t('lesson.complete') : this.t('lesson.incomplete', { count: left })}
        ${
          totals.maxScore > 0
            ? this.t('lesson.percent', {
                score: this.#format(totals.score),
                max: this.#format(totals.maxScore),
                percent,
              })
            : nothing
        }
        ${passed === null ? nothing : passed ? this.t('lesson.passed') : this.t('lesson.notPassed')}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">${this.t('lesson.section')}</th>
            <th scope="col">${this.t('lesson.done')}</th>
            <th scope="col">${this.t('lesson.score')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.results.map(
            (result) =>
              html`<tr>
                <th scope="row">${result.title}</th>
                <td>${this.t('lesson.doneOf', { done: result.done, total: result.total })}</td>
                <td>
                  ${
                    result.maxScore > 0
                      ? this.t('lesson.scoreOf', {
                          score: this.#format(result.score),
                          max: this.#format(result.maxScore),
                        })
                      : '—'
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      <div class="actions">
        <button class="button" type="button" @click=${() => window.print()}>${this.t('lesson.print')}</button>
      </div>
    </section>`;
  }

  #renderNav() {
    const last = this.page === this.sections.length - 1;
    return html`<div class="nav" part="nav">
      <button
        class="button"
        data-variant="quiet"
        type="button"
        ?hidden=${this.page <= 0 && !this.#hasStart}
        @click=${() => this.go(this.page - 1)}
      >
        ${this.t('lesson.previous')}
      </button>
      ${
        this.page < this.sections.length
          ? html`<button class="button" type="button" @click=${() => this.go(this.page + 1)}>
              ${this.t(last ? 'lesson.finish' : 'lesson.next')}
            </button>`
          : nothing
      }
    </div>`;
  }

  override render() {
    const totals = this.#totals;
    const hasResources = this.#slotted('resources').length > 0;
    const hasSources = this.#slotted('sources').length > 0;
    const onSection = this.page >= 0 && this.page < this.sections.length;
    return html`
      <header part="header">
        <slot name="title"></slot>
        ${
          totals.total > 0
            ? html`<div class="progress">
                <progress
                  part="progress"
                  max=${totals.total}
                  .value=${totals.done}
                  aria-label=${this.t('lesson.progress', totals)}
                ></progress>
                <span>${this.t('lesson.progress', totals)}</span>
              </div>`
            : nothing
        }
        ${this.page >= 0 ? this.#renderToc() : nothing}
        ${
          hasResources
            ? html`<details part="resources">
                <summary>${this.t('lesson.resources')}</summary>
                <slot name="resources"></slot>
              </details>`
            : nothing
        }
        <p class="save-state" part="save-state" role="status">
          ${this.saveState === 'pending' ? this.t('lesson.notSaved') : nothing}
        </p>
      </header>
      ${this.page === START ? this.#renderStart() : nothing}
      ${
        onSection
          ? html`<div class="page" part="page">
              <p class="visually-hidden">
                ${this.t('lesson.pageOf', { n: this.page + 1, total: this.sections.length })}
              </p>
              <slot name="page"></slot>
            </div>`
          : nothing
      }
      ${this.page === this.sections.length ? this.#renderSummary() : nothing}
      ${this.page >= 0 ? this.#renderNav() : nothing}
      ${
        hasSources
          ? html`<details class="sources" part="sources">
              <summary>${this.t('lesson.sources')}</summary>
              <slot name="sources"></slot>
            </details>`
          : nothing
      }
    `;
  }
}
