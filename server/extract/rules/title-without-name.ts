/** A title or an honorific ('President', 'Mr') is not itself a name, whatever the tagger thinks of it. */
import { cueLength } from './titles';
import { isCapitalised } from './tokens';
import type { Rule } from './types';

export const titleWithoutName: Rule = (context, i) => {
  const { analysis, keys, sentence, lexicon } = context;
  const cue = cueLength(keys, i, sentence.last, lexicon);
  if (cue === 0) return undefined;
  const run = context.runAt(i);
  if (run && run.last >= i + cue && !isCapitalised(analysis, i + cue)) return undefined;
  return { refused: { first: i, last: i + cue - 1 }, next: i + cue };
};
