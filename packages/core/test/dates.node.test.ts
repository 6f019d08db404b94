import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatCalendarDate } from '../src/dates.js';

/** What Intl writes for the same date, the reference the fast path must match. */
function intl(date: { year: number; month?: number; day?: number }, locale: string): string {
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (date.month !== undefined) options.month = 'long';
  if (date.day !== undefined) options.day = 'numeric';
  return new Intl.DateTimeFormat(locale, options).format(
    new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1)),
  );
}

describe('formatCalendarDate', () => {
  it('writes English and Spanish dates as Intl does, at each precision', () => {
    const dates = [
      { year: 1997 },
      { year: 2000, month: 10 },
      { year: 2000, month: 10, day: 28 },
      { year: 2008, month: 12, day: 3 },
      { year: 2019, month: 1, day: 31 },
      { year: 2014, month: 9 },
    ];
    for (const locale of ['en', 'en-US', 'es', 'es-ES', 'es-MX', 'es-US', 'es-419']) {
      for (const date of dates) {
        assert.equal(formatCalendarDate(date, locale), intl(date, locale), `${locale} ${JSON.stringify(date)}`);
      }
    }
    assert.equal(formatCalendarDate({ year: 2000, month: 10, day: 28 }, 'en'), 'October 28, 2000');
    assert.equal(formatCalendarDate({ year: 2000, month: 10, day: 28 }, 'es'), '28 de octubre de 2000');
  });

  it('leaves other languages, regions and unusual years to Intl', () => {
    assert.equal(formatCalendarDate({ year: 2000, month: 10, day: 28 }, 'en-GB'), '28 October 2000');
    assert.equal(formatCalendarDate({ year: 2000, month: 10 }, 'fr'), 'octobre 2000');
    assert.equal(formatCalendarDate({ year: 800 }, 'en'), intl({ year: 800 }, 'en'));
    for (const locale of ['es-PE', 'es-UY', 'es-u-ca-buddhist', 'en-u-ca-islamic']) {
      const date = { year: 2000, month: 9, day: 1 };
      assert.equal(formatCalendarDate(date, locale), intl(date, locale), locale);
    }
  });

  it('falls back to English for a language tag Intl cannot read', () => {
    assert.equal(formatCalendarDate({ year: 2000, month: 10 }, 'not a tag!'), 'October 2000');
  });
});
