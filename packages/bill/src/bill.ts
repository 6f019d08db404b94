import { LkElement, citedText, citeStyles, readJsonChild } from '@lessonkit/core';
import { formatCalendarDate } from '@lessonkit/core/dates.js';
import '@lessonkit/lesson/lk-term.js';
import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { STAGES, parseVote, type BillData, type Sponsor, type Stage } from './model.js';
import './strings.js';

const ENGLISH_ORDINAL: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/**
 * A bill that students can follow: its titles and numbers, sponsors, its
 * journey through Congress as a stepper (stages that did not happen shown as
 * such), what it does in plain words with more detail on demand, what it does
 * not do, authorized vs appropriated money explained, myth-or-fact cards and
 * numbered sources.
 *
 * The data comes from the `data` property or from a
 * `<script type="application/json">` child (what a lesson build writes, next
 * to plain HTML that reads without JavaScript).
 *
 * @tagname lk-bill
 * @summary A bill explained: journey, provisions, money, myths and sources.
 *
 * @slot - Fallback content (plain HTML) shown only until the element runs; not rendered after.
 *
 * @csspart header - Titles and facts.
 * @csspart journey - The stepper (an ordered list).
 * @csspart stage - One stage (`data-happened`; the last one that happened has `aria-current="step"`).
 * @csspart provisions - What it does.
 * @csspart detail-button - A provision's "More detail" button.
 * @csspart does-not - What it does not do.
 * @csspart money - Authorized vs appropriated.
 * @csspart myth - A myth-or-fact card.
 * @csspart fact-button - A card's "Show the fact" button.
 * @csspart sources - The numbered sources.
 * @csspart cite - A citation in the text (`[@id]` in the data), a link to `#source-<id>` on the page.
 */
export class LkBill extends LkElement {
  static override styles = [
    LkElement.styles,
    citeStyles,
    css`
      :host {
        margin-block: var(--_space-4);
        padding: var(--_space-4);
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      h3,
      h4 {
        margin: var(--_space-4) 0 var(--_space-2);
      }
      .header h3 {
        margin-top: 0;
      }
      .official {
        display: block;
        font-size: 0.95rem;
        font-weight: normal;
        color: var(--_muted);
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: var(--_space-1) var(--_space-3);
        margin: var(--_space-2) 0 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      ol.journey {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
        gap: var(--_space-2);
        margin: 0;
        padding: 0;
        list-style: none;
        counter-reset: stage;
      }
      .stage {
        padding: var(--_space-2);
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
      }
      .stage[data-happened] {
        border-color: var(--_success);
        background: var(--_success-surface);
      }
      .stage:not([data-happened]) {
        border-style: dashed;
        color: var(--_muted);
      }
      .stage[aria-current='step'] {
        outline: 3px solid var(--_accent);
        outline-offset: 1px;
      }
      .stage-name {
        font-weight: 700;
      }
      .stage small {
        display: block;
      }
      ul {
        padding-inline-start: var(--_space-6);
      }
      li + li {
        margin-top: var(--_space-2);
      }
      .toggle {
        margin-top: var(--_space-1);
        min-height: 2.75rem;
        padding: var(--_space-1) var(--_space-3);
        border: 2px solid var(--_accent);
        border-radius: var(--_radius);
        background: transparent;
        color: var(--_accent);
        font: inherit;
        font-weight: 600;
        cursor: pointer;
      }
      .more {
        margin: var(--_space-2) 0 0;
        padding: var(--_space-2) var(--_space-3);
        border-inline-start: 4px solid var(--_accent);
        background: var(--_surface-alt);
      }
      .cards {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
        gap: var(--_space-3);
        padding: 0;
        list-style: none;
      }
      .card {
        margin: 0;
        padding: var(--_space-3);
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
      }
      .label {
        font-weight: 700;
        text-transform: uppercase;
        font-size: 0.8rem;
        letter-spacing: 0.03em;
      }
      .money p {
        margin: var(--_space-1) 0;
      }
    `,
  ];

  /** The bill. Set it, or give the element a `<script type="application/json">` child. */
  @property({ attribute: false }) data: BillData | undefined;

  @state() private openDetails: ReadonlySet<number> = new Set();
  @state() private openFacts: ReadonlySet<number> = new Set();
  @state() private problem = '';

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.data) return;
    const { data, error } = readJsonChild<BillData>(this);
    if (data) this.data = data;
    if (error) this.problem = error;
  }

  #ordinal(n: number): string {
    if (this.locale.toLowerCase().startsWith('es')) return `${n}.º`;
    return `${n}${ENGLISH_ORDINAL[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)] ?? 'th'}`;
  }

  #date(iso: string | undefined): string {
    if (!iso) return '';
    const [year, month, day] = iso.split('-').map(Number);
    if (!year) return iso;
    return formatCalendarDate({ year, ...(month ? { month } : {}), ...(day ? { day } : {}) }, this.locale);
  }

  #sponsor(sponsor: Sponsor): string {
    const affiliation = [sponsor.party, sponsor.state].filter(Boolean).join('-');
    return `${sponsor.title ? `${sponsor.title} ` : ''}${sponsor.name}${affiliation ? ` (${affiliation})` : ''}`;
  }

  /**
   * Text with its `[[term]]` marks as glossary terms (`<lk-term>`; plain words without a
   * definition) and its `[@id]` citations as links to the page's sources (`citedText`).
   */
  #rich(text: string) {
    const glossary = this.data?.glossary ?? {};
    return citedText(
      text,
      this.data?.citations,
      (n) => this.t('bill.source', { n }),
      (term, label) => {
        const key = Object.keys(glossary).find((name) => name.toLowerCase() === term.toLowerCase());
        return key ? html`<lk-term term=${key} definition=${glossary[key] ?? ''}>${label}</lk-term>` : label;
      },
    );
  }

  #toggle(which: 'details' | 'facts', index: number): void {
    const current = which === 'details' ? this.openDetails : this.openFacts;
    const next = new Set(current);
    if (next.has(index)) next.delete(index);
    else next.add(index);
    if (which === 'details') this.openDetails = next;
    else this.openFacts = next;
  }

  #renderJourney(bill: BillData) {
    const byStage = new Map(bill.stages.map((event) => [event.stage, event]));
    const reached = STAGES.filter((stage) => byStage.has(stage));
    const current: Stage | undefined = reached.at(-1);
    return html`<h4 id="journey">${this.t('bill.journey')}</h4>
      <ol class="journey" part="journey" aria-labelledby="journey">
        ${STAGES.map((stage) => {
          const event = byStage.get(stage);
          const vote = event?.vote ? parseVote(event.vote) : undefined;
          return html`<li
            class="stage"
            part="stage"
            ?data-happened=${Boolean(event)}
            aria-current=${stage === current ? 'step' : 'false'}
          >
            <span aria-hidden="true">${event ? '✓' : '—'}</span>
            <span class="stage-name">${this.t(`bill.stage.${stage}`)}</span>
            ${
              event
                ? html`${event.date ? html`<small>${this.#date(event.date)}</small>` : nothing}
                  ${
                    event.vote
                      ? html`<small
                          >${vote ? this.t('bill.vote', { yeas: vote.yeas, nays: vote.nays }) : event.vote}</small
                        >`
                      : nothing
                  }
                  ${event.note ? html`<small>${this.#rich(event.note)}</small>` : nothing}`
                : html`<small>${this.t('bill.notHappened')}</small>`
            }
          </li>`;
        })}
      </ol>`;
  }

  override render() {
    const bill = this.data;
    if (!bill) return html`<p>${this.problem ? this.problem : this.t('bill.noData')}</p>`;
    const sponsors = bill.sponsors ?? [];
    return html`
      <div class="header" part="header">
        <!-- Names each section with its bill ("What it does, S.1311"), so two bills on a page have distinct regions. -->
        <span id="bill-name" hidden>${bill.number}</span>
        <h3>
          ${bill.shortTitle ?? bill.title}
          ${bill.shortTitle ? html`<span class="official">${bill.title}</span>` : nothing}
        </h3>
        <dl>
          <dt>${this.t('bill.number')}</dt>
          <dd>${bill.number}</dd>
          ${
            bill.publicLaw
              ? html`<dt>${this.t('bill.publicLaw')}</dt>
                  <dd>${bill.publicLaw}</dd>`
              : nothing
          }
          ${
            bill.congress
              ? html`<dt>${this.t('bill.congress')}</dt>
                  <dd>${this.t('bill.congressN', { n: this.#ordinal(bill.congress) })}</dd>`
              : nothing
          }
          ${
            sponsors.length > 0
              ? html`<dt>${this.t('bill.sponsor', { count: sponsors.length })}</dt>
                  <dd>${sponsors.map((sponsor) => this.#sponsor(sponsor)).join('; ')}</dd>`
              : nothing
          }
          ${
            bill.cosponsors?.length
              ? html`<dt>${this.t('bill.cosponsors')}</dt>
                  <dd>${bill.cosponsors.map((sponsor) => this.#sponsor(sponsor)).join('; ')}</dd>`
              : nothing
          }
        </dl>
      </div>
      ${this.#renderJourney(bill)}
      <section part="provisions" aria-labelledby="does bill-name">
        <h4 id="does">${this.t('bill.does')}</h4>
        <ul>
          ${bill.provisions.map(
            (provision, index) =>
              html`<li>
                ${this.#rich(provision.summary)}
                ${
                  provision.detail
                    ? html`<div>
                        <button
                          class="toggle"
                          part="detail-button"
                          type="button"
                          aria-expanded=${this.openDetails.has(index) ? 'true' : 'false'}
                          aria-controls=${`detail-${index}`}
                          @click=${() => this.#toggle('details', index)}
                        >
                          ${this.t(this.openDetails.has(index) ? 'bill.lessDetail' : 'bill.moreDetail')}
                        </button>
                        <p class="more" id=${`detail-${index}`} ?hidden=${!this.openDetails.has(index)}>
                          ${this.#rich(provision.detail)}
                        </p>
                      </div>`
                    : nothing
                }
              </li>`,
          )}
        </ul>
      </section>
      ${
        bill.doesNot?.length
          ? html`<section part="does-not" aria-labelledby="does-not bill-name">
              <h4 id="does-not">${this.t('bill.doesNot')}</h4>
              <ul>
                ${bill.doesNot.map((text) => html`<li>${this.#rich(text)}</li>`)}
              </ul>
            </section>`
          : nothing
      }
      ${
        bill.money
          ? html`<section class="money" part="money" aria-labelledby="money bill-name">
              <h4 id="money">${this.t('bill.money')}</h4>
              <p>${this.t('bill.moneyExplained')}</p>
              ${bill.money.authorized ? html`<p><strong>${this.t('bill.authorized')}:</strong> ${this.#rich(bill.money.authorized)}</p>` : nothing}
              ${
                bill.money.appropriated
                  ? html`<p><strong>${this.t('bill.appropriated')}:</strong> ${this.#rich(bill.money.appropriated)}</p>`
                  : nothing
              }
              ${bill.money.note ? html`<p>${this.#rich(bill.money.note)}</p>` : nothing}
            </section>`
          : nothing
      }
      ${
        bill.myths?.length
          ? html`<section aria-labelledby="myths bill-name">
              <h4 id="myths">${this.t('bill.myths')}</h4>
              <ul class="cards">
                ${bill.myths.map(
                  (card, index) =>
                    html`<li class="card" part="myth">
                      <p><span class="label">${this.t('bill.myth')}:</span> ${this.#rich(card.myth)}</p>
                      <button
                        class="toggle"
                        part="fact-button"
                        type="button"
                        aria-expanded=${this.openFacts.has(index) ? 'true' : 'false'}
                        aria-controls=${`fact-${index}`}
                        @click=${() => this.#toggle('facts', index)}
                      >
                        ${this.t(this.openFacts.has(index) ? 'bill.hideFact' : 'bill.showFact')}
                      </button>
                      <p id=${`fact-${index}`} ?hidden=${!this.openFacts.has(index)}>
                        <span class="label">${this.t('bill.fact')}:</span> ${this.#rich(card.fact)}
                      </p>
                    </li>`,
                )}
              </ul>
            </section>`
          : nothing
      }
      ${
        bill.sources?.length
          ? html`<section part="sources" aria-labelledby="bill-sources bill-name">
              <h4 id="bill-sources">${this.t('bill.sources')}</h4>
              <ol>
                ${bill.sources.map(
                  (source) =>
                    html`<li value=${ifDefined(source.number?.toString())}>
                      ${source.url ? html`<a href=${source.url}>${source.title}</a>` : source.title}
                    </li>`,
                )}
              </ol>
            </section>`
          : nothing
      }
    `;
  }
}
