/** 'Chilean forces', 'the Peruvian people', 'Venezuelans', 'French-led coalition': a body of people, named as an organisation. */
import { groupEnd, ledEnd } from './groups';
import { Evidence, type Rule } from './types';

export const nationalityGroup: Rule = (context, i) => {
  const known = context.knownNameAt(i);
  if (!known || (known.entry.kind !== 'demonym' && known.entry.kind !== 'country')) return undefined;
  const { analysis, keys, sentence, lexicon } = context;
  const group = Math.max(
    groupEnd(analysis, keys, known.last, sentence.last, lexicon, known.entry.kind === 'demonym'),
    ledEnd(analysis, keys, known.last, sentence.last, lexicon),
  );
  if (group < 0) return undefined;
  return { found: { first: i, last: group, type: 'ORGANIZATION', evidence: Evidence.Lexicon, sentence: sentence.index }, next: group + 1 };
};
