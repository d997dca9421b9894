/**
 * 'Minister for Africa': a title with its portfolio is a title, not a place. Without a name after
 * it ('as Minister for Latin America, she …'), the office names its holder.
 */
import { titlePhraseEnd } from './titles';
import { isCapitalised } from './tokens';
import { Evidence, type Rule } from './types';

export const officeWithPortfolio: Rule = ({ analysis, keys, sentence, lexicon }, i) => {
  const portfolio = titlePhraseEnd(analysis, keys, i, sentence.last, lexicon);
  if (portfolio <= i) return undefined;
  const next = portfolio + 1;
  // Before its holder's name the office is a title, and no name of its own ('Minister for the Middle East Tobias Ellwood').
  if (next <= sentence.last && isCapitalised(analysis, next)) return { refused: { first: i, last: portfolio }, next };
  return { found: { first: i, last: portfolio, nameFirst: i, type: 'PERSON', evidence: Evidence.Context, sentence: sentence.index }, next };
};
