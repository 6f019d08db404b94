/** A calendar date as precise as it is known: a year, a month or a day. */
export interface CalendarDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

// Month names of the two languages Lessonkit ships. Making the first Intl.DateTimeFormat of a page
// loads the browser's date data, which costs about 50 ms of main thread on a slow laptop (measured
// by `npm run bench`); dates in these languages are written without it, the same as Intl writes them.
const MONTHS = {
  en: 'January February March April May June July August September October November December'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
};

/**
 * The tags written with the names above, where Intl writes the same. Others go to Intl: regions
 * with other names (es-PE and es-UY write "setiembre"), other calendars (`-u-ca-`), other orders.
 */
const OWN_NAMES: Readonly<Record<string, readonly string[]>> = {
  en: MONTHS.en,
  'en-us': MONTHS.en,
  es: MONTHS.es,
  'es-es': MONTHS.es,
  'es-mx': MONTHS.es,
  'es-us': MONTHS.es,
  'es-419': MONTHS.es,
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One Intl formatter per language and precision, for the languages without month names above. */
function formatter(locale: string, precision: 'year' | 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let format = formatters.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      precision === 'day'
        ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
        : precision === 'month'
          ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
          : { year: 'numeric', timeZone: 'UTC' };
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch {
      format = new Intl.DateTimeFormat('en', options);
    }
    formatters.set(key, format);
  }
  return format;
}

/**
 * The date in the reader's language, as precise as it was given: "2000", "October 2000",
 * "October 28, 2000" ("28 de octubre de 2000" in Spanish).
 */
export function formatCalendarDate(date: CalendarDate, locale: string): string {
  const { year, month, day } = date;
  const names = OWN_NAMES[locale.toLowerCase()];
  const name = month === undefined ? undefined : names?.[month - 1];
  if (names && year >= 1000 && year <= 9999 && (month === undefined || name)) {
    if (month === undefined) return String(year);
    if (day === undefined) return names === MONTHS.en ? `${name} ${year}` : `${name} de ${year}`;
    return names === MONTHS.en ? `${name} ${day}, ${year}` : `${day} de ${name} de ${year}`;
  }
  const when = new Date(Date.UTC(2000, 0, 1));
  when.setUTCFullYear(year, (month ?? 1) - 1, day ?? 1);
  const precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return formatter(locale, precision).format(when);
}
