import type { AttemptRecord } from './attempt.js';
import type { AnswerDetail } from './events.js';

/** Where a lesson stands, as an LMS wants to hear it after each answer. */
export interface LessonStatus {
  /** Items finished (answered right, or out of tries). */
  readonly done: number;
  /** Items in all. */
  readonly total: number;
  readonly score: number;
  readonly maxScore: number;
  /** Every item is finished. */
  readonly complete: boolean;
  /**
   * Whether the pass rule is met — only ever `true` or `false` once the lesson
   * is complete (never "passed" too early); `null` while it is not, or when the
   * lesson has no passing score.
   */
  readonly passed: boolean | null;
}

/** Whether the work so far has reached where it is kept. */
export type SaveState = 'saved' | 'pending';

/**
 * Keeps a learner's attempt somewhere: localStorage, an LMS, an LRS, a
 * parent frame. `save` is called on every answer, never on a timer. The
 * optional members are for trackers that report to a course (SCORM, cmi5).
 */
export interface Tracker {
  load(): Promise<AttemptRecord>;
  save(record: AttemptRecord): Promise<void>;
  /** One answer as it is checked (after `save`): for LMS interactions and xAPI "answered". */
  answered?(answer: AnswerDetail, record: AttemptRecord): Promise<void>;
  /** The lesson's standing after each answer: completion, score, pass or fail. */
  report?(status: LessonStatus): Promise<void>;
  /** The visit ends (the page is hidden or left): commit, and finish the session. */
  finish?(): Promise<void>;
  /** Tells `listener` when saving to the course falls behind, and when it catches up. Returns an unsubscribe. */
  watch?(listener: (state: SaveState) => void): () => void;
}
