import { LkElement } from '@lessonkit/core';
import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { parseAnswers } from './answer-match.js';
import type { Verdict } from './question-base.js';

const verdictIcon: Record<Verdict, string> = { correct: '✓', answer: '✓', missed: '✓', incorrect: '✗' };

/**
 * One blank of an `<lk-fill-blank>`: a text box in the flow of the sentence.
 * The question around it reads, checks and restores it.
 *
 * @tagname lk-blank
 * @summary A blank in a fill-in-the-blank sentence.
 *
 * @csspart input - The text box.
 * @csspart verdict - The icon and word after checking.
 * @csspart answer - The accepted answer, shown after the last attempt.
 * @csspart feedback - The blank's feedback, shown after checking.
 *
 * @cssprop --lk-blank-width - Width of the text box (default: from `size`).
 */
export class LkBlank extends LkElement {
  static override styles = [
    LkElement.styles,
    css`
      :host {
        display: inline;
      }
      input {
        /* The input's size attribute sets its width in characters; no inline style, for strict CSPs. */
        width: var(--lk-blank-width, auto);
        max-width: 100%;
        min-height: 2.25rem;
        padding: 0.125rem var(--_space-2);
        border: 0;
        border-bottom: 2px solid var(--_text);
        border-radius: 0;
        background: var(--_surface-alt);
        color: inherit;
        font: inherit;
      }
      input:read-only {
        border-bottom-style: dotted;
      }
      :host([verdict='correct']) input {
        border-bottom-color: var(--_success);
      }
      :host([verdict='incorrect']) input {
        border-bottom-color: var(--_danger);
      }
      .verdict {
        margin-inline-start: var(--_space-1);
        font-weight: 700;
        font-size: 0.875rem;
      }
      .verdict[data-verdict='correct'] {
        color: var(--_success);
      }
      .verdict[data-verdict='incorrect'] {
        color: var(--_danger);
      }
      .answer,
      .feedback {
        margin-inline-start: var(--_space-1);
        color: var(--_muted);
      }
    `,
  ];

  /** The accepted answers, separated by `|`: `means|method`. */
  @property() answers = '';

  /** Accept only these exact texts (case and typographic marks count); only outer spaces are ignored. */
  @property({ type: Boolean }) exact = false;

  /** Width of the box in characters. */
  @property({ type: Number }) size = 12;

  /** Feedback shown beside the blank after it is checked. */
  @property() feedback = '';

  /** The learner's text. */
  @property() value = '';

  /** Set by the question: the accessible name of the box ("Blank 1 of 2"). */
  @property({ attribute: false }) label = '';

  /** Set by the question: the verdict after checking. */
  @property({ reflect: true }) verdict: Verdict | '' = '';

  /** Set by the question: the box cannot be edited. */
  @property({ type: Boolean, reflect: true }) locked = false;

  /** Set by the question after the last attempt: show the first accepted answer. */
  @property({ type: Boolean, attribute: false }) reveal = false;

  /** The accepted answers as a list. */
  get accepted(): string[] {
    return parseAnswers(this.answers);
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector('input')?.focus(options);
  }

  #onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
  }

  override render() {
    const verdict = this.verdict || undefined;
    const showAnswer = this.reveal && verdict === 'incorrect' && this.accepted.length > 0;
    const described = [verdict ? 'verdict' : '', showAnswer ? 'answer' : '', verdict && this.feedback ? 'feedback' : '']
      .filter(Boolean)
      .join(' ');
    return html`<input
        part="input"
        type="text"
        autocomplete="off"
        autocapitalize="off"
        spellcheck="false"
        size=${this.size}
        aria-label=${this.label || this.t('fill.blank')}
        aria-describedby=${described || nothing}
        .value=${this.value}
        ?readonly=${this.locked}
        @input=${this.#onInput}
      />${
        verdict
          ? html`<span class="verdict" part="verdict" id="verdict" data-verdict=${verdict}
              ><span aria-hidden="true">${verdictIcon[verdict]}</span> ${this.t(`question.choice.${verdict}`)}</span
            >`
          : nothing
      }${
        showAnswer
          ? html`<span class="answer" part="answer" id="answer"
              >${this.t('fill.answerIs', { answer: this.accepted[0] ?? '' })}</span
            >`
          : nothing
      }${
        verdict && this.feedback
          ? html`<span class="feedback" part="feedback" id="feedback">${this.feedback}</span>`
          : nothing
      }`;
  }
}
