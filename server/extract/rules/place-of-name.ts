/** 'the Ukrainian city of Kiev': one place, named by its own name; a known place keeps its canonical name ('city of Kiev' is Kyiv). */
import { PLACE_NOUNS } from '../grammar';
import { capitalisedRun } from './names';
import { isCapitalised } from './tokens';
import { Evidence, type Rule } from './types';

export const placeOfName: Rule = (context, i) => {
  const known = context.knownNameAt(i);
  if (!known || known.entry.kind !== 'demonym') return undefined;
  const { analysis, keys, sentence, lexicon } = context;
  const from = known.last + 1;
  if (from + 2 > sentence.last || !PLACE_NOUNS.has(keys[from]) || keys[from + 1] !== 'of' || !isCapitalised(analysis, from + 2)) return undefined;
  const nameFirst = from + 2;
  const run = capitalisedRun(analysis, keys, nameFirst, sentence.last, lexicon);
  if (!run) return undefined;
  const place = lexicon.match(keys, nameFirst, run.last);
  const entry = place && place.last === run.last && place.entry.type === 'LOCATION' ? place.entry : undefined;
  return {
    found: { first: i, last: run.last, nameFirst, type: 'LOCATION', evidence: entry ? Evidence.Lexicon : Evidence.Context, entry, sentence: sentence.index },
    next: run.last + 1,
  };
};
