/** 'the Omani Foreign Minister, Salma al-Harthy': the office and its holder, one person. */
import { officeHolder } from './titles';
import { Evidence, type Rule } from './types';

export const officeAndHolder: Rule = (context, i) => {
  const known = context.knownNameAt(i);
  if (!known || known.entry.kind !== 'demonym') return undefined;
  const { analysis, keys, sentence, lexicon } = context;
  const holder = officeHolder(analysis, keys, known.last + 1, sentence.last, lexicon);
  if (!holder) return undefined;
  return {
    found: { first: i, last: holder.officeLast, type: 'PERSON', evidence: Evidence.Context, sentence: sentence.index, name: holder.name },
    next: holder.officeLast + 1,
  };
};
