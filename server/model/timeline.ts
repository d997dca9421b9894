/**
 * The corpus over time: documents and mentions per day, week (from Monday) or month, every bucket
 * from the first dated document to the last, empty ones included, so that a histogram draws as it
 * is; documents without a date are counted apart, never dropped.
 */
import { InputError } from './errors';

export const TIMELINE_UNITS = ['day', 'week', 'month'] as const;
export type TimelineUnit = (typeof TIMELINE_UNITS)[number];

/** More buckets than this is a question for a coarser unit. */
export const MAX_BUCKETS = 5000;

export interface TimelineBucket {
  /** The bucket's first day, YYYY-MM-DD. */
  start: string;
  documents: number;
  mentions: number;
}

export interface Timeline {
  unit: TimelineUnit;
  buckets: TimelineBucket[];
  undated: { documents: number; mentions: number };
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The first day (UTC milliseconds) of the bucket holding `day` (YYYY-MM-DD). */
function bucketStart(day: string, unit: TimelineUnit): number {
  const ms = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  if (unit === 'day') return ms;
  const date = new Date(ms);
  if (unit === 'month') return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  // Monday: getUTCDay() is 0 on Sunday.
  return ms - ((date.getUTCDay() + 6) % 7) * DAY_MS;
}

/** Days up to four months, weeks up to two years, months beyond: a few to a hundred buckets. */
export function unitFor(first: string | null, last: string | null): TimelineUnit {
  if (first === null || last === null) return 'month';
  const days = Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / DAY_MS);
  return days <= 120 ? 'day' : days <= 730 ? 'week' : 'month';
}

/** The last day of the bucket that starts on `start`. */
export function bucketLast(start: string, unit: TimelineUnit): string {
  return isoDay(nextStart(Date.parse(`${start}T00:00:00Z`), unit) - DAY_MS);
}

function nextStart(ms: number, unit: TimelineUnit): number {
  if (unit === 'day') return ms + DAY_MS;
  if (unit === 'week') return ms + 7 * DAY_MS;
  const date = new Date(ms);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

/**
 * The timeline of these documents, each with its date (or null) and the mentions counted for it;
 * an item may stand for several documents of one date (`documents`, default 1).
 */
export function timelineOf(documents: Iterable<{ date: string | null; mentions: number; documents?: number }>, unit: TimelineUnit): Timeline {
  const counts = new Map<number, { documents: number; mentions: number }>();
  const undated = { documents: 0, mentions: 0 };
  for (const doc of documents) {
    const start = doc.date === null ? NaN : bucketStart(doc.date, unit);
    const into = Number.isNaN(start) ? undated : (counts.get(start) ?? counts.set(start, { documents: 0, mentions: 0 }).get(start)!);
    into.documents += doc.documents ?? 1;
    into.mentions += doc.mentions;
  }
  const starts = [...counts.keys()].sort((a, b) => a - b);
  const buckets: TimelineBucket[] = [];
  if (starts.length > 0) {
    const last = starts[starts.length - 1];
    for (let at = starts[0]; at <= last; at = nextStart(at, unit)) {
      if (buckets.length >= MAX_BUCKETS) {
        throw new InputError(
          `the dated documents span more than ${MAX_BUCKETS} ${unit}s (${isoDay(starts[0])} to ${isoDay(last)}): ask for unit=week or month`,
        );
      }
      buckets.push({ start: isoDay(at), documents: counts.get(at)?.documents ?? 0, mentions: counts.get(at)?.mentions ?? 0 });
    }
  }
  return { unit, buckets, undated };
}
