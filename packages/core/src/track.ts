import { emptyAttempt, recordAnswer, type AttemptRecord, type ItemState } from './attempt.js';
import type { LkAnswerEvent, LkRestoreRequestEvent } from './events.js';
import type { Tracker } from './tracker.js';

/** An element that can show a saved state again (see `LkItemElement`). */
export interface Restorable extends Element {
  readonly itemId: string;
  restore(state: ItemState): void;
}

const isRestorable = (element: Element): element is Restorable =>
  typeof (element as Partial<Restorable>).restore === 'function' &&
  typeof (element as Partial<Restorable>).itemId === 'string';

export interface TrackedAttempt {
  /** Resolves once the saved attempt is loaded and shown again. */
  readonly ready: Promise<void>;
  /** The attempt as it stands. */
  readonly record: AttemptRecord;
  /** Resolves when every answer given so far has been handed to the tracker. */
  settled(): Promise<void>;
  /** Stops listening; what was saved stays saved. */
  disconnect(): void;
}

/**
 * Connects the items under `root` to a tracker: their saved states are
 * restored, and every `lk-answer` under `root` is folded into the attempt and
 * saved at once. A lesson does this for its items; a plain page may call it
 * for its own.
 */
export function track(root: Element | Document, tracker: Tracker): TrackedAttempt {
  let record: AttemptRecord = emptyAttempt();
  let loaded = false;
  const waiting: LkRestoreRequestEvent[] = [];
  let queue: Promise<void> = Promise.resolve();

  const answer = (event: LkAnswerEvent): void => {
    const detail = event.detail;
    queue = queue
      .then(() => {
        record = recordAnswer(record, detail);
        return tracker.save(record);
      })
      .catch((error: unknown) => {
        console.warn(`[lessonkit] track: the answer to "${detail.itemId}" could not be saved (${String(error)}).`);
      });
  };
  const request = (event: LkRestoreRequestEvent): void => {
    if (!loaded) {
      waiting.push(event);
      return;
    }
    const state = record.items[event.itemId];
    if (state) event.restore(state);
  };

  root.addEventListener('lk-answer', answer as EventListener);
  root.addEventListener('lk-restore-request', request as EventListener);

  const ready = tracker.load().then(
    (saved) => {
      record = saved;
      loaded = true;
      for (const event of waiting.splice(0)) request(event);
      // Items that connected before this call asked no one; restore them now.
      for (const element of root.querySelectorAll('[item-id]')) {
        if (!isRestorable(element)) continue;
        const state = record.items[element.itemId];
        if (state) element.restore(state);
      }
    },
    (error: unknown) => {
      loaded = true;
      waiting.length = 0;
      console.warn(`[lessonkit] track: the saved attempt could not be loaded (${String(error)}); starting afresh.`);
    },
  );
  queue = ready;

  return {
    ready,
    get record() {
      return record;
    },
    settled: () => queue,
    disconnect() {
      root.removeEventListener('lk-answer', answer as EventListener);
      root.removeEventListener('lk-restore-request', request as EventListener);
    },
  };
}
