import type { AttemptRecord } from './attempt.js';

/**
 * Keeps a learner's attempt somewhere: localStorage, an LMS, an LRS, a
 * parent frame. `save` is called on every answer, never on a timer.
 */
export interface Tracker {
  load(): Promise<AttemptRecord>;
  save(record: AttemptRecord): Promise<void>;
}
