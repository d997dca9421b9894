/**
 * Transliteration variants: two spellings of one foreign name ('Pavel Felgenhauer' / 'Pavel
 * Felgenhaeur', 'Abu Salim al-Rashidi' / 'Abu Salim al-Rasheedi'). Kept conservative because a
 * wrong merge joins two people in the graph: the names must have as many words (two or more),
 * share all words but one (the shared words, such as the given name, are the context that
 * agrees), and that one word must be long and differ by a letter or two. Short words differ by a
 * letter too often ('Ali' / 'Alia', 'Omar' / 'Amar') to count.
 */
import { distance } from 'fastest-levenshtein';
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

/**
 * The keys under which a name is found by its other spellings: its type and its words, one word
 * long enough to differ cut to its first letter and length ('PERSON|pavel f*11'). A registry files
 * each name under these and looks a new name up with variantLookups, so that it compares a name
 * only with the few that may be spellings of it.
 */
export function variantKeys(type: string, name: string): string[] {
  return variantKeysBy(type, name, [0]);
}

/** The keys under which spellings of a name are filed (variantKeys): those of the lengths a spelling of each word may have. */
export function variantLookups(type: string, name: string): string[] {
  return variantKeysBy(type, name, LENGTH_CHANGES);
}

/** The changes of length that a word's other spelling may have: two edits at most (allowedEdits). */
const LENGTH_CHANGES = [-2, -1, 0, 1, 2];

function variantKeysBy(type: string, name: string, lengthChanges: readonly number[]): string[] {
  const words = keyWords(name);
  if (words.length < 2) return [];
  const keys: string[] = [];
  words.forEach((word, i) => {
    if (word.length < SHORTEST_VARIANT_WORD) return;
    for (const change of lengthChanges) {
      keys.push(`${type}|${words.map((w, j) => (j === i ? `${w[0]}*${w.length + change}` : w)).join(' ')}`);
    }
  });
  return keys;
}
