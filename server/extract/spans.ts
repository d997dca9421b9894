/**
 * Searches over spans in text order, so that putting mentions together costs a sort and a binary
 * search each, not a scan of every other mention: a text of thousands of names stays fast.
 */

export interface Span {
  begin: number;
  end: number;
}

/** The position of `value` in an ascending array, or -1. */
export function indexIn(sorted: ArrayLike<number>, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] === value) return middle;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** How many of the spans, sorted by `begin`, begin before `offset`. */
function beginningBefore(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle].begin < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Spans that may overlap one another, kept to answer whether any of them overlaps a given span:
 * sorted by `begin`, with the furthest `end` reached so far at each place.
 */
export class SpanSet {
  private readonly spans: Span[];
  private readonly reach: number[];

  constructor(spans: Iterable<Span>) {
    this.spans = [...spans].sort((a, b) => a.begin - b.begin);
    let furthest = -Infinity;
    this.reach = this.spans.map((span) => (furthest = Math.max(furthest, span.end)));
  }

  /** Whether any span overlaps `[begin, end)`. */
  overlaps(span: Span): boolean {
    const before = beginningBefore(this.spans, span.end);
    return before > 0 && this.reach[before - 1] > span.begin;
  }

  /** The spans that overlap `[begin, end)`, for spans that do not overlap one another. */
  overlapping(span: Span): Span[] {
    const before = beginningBefore(this.spans, span.end);
    const found: Span[] = [];
    for (let i = before - 1; i >= 0 && this.spans[i].end > span.begin; i--) found.unshift(this.spans[i]);
    return found;
  }
}
