import { property } from 'lit/decorators.js';
import type { ItemState } from './attempt.js';
import { devWarn } from './dev.js';
import { LkElement } from './element.js';
import { LkRestoreRequestEvent } from './events.js';
import { itemConnected, renderInTurn, renderNow, slicing } from './slice.js';

/**
 * The base of every element a learner answers (questions, sequencing,
 * annotation): it has an `item-id`, and asks for its saved state when it
 * connects (see `track()`).
 */
export abstract class LkItemElement extends LkElement {
  /** Identifies the item in the learner's saved attempt; unique within a lesson. */
  @property({ attribute: 'item-id', reflect: true }) itemId = '';

  /** Whether this element keeps an answer (a timeline only does in its sequencing mode). */
  protected get answerable(): boolean {
    return true;
  }

  override connectedCallback(): void {
    if (!this.hasUpdated) itemConnected(this);
    super.connectedCallback();
    if (!this.answerable) return;
    if (!this.itemId) {
      devWarn(this.localName, 'has no item-id, so its answers cannot be saved or restored.');
      return;
    }
    this.emit(
      new LkRestoreRequestEvent(
        this.itemId,
        (state) => this.restore(state),
        (seed) => this.useSeed(seed),
      ),
    );
  }

  /**
   * On a lesson page, the first render takes its turn (slice.ts); an item that holds others (a
   * quiz) renders at once, since what it holds shows only through it.
   */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Lit's own signature
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || !slicing()) return super.scheduleUpdate();
    const render = (): void => void super.scheduleUpdate();
    if (this.querySelector('[item-id]')) return renderNow(this, render);
    return renderInTurn(this, render);
  }

  /** Shows a saved state again: the response, the feedback, the attempts used. */
  abstract restore(state: ItemState): void;

  /** Takes the attempt's seed, for elements that shuffle; the default ignores it. */
  useSeed(seed: string): void {
    void seed;
  }
}
