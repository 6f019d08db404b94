import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scoreChoices } from '../src/scoring.js';

const key = [
  { value: 'a', correct: true },
  { value: 'b', correct: true },
  { value: 'c', correct: true },
  { value: 'd', correct: false },
];
const multiple = (picked: string[], scoring: 'partial' | 'all-or-nothing' = 'partial', points = 3) =>
  scoreChoices(key, new Set(picked), { multiple: true, points, scoring });

describe('scoreChoices', () => {
  it('gives a single-answer question all or nothing', () => {
    const options = { multiple: false, points: 2, scoring: 'partial' as const };
    const single = [
      { value: 'a', correct: false },
      { value: 'b', correct: true },
    ];
    assert.deepEqual(scoreChoices(single, new Set(['b']), options), { correct: true, score: 2 });
    assert.deepEqual(scoreChoices(single, new Set(['a']), options), { correct: false, score: 0 });
    assert.deepEqual(scoreChoices(single, new Set(['a', 'b']), options), { correct: false, score: 0 });
  });

  it('applies the documented partial-credit rule to multiple answers', () => {
    assert.deepEqual(multiple(['a', 'b', 'c']), { correct: true, score: 3 });
    assert.deepEqual(multiple(['a', 'b']), { correct: false, score: 2 });
    assert.deepEqual(multiple(['a', 'b', 'd']), { correct: false, score: 1 });
    assert.deepEqual(multiple(['a', 'd']), { correct: false, score: 0 }, 'never below zero');
    assert.deepEqual(multiple(['a'], 'partial', 1), { correct: false, score: 0.33 });
  });

  it('scores all-or-nothing when asked', () => {
    assert.deepEqual(multiple(['a', 'b'], 'all-or-nothing'), { correct: false, score: 0 });
    assert.deepEqual(multiple(['a', 'b', 'c'], 'all-or-nothing'), { correct: true, score: 3 });
  });

  it('scores nothing when the key has no right answer', () => {
    const noKey = [{ value: 'a', correct: false }];
    assert.deepEqual(scoreChoices(noKey, new Set(['a']), { multiple: false, points: 1, scoring: 'partial' }), {
      correct: false,
      score: 0,
    });
  });
});
