/**
 * 'the UK Secretary of State for Health', 'the Home Office Minister': an office named by who holds
 * it. An office ending in a role in lower case ('a Home Office spokesman', 'a Tory spokesman') names
 * no one, and is left to the rules after this one: the body that holds it stays a mention.
 */
import { isCapitalised } from './tokens';
import { officeEnd } from './titles';
import { Evidence, type Rule } from './types';

export const officeOfKnownName: Rule = (context, i) => {
  const known = context.knownNameAt(i);
  if (!known || known.entry.type === 'OUTLET' || known.entry.kind === 'demonym') return undefined;
  const { analysis, keys, sentence, lexicon } = context;
  const office = officeEnd(analysis, keys, known.last + 1, sentence.last, lexicon);
  if (office < 0 || !isCapitalised(analysis, office)) return undefined;
  return { found: { first: i, last: office, nameFirst: i, type: 'PERSON', evidence: Evidence.Context, sentence: sentence.index }, next: office + 1 };
};
