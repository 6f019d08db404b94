import { LkElement, citeStyles, type BuildEnv, type ItemState } from '@lessonkit/core';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LkActivity } from './activity.js';
import { activityStyles } from './activity.styles.js';
import { DEVICES, fallacyAnswers, fallacyProblem, type Device, type FallacyData } from './model.js';
import './strings.js';

/**
 * A quoted passage, and the learner names the device or fallacy it uses —
 * false dilemma, hasty generalization, appeal to emotion, loaded language,
 * equivocation, red herring, or none. Each choice shows its definition; a
 * wrong pick is answered with the author's reason why it is not that one. A
 * passage can have more than one fair reading: any device the author lists as
 * an answer is right, and a right pick is followed by the others, each with
 * its reason.
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
export class LkFallacy extends LkActivity<FallacyData> {
  static override styles = [LkElement.styles, activityStyles, citeStyles];

  /** Points for the right device. */
  @property({ type: Number }) points = 1;

  @state() private chosen: Device | '' = '';

  protected readonly stringPrefix = 'fallacy';

  protected problem(data: FallacyData): string {
    return (import.meta as BuildEnv).env?.LESSONKIT_VALIDATED ? '' : fallacyProblem(data);
  }

  /** The chosen device, or '' before a choice. */
  get response(): string {
    return this.chosen;
  }

  protected restoreState(saved: ItemState): void {
    if (saved.interaction !== 'choice') return;
    // The attempts used always carry over, even when the saved pick is no longer offered
    // (the key was edited): a learner who used up the tries does not get new ones.
    const [device = ''] = saved.response;
    const pick = this.#choices.includes(device as Device) ? (device as Device) : '';
    this.chosen = pick;
    const usedUp = this.restoreAttempts(saved);
    this.showing = pick !== '' && this.attempts > 0;
    // A right pick is final; tries used up on a pick that is gone show the answer.
    this.finished = usedUp || (this.showing && pick !== '' && this.#answers.includes(pick));
  }

  protected override resetState(): void {
    super.resetState();
    this.chosen = '';
  }

  /** The right devices: one, or several fair readings of the passage. */
  get #answers(): readonly Device[] {
    return this.data ? fallacyAnswers(this.data) : [];
  }

  get #choices(): readonly Device[] {
    return this.data?.choices ?? DEVICES;
  }

  #name(device: Device): string {
    return this.t(`fallacy.device.${device}`);
  }

  #choose(device: Device): void {
    if (this.locked) return;
    this.chosen = device;
    this.notice = '';
  }

  protected check(): void {
    const data = this.data;
    if (!data || this.locked) return;
    if (!this.chosen) {
      this.announce(this.t('fallacy.choose'));
      return;
    }
    this.submit({
      interaction: 'choice',
      response: [this.chosen],
      right: this.#answers.includes(this.chosen) ? 1 : 0,
      total: 1,
      maxScore: this.points,
    });
    // The feedback takes the focus (it is not a live region, so it is read once); Try again follows it.
    void this.focusAfterUpdate('[part~="feedback"]');
  }

  protected override retry(): void {
    super.retry();
    void this.focusAfterUpdate('input:checked');
  }

  #feedback(data: FallacyData) {
    return this.renderPickFeedback({
      answers: this.#answers,
      chosen: this.chosen,
      why: data.why,
      texts: {
        right: this.chosen ? this.t('fallacy.right', { device: this.#name(this.chosen) }) : '',
        notThis: this.chosen ? this.t('fallacy.notThis', { device: this.#name(this.chosen) }) : '',
        answerWas: (answer) =>
          this.t(this.#answers.length > 1 ? 'fallacy.fairAnswer' : 'fallacy.answerWas', { device: this.#name(answer) }),
        alsoRight: (answer) => this.t('fallacy.alsoRight', { device: this.#name(answer) }),
      },
    });
  }

  override render() {
    const data = this.data;
    const problem = this.renderProblem();
    if (problem || !data) return problem;
    return html`
      ${this.renderQuote(data.passage, data, 'passage')}
      ${this.renderRadioGroup({
        part: 'choices',
        legend: this.t('fallacy.question'),
        name: 'device',
        values: this.#choices,
        chosen: this.chosen,
        label: (device) => this.#name(device),
        define: (device) => this.t(`fallacy.define.${device}`),
        choose: (device) => this.#choose(device),
      })}
      <div role="status" part="status">${this.notice ? html`<p>${this.notice}</p>` : nothing}</div>
      ${this.#feedback(data)} ${this.renderActions()}
    `;
  }
}
