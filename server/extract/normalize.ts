/**
 * Name normalisation: the key under which two spellings of a name count as the same.
 * Case, accents, dots (U.S. = US), apostrophes, hyphens (al-Assad = al Assad) and a leading
 * 'the' are ignored; nothing else is, so that distinct names stay distinct.
 */

import { boundedMemo } from './memo';

const DIACRITICS = /[\u0300-\u036f]/g;
const APOSTROPHES = /['’‘`ʼ]/g;
const SEPARATORS = /[\s\-‐‑‒–—_/]+/g;

const KEY_CACHE_SIZE = 100_000;
/** Keys of names that are not plain words: normalising is the costly part. */
const normalised = boundedMemo(KEY_CACHE_SIZE, (name) => normalise(name));

/** Plain ASCII words separated by single spaces: the common case, whose key is just its lower case. */
const PLAIN = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/**
 * Whether `query` (a key) starts one of the words of `key`, whole or in part: search finds
 * 'Bashar al-Assad' by 'assad' or 'ass', but not 'United States ambassador'.
 */
export function hasWordPrefix(key: string, query: string): boolean {
  if (query === '') return false;
  for (let at = key.indexOf(query); at !== -1; at = key.indexOf(query, at + 1)) {
    if (at === 0 || key[at - 1] === ' ') return true;
  }
  return false;
}

export function nameKey(name: string): string {
  return isPlainWord(name) ? name.toLowerCase() : normalised(name);
}

/**
 * True for one word of ASCII letters and digits, whose key is its lower case (as PLAIN below). Most
 * words of a text are: a scan of their char codes is cheaper than a look-up in a large cache.
 */
function isPlainWord(name: string): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

function normalise(name: string): string {
  // The plain case skips the regular expressions below.
  if (PLAIN.test(name)) {
    const lower = name.toLowerCase();
    return lower.startsWith('the ') ? lower.slice(4) : lower;
  }
  return name
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(/\./g, '')
    .replace(SEPARATORS, ' ')
    .replace(/[^\p{L}\p{N}& ]/gu, '')
    .trim()
    .replace(/^the /, '');
}

/** The words of a name's key ('Bashar al-Assad' → ['bashar', 'al', 'assad']), without empty ones; resolution compares names word by word, many times over. */
export const keyWords: (name: string) => readonly string[] = boundedMemo(KEY_CACHE_SIZE, (name) => nameKey(name).split(' ').filter(Boolean));

/** The key of one token, as the lexicon trie compares them. */
export function tokenKey(token: string): string {
  return nameKey(token);
}

/** A short, readable, URL-safe id made from a name ('Bashar al-Assad' → 'bashar-al-assad'). */
export function slug(name: string): string {
  const s = nameKey(name).replace(/&/g, 'and').replace(/ /g, '-').slice(0, 60).replace(/-+$/, '');
  return s || 'entity';
}
