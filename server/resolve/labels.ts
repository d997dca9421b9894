/**
 * An entity's label: its most frequent full name. A name written once in a longer form ('Harrogate
 * Kennedy', a place glued to a name) does not replace the full name the corpus uses most; a lone
 * surname is a label only while no full name is known.
 */
import type { Mention } from '#model/types';
import { keyWords } from '../extract/normalize';

/** How often each name was written in the text among these mentions (inferred ones do not count). */
export function countNames(mentions: Iterable<Mention>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.source === 'text') counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  return counts;
}

/** Adds the counts of `more` into `into`. */
export function addCounts(into: Map<string, number>, more: ReadonlyMap<string, number>): void {
  for (const [name, n] of more) into.set(name, (into.get(name) ?? 0) + n);
}

/**
 * The full name (two words or more) written most often; on a tie the longer, then `current`, then
 * the first in alphabetical order. Undefined when no full name was written.
 */
export function mostFrequentFullName(counts: ReadonlyMap<string, number>, current: string): string | undefined {
  let best: { name: string; count: number; words: number } | undefined;
  for (const [name, count] of counts) {
    const words = keyWords(name).length;
    if (words < 2) continue;
    const better =
      best === undefined ||
      count > best.count ||
      (count === best.count && (words > best.words || (words === best.words && (name === current || (best.name !== current && name < best.name)))));
    if (better) best = { name, count, words };
  }
  return best?.name;
}
