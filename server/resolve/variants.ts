/**
 * Transliteration variants: two spellings of one foreign name ('Pavel Felgenhauer' / 'Pavel
 * Felgenhaeur', 'Abu Salim al-Rashidi' / 'Abu Salim al-Rasheedi'). Kept conservative because a
 * wrong merge joins two people in the graph: the names must have as many words (two or more),
 * share all words but one (the shared words, such as the given name, are the context that
 * agrees), and that one word must be long and differ by a letter or two. Short words differ by a
 * letter too often ('Ali' / 'Alia', 'Omar' / 'Amar') to count.
 */
import { distance } from 'fastest-levenshtein';
import { nameKey } from '../extract/normalize';

/** The largest edit distance allowed between the differing words, by the length of the shorter one. */
function allowedEdits(length: number): number {
  if (length >= 7) return 2;
  if (length >= 5) return 1;
  return 0;
}

/**
 * True when two single words are spellings of one word: the same first letter, both of five letters
 * or more, and within one edit (five or six letters) or two (seven or more).
 */
export function isSpellingVariantWord(p: string, q: string): boolean {
  if (p === q || p[0] !== q[0]) return false;
  const edits = allowedEdits(Math.min(p.length, q.length));
  return edits > 0 && Math.abs(p.length - q.length) <= edits && distance(p, q) <= edits;
}

/** True when two names are spellings of one name: two or more words, all equal but one, and that one close. */
export function isSpellingVariant(a: string, b: string): boolean {
  const x = nameKey(a).split(' ').filter(Boolean);
  const y = nameKey(b).split(' ').filter(Boolean);
  if (x.length < 2 || x.length !== y.length) return false;
  const differing = x.map((w, i) => [w, y[i]] as const).filter(([p, q]) => p !== q);
  if (differing.length !== 1) return false;
  // The first letter survives transliteration; a different one means a different name.
  const [p, q] = differing[0];
  return isSpellingVariantWord(p, q);
}

/** The key under which possible variants of a name are looked up: its type, word count and the first letters of its words. */
export function variantBucket(type: string, name: string): string {
  const words = nameKey(name).split(' ').filter(Boolean);
  return `${type}|${words.length}|${words.map((w) => w[0]).join('')}`;
}
