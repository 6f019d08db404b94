import { formatCalendarDate } from '@lessonkit/core/dates.js';

/** A date as a lesson gives it: a year, a month or a day. */
export interface TimelineDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

const DATE = /^(-?\d{1,4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `2000`, `2000-10` or `2000-10-28`; undefined when malformed or impossible (2001-02-30). */
export function parseDate(text: string): TimelineDate | undefined {
  const match = DATE.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined) {
    const probe = new Date(Date.UTC(2000, 0, 1));
    probe.setUTCFullYear(year, (month ?? 1) - 1, day);
    if (probe.getUTCDate() !== day) return undefined;
  }
  return { year, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) };
}

/** A point on the axis, in years (2000.5 is about July 2000). */
export function datePosition(date: TimelineDate): number {
  const month = (date.month ?? 1) - 1;
  const day = (date.day ?? 1) - 1;
  return date.year + month / 12 + day / 365;
}

/** Sorting key: the date's position, less precise dates first on ties. */
export function compareDates(a: TimelineDate, b: TimelineDate): number {
  return datePosition(a) - datePosition(b) || (a.day ?? 0) - (b.day ?? 0);
}

/** The date in the reader's language, as precise as it was given: "2000", "October 2000", "October 28, 2000". */
export function formatDate(date: TimelineDate, locale: string): string {
  return formatCalendarDate(date, locale);
}

/** The ISO form for `<time datetime>`. */
export function isoDate(date: TimelineDate): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return [String(date.year).padStart(4, '0'), date.month && pad(date.month), date.day && pad(date.day)]
    .filter(Boolean)
    .join('-');
}
