/**
 * A run of capitalised words no earlier rule read: typed by ./classify, or refused. An organisation
 * followed by a title and a name is that person ('Hamas leader Khalid Mashal'); before a title alone,
 * its office ('the Velmor spokesman').
 */
import { EVENT_WORDS } from '../grammar';
import type { Lexicon } from '../lexicon';
import type { Analysis } from '../nlp';
import { classify } from './classify';
import { capitalisedRun } from './names';
import { isPluralTitle, officeEnd, titledName } from './titles';
import { isCapitalised } from './tokens';
import { Evidence, type Candidate, type Rule, type RuleContext, type RuleOutcome } from './types';

export const capitalisedName: Rule = (context, i) => {
  const { analysis, keys, sentence, lexicon } = context;
  const run = context.runAt(i);
  if (!run) return undefined;
  const candidate = classify(analysis, keys, i, run.last, sentence, lexicon);
  if (!candidate) return { refused: { first: i, last: run.last }, next: EVENT_WORDS.has(keys[i]) ? i + 1 : run.last + 1 };
  // 'the Interior, Health and Defence Ministers': the words listed before a plural title qualify it too.
  const replacesFrom = isPluralTitle(keys[run.last], lexicon) ? listedBefore(analysis, keys, i, sentence.first) : undefined;
  if (replacesFrom !== undefined) candidate.first = replacesFrom;
  if (candidate.type === 'ORGANIZATION' && heldByPlaces(keys, i, run.last, lexicon)) {
    candidate.last = listedPlacesEnd(analysis, keys, run.last, sentence.last, lexicon);
    return { found: candidate, next: candidate.last + 1, replacesFrom };
  }
  const outcome = candidate.type === 'ORGANIZATION' ? personOfBody(context, i, run.last) : undefined;
  return { ...(outcome ?? { found: candidate, next: run.last + 1 }), replacesFrom };
};

/** The person or the office an organisation's name opens, from its first token to its `last`. */
function personOfBody({ analysis, keys, sentence, lexicon }: RuleContext, first: number, last: number): RuleOutcome | undefined {
  const person = (end: number, nameFirst: number): Candidate => ({
    first,
    last: end,
    nameFirst,
    type: 'PERSON',
    evidence: Evidence.Context,
    sentence: sentence.index,
  });
  const titled = titledName(analysis, keys, last + 1, sentence.last, lexicon);
  if (titled) return { found: person(titled.last, titled.nameFirst), next: titled.last + 1 };
  const office = officeEnd(analysis, keys, last + 1, sentence.last, lexicon);
  return office >= 0 ? { found: person(office, first), next: office + 1 } : undefined;
}

/** Start of the single capitalised words listed before `first` ('Interior, Health and' before 'Defence'), or `first`. */
function listedBefore(analysis: Analysis, keys: readonly string[], first: number, limit: number): number {
  if (first - 2 < limit || keys[first - 1] !== 'and' || !isCapitalised(analysis, first - 2)) return first;
  let start = first - 2;
  while (start - 2 >= limit && analysis.tokens.value[start - 1] === ',' && isCapitalised(analysis, start - 2)) start -= 2;
  return start;
}

/** 'the Foreign Ministers of Iran': office holders in the plural, of a place the lexicon knows. */
function heldByPlaces(keys: readonly string[], first: number, last: number, lexicon: Lexicon): boolean {
  const of = keys.lastIndexOf('of', last);
  if (of <= first || !keys.slice(first, of).some((k) => isPluralTitle(k, lexicon))) return false;
  return lexicon.match(keys, of + 1, last)?.entry.type === 'LOCATION';
}

/**
 * 'the Foreign Ministers of Iran, Egypt, Jordan and Qatar': the places listed after the first are
 * theirs too, as 'of Chile and Peru' is; the list ends at the first word that is not a place.
 */
function listedPlacesEnd(analysis: Analysis, keys: readonly string[], last: number, limit: number, lexicon: Lexicon): number {
  let end = last;
  let j = last + 1;
  while (j + 1 <= limit && (analysis.tokens.value[j] === ',' || keys[j] === 'and')) {
    const from = keys[j + 1] === 'the' ? j + 2 : j + 1;
    if (from > limit || !isCapitalised(analysis, from)) break;
    // A name the lexicon does not know may be listed among places ('Iran, Emirates, Turkey').
    const place = lexicon.match(keys, from, limit);
    if (place && (place.entry.type !== 'LOCATION' || place.entry.kind === 'demonym')) break;
    end = place ? place.last : (capitalisedRun(analysis, keys, from, limit, lexicon)?.last ?? from);
    if (keys[j] === 'and') break;
    j = end + 1;
  }
  return end;
}
