import { LkElement } from '@lessonkit/core';
import { css, html, ReactiveElement, type PropertyValues } from 'lit';
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

  /** Whether this part has feedback of its own, to show beside its text. */
  get #hasFeedback(): boolean {
    return this.querySelector(':scope > [slot="feedback"]') !== null;
  }

  /**
   * Only a part with feedback of its own takes a shadow root, to show the feedback beside its
   * text when its question says so. The others show their text as it is, with no shadow root and
   * nothing to render: a page of a hundred questions upgrades its choices sooner.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return this.#hasFeedback ? super.createRenderRoot() : this;
  }

  /**
   * Called by the question when its content changes: feedback given to this part since it
   * connected takes its shadow root at once, hidden, before the page paints again.
   * @internal
   */
  contentChanged(): void {
    if (this.renderRoot === this && this.#hasFeedback) this.requestUpdate();
  }

  protected override update(changed: PropertyValues): void {
    if (this.renderRoot === this) {
      if (!this.#hasFeedback) {
        // Attributes are still reflected; nothing is rendered into the part's own content.
        (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
        return;
      }
      // Feedback added since the part connected: it takes its shadow root now.
      (this as { renderRoot: HTMLElement | DocumentFragment }).renderRoot = super.createRenderRoot();
    }
    super.update(changed);
  }

  override render() {
    return html`<slot></slot
      ><span class="feedback" part="feedback" ?hidden=${!this.feedbackShown}><slot name="feedback"></slot></span>`;
  }
}
