import { LkElement, citeStyles, type BuildEnv, type ItemState } from '@lessonkit/core';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  VERDICTS,
  claimCheckProblem,
  lateralSteps,
  type ClaimCheckData,
  type LateralStep,
  type Verdict,
} from './claim-check-model.js';
import { LkActivity } from './activity.js';
import { activityStyles } from './activity.styles.js';
import { claimCheckStyles } from './claim-check.styles.js';
import './claim-check-strings.js';

/** `evidence-3` → 2 (the index of the third evidence option), or -1. */
const evidenceIndex = (id: string): number => {
  const match = /^evidence-([1-9]\d*)$/.exec(id);
  return match ? Number(match[1]) - 1 : -1;
};

/**
 * A claim from the text. The learner gives it a verdict — accurate, accurate
 * but needs context, partly accurate, misleading, unsupported, unverified or
 * opinion — and says what evidence they would need to check it. Then they see
 * what the sources say, with links, one step of lateral reading at a time:
 * stop, investigate the source, find better coverage, trace to the original.
 *
 * @tagname lk-claim-check
 * @summary Give a claim a verdict, say what evidence would check it, then walk through what the sources say.
 *
 * @slot - Fallback content shown until the element runs; a `<script type="application/json">` child holds the data.
 *
 * @csspart claim - The quoted claim.
 * @csspart verdicts - The group of verdicts.
 * @csspart evidence - The group of evidence options (when the author gives some).
 * @csspart feedback - Why the verdict is right or wrong, and which evidence is needed.
 * @csspart check-button - Check.
 * @csspart retry-button - Try again.
 * @csspart next-button - Shows the next step of the walk-through.
 * @csspart steps - The list of lateral-reading steps.
 * @csspart status - The feedback and notices (a polite live region).
 * @csspart error - An author error.
 *
 * @fires lk-answer - When the learner checks. `interaction: "choice"`, `response`: the verdict, then the chosen evidence as `evidence-1`, `evidence-3`… (1-based).
 */
export class LkClaimCheck extends LkActivity<ClaimCheckData> {
  static override styles = [LkElement.styles, activityStyles, claimCheckStyles, citeStyles];

  /** Checks the learner gets; 0 for no limit. One by default: the sources are shown once the verdict is final. */
  @property({ type: Number, attribute: 'max-attempts' }) override maxAttempts = 1;

  /** Points for the right verdict. */
  @property({ type: Number }) points = 1;

  @state() private chosen: Verdict | '' = '';
  /** The chosen evidence options, as 0-based indexes. */
  @state() private picked: readonly number[] = [];
  /** How many steps of the walk-through are shown once the verdict is final. */
  @state() private revealed = 0;

  protected readonly stringPrefix = 'claim';

  protected problem(data: ClaimCheckData): string {
    return (import.meta as BuildEnv).env?.LESSONKIT_VALIDATED ? '' : claimCheckProblem(data);
  }

  /** The verdict and the chosen evidence, as `lk-answer` sends them; empty before a verdict. */
  get response(): readonly string[] {
    return this.chosen ? [this.chosen, ...this.#picks.map((index) => `evidence-${index + 1}`)] : [];
  }

  protected restoreState(saved: ItemState): void {
    if (saved.interaction !== 'choice') return;
    // As in lk-fallacy: the attempts used always carry over, even when the saved verdict is
    // no longer offered (the key was edited), so a learner who used up the tries keeps the answer.
    const [verdict = '', ...evidence] = saved.response;
    const pick = this.#verdicts.includes(verdict as Verdict) ? (verdict as Verdict) : '';
    this.chosen = pick;
    this.picked = [...new Set(evidence.map(evidenceIndex).filter((index) => index >= 0))];
    const usedUp = this.restoreAttempts(saved);
    this.showing = pick !== '' && this.attempts > 0;
    this.finished = usedUp || (this.showing && pick === this.data?.answer);
    // A finished check comes back with the whole walk-through shown.
    this.revealed = this.finished ? Number.POSITIVE_INFINITY : 0;
  }

  protected override resetState(): void {
    super.resetState();
    this.chosen = '';
    this.picked = [];
    this.revealed = 0;
  }

  get #verdicts(): readonly Verdict[] {
    return this.data?.verdicts ?? VERDICTS;
  }

  /** The chosen evidence still in range (a restore may name options the author has since removed). */
  get #picks(): number[] {
    const count = this.data?.evidence?.length ?? 0;
    return this.picked.filter((index) => index < count).sort((a, b) => a - b);
  }

  get #steps() {
    return this.data ? lateralSteps(this.data) : [];
  }

  /** The steps shown: none before the verdict is final, then at least the first. */
  get #shownCount(): number {
    return this.finished ? Math.min(this.#steps.length, Math.max(1, this.revealed)) : 0;
  }

  #name(verdict: Verdict): string {
    return this.t(`claim.verdict.${verdict}`);
  }

  #choose(verdict: Verdict): void {
    if (this.locked) return;
    this.chosen = verdict;
    this.notice = '';
  }

  #toggle(index: number, on: boolean): void {
    if (this.locked) return;
    const others = this.picked.filter((picked) => picked !== index);
    this.picked = on ? [...others, index] : others;
  }

  protected check(): void {
    const data = this.data;
    if (!data || this.locked) return;
    if (!this.chosen) {
      this.announce(this.t('claim.choose'));
      return;
    }
    const final = this.submit({
      interaction: 'choice',
      response: this.response,
      right: this.chosen === data.answer ? 1 : 0,
      total: 1,
      maxScore: this.points,
    });
    if (final) this.revealed = 1;
    // The feedback takes the focus (it is not a live region, so it is read once); Try again follows it.
    void this.focusAfterUpdate('[part~="feedback"]');
  }

  protected override retry(): void {
    super.retry();
    void this.focusAfterUpdate('input[type="radio"]:checked');
  }

  #next(): void {
    const shown = this.#shownCount;
    const step = this.#steps[shown];
    if (!step) return;
    this.revealed = shown + 1;
    void this.focusAfterUpdate(`#step-${step[0]}`);
  }

  #evidenceFeedback(data: ClaimCheckData) {
    const evidence = data.evidence ?? [];
    if (evidence.length === 0) return nothing;
    const picks = this.#picks;
    return html`<p>${this.t('claim.evidenceKey')}</p>
      <ul>
        ${evidence.map((option, index) => {
          const chosen = picks.includes(index);
          const right = chosen === option.needed;
          const word = option.needed
            ? chosen
              ? 'claim.neededChosen'
              : 'claim.neededMissed'
            : chosen
              ? 'claim.notNeededChosen'
              : 'claim.notNeededLeft';
          return html`<li>
            <span aria-hidden="true">${right ? '✓' : '✗'}</span>
            ${option.text} — <span class="verdict">${this.t(word)}</span> ${this.reason(option.why)}
          </li>`;
        })}
      </ul>`;
  }

  #feedback(data: ClaimCheckData) {
    return this.renderPickFeedback({
      answers: [data.answer],
      chosen: this.chosen,
      why: data.why,
      texts: {
        right: this.t('claim.right', { verdict: this.#name(data.answer) }),
        notThis: this.chosen ? this.t('claim.notThis', { verdict: this.#name(this.chosen) }) : '',
        answerWas: (answer) => this.t('claim.answerWas', { verdict: this.#name(answer) }),
      },
      more: this.#evidenceFeedback(data),
    });
  }

  #walkThrough() {
    if (!this.finished) return nothing;
    const steps = this.#steps;
    const shown = steps.slice(0, this.#shownCount);
    const next = steps[shown.length];
    const heading = (name: LateralStep) => this.t(`claim.step.${name}`);
    return html`<div class="walk">
      <h3>${this.t('claim.sources')}</h3>
      <ol part="steps">
        ${shown.map(
          ([name, step]) =>
            html`<li>
              <h4 id=${`step-${name}`} tabindex="-1">${heading(name)}</h4>
              <p>${step.text}</p>
              ${
                step.links?.length
                  ? html`<ul>
                      ${step.links.map((link) => html`<li>${this.renderLink(link.url, link.title)}</li>`)}
                    </ul>`
                  : nothing
              }
            </li>`,
        )}
      </ol>
      ${
        next
          ? html`<div class="actions">
              <button class="button" data-variant="quiet" part="next-button" type="button" @click=${this.#next}>
                ${this.t('claim.next', { step: heading(next[0]) })}
              </button>
            </div>`
          : nothing
      }
    </div>`;
  }

  override render() {
    const data = this.data;
    const problem = this.renderProblem();
    if (problem || !data) return problem;
    const locked = this.locked;
    const evidence = data.evidence ?? [];
    const picks = this.#picks;
    return html`
      ${this.renderQuote(data.claim, data, 'claim')}
      ${this.renderRadioGroup({
        part: 'verdicts',
        legend: this.t('claim.question'),
        name: 'verdict',
        values: this.#verdicts,
        chosen: this.chosen,
        label: (verdict) => this.#name(verdict),
        define: (verdict) => this.t(`claim.define.${verdict}`),
        choose: (verdict) => this.#choose(verdict),
      })}
      ${
        evidence.length > 0
          ? html`<fieldset part="evidence">
              <legend>${this.t('claim.evidence')} <span class="hint">${this.t('claim.evidenceHint')}</span></legend>
              ${evidence.map(
                (option, index) =>
                  html`<label
                    ><input
                      type="checkbox"
                      name="evidence"
                      .value=${`evidence-${index + 1}`}
                      .checked=${picks.includes(index)}
                      aria-disabled=${locked ? 'true' : 'false'}
                      @click=${this.guard}
                      @change=${(event: Event) => this.#toggle(index, (event.target as HTMLInputElement).checked)}
                    /><span>${option.text}</span></label
                  >`,
              )}
            </fieldset>`
          : nothing
      }
      <div role="status" part="status">${this.notice ? html`<p>${this.notice}</p>` : nothing}</div>
      ${this.#feedback(data)} ${this.renderActions()} ${this.#walkThrough()}
    `;
  }
}
