/**
 * Which entities of one co-occurrence window are linked: the one rule that the graph, its evidence
 * and its exports share. A window is a meeting of all its entities, unless it names so many that
 * it is a list ('… Mr A, Mr B, … and Mr Z met'): then each entity links only to its nearest
 * neighbours in the text, so that a window costs links in proportion to its length, not its square.
 */

/** A window naming more distinct entities than this is read as a list. */
export const CROWDED_WINDOW = 40;
/** In a list, how many entities on each side (in order of first mention) an entity links to. */
export const LIST_REACH = 20;

/**
 * Calls `visit(a, b)` with `a < b` once for each linked pair of a window's members, given in order
 * of mention (repeats allowed). An ordinary window gives all its pairs, in sorted order.
 */
export function forEachWindowPair(members: Iterable<string>, visit: (a: string, b: string) => void): void {
  const inOrder = [...new Set(members)];
  if (inOrder.length <= CROWDED_WINDOW) {
    const sorted = inOrder.sort();
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) visit(sorted[i], sorted[j]);
    }
    return;
  }
  for (let i = 0; i < inOrder.length; i++) {
    const last = Math.min(inOrder.length - 1, i + LIST_REACH);
    for (let j = i + 1; j <= last; j++) {
      const [a, b] = inOrder[i] < inOrder[j] ? [inOrder[i], inOrder[j]] : [inOrder[j], inOrder[i]];
      visit(a, b);
    }
  }
}

/** The members a window links `entity` to, in order of mention; none when it is not a member. */
export function windowPartners(members: Iterable<string>, entity: string): string[] {
  const inOrder = [...new Set(members)];
  const at = inOrder.indexOf(entity);
  if (at < 0) return [];
  const reach = inOrder.length <= CROWDED_WINDOW ? inOrder.length : LIST_REACH;
  return inOrder.slice(Math.max(0, at - reach), at + reach + 1).filter((id) => id !== entity);
}
