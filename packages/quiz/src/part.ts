import { LkElement } from '@lessonkit/core';
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * What a choice and a card share: text as content, a `value` reported in the
 * response, and feedback the question shows after checking.
 *
 * @slot - The text.
 * @slot feedback - Shown beside this part after the learner checks it.
 *
 * @csspart feedback - The wrapper of the feedback text.
 */
export class LkFeedbackPart extends LkElement {
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

  /**
   * The identifier reported in the response (`lk-answer`, SCORM, xAPI).
   * Defaults to the part's letter: `a`, `b`, `c`…
   */
  @property() value = '';

  /** Set by the question when this part's feedback should show. */
  @property({ type: Boolean, attribute: 'feedback-shown', reflect: true }) feedbackShown = false;

  override render() {
    return html`<slot></slot
      ><span class="feedback" part="feedback" ?hidden=${!this.feedbackShown}><slot name="feedback"></slot></span>`;
  }
}
