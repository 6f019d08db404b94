import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareDates, datePosition, formatDate, isoDate, parseDate } from '../src/dates.js';

describe('timeline dates', () => {
  it('reads a year, a month or a day, and refuses the impossible', () => {
    assert.deepEqual(parseDate('2000'), { year: 2000 });
    assert.deepEqual(parseDate('2000-10'), { year: 2000, month: 10 });
    assert.deepEqual(parseDate(' 2000-10-28 '), { year: 2000, month: 10, day: 28 });
    for (const bad of ['', '2000-13', '2001-02-29', '2000/10/28', 'Oct 2000', '2000-1-5']) {
      assert.equal(parseDate(bad), undefined, bad);
    }
    assert.deepEqual(parseDate('2000-02-29'), { year: 2000, month: 2, day: 29 }, 'a leap day');
  });

  it('places and orders dates', () => {
    assert.ok(datePosition({ year: 2000, month: 7 }) > 2000.49 && datePosition({ year: 2000, month: 7 }) < 2000.51);
    assert.ok(compareDates({ year: 2000 }, { year: 2000, month: 1, day: 2 }) < 0);
    assert.equal(isoDate({ year: 2008, month: 12, day: 3 }), '2008-12-03');
  });

  it('writes dates as precisely as they were given, in the reader’s language', () => {
    assert.equal(formatDate({ year: 2000, month: 10, day: 28 }, 'en'), 'October 28, 2000');
    assert.equal(formatDate({ year: 2000, month: 10 }, 'en'), 'October 2000');
    assert.equal(formatDate({ year: 1997 }, 'es'), '1997');
    assert.equal(formatDate({ year: 2000, month: 10, day: 28 }, 'es'), '28 de octubre de 2000');
  });
});
