import { LkSortBase } from './sort-base.js';

/**
 * Match each card with its partner: terms with definitions, events with
 * dates. Cards are `<lk-item match="…">`; partners are `<lk-target value="…">`
 * (extra targets that match no card make it harder). Each target takes one
 * card. The learner picks a card and then its target — by click, tap or
 * keyboard — or drags the card onto the target.
 *
 * @tagname lk-match
 * @summary Match each card with its partner, by picking or dragging.
 *
 * @slot - The `<lk-item match="…">` cards and the `<lk-target value="…">` targets.
 */
export class LkMatch extends LkSortBase {
  protected readonly binTag = 'lk-target';
  protected readonly keyAttribute = 'match';
  protected readonly capacity = 1;

  protected override get instructions(): string {
    return this.t('match.instructions');
  }
}
