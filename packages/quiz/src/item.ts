import { LkElement } from '@lessonkit/core';
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * A card of an ordering, matching or sorting question (`<lk-order>`,
 * `<lk-match>`, `<lk-categorize>`). Its text is its content; the question
 * draws the controls around it.
 *
 * @tagname lk-item
 * @summary A card to order, match or sort.
 *
 * @slot - The card's text.
 * @slot feedback - Shown beside the card after the learner checks it.
 *
 * @csspart feedback - The wrapper of the feedback text.
 */
export class LkItem extends LkElement {
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
      }
      .feedback[hidden] {
        display: none;
      }
    `,
  ];

  /** The identifier reported in the response. Defaults to the card's letter: `a`, `b`, `c`… */
  @property() value = '';

  /** In `<lk-match>`: the `value` of the `<lk-target>` this card belongs with. */
  @property() match = '';

  /** In `<lk-categorize>`: the `value` of the `<lk-category>` this card belongs in. */
  @property() category = '';

  /** Set by the question when this card's feedback should show. */
  @property({ type: Boolean, attribute: 'feedback-shown', reflect: true }) feedbackShown = false;

  override render() {
    return html`<slot></slot
      ><span class="feedback" part="feedback" ?hidden=${!this.feedbackShown}><slot name="feedback"></slot></span>`;
  }
}
