import { LkAnswerEvent, LkElement, LkItemElement, devWarn, readJsonChild, type ItemState } from '@lessonkit/core';
import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { DEVICES, fallacyProblem, type Device, type FallacyData } from './model.js';
import './strings.js';

/**
 * A quoted passage, and the learner names the device or fallacy it uses —
 * false dilemma, hasty generalization, appeal to emotion, loaded language,
 * equivocation, red herring, or none. Each choice shows its definition; a
 * wrong pick is answered with the author's reason why it is not that one.
 *
 * @tagname lk-fallacy
 * @summary Name the device or fallacy in a quoted passage, with a reason for each wrong pick.
 *
 * @slot - Fallback content shown until the element runs; a `<script type="application/json">` child holds the data.
 *
 * @csspart passage - The quoted passage.
 * @csspart choices - The group of devices.
 * @csspart feedback - Why the pick is right or wrong.
 * @csspart check-button - Check.
 * @csspart retry-button - Try again.
 * @csspart status - The feedback and notices (a polite live region).
 * @csspart error - An author error.
 *
 * @fires lk-answer - When the learner checks. `interaction: "choice"`, `response`: the chosen device.
 */
export class LkFallacy extends LkItemElement {
  static override styles = [
    LkElement.styles,
    css`
      :host {
        margin-block: var(--_space-4);
      }
      figure {
        margin: 0;
      }
      .feedback:focus {
        outline: 2px solid var(--_accent);
        outline-offset: 2px;
      }
      blockquote {
        margin: 0 0 var(--_space-3);
        padding: var(--_space-2) var(--_space-3);
        border-inline-start: 4px solid var(--_accent);
        background: var(--_surface-alt);
        font-size: 1.1em;
      }
      blockquote p {
        margin: 0;
      }
      figcaption {
        margin: calc(-1 * var(--_space-2)) 0 var(--_space-3);
        font-size: 0.9em;
      }
      fieldset {
        margin: 0;
        padding: var(--_space-2) var(--_space-3);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
      legend {
        font-weight: 600;
        padding-inline: var(--_space-1);
      }
      label {
        display: flex;
        align-items: flex-start;
        gap: var(--_space-2);
        min-height: 2.75rem;
        padding-block: var(--_space-1);
        cursor: pointer;
      }
      input {
        flex: none;
        width: 1.25rem;
        height: 1.25rem;
        margin-top: 0.15rem;
        accent-color: var(--_accent);
      }
      .name {
        font-weight: 600;
      }
      .define {
        display: block;
        font-size: 0.9em;
      }
      .feedback {
        margin-top: var(--_space-3);
        padding: var(--_space-2) var(--_space-3);
        border-radius: var(--_radius);
        border: 2px solid var(--_danger);
      }
      .feedback[data-right] {
        border-color: var(--_success);
      }
      .feedback p {
        margin: 0 0 var(--_space-1);
      }
      .verdict {
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

  /** The passage and the key. Set it, or give the element a `<script type="application/json">` child. */
  @property({ attribute: false }) data: FallacyData | undefined;

  /** Checks the learner gets; 0 for no limit. */
  @property({ type: Number, attribute: 'max-attempts' }) maxAttempts = 2;

  /** Points for the right device. */
  @property({ type: Number }) points = 1;

  @state() private chosen: Device | '' = '';
  @state() private attempts = 0;
  @state() private showing = false;
  @state() private finished = false;
  @state() private notice = '';
  /** Why the JSON child could not be read; kept apart from the learner's notices. */
  @state() private dataError = '';

  override connectedCallback(): void {
    if (!this.data) {
      const { data, error } = readJsonChild<FallacyData>(this);
      if (data) this.data = data;
      if (error) this.dataError = error;
    }
    super.connectedCallback();
  }

  /** The chosen device, or '' before a choice. */
  get response(): string {
    return this.chosen;
  }

  override restore(saved: ItemState): void {
    if (saved.interaction !== 'choice') return;
    // The attempts used always carry over, even when the saved pick is no longer offered
    // (the key was edited): a learner who used up the tries does not get new ones.
    const [device = ''] = saved.response;
    const pick = this.#choices.includes(device as Device) ? (device as Device) : '';
    this.chosen = pick;
    this.attempts = Math.max(0, saved.attempts);
    const usedUp = this.attempts > 0 && (saved.final || (this.maxAttempts > 0 && this.attempts >= this.maxAttempts));
    this.showing = pick !== '' && this.attempts > 0;
    // A right pick is final; tries used up on a pick that is gone show the answer.
    this.finished = usedUp || (this.showing && pick === this.data?.answer);
    this.notice = '';
  }

  get #choices(): readonly Device[] {
    return this.data?.choices ?? DEVICES;
  }

  #name(device: Device): string {
    return this.t(`fallacy.device.${device}`);
  }

  #choose(device: Device): void {
    if (this.showing || this.finished) return;
    this.chosen = device;
    this.notice = '';
  }

  #check(): void {
    const data = this.data;
    if (!data || this.showing || this.finished) return;
    if (!this.chosen) {
      // Cleared first, so that a second press is announced again.
      this.notice = '';
      void this.updateComplete.then(() => (this.notice = this.t('fallacy.choose')));
      return;
    }
    const correct = this.chosen === data.answer;
    this.attempts += 1;
    this.showing = true;
    this.finished = correct || (this.maxAttempts > 0 && this.attempts >= this.maxAttempts);
    this.notice = '';
    this.emit(
      new LkAnswerEvent({
        itemId: this.itemId,
        interaction: 'choice',
        response: [this.chosen],
        correct,
        score: correct ? this.points : 0,
        maxScore: this.points,
        attempt: this.attempts,
        final: this.finished,
      }),
    );
    void this.#focusAfterUpdate(this.finished ? '[part~="feedback"]' : '[part~="retry-button"]');
  }

  #retry(): void {
    this.showing = false;
    void this.#focusAfterUpdate('input:checked');
  }

  /** Keeps the focus from falling to the page when the button that had it is replaced. */
  async #focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #feedback(data: FallacyData) {
    if (this.finished && !this.chosen) {
      return html`<div class="feedback" part="feedback" tabindex="-1">
        <p>
          <span class="verdict">${this.t('fallacy.answerWas', { device: this.#name(data.answer) })}</span>
          ${data.why[data.answer] ?? ''}
        </p>
      </div>`;
    }
    if (!this.showing || !this.chosen) return nothing;
    const right = this.chosen === data.answer;
    return html`<div class="feedback" part="feedback" tabindex="-1" ?data-right=${right}>
      <p>
        <span class="verdict">
          <span aria-hidden="true">${right ? '✓' : '✗'}</span>
          ${
            right
              ? this.t('fallacy.right', { device: this.#name(data.answer) })
              : this.t('fallacy.notThis', { device: this.#name(this.chosen) })
          }
        </span>
        ${data.why[this.chosen] ?? ''}
      </p>
      ${
        !right && this.finished
          ? html`<p>
              <span class="verdict">${this.t('fallacy.answerWas', { device: this.#name(data.answer) })}</span>
              ${data.why[data.answer] ?? ''}
            </p>`
          : nothing
      }
    </div>`;
  }

  override render() {
    const data = this.data;
    const problem = data ? fallacyProblem(data) : this.dataError || 'there is no data.';
    if (!data || problem) {
      if (data) devWarn('lk-fallacy', problem);
      return html`<p class="error" part="error">${this.t('fallacy.error', { problem })}</p>`;
    }
    const locked = this.showing || this.finished;
    return html`
      <figure>
        <blockquote part="passage" lang=${ifDefined(data.lang)} cite=${ifDefined(data.url)}>
          <p>${data.passage}</p>
        </blockquote>
        ${
          data.source || data.url
            ? html`<figcaption>
                —
                ${data.url ? html`<a href=${data.url} target="_blank" rel="noopener">${data.source || data.url}</a>` : data.source}
              </figcaption>`
            : nothing
        }
      </figure>
      <fieldset part="choices">
        <legend>${this.t('fallacy.question')}</legend>
        ${this.#choices.map(
          (device) =>
            html`<label
              ><input
                type="radio"
                name="device"
                .value=${device}
                .checked=${this.chosen === device}
                aria-disabled=${locked ? 'true' : 'false'}
                @click=${(event: Event) => {
                  if (locked) event.preventDefault();
                }}
                @change=${() => this.#choose(device)}
              /><span
                ><span class="name">${this.#name(device)}</span>
                <span class="define">${this.t(`fallacy.define.${device}`)}</span></span
              ></label
            >`,
        )}
      </fieldset>
      <div role="status" part="status">${this.notice ? html`<p>${this.notice}</p>` : this.#feedback(data)}</div>
      <div class="actions">
        ${
          this.finished
            ? nothing
            : this.showing
              ? html`<button class="button" part="retry-button" type="button" @click=${this.#retry}>
                  ${this.t('fallacy.tryAgain')}
                </button>`
              : html`<button class="button" part="check-button" type="button" @click=${this.#check}>
                  ${this.t('fallacy.check')}
                </button>`
        }
      </div>
    `;
  }
}
