import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyAttempt, readAttempt, recordAnswer, summarizeAttempt } from '../src/attempt.js';
import type { AnswerDetail } from '../src/events.js';

const answer = (itemId: string, score: number, final = true): AnswerDetail => ({
  itemId,
  interaction: 'choice',
  response: ['a'],
  correct: score === 1,
  score,
  maxScore: 1,
  attempt: 1,
  final,
});

describe('attempt model', () => {
  it('folds answers into a new record, the latest answer per item winning', () => {
    const start = emptyAttempt();
    const when = new Date('2026-11-25T08:00:00Z');
    const one = recordAnswer(start, answer('q1', 0, false), when);
    const two = recordAnswer(one, answer('q1', 1), when);
    assert.deepEqual(start.items, {}, 'the old record is not changed');
    assert.equal(two.items.q1!.score, 1);
    assert.equal(two.items.q1!.attempts, 1);
    assert.equal(two.updated, '2026-11-25T08:00:00.000Z');
  });

  it('sums done items and scores', () => {
    let record = emptyAttempt();
    record = recordAnswer(record, answer('q1', 1));
    record = recordAnswer(record, answer('q2', 0, false));
    assert.deepEqual(summarizeAttempt(record), { done: 1, score: 1, maxScore: 2 });
  });

  it('reads untrusted data, dropping invalid items and naming them', () => {
    const good = recordAnswer(emptyAttempt(), answer('q1', 1)).items.q1;
    const read = readAttempt({ items: { q1: good, q2: { score: 'NaN' }, q3: { ...good, interaction: 'essay' } } });
    assert.ok(read);
    assert.deepEqual(Object.keys(read.record.items), ['q1']);
    assert.deepEqual(read.dropped, ['q2', 'q3']);
    assert.equal(read.record.updated, emptyAttempt().updated, 'a missing time becomes the epoch');
    for (const junk of [null, 42, 'text', [], { items: [] }, { items: null }]) {
      assert.equal(readAttempt(junk), null, JSON.stringify(junk));
    }
  });
});
