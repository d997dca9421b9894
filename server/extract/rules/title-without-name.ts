/**
 * A title or an honorific ('President', 'Mr') is not itself a name, whatever the tagger thinks of
 * it, unless it opens an organisation's name.
 */
import { cueLength } from './titles';
import { isCapitalised } from './tokens';
import type { Rule } from './types';

export const titleWithoutName: Rule = (context, i) => {
  const { analysis, keys, sentence, lexicon } = context;
  const cue = cueLength(keys, i, sentence.last, lexicon);
  if (cue === 0) return undefined;
  const run = context.runAt(i);
  if (run && run.last >= i + cue && !isCapitalised(analysis, i + cue)) return undefined;
  // 'the Premier League', 'the Presidential Council': a title that opens an organisation's name is part of it.
  if (run && run.last >= i + cue && lexicon.orgWords.has(keys[run.last])) return undefined;
  return { refused: { first: i, last: i + cue - 1 }, next: i + cue };
};
