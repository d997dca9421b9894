/** 'Syrian territory', 'Lebanese airspace', 'the Turkish border': a country's ground, named by its adjective, is the country as a place. */
import { TERRITORY_NOUNS } from '../grammar';
import { isCapitalised } from './tokens';
import { Evidence, type Rule } from './types';

export const nationalityTerritory: Rule = (context, i) => {
  const known = context.knownNameAt(i);
  if (!known || known.entry.kind !== 'demonym' || known.entry.refersTo === undefined) return undefined;
  const { analysis, keys, sentence } = context;
  const noun = known.last + 1;
  if (noun > sentence.last || !TERRITORY_NOUNS.has(keys[noun]) || isCapitalised(analysis, noun)) return undefined;
  return {
    found: { first: i, last: noun, type: 'LOCATION', evidence: Evidence.Lexicon, sentence: sentence.index, name: known.entry.refersTo },
    next: noun + 1,
  };
};
