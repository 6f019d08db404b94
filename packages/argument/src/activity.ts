import {
  LkAnswerEvent,
  LkItemElement,
  citedText,
  devWarn,
  readJsonChild,
  type Interaction,
  type ItemState,
} from '@lessonkit/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, state } from 'lit/decorators.js';
import './activity-strings.js';
import type { CitedReasons } from './attribution.js';

/**
 * What the four argument activities share: data from a property or a JSON
 * child, checked by a `…Problem()` function and shown in place when wrong;
 * Check and Try again with a number of attempts; a polite live region for
 * notices; and the focus kept on the page when the button that had it goes.
 * Each activity names its strings under its own prefix (`fallacy.check`…).
 */
export abstract class LkActivity<Data extends object> extends LkItemElement {
  /** The activity and its key. Set it, or give the element a `<script type="application/json">` child. */
  @property({ attribute: false }) data: Data | undefined;

  /** Checks the learner gets; 0 for no limit. */
  @property({ type: Number, attribute: 'max-attempts' }) maxAttempts = 2;

  /** How many times the learner has checked. */
  @state() protected attempts = 0;
  /** The last check's feedback is showing (the answer is locked until Try again). */
  @state() protected showing = false;
  /** No more checks: answered right, or out of attempts. */
  @state() protected finished = false;
  /** A notice for the learner, in the live region in place of the feedback. */
  @state() protected notice = '';
  /** Why the JSON child could not be read; kept apart from the learner's notices. */
  @state() protected dataError = '';

  /** A saved state that came before the data: shown once the data is there. */
  #waiting: ItemState | undefined;

  /** The prefix of this element's strings: `check`, `tryAgain` and `error` are looked up under it. */
  protected abstract readonly stringPrefix: string;

  /** What is wrong with the data for a teacher to fix, or ''. */
  protected abstract problem(data: Data): string;

  override connectedCallback(): void {
    if (!this.data) {
      const { data, error } = readJsonChild<Data>(this);
      if (data) this.data = data;
      if (error) this.dataError = error;
    }
    super.connectedCallback();
  }

  /**
   * Shows a saved state again. One that arrives before the data (a page that sets `data` after
   * connecting) waits for it, rather than being read against an empty key.
   */
  override restore(saved: ItemState): void {
    if (this.data) this.restoreState(saved);
    else this.#waiting = saved;
  }

  /** Shows a saved state again, against the data as it is now. */
  protected abstract restoreState(saved: ItemState): void;

  /** Forgets the learner's answer: new data is a new activity. */
  protected resetState(): void {
    this.attempts = 0;
    this.showing = false;
    this.finished = false;
    this.notice = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('data') || !this.data) return;
    // Data replaced after a first one: the old answer belongs to the old key.
    if (changed.get('data') !== undefined) this.resetState();
    const waiting = this.#waiting;
    this.#waiting = undefined;
    if (waiting) this.restoreState(waiting);
  }

  /** While feedback shows, or once finished, the answer cannot change. */
  protected get locked(): boolean {
    return this.showing || this.finished;
  }

  /** Takes the attempts of a saved state; returns whether they are used up (or the state was final). */
  protected restoreAttempts(saved: ItemState): boolean {
    this.attempts = Math.max(0, saved.attempts);
    this.notice = '';
    return this.attempts > 0 && (saved.final || (this.maxAttempts > 0 && this.attempts >= this.maxAttempts));
  }

  /** Counts a check and shows its feedback; returns whether it was the last. */
  protected countCheck(correct: boolean): boolean {
    this.attempts += 1;
    this.showing = true;
    this.finished = correct || (this.maxAttempts > 0 && this.attempts >= this.maxAttempts);
    this.notice = '';
    return this.finished;
  }

  /**
   * Counts a check, shows its feedback and sends `lk-answer`, scored as the share of parts right
   * (`right` of `total`) of `maxScore`. Returns whether the check was the last.
   */
  protected submit(check: {
    readonly interaction: Interaction;
    readonly response: readonly string[];
    readonly right: number;
    readonly total: number;
    readonly maxScore: number;
  }): boolean {
    const { right, total, maxScore } = check;
    const correct = total > 0 && right === total;
    const final = this.countCheck(correct);
    this.emit(
      new LkAnswerEvent({
        itemId: this.itemId,
        interaction: check.interaction,
        response: check.response,
        correct,
        score: total === 0 ? 0 : Math.round(((maxScore * right) / total) * 100) / 100,
        maxScore,
        attempt: this.attempts,
        final,
      }),
    );
    return final;
  }

  /** Shows a notice. The live region is emptied first, so that the same notice is announced again. */
  protected announce(text: string): void {
    this.notice = '';
    void this.updateComplete.then(() => (this.notice = text));
  }

  /** Focuses the first of `selectors` found after the next render (the button that had the focus may be gone). */
  protected async focusAfterUpdate(...selectors: string[]): Promise<void> {
    await this.updateComplete;
    for (const selector of selectors) {
      const element = this.renderRoot.querySelector<HTMLElement>(selector);
      if (element) {
        element.focus();
        return;
      }
    }
  }

  /** The check that ends an attempt; the subclass scores it and calls `countCheck`. */
  protected abstract check(): void;

  /** Try again: the subclass decides what of the answer to keep. */
  protected retry(): void {
    this.showing = false;
  }

  /** The author's mistake, shown in place (and logged), or undefined when the data is sound. */
  protected renderProblem(): TemplateResult | undefined {
    const data = this.data;
    const problem = data ? this.problem(data) : this.dataError || 'there is no data.';
    if (data && !problem) return undefined;
    if (data) devWarn(this.localName, problem);
    return html`<p class="error" part="error">${this.t(`${this.stringPrefix}.error`, { problem })}</p>`;
  }

  /** Check, or Try again while feedback shows, or nothing once finished. */
  protected renderActions(): TemplateResult {
    return html`<div class="actions">
      ${
        this.finished
          ? nothing
          : this.showing
            ? html`<button class="button" part="retry-button" type="button" @click=${() => this.retry()}>
                ${this.t(`${this.stringPrefix}.tryAgain`)}
              </button>`
            : html`<button class="button" part="check-button" type="button" @click=${() => this.check()}>
                ${this.t(`${this.stringPrefix}.check`)}
              </button>`
      }
    </div>`;
  }

  /** Keeps a locked input as it is: `aria-disabled` keeps it in the tab order, so its click is cancelled instead. */
  protected guard = (event: Event): void => {
    if (this.locked) event.preventDefault();
  };

  /** A quoted passage with its source under it; `lang` marks a passage in another language than the page's. */
  protected renderQuote(
    text: string,
    data: { readonly source?: string; readonly url?: string; readonly lang?: string },
    part: string,
  ): TemplateResult {
    return html`<figure>
      <blockquote part=${part} lang=${ifDefined(data.lang)} cite=${ifDefined(data.url)}>
        <p>${text}</p>
      </blockquote>
      ${data.source || data.url ? html`<figcaption>${this.renderCredit(data.source, data.url)}</figcaption>` : nothing}
    </figure>`;
  }

  /** One radio group, each option with its name and a one-line definition; locked while feedback shows. */
  protected renderRadioGroup<T extends string>(group: {
    readonly part: string;
    readonly legend: string;
    readonly name: string;
    readonly values: readonly T[];
    readonly chosen: T | '';
    readonly label: (value: T) => string;
    readonly define: (value: T) => string;
    readonly choose: (value: T) => void;
  }): TemplateResult {
    const locked = this.locked;
    return html`<fieldset part=${group.part}>
      <legend>${group.legend}</legend>
      ${group.values.map(
        (value) =>
          html`<label
            ><input
              type="radio"
              name=${group.name}
              .value=${String(value)}
              .checked=${group.chosen === value}
              aria-disabled=${locked ? 'true' : 'false'}
              @click=${this.guard}
              @change=${() => {
                if (!this.locked) group.choose(value);
              }}
            /><span
              ><span class="name">${group.label(value)}</span> <span class="define">${group.define(value)}</span></span
            ></label
          >`,
      )}
    </fieldset>`;
  }

  /**
   * The feedback on a pick-one answer: right or not, with the author's reason for the pick, and
   * the answer with its reason once the last try is used. `answers` are the right values (one, or
   * several fair readings: a right pick is followed by the others, each with its reason). `texts`
   * are the element's own wording.
   */
  protected renderPickFeedback<T extends string>(pick: {
    readonly answers: readonly T[];
    readonly chosen: T | '';
    readonly why: Partial<Record<T, string>>;
    readonly texts: {
      readonly right: string;
      readonly notThis: string;
      /** Names an answer once the last try is used without it. */
      readonly answerWas: (answer: T) => string;
      /** Names another right answer after a right pick. */
      readonly alsoRight?: (answer: T) => string;
    };
    readonly more?: TemplateResult | typeof nothing;
  }): TemplateResult | typeof nothing {
    const { answers, chosen, why, texts } = pick;
    const line = (verdict: string, value: T) =>
      html`<p><span class="verdict">${verdict}</span> ${this.reason(why[value])}</p>`;
    const answersWere = answers.map((answer) => line(texts.answerWas(answer), answer));
    if (this.finished && !chosen) {
      return html`<div class="feedback" part="feedback" tabindex="-1">${answersWere}${pick.more ?? nothing}</div>`;
    }
    if (!this.showing || !chosen) return nothing;
    const right = answers.includes(chosen);
    const { alsoRight } = texts;
    const others = right && alsoRight ? answers.filter((answer) => answer !== chosen) : [];
    return html`<div class="feedback" part="feedback" tabindex="-1" ?data-right=${right}>
      <p>
        <span class="verdict"
          ><span aria-hidden="true">${right ? '✓' : '✗'}</span> ${right ? texts.right : texts.notThis}</span
        >
        ${this.reason(why[chosen])}
      </p>
      ${alsoRight ? others.map((answer) => line(alsoRight(answer), answer)) : nothing}
      ${!right && this.finished ? answersWere : nothing}${pick.more ?? nothing}
    </div>`;
  }

  /**
   * An author's reason (a `why`): its `[@id]` citations as links to the page's sources, numbered as
   * the lesson lists them (`citations`, set by the build), named "Source 3" for a screen reader; its
   * `[[term]]` marks as their words.
   */
  protected reason(text: string | undefined): (TemplateResult | string)[] | string {
    if (!text) return '';
    const citations = (this.data as CitedReasons | undefined)?.citations;
    return citedText(text, citations, (n) => this.t('activity.source', { n }));
  }

  /** A link that opens in a new tab, and says so to screen readers. */
  protected renderLink(url: string, label: string): TemplateResult {
    return html`<a href=${url} target="_blank" rel="noopener"
      >${label}<span class="visually-hidden"> ${this.t('activity.newTab')}</span></a
    >`;
  }

  /** "— Source", linked when there is a url. */
  protected renderCredit(source: string | undefined, url: string | undefined): TemplateResult | typeof nothing {
    if (!source && !url) return nothing;
    return html`— ${url ? this.renderLink(url, source || url) : source}`;
  }
}
