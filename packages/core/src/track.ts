import { emptyAttempt, newSeed, recordAnswer, type AttemptRecord, type ItemState } from './attempt.js';
import type { LkAnswerEvent, LkRestoreRequestEvent } from './events.js';
import type { Tracker } from './tracker.js';

/** An element that can show a saved state again (see `LkItemElement`). */
export interface Restorable extends Element {
  readonly itemId: string;
  restore(state: ItemState): void;
  useSeed?(seed: string): void;
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
  /** Saves where the learner is (a lesson's section), to resume there. */
  setLocation(location: string): void;
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
  let loadFailed = false;
  const waiting: LkRestoreRequestEvent[] = [];

  /** Shows a saved state; an item that throws is named and skipped, never the others. */
  const restore = (element: Element, state: ItemState | undefined, show: (state: ItemState) => void): void => {
    if (!state) return;
    try {
      show(state);
    } catch (error) {
      console.warn(`[lessonkit] track: could not restore ${element.localName || 'an item'} (${String(error)}).`);
    }
  };

  /** The attempt's seed, made (and saved) the first time an element asks for it. */
  const seed = (): string => {
    if (record.seed) return record.seed;
    record = { ...record, seed: newSeed() };
    queue = queue
      .then(reloadIfFailed)
      .then(() => tracker.save(record))
      .catch((error: unknown) => console.warn(`[lessonkit] track: the attempt could not be saved (${String(error)}).`));
    return record.seed as string;
  };

  const onRequest = (event: Event): void => {
    const request = event as LkRestoreRequestEvent;
    if (!loaded) {
      waiting.push(request);
      return;
    }
    request.useSeed?.(seed());
    restore(request.target as Element, record.items[request.itemId], request.restore);
  };

  /** After a failed load, try once more before saving, so a save never overwrites what could not be read. */
  const reloadIfFailed = async (): Promise<void> => {
    if (!loadFailed) return;
    loadFailed = false;
    try {
      const saved = await tracker.load();
      record = { ...saved, ...record, items: { ...saved.items, ...record.items } };
    } catch {
      // Still unreadable: this visit's answers are saved on their own.
    }
  };

  let queue: Promise<void> = Promise.resolve();
  const ready = tracker.load().then(
    (saved) => {
      record = saved;
      loaded = true;
      for (const request of waiting.splice(0)) onRequest(request);
      // Items that connected before this call asked no one; restore them now.
      for (const element of root.querySelectorAll('[item-id]')) {
        if (!isRestorable(element)) continue;
        if (element.useSeed) element.useSeed(seed());
        restore(element, record.items[element.itemId], (state) => element.restore(state));
      }
    },
    (error: unknown) => {
      loaded = true;
      loadFailed = true;
      waiting.length = 0;
      console.warn(`[lessonkit] track: the saved attempt could not be loaded (${String(error)}); starting afresh.`);
    },
  );
  queue = ready;

  const onAnswer = (event: Event): void => {
    const detail = (event as LkAnswerEvent).detail;
    queue = queue
      .then(reloadIfFailed)
      .then(async () => {
        record = recordAnswer(record, detail);
        await tracker.save(record);
        // An LMS also hears of the answer itself (a SCORM interaction, an xAPI "answered").
        await tracker.answered?.(detail, record);
      })
      .catch((error: unknown) => {
        console.warn(`[lessonkit] track: the answer to "${detail.itemId}" could not be saved (${String(error)}).`);
      });
  };

  root.addEventListener('lk-answer', onAnswer);
  root.addEventListener('lk-restore-request', onRequest);

  return {
    ready,
    get record() {
      return record;
    },
    settled: () => queue,
    setLocation(location) {
      queue = queue
        .then(reloadIfFailed)
        .then(() => {
          if (record.location === location) return undefined;
          record = { ...record, location, updated: new Date().toISOString() };
          return tracker.save(record);
        })
        .catch((error: unknown) => console.warn(`[lessonkit] track: the place could not be saved (${String(error)}).`));
    },
    disconnect() {
      root.removeEventListener('lk-answer', onAnswer);
      root.removeEventListener('lk-restore-request', onRequest);
    },
  };
}
