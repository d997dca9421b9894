/**
 * A word that is never a name ('Monday', 'However'), or a word capitalised only because it opens the
 * sentence (a verb, 'Persuading NATO …'; a group of people before 'of', 'Residents of Galestan …'),
 * is not part of the name after it: reading starts again at the next word.
 */
import type { Lexicon } from '../lexicon';
import type { Analysis, SentenceRange } from '../nlp';
import { openingToken } from './tokens';
import type { Rule } from './types';

export const sentenceOpener: Rule = ({ analysis, keys, sentence, lexicon, runAt }, i) => {
  const run = runAt(i);
  if (!run || run.last === i) return undefined;
  return lexicon.notNames.has(keys[i]) || opensSentenceBeforeName(analysis, keys, i, sentence, lexicon) ? { next: i + 1 } : undefined;
};

function opensSentenceBeforeName(analysis: Analysis, keys: readonly string[], first: number, sentence: SentenceRange, lexicon: Lexicon): boolean {
  if (first !== openingToken(analysis, sentence)) return false;
  return analysis.tokens.pos[first] === 'VERB' || (keys[first + 1] === 'of' && lexicon.groupHeads.has(keys[first]));
}
