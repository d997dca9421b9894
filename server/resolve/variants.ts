/**
 * Transliteration variants: two spellings of one foreign name ('Pavel Felgenhauer' / 'Pavel
 * Felgenhaeur', 'Abu Salim al-Rashidi' / 'Abu Salim al-Rasheedi'). Kept conservative because a
 * wrong merge joins two people in the graph: the names must have as many words (two or more),
 * share all words but one (the shared words, such as the given name, are the context that
 * agrees), and that one word must be long and differ by a letter or two. Short words differ by a
 * letter too often ('Ali' / 'Alia', 'Omar' / 'Amar') to count.
 */
import { distance } from 'fastest-levenshtein';
import { boundedMemo } from '../extract/memo';
import { keyWords } from '../extract/normalize';

/** The shortest word that may be spelt differently: shorter ones differ by a letter too often. */
const SHORTEST_VARIANT_WORD = 5;

/** The largest edit distance allowed between the differing words, by the length of the shorter one. */
function allowedEdits(length: number): number {
  if (length >= 7) return 2;
  if (length >= SHORTEST_VARIANT_WORD) return 1;
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
  const x = keyWords(a);
  const y = keyWords(b);
  if (x.length < 2 || x.length !== y.length) return false;
  // The one differing word, found without building lists: registries compare many pairs.
  let differing = -1;
  for (let i = 0; i < x.length; i++) {
    if (x[i] === y[i]) continue;
    if (differing >= 0) return false;
    differing = i;
  }
  if (differing < 0) return false;
  // The first letter survives transliteration; a different one means a different name.
  return isSpellingVariantWord(x[differing], y[differing]);
}

/** How much longer or shorter than another a word spelt differently may be: two edits at most (allowedEdits). */
export const MAX_LENGTH_CHANGE = 2;

/**
 * Where a name is filed for its other spellings: for each word long enough to differ, the name with
 * that word cut to its first letter ('PERSON|pavel f*'), and that word's length. A name that is
 * another spelling of this one (isSpellingVariant) shares a key with it, at a length at most
 * MAX_LENGTH_CHANGE away, so that a registry compares a name only with the few that may be
 * spellings of it. A name of fewer than two words has none.
 */
export function variantKeys(type: string, name: string): readonly (readonly [key: string, length: number])[] {
  return variantKeysOf(`${type}|${name}`);
}

/** The registry asks for a name's keys when it meets the name and again when it files it: they are worked out once. */
const VARIANT_CACHE_SIZE = 100_000;
const variantKeysOf = boundedMemo(VARIANT_CACHE_SIZE, (scopedName: string): [string, number][] => {
  const bar = scopedName.indexOf('|');
  const type = scopedName.slice(0, bar);
  const words = keyWords(scopedName.slice(bar + 1));
  if (words.length < 2) return [];
  const keys: [string, number][] = [];
  words.forEach((word, i) => {
    if (word.length < SHORTEST_VARIANT_WORD) return;
    keys.push([`${type}|${words.map((w, j) => (j === i ? `${w[0]}*` : w)).join(' ')}`, word.length]);
  });
  return keys;
});
