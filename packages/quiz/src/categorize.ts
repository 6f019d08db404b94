import { LkSortBase } from './sort-base.js';

/**
 * Sort cards into categories — for example “trafficking”, “smuggling” or
 * “both”. Cards are `<lk-item category="…">`; categories are
 * `<lk-category value="…">`, each taking any number of cards. The learner
 * picks a card and then its category — by click, tap or keyboard — or drags
 * the card into the category.
 *
 * @tagname lk-categorize
 * @summary Sort cards into named categories, by picking or dragging.
 *
 * @slot - The `<lk-category value="…">` categories and the `<lk-item category="…">` cards.
 */
export class LkCategorize extends LkSortBase {
  protected readonly binTag = 'lk-category';
  protected readonly keyAttribute = 'category';
  protected readonly capacity = Number.POSITIVE_INFINITY;

  protected override get instructions(): string {
    return this.t('categorize.instructions');
  }
}
