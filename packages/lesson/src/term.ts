import { LkElement } from '@lessonkit/core';
import { css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import './strings.js';

/**
 * A glossary term in the text: a button that shows its definition beside it.
 * Without JavaScript it reads as the word alone.
 *
 * @tagname lk-term
 * @summary A glossary term whose definition opens in place.
 *
 * @slot - The term as it appears in the sentence.
 *
 * @csspart term - The button around the term.
 * @csspart definition - The definition, shown when open.
 */
export class LkTerm extends LkElement {
  static override styles = [
    LkElement.styles,
    css`
      :host {
        display: inline;
      }
      button {
        display: inline;
        padding: 0;
        border: 0;
        border-bottom: 2px dotted currentColor;
        background: none;
        color: inherit;
        font: inherit;
        cursor: help;
      }
      .definition {
        display: inline;
        margin-inline-start: var(--_space-1);
        padding: 0 var(--_space-1);
        border-radius: var(--_radius);
        background: var(--_surface-alt);
        font-style: italic;
      }
    `,
  ];

  /** The glossary entry's name. */
  @property() term = '';

  /** The definition. */
  @property() definition = '';

  @state() private open = false;

  #toggle(): void {
    this.open = !this.open;
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.open) {
      event.stopPropagation();
      this.open = false;
    }
  }

  override render() {
    return html`<button
        part="term"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="definition"
        title=${this.t('term.show', { term: this.term })}
        @click=${this.#toggle}
        @keydown=${this.#onKeydown}
      >
        <slot></slot></button
      ><span class="definition" part="definition" id="definition" ?hidden=${!this.open}>${this.definition}</span>`;
  }
}
