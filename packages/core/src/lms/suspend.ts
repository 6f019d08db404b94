import type { AttemptRecord, ItemState } from '../attempt.js';
import type { Interaction } from '../events.js';

/**
 * A compact text form of an attempt, for an LMS's `suspend_data` (SCORM 1.2
 * allows 4,096 characters). One line per item, fields split by `~`, items by
 * `|`; those characters, `,` and `%` are percent-escaped inside values:
 *
 *     L1~<seed>~<location>~<updated, ms in base 36>|q1~c11~1~1~1~=b|…
 *
 * An item is `id~<interaction><correct><final>~score~maxScore~attempts~response`,
 * where the interaction is one letter, correct is 1, 0 or n (not scored), final
 * is 1 or 0, and the response is `=` and its values joined by `,` (empty for none).
 */
const VERSION = 'L1';

const CODES: Readonly<Record<Interaction, string>> = {
  choice: 'c',
  'true-false': 't',
  'fill-in': 'f',
  'long-fill-in': 'l',
  sequencing: 's',
  matching: 'm',
  other: 'o',
};
const INTERACTIONS = new Map(Object.entries(CODES).map(([name, code]) => [code, name as Interaction]));

const escape = (text: string): string => text.replace(/[%~|,]/g, (char) => `%${char.charCodeAt(0).toString(16)}`);
const unescape = (text: string): string => decodeURIComponent(text);

function encodeItem(id: string, item: ItemState, withResponse: boolean): string {
  const correct = item.correct === null ? 'n' : item.correct ? '1' : '0';
  return [
    escape(id),
    `${CODES[item.interaction]}${correct}${item.final ? '1' : '0'}`,
    String(item.score),
    String(item.maxScore),
    String(item.attempts),
    // '=' starts a response, so that [] and [''] stay apart.
    withResponse && item.response.length > 0 ? `=${item.response.map(escape).join(',')}` : '',
  ].join('~');
}

export interface EncodedAttempt {
  readonly text: string;
  /** What had to be left out to fit: '' when nothing was. */
  readonly lost: '' | 'responses' | 'items';
}

/**
 * Encodes an attempt within `budget` characters. When it does not fit, the
 * responses are left out (scores, tries and what is finished are kept), and if
 * that is still too long, the items that do not fit — the caller keeps the
 * whole attempt elsewhere and warns.
 */
export function encodeAttempt(record: AttemptRecord, budget = 4096): EncodedAttempt {
  const updated = Date.parse(record.updated);
  const head = [
    VERSION,
    escape(record.seed ?? ''),
    escape(record.location ?? ''),
    Number.isFinite(updated) ? updated.toString(36) : '0',
  ].join('~');
  const entries = Object.entries(record.items);
  const join = (withResponse: boolean) =>
    [head, ...entries.map(([id, item]) => encodeItem(id, item, withResponse))].join('|');
  const full = join(true);
  if (full.length <= budget) return { text: full, lost: '' };
  const lean = join(false);
  if (lean.length <= budget) return { text: lean, lost: 'responses' };
  let text = head;
  for (const [id, item] of entries) {
    const next = `${text}|${encodeItem(id, item, false)}`;
    if (next.length > budget) break;
    text = next;
  }
  return { text, lost: 'items' };
}

/** Reads what `encodeAttempt` wrote; throws on text it did not write. */
export function decodeAttempt(text: string): AttemptRecord {
  const [head = '', ...lines] = text.split('|');
  const [version, seed = '', location = '', updated = '0'] = head.split('~');
  if (version !== VERSION) throw new Error(`not a Lessonkit attempt (it starts "${text.slice(0, 12)}")`);
  const items: Record<string, ItemState> = {};
  for (const line of lines) {
    const [id, flags = '', score, maxScore, attempts, response = ''] = line.split('~');
    const interaction = INTERACTIONS.get(flags[0] ?? '');
    if (!id || !interaction || flags.length !== 3) throw new Error(`an item reads "${line.slice(0, 40)}"`);
    items[unescape(id)] = {
      interaction,
      response: response.startsWith('=') ? response.slice(1).split(',').map(unescape) : [],
      correct: flags[1] === 'n' ? null : flags[1] === '1',
      final: flags[2] === '1',
      score: Number(score) || 0,
      maxScore: Number(maxScore) || 0,
      attempts: Number(attempts) || 0,
    };
  }
  const time = parseInt(updated, 36);
  return {
    items,
    updated: new Date(Number.isFinite(time) ? time : 0).toISOString(),
    ...(seed ? { seed: unescape(seed) } : {}),
    ...(location ? { location: unescape(location) } : {}),
  };
}
