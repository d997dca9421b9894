/**
 * Publication dates as metadata gives them ('2015-09-04T10:00:00Z', '4 September 2015',
 * 'September 4, 2015') normalised to YYYY-MM-DD. A date that could be read two ways (04/09/2015)
 * or is not a real calendar day is left out rather than guessed.
 */

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['jan', 1],
  ['january', 1],
  ['feb', 2],
  ['february', 2],
  ['mar', 3],
  ['march', 3],
  ['apr', 4],
  ['april', 4],
  ['may', 5],
  ['jun', 6],
  ['june', 6],
  ['jul', 7],
  ['july', 7],
  ['aug', 8],
  ['august', 8],
  ['sep', 9],
  ['sept', 9],
  ['september', 9],
  ['oct', 10],
  ['october', 10],
  ['nov', 11],
  ['november', 11],
  ['dec', 12],
  ['december', 12],
]);

/**
 * The date part of an ISO 8601 value, taken as written: '2015-09-04T23:30:00-05:00' is the 4th
 * where it was published, and converting to UTC would move it to the 5th.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\S.*)?$/i;
/** 'Friday, 4 September 2015', '4th Sept. 2015', 'Fri, 04 Sep 2015 10:00:00 GMT' (RFC 2822). */
const DAY_MONTH_YEAR = /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})(?:[\s,].*)?$/i;
/** 'September 4, 2015', 'Sept. 4th 2015', 'Friday, September 4, 2015'. */
const MONTH_DAY_YEAR = /^(?:[a-z]+,\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:[\s,].*)?$/i;

/** The date as YYYY-MM-DD, or undefined when the value is not an unambiguous calendar date. */
export function normaliseDate(value: string): string | undefined {
  const trimmed = value.trim();
  const iso = ISO.exec(trimmed);
  if (iso) return formatDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = DAY_MONTH_YEAR.exec(trimmed);
  if (dayFirst) return formatDate(Number(dayFirst[3]), monthNumber(dayFirst[2]), Number(dayFirst[1]));
  const monthFirst = MONTH_DAY_YEAR.exec(trimmed);
  if (monthFirst) return formatDate(Number(monthFirst[3]), monthNumber(monthFirst[1]), Number(monthFirst[2]));
  return undefined;
}

function monthNumber(name: string | undefined): number | undefined {
  return name === undefined ? undefined : MONTHS.get(name.toLowerCase());
}

function formatDate(year: number, month: number | undefined, day: number): string | undefined {
  if (year < 1000 || month === undefined || month < 1 || month > 12 || day < 1) return undefined;
  // Day 0 of the next month is the last day of this one; Date.UTC avoids the local time zone.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
