import type { AnswerDetail, Interaction } from './events.js';

/** What is kept of one item between visits. */
export interface ItemState {
  readonly interaction: Interaction;
  /** The last checked response, in the shape of `AnswerDetail.response`. */
  readonly response: readonly string[];
  readonly correct: boolean | null;
  readonly score: number;
  readonly maxScore: number;
  /** How many times the learner has checked this item. */
  readonly attempts: number;
  /** No more attempts: answered right, or out of attempts. */
  readonly final: boolean;
}

/** A learner's whole attempt at a page or lesson: one state per item. */
export interface AttemptRecord {
  readonly items: Readonly<Record<string, ItemState>>;
  /** ISO 8601 time of the last change. */
  readonly updated: string;
  /**
   * A random string made once per attempt and saved with it: elements that
   * shuffle seed their order with it, so a learner sees the same order on
   * every visit and another learner most likely another.
   */
  readonly seed?: string;
  /** Where the learner was (a lesson's section), to resume there. */
  readonly location?: string;
}

/** A new random seed for an attempt. */
export function newSeed(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function emptyAttempt(): AttemptRecord {
  return { items: {}, updated: new Date(0).toISOString() };
}

/** Folds one answer into the record, returning a new record. */
export function recordAnswer(record: AttemptRecord, answer: AnswerDetail, now = new Date()): AttemptRecord {
  const state: ItemState = {
    interaction: answer.interaction,
    response: [...answer.response],
    correct: answer.correct,
    score: answer.score,
    maxScore: answer.maxScore,
    attempts: answer.attempt,
    final: answer.final,
  };
  return { ...record, items: { ...record.items, [answer.itemId]: state }, updated: now.toISOString() };
}

/** Totals over the items the record knows. */
export function summarizeAttempt(record: AttemptRecord): { done: number; score: number; maxScore: number } {
  let done = 0;
  let score = 0;
  let maxScore = 0;
  for (const item of Object.values(record.items)) {
    if (item.final) done += 1;
    score += item.score;
    maxScore += item.maxScore;
  }
  return { done, score, maxScore };
}

const interactions: ReadonlySet<string> = new Set<Interaction>([
  'choice',
  'true-false',
  'fill-in',
  'long-fill-in',
  'sequencing',
  'matching',
  'other',
]);

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

export function isItemState(value: unknown): value is ItemState {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Record<string, unknown>;
  return (
    typeof item.interaction === 'string' &&
    interactions.has(item.interaction) &&
    Array.isArray(item.response) &&
    item.response.every((part) => typeof part === 'string') &&
    (item.correct === null || typeof item.correct === 'boolean') &&
    isFiniteNumber(item.score) &&
    isFiniteNumber(item.maxScore) &&
    Number.isInteger(item.attempts) &&
    (item.attempts as number) >= 0 &&
    typeof item.final === 'boolean'
  );
}

/**
 * Reads an attempt record from untrusted data (storage, an LMS). Items that
 * are not valid are dropped and named in `dropped`; anything that is not a
 * record at all gives `null`.
 */
export function readAttempt(value: unknown): { record: AttemptRecord; dropped: string[] } | null {
  if (typeof value !== 'object' || value === null) return null;
  const { items, updated, seed, location } = value as Record<string, unknown>;
  if (typeof items !== 'object' || items === null || Array.isArray(items)) return null;
  const kept: Record<string, ItemState> = {};
  const dropped: string[] = [];
  for (const [id, item] of Object.entries(items)) {
    if (isItemState(item)) kept[id] = item;
    else dropped.push(id);
  }
  const when = typeof updated === 'string' && !Number.isNaN(Date.parse(updated)) ? updated : emptyAttempt().updated;
  const record: AttemptRecord = {
    items: kept,
    updated: when,
    ...(typeof seed === 'string' && seed !== '' ? { seed } : {}),
    ...(typeof location === 'string' ? { location } : {}),
  };
  return { record, dropped };
}
