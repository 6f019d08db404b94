import { LkElement } from '@lessonkit/core';
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * One answer of an `<lk-question>`. Its text is its content; the question
 * draws the radio button or checkbox and the verdict around it.
 *
 * @tagname lk-choice
 * @summary An answer choice of a question.
 *
 * @slot - The choice's text.
 * @slot feedback - Shown beside this choice after the learner checks it (and, for a right choice, once the answer is shown).
 *
 * @csspart feedback - The wrapper of the feedback text.
 */
export class LkChoice extends LkElement {
  static override styles = [
    LkElement.styles,
    css`
      :host {
        display: inline;
      }
      .feedback {
        display: block;
        margin-top: var(--_space-1);
        color: var(--_muted);
        font-weight: normal;
      }
      .feedback[hidden] {
        display: none;
      }
    `,
  ];

  /** Marks this choice as a right answer. */
  @property({ type: Boolean, reflect: true }) correct = false;

  /**
   * The identifier reported in the response (`lk-answer`, SCORM, xAPI).
   * Defaults to the choice's letter: `a`, `b`, `c`…
   */
  @property() value = '';

  /** Set by the question when this choice's feedback should show. */
  @property({ type: Boolean, attribute: 'feedback-shown', reflect: true }) feedbackShown = false;

  override render() {
    return html`<slot></slot
      ><span class="feedback" part="feedback" ?hidden=${!this.feedbackShown}><slot name="feedback"></slot></span>`;
  }
}
