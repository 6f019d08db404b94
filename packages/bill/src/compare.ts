import {
  LkAnswerEvent,
  LkElement,
  LkItemElement,
  citedText,
  citeStyles,
  devWarn,
  readJsonChild,
  type ItemState,
} from '@lessonkit/core';
import { formatCalendarDate } from '@lessonkit/core/dates.js';
import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ComparedBill, CompareData } from './model.js';
import './strings.js';

const ASPECTS = ['scope', 'protects', 'changes', 'money', 'date'] as const;
type Aspect = (typeof ASPECTS)[number];

/**
 * Two to five bills side by side — scope, who each protects, what it
 * changes, money, when it became law — as a real table on wide screens and
 * stacked cards on narrow ones, with a built-in "which bill does this?" check:
 * one choice of bill per statement, checked together, reported as one
 * `lk-answer` (partial credit per statement).
 *
 * @tagname lk-bill-compare
 * @summary Bills side by side, with a "which bill does this?" check.
 *
 * @slot - Fallback content shown until the element runs; a `<script type="application/json">` child holds the data.
 *
 * @csspart table - The table (wide screens).
 * @csspart cards - The cards (narrow screens).
 * @csspart question - One statement and its bill choices.
 * @csspart check-button - Check.
 * @csspart retry-button - Try again.
 * @csspart status - The result (a polite live region).
 * @csspart error - An author error.
 * @csspart cite - A citation (`[@id]` in a cell or a feedback), a link to `#source-<id>` on the page.
 *
 * @fires lk-answer - When the learner checks. `interaction: "choice"`, `response`: the chosen bill id per statement.
 */
export class LkBillCompare extends LkItemElement {
  static override styles = [
    LkElement.styles,
    citeStyles,
    css`
      :host {
        container-type: inline-size;
        margin-block: var(--_space-4);
      }
      table {
        width: 100%;
        border-collapse: collapse;
      }
      caption {
        text-align: start;
        font-weight: 700;
        margin-block-end: var(--_space-2);
      }
      th,
      td {
        padding: var(--_space-2);
        border: 1px solid var(--_border);
        text-align: start;
        vertical-align: top;
      }
      thead th {
        background: var(--_surface-alt);
      }
      thead small {
        display: block;
        font-weight: normal;
      }
      .cards {
        display: none;
        gap: var(--_space-3);
        padding: 0;
        list-style: none;
      }
      .card {
        padding: var(--_space-3);
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
      }
      .card h4 {
        margin: 0 0 var(--_space-2);
      }
      dl {
        display: grid;
        gap: var(--_space-1);
        margin: 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0 0 var(--_space-2);
      }
      @container (max-width: 40rem) {
        table {
          display: none;
        }
        .cards {
          display: grid;
        }
      }
      fieldset {
        margin: var(--_space-3) 0 0;
        padding: var(--_space-2) var(--_space-3);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      legend {
        font-weight: 600;
        padding-inline: var(--_space-1);
      }
      label {
        display: inline-flex;
        align-items: center;
        gap: var(--_space-1);
        min-height: 2.75rem;
        margin-inline-end: var(--_space-4);
        cursor: pointer;
      }
      input {
        width: 1.25rem;
        height: 1.25rem;
        accent-color: var(--_accent);
      }
      .verdict[data-right] {
        color: var(--_success);
        font-weight: 700;
      }
      .verdict:not([data-right]) {
        color: var(--_danger);
        font-weight: 700;
      }
      .actions {
        margin-top: var(--_space-3);
      }
      .error {
        color: var(--_danger);
      }
    `,
  ];

  /** The bills and the statements. Set it, or give the element a `<script type="application/json">` child. */
  @property({ attribute: false }) data: CompareData | undefined;

  /** Checks the learner gets; 0 for no limit. */
  @property({ type: Number, attribute: 'max-attempts' }) maxAttempts = 2;

  /** Points for all statements right. */
  @property({ type: Number }) points = 1;

  @state() private chosen: readonly string[] = [];
  @state() private attempts = 0;
  @state() private showing = false;
  @state() private finished = false;
  @state() private notice = '';

  protected override get answerable(): boolean {
    return (this.data?.questions?.length ?? 0) > 0 || this.hasAttribute('item-id');
  }

  override connectedCallback(): void {
    if (!this.data) {
      const { data, error } = readJsonChild<CompareData>(this);
      if (data) this.data = data;
      if (error) this.notice = error;
    }
    super.connectedCallback();
  }

  get #bills(): readonly ComparedBill[] {
    return this.data?.bills ?? [];
  }

  get #error(): string {
    const count = this.#bills.length;
    if (count < 2 || count > 5) return this.t('compare.tooFew');
    const ids = this.#bills.map((bill) => bill.id);
    const bad = (this.data?.questions ?? []).find((question) => !ids.includes(question.answer));
    return bad ? this.t('compare.badAnswer', { answer: bad.answer }) : '';
  }

  /** The chosen bill per statement ('' for none). */
  get response(): string[] {
    return (this.data?.questions ?? []).map((_, index) => this.chosen[index] ?? '');
  }

  override restore(saved: ItemState): void {
    if (saved.interaction !== 'choice') return;
    this.chosen = [...saved.response];
    this.attempts = saved.attempts;
    this.showing = saved.attempts > 0;
    this.finished = saved.final || (this.maxAttempts > 0 && saved.attempts >= this.maxAttempts);
    this.notice = '';
  }

  #label(id: string): string {
    return this.#bills.find((bill) => bill.id === id)?.label ?? id;
  }

  #date(iso: string): string {
    const [year, month, day] = iso.split('-').map(Number);
    if (!year || !month || !day) return iso;
    return formatCalendarDate({ year, month, day }, this.locale);
  }

  #value(bill: ComparedBill, aspect: Aspect) {
    const value = bill[aspect];
    if (!value) return '—';
    return aspect === 'date' ? this.#date(value) : this.#cited(value);
  }

  /** Text with its `[@id]` citations as links to the page's sources. */
  #cited(text: string) {
    return citedText(text, this.data?.citations, (n) => this.t('bill.source', { n }));
  }

  #choose(index: number, id: string): void {
    if (this.showing || this.finished) return;
    const next = [...this.response];
    next[index] = id;
    this.chosen = next;
    this.notice = '';
  }

  #check(): void {
    const questions = this.data?.questions ?? [];
    if (this.showing || this.finished || questions.length === 0) return;
    if (this.response.some((id) => id === '')) {
      this.notice = this.t('compare.answerAll');
      return;
    }
    const right = questions.filter((question, index) => this.response[index] === question.answer).length;
    const correct = right === questions.length;
    const score = Math.round((this.points * right * 100) / questions.length) / 100;
    this.attempts += 1;
    this.showing = true;
    this.finished = correct || (this.maxAttempts > 0 && this.attempts >= this.maxAttempts);
    this.notice = '';
    if (!this.itemId) devWarn('lk-bill-compare', 'has no item-id, so its answer cannot be saved.');
    this.emit(
      new LkAnswerEvent({
        itemId: this.itemId,
        interaction: 'choice',
        response: this.response,
        correct,
        score,
        maxScore: this.points,
        attempt: this.attempts,
        final: this.finished,
      }),
    );
  }

  #status(): string {
    if (this.notice) return this.notice;
    if (!this.showing) return '';
    const questions = this.data?.questions ?? [];
    const right = questions.filter((question, index) => this.response[index] === question.answer).length;
    return this.t('compare.result', { right, total: questions.length });
  }

  #renderQuestions() {
    const questions = this.data?.questions ?? [];
    if (questions.length === 0) return nothing;
    const locked = this.showing || this.finished;
    return html`<section aria-labelledby="which">
      <h4 id="which">${this.t('compare.which')}</h4>
      ${questions.map((question, index) => {
        const chosen = this.response[index];
        const right = chosen === question.answer;
        return html`<fieldset part="question">
          <legend>${question.statement}</legend>
          ${this.#bills.map(
            (bill) =>
              html`<label
                ><input
                  type="radio"
                  name=${`q-${index}`}
                  .value=${bill.id}
                  .checked=${chosen === bill.id}
                  aria-disabled=${locked ? 'true' : 'false'}
                  @click=${(event: Event) => {
                    if (locked) event.preventDefault();
                  }}
                  @change=${() => this.#choose(index, bill.id)}
                />${bill.label}</label
              >`,
          )}
          ${
            this.showing
              ? html`<p class="verdict" ?data-right=${right}>
                  <span aria-hidden="true">${right ? '✓' : '✗'}</span>
                  ${
                    right
                      ? this.t('compare.right')
                      : this.finished
                        ? this.t('compare.wrong', { bill: this.#label(question.answer) })
                        : this.t('compare.notYet')
                  }
                  ${right || this.finished ? this.#cited(question.feedback ?? '') : ''}
                </p>`
              : nothing
          }
        </fieldset>`;
      })}
      <div class="actions">
        ${
          this.finished
            ? nothing
            : this.showing
              ? html`<button class="button" part="retry-button" type="button" @click=${() => (this.showing = false)}>
                  ${this.t('compare.tryAgain')}
                </button>`
              : html`<button class="button" part="check-button" type="button" @click=${this.#check}>
                  ${this.t('compare.check')}
                </button>`
        }
      </div>
      <p part="status" role="status">${this.#status()}</p>
    </section>`;
  }

  override render() {
    const error = this.#error;
    if (error) return html`<p class="error" part="error">${this.notice || error}</p>`;
    const bills = this.#bills;
    return html`
      <table part="table">
        <caption>
          ${this.t('compare.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${this.t('compare.aspect')}</th>
            ${bills.map(
              (bill) =>
                html`<th scope="col">${bill.label} ${bill.number ? html`<small>${bill.number}</small>` : nothing}</th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${ASPECTS.map(
            (aspect) =>
              html`<tr>
                <th scope="row">${this.t(`compare.${aspect}`)}</th>
                ${bills.map((bill) => html`<td>${this.#value(bill, aspect)}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
      <ul class="cards" part="cards" aria-label=${this.t('compare.caption')}>
        ${bills.map(
          (bill) =>
            html`<li class="card">
              <h4>${bill.label}${bill.number ? ` (${bill.number})` : ''}</h4>
              <dl>
                ${ASPECTS.map(
                  (aspect) =>
                    html`<dt>${this.t(`compare.${aspect}`)}</dt>
                      <dd>${this.#value(bill, aspect)}</dd>`,
                )}
              </dl>
            </li>`,
        )}
      </ul>
      ${this.#renderQuestions()}
    `;
  }
}
