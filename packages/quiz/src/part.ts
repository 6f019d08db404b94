import { base } from '@lessonkit/core';
import { adoptStyles, css } from 'lit';

const styles = [
  base,
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

let template: HTMLTemplateElement | undefined;

/** The shadow content of a part with feedback: its text, then the feedback, hidden until shown. */
function feedbackContent(): DocumentFragment {
  if (!template) {
    template = document.createElement('template');
    template.innerHTML =
      '<slot></slot><span class="feedback" part="feedback" hidden><slot name="feedback"></slot></span>';
  }
  return template.content.cloneNode(true) as DocumentFragment;
}

/**
 * What a choice and a card share: text as content, a `value` reported in the
 * response, and feedback the question shows after checking.
 *
 * A part is data its question reads and draws around: its properties are its attributes, so
 * whatever sets one (the author's HTML, a script, the question) is seen by the question. It has no
 * render of its own; only a part with feedback of its own takes a shadow root, to show the feedback
 * beside its text when its question says so. A page of a hundred questions has four hundred parts,
 * and each upgrades at little more than the cost of the tag.
 *
 * @slot - The text.
 * @slot feedback - Shown beside this part after the learner checks it.
 *
 * @csspart feedback - The wrapper of the feedback text.
 */
export class LkFeedbackPart extends HTMLElement {
  static readonly observedAttributes = ['feedback-shown'];

  /**
   * The identifier reported in the response (`lk-answer`, SCORM, xAPI).
   * Defaults to the part's letter: `a`, `b`, `c`…
   * @attr value
   */
  get value(): string {
    return this.getAttribute('value') ?? '';
  }

  set value(value: string) {
    this.setAttribute('value', value);
  }

  /**
   * Set by the question when this part's feedback should show.
   * @attr feedback-shown
   */
  get feedbackShown(): boolean {
    return this.hasAttribute('feedback-shown');
  }

  set feedbackShown(shown: boolean) {
    this.toggleAttribute('feedback-shown', shown);
  }

  /**
   * Resolves at once: a part renders nothing later (kept for code that awaits it as it awaits the
   * other elements).
   */
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }

  connectedCallback(): void {
    this.#takeFeedback();
  }

  attributeChangedCallback(): void {
    this.#showFeedback();
  }

  /**
   * Called by the question when its content changes: feedback given to this part since it
   * connected takes its shadow root at once, hidden, before the page paints again.
   * @internal
   */
  contentChanged(): void {
    this.#takeFeedback();
  }

  #takeFeedback(): void {
    if (this.shadowRoot || !this.querySelector(':scope > [slot="feedback"]')) return;
    const root = this.attachShadow({ mode: 'open' });
    adoptStyles(root, styles);
    root.append(feedbackContent());
    this.#showFeedback();
  }

  #showFeedback(): void {
    const feedback = this.shadowRoot?.querySelector<HTMLElement>('.feedback');
    if (feedback) feedback.hidden = !this.feedbackShown;
  }
}
