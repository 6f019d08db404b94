import type { ItemState } from './attempt.js';

/**
 * How a response is shaped, named after the SCORM / xAPI interaction types it
 * maps onto, so a tracker can report it without knowing the element.
 */
export type Interaction = 'choice' | 'true-false' | 'fill-in' | 'long-fill-in' | 'sequencing' | 'matching' | 'other';

export interface AnswerDetail {
  /** The item's `item-id`, unique within a lesson. */
  readonly itemId: string;
  readonly interaction: Interaction;
  /**
   * The learner's response as short identifiers: choice values for `choice`
   * (`['a', 'c']`), `['true']` for `true-false`, the typed strings for
   * `fill-in`, ids in order for `sequencing`, `source.target` pairs for
   * `matching`, the text for `long-fill-in`.
   */
  readonly response: readonly string[];
  /** Whether the response is right; `null` for items that are not scored. */
  readonly correct: boolean | null;
  readonly score: number;
  readonly maxScore: number;
  /**
   * 1 for the first check, 2 for the first retry, and so on; 0 when the item
   * was reset or reopened (a quiz retry), so its saved state starts over.
   */
  readonly attempt: number;
  /** True when the item takes no more attempts: answered right, or out of attempts. */
  readonly final: boolean;
}

export interface ProgressDetail {
  /** Items finished so far. */
  readonly done: number;
  /** Items in all. */
  readonly total: number;
  readonly score: number;
  readonly maxScore: number;
}

export interface CompleteDetail {
  readonly score: number;
  readonly maxScore: number;
  /** Whether the passing score was reached; `null` when there is none. */
  readonly passed: boolean | null;
}

const domainEvent: EventInit = { bubbles: true, composed: true };

/** Fired when a learner checks an answer. */
export class LkAnswerEvent extends Event {
  static readonly type = 'lk-answer';
  constructor(readonly detail: AnswerDetail) {
    super(LkAnswerEvent.type, domainEvent);
  }
}

/** Fired when the share of finished items changes. */
export class LkProgressEvent extends Event {
  static readonly type = 'lk-progress';
  constructor(readonly detail: ProgressDetail) {
    super(LkProgressEvent.type, domainEvent);
  }
}

/** Fired once when everything that counts has been done. */
export class LkCompleteEvent extends Event {
  static readonly type = 'lk-complete';
  constructor(readonly detail: CompleteDetail) {
    super(LkCompleteEvent.type, domainEvent);
  }
}

/**
 * Fired by an item when it connects, asking whoever keeps the learner's
 * attempt (a lesson, or `track()`) for its saved state. A listener that has
 * state for `itemId` calls `restore` with it, at once or later; it also calls
 * `useSeed` with the attempt's seed (see `AttemptRecord.seed`).
 */
export class LkRestoreRequestEvent extends Event {
  static readonly type = 'lk-restore-request';
  constructor(
    readonly itemId: string,
    readonly restore: (state: ItemState) => void,
    readonly useSeed?: (seed: string) => void,
  ) {
    super(LkRestoreRequestEvent.type, domainEvent);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lk-answer': LkAnswerEvent;
    'lk-progress': LkProgressEvent;
    'lk-complete': LkCompleteEvent;
    'lk-restore-request': LkRestoreRequestEvent;
  }
}
