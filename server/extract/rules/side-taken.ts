/** 'pro-Vargas forces', 'anti-Vargas militias': a body named by the side it takes. */
import { isCapitalised } from './tokens';
import { Evidence, type Rule } from './types';

const SIDE_TAKEN = /^(?:pro|anti)[-‐‑]\p{Lu}/u;

export const sideTaken: Rule = ({ analysis, keys, sentence, lexicon }, i) => {
  if (isCapitalised(analysis, i) || i + 1 > sentence.last || !lexicon.groupHeads.has(keys[i + 1]) || !SIDE_TAKEN.test(analysis.tokens.value[i]))
    return undefined;
  return { found: { first: i, last: i + 1, type: 'ORGANIZATION', evidence: Evidence.Context, sentence: sentence.index, namedBody: true }, next: i + 2 };
};
