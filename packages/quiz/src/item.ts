import { LkFeedbackPart } from './part.js';

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
export class LkItem extends LkFeedbackPart {
  /**
   * In `<lk-match>`: the `value` of the `<lk-target>` this card belongs with.
   * @attr match
   */
  get match(): string {
    return this.getAttribute('match') ?? '';
  }

  set match(match: string) {
    this.setAttribute('match', match);
  }

  /**
   * In `<lk-categorize>`: the `value` of the `<lk-category>` this card belongs in.
   * @attr category
   */
  get category(): string {
    return this.getAttribute('category') ?? '';
  }

  set category(category: string) {
    this.setAttribute('category', category);
  }
}
