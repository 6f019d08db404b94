import { LkElement } from '@lessonkit/core';
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';

/**
 * A category of an `<lk-categorize>` question: its content is the label the
 * learner sorts cards under.
 *
 * @tagname lk-category
 * @summary A category to sort cards into.
 *
 * @slot - The category's label.
 */
export class LkCategory extends LkElement {
  static override styles = [
    LkElement.styles,
    css`
      :host {
        display: inline;
      }
    `,
  ];

  /** The identifier cards name in their `category` (or `match`) attribute, and the response reports. */
  @property() value = '';

  override render() {
    return html`<slot></slot>`;
  }
}

/**
 * A target of an `<lk-match>` question (a definition, a date, a description):
 * the learner pairs one card with it.
 *
 * @tagname lk-target
 * @summary A target that one card is matched with.
 *
 * @slot - The target's text.
 */
export class LkTarget extends LkCategory {}
