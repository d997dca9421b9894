/** 'the people of Marseille', 'the government of Portugal': the people or rulers of a place act as one body. */
import { Evidence, type Rule } from './types';

export const bodyOfPlace: Rule = (context, i) => {
  const known = context.knownNameAt(i);
  if (!known || known.entry.type !== 'LOCATION' || known.entry.kind === 'demonym') return undefined;
  const { keys, sentence, lexicon } = context;
  let j = i - 1;
  if (j > sentence.first && keys[j] === 'the') j--;
  if (j <= sentence.first || keys[j] !== 'of') return undefined;
  const noun = keys[j - 1];
  if (!lexicon.groupHeads.has(noun) && noun !== 'government') return undefined;
  return { found: { first: j - 1, last: known.last, type: 'ORGANIZATION', evidence: Evidence.Lexicon, sentence: sentence.index }, next: known.last + 1 };
};
