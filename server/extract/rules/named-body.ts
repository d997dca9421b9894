/** 'the Vargas regime', "Vargas's regime", 'the Al Harb tribe': one organisation named after a person or a family. */
import { NAMED_BODY_NOUNS } from '../grammar';
import type { Lexicon } from '../lexicon';
import type { Analysis, SentenceRange } from '../nlp';
import { hasCueBefore } from './titles';
import { adjacent, isCapitalised, openingToken } from './tokens';
import { Evidence, type Rule } from './types';

export const namedBody: Rule = ({ analysis, keys, sentence, lexicon, runAt }, i) => {
  const run = runAt(i);
  if (!run) return undefined;
  const body = namedBodyEnd(analysis, keys, i, run.last, sentence, lexicon);
  if (body < 0) return undefined;
  const { begin, end, value } = analysis.tokens;
  const name = `${analysis.text.slice(begin[i], end[run.last])} ${value[body]}`;
  return {
    found: { first: i, last: body, type: 'ORGANIZATION', evidence: Evidence.Context, sentence: sentence.index, namedBody: true, nameLast: run.last, name },
    next: body + 1,
  };
};

/**
 * End of a body named by the name from `first` to `last`: a noun of NAMED_BODY_NOUNS right after it
 * or after its possessive and at most one adjective ("Vargas's brutal regime"); -1 when there is
 * none, when a title makes the name a person's ('President Vargas's government'), when one
 * capitalised word opening the sentence is an ordinary adjective ('Military government was …'), or
 * when the noun only qualifies another noun ('the Vargas government spokesman').
 */
function namedBodyEnd(analysis: Analysis, keys: readonly string[], first: number, last: number, sentence: SentenceRange, lexicon: Lexicon): number {
  const limit = sentence.last;
  let j = last + 1;
  const possessive = j <= limit && keys[j] === 's' && adjacent(analysis, last, j);
  if (possessive) {
    j++;
    if (j <= limit && analysis.tokens.pos[j] === 'ADJ' && !isCapitalised(analysis, j)) j++;
  }
  if (j > limit || !NAMED_BODY_NOUNS.has(keys[j]) || isCapitalised(analysis, j)) return -1;
  if (hasCueBefore(keys, first, sentence.first, lexicon)) return -1;
  if (!possessive && first === last && first === openingToken(analysis, sentence)) return -1;
  if (j + 1 <= limit && analysis.tokens.pos[j + 1] === 'NOUN' && !isCapitalised(analysis, j + 1)) return -1;
  return j;
}
