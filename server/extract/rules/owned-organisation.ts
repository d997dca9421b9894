/** "Finland's Philharmonic Orchestra", "Lebanon's Internal Security Forces": an organisation named with its country. */
import { BUILDING_HEADS } from '../grammar';
import type { Lexicon } from '../lexicon';
import type { Analysis } from '../nlp';
import { capitalisedRun } from './names';
import { adjacent, isCapitalised } from './tokens';
import { Evidence, type Rule } from './types';

export const ownedOrganisation: Rule = (context, i) => {
  const known = context.knownNameAt(i);
  if (!known || known.entry.type !== 'LOCATION' || known.entry.kind === 'demonym') return undefined;
  const { analysis, keys, sentence, lexicon } = context;
  const owned = ownedOrganisationEnd(analysis, keys, known.last, sentence.last, lexicon);
  if (owned < 0) return undefined;
  return { found: { first: i, last: owned, type: 'ORGANIZATION', evidence: Evidence.Context, sentence: sentence.index }, next: owned + 1 };
};

/** End of a capitalised organisation name after a place's possessive and at most one adjective, or -1. */
function ownedOrganisationEnd(analysis: Analysis, keys: readonly string[], last: number, limit: number, lexicon: Lexicon): number {
  let j = last + 1;
  if (j > limit || keys[j] !== 's' || !adjacent(analysis, last, j)) return -1;
  j++;
  if (j <= limit && !isCapitalised(analysis, j) && analysis.tokens.pos[j] === 'ADJ') j++;
  if (j > limit || !isCapitalised(analysis, j)) return -1;
  const run = capitalisedRun(analysis, keys, j, limit, lexicon);
  // "Moscow's Central Clinical Hospital" is a building in a city, not a body the city owns.
  return run && lexicon.orgWords.has(keys[run.last]) && !BUILDING_HEADS.has(keys[run.last]) ? run.last : -1;
}
