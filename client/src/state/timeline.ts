/**
 * The timeline strip's arithmetic: the unit that suits a corpus's span, the days a run of buckets
 * covers and the buckets a period covers, a keyboard step of the brush and the next window of a
 * play. Pure, so that it is tested in plain Node.
 */
import { bucketLast, unitFor, type TimelineBucket, type TimelineUnit } from '#model/timeline';
import type { DayRange } from './types';

export { bucketLast, unitFor };

/** The days buckets `a` to `b` (either order) cover. */
export function rangeOfBuckets(buckets: readonly TimelineBucket[], a: number, b: number, unit: TimelineUnit): DayRange | null {
  const first = buckets[Math.max(0, Math.min(a, b))];
  const last = buckets[Math.min(buckets.length - 1, Math.max(a, b))];
  return first && last ? { from: first.start, to: bucketLast(last.start, unit) } : null;
}

/** The first and last bucket a period touches; null when it touches none. */
export function bucketsOf(buckets: readonly TimelineBucket[], range: DayRange, unit: TimelineUnit): [number, number] | null {
  const first = buckets.findIndex((bucket) => bucketLast(bucket.start, unit) >= range.from);
  let last = -1;
  buckets.forEach((bucket, index) => {
    if (bucket.start <= range.to) last = index;
  });
  return first === -1 || last < first ? null : [first, last];
}

/**
 * The brush after a key: arrows move it by a bucket, with Shift they move its end (at least one
 * bucket stays); Home and End take it to either end of the strip. Null for any other key.
 */
export function brushAfterKey([first, last]: readonly [number, number], key: string, shift: boolean, count: number): [number, number] | null {
  const width = last - first;
  const clamp = (index: number) => Math.max(0, Math.min(count - 1, index));
  if (key === 'ArrowRight') return shift ? [first, clamp(last + 1)] : [Math.min(first + 1, count - 1 - width), Math.min(first + 1, count - 1 - width) + width];
  if (key === 'ArrowLeft') return shift ? [first, Math.max(first, last - 1)] : [Math.max(first - 1, 0), Math.max(first - 1, 0) + width];
  if (key === 'Home') return [0, clamp(width)];
  if (key === 'End') return [clamp(count - 1 - width), count - 1];
  return null;
}

/**
 * The next window of a play of `width` buckets: the first window when none is shown (or the one
 * shown is past the end), else the one a bucket later; null once the window has reached the last bucket.
 */
export function nextWindow(buckets: readonly TimelineBucket[], shown: DayRange | null, width: number, unit: TimelineUnit): DayRange | null {
  const size = Math.max(1, Math.min(width, buckets.length));
  const at = shown === null ? null : bucketsOf(buckets, shown, unit);
  if (at === null) return rangeOfBuckets(buckets, 0, size - 1, unit);
  const start = at[0] + 1;
  if (start + size > buckets.length) return null;
  return rangeOfBuckets(buckets, start, start + size - 1, unit);
}
