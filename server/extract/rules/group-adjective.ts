/** 'Druze militiamen', 'Shia Arab tribesmen': a religious or ethnic adjective opening a group; alone it names nobody. */
import { groupEnd } from './groups';
import { Evidence, type Rule } from './types';

export const groupAdjective: Rule = ({ analysis, keys, sentence, lexicon }, i) => {
  if (!lexicon.groupAdjectives.has(keys[i])) return undefined;
  const group = groupEnd(analysis, keys, i, sentence.last, lexicon, false);
  if (group < 0) return { next: i + 1 };
  return { found: { first: i, last: group, type: 'ORGANIZATION', evidence: Evidence.Lexicon, sentence: sentence.index }, next: group + 1 };
};
