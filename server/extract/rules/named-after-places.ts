/**
 * 'the Ecuador-Peru War', 'the Falklands War', 'the Chile-Peru Summit': an event named after places,
 * and 'Chilean-born', a birthplace: no mention at all.
 */
import { EVENT_WORDS } from '../grammar';
import type { Analysis } from '../nlp';
import { HYPHEN, isCapitalised } from './tokens';
import type { Rule } from './types';

export const namedAfterPlaces: Rule = (context, i) => {
  const known = context.knownNameAt(i);
  if (!known) return undefined;
  const { analysis, keys, sentence } = context;
  const named = known.entry.type === 'LOCATION' ? eventNameEnd(analysis, keys, known.last, sentence.last) : -1;
  const born = known.entry.kind === 'demonym' && HYPHEN.has(analysis.tokens.value[known.last + 1] ?? '') && keys[known.last + 2] === 'born';
  // The event's words are refused, so that the model finds no place or body inside them ('UK-France Summit').
  if (named >= 0) return { refused: { first: i, last: named }, next: named + 1 };
  return born ? { next: known.last + 1 } : undefined;
};

/** The 'War' that ends a war's name made of places, or the event word that ends a meeting named after two places; -1 otherwise. */
function eventNameEnd(analysis: Analysis, keys: readonly string[], last: number, limit: number): number {
  let j = last + 1;
  while (j + 1 <= limit && HYPHEN.has(analysis.tokens.value[j]) && isCapitalised(analysis, j + 1)) j += 2;
  if (j > limit || !isCapitalised(analysis, j)) return -1;
  return keys[j] === 'war' || (j > last + 1 && EVENT_WORDS.has(keys[j])) ? j : -1;
}
