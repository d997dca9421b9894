/** 'Chilean Foreign Minister Rosa Ibarra', 'UN Special Envoy Anna de Vries': one person, titled. */
import { titledName } from './titles';
import { Evidence, type Rule } from './types';

export const titledPerson: Rule = (context, i) => {
  const known = context.knownNameAt(i);
  if (!known || (known.entry.kind !== 'demonym' && known.entry.type !== 'ORGANIZATION')) return undefined;
  const { analysis, keys, sentence, lexicon } = context;
  const titled = titledName(analysis, keys, known.last + 1, sentence.last, lexicon);
  if (!titled) return undefined;
  return {
    found: { first: i, last: titled.last, nameFirst: titled.nameFirst, type: 'PERSON', evidence: Evidence.Context, sentence: sentence.index },
    next: titled.last + 1,
  };
};
