import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AttemptRecord, ItemState } from '../src/attempt.js';
import { decodeAttempt, encodeAttempt } from '../src/lms/suspend.js';

const item = (overrides: Partial<ItemState> = {}): ItemState => ({
  interaction: 'choice',
  response: ['b'],
  correct: true,
  score: 1,
  maxScore: 1,
  attempts: 1,
  final: true,
  ...overrides,
});

/** A lesson of 100 items of the kinds the lessons use, with ids like theirs. */
function hundredItems(): AttemptRecord {
  const kinds: ItemState[] = [
    item(),
    item({ response: ['a', 'c'], correct: false, score: 0.5, attempts: 2 }),
    item({ interaction: 'true-false', response: ['false'] }),
    item({ interaction: 'fill-in', response: ['means', 'purpose'], maxScore: 2, score: 2 }),
    item({ interaction: 'sequencing', response: ['flores', 'tvpa', 'hsa', 'tvpra'], maxScore: 4, score: 4 }),
    item({ interaction: 'matching', response: ['guide.smuggling', 'debt.trafficking'], maxScore: 2, score: 1 }),
    item({ interaction: 'long-fill-in', response: [], correct: null, score: 0, maxScore: 0 }),
  ];
  const items: Record<string, ItemState> = {};
  for (let index = 0; index < 100; index += 1)
    items[`q-${String(index + 1).padStart(3, '0')}`] = kinds[index % kinds.length]!;
  return { items, updated: '2026-11-25T10:00:00.000Z', seed: '0123456789abcdef', location: 'section:check-the-facts' };
}

describe('suspend_data', () => {
  it('round-trips an attempt, with escaped separators and empty responses kept apart', () => {
    const record: AttemptRecord = {
      items: {
        'a~b|c': item({ response: ['x,y', '100%', ''] }),
        empty: item({ response: [] }),
        blank: item({ interaction: 'fill-in', response: [''] }),
        open: item({ interaction: 'other', correct: null, final: false }),
      },
      updated: '2026-11-25T10:00:00.000Z',
      location: 'section:a|b',
    };
    const { text, lost } = encodeAttempt(record);
    assert.equal(lost, '');
    assert.deepEqual(decodeAttempt(text), record);
  });

  it('keeps a lesson of 100 items within SCORM 1.2’s 4,096 characters, with every response', () => {
    const record = hundredItems();
    const { text, lost } = encodeAttempt(record, 4096);
    assert.equal(lost, '');
    assert.ok(text.length <= 4096, `${text.length} characters`);
    assert.deepEqual(decodeAttempt(text), record);
  });

  it('leaves out the responses, then whole items, when an attempt is too long — never going over', () => {
    const record = hundredItems();
    const lean = encodeAttempt(record, 2500);
    assert.equal(lean.lost, 'responses');
    assert.ok(lean.text.length <= 2500);
    const decoded = decodeAttempt(lean.text);
    assert.equal(Object.keys(decoded.items).length, 100);
    assert.deepEqual(decoded.items['q-002'], { ...record.items['q-002'], response: [] });
    const cut = encodeAttempt(record, 1000);
    assert.equal(cut.lost, 'items');
    assert.ok(cut.text.length <= 1000);
    assert.ok(Object.keys(decodeAttempt(cut.text).items).length < 100);
  });

  it('refuses text it did not write', () => {
    assert.throws(() => decodeAttempt('{"items":{}}'), /not a Lessonkit attempt/);
    assert.throws(() => decodeAttempt('L1~~~0|q1~x11~1~1~1~'), /an item reads/);
  });
});
