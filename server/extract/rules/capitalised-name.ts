/**
 * A run of capitalised words no earlier rule read: typed by ./classify, or refused. An organisation
 * followed by a title and a name is that person ('Hamas leader Khalid Mashal'); before a title alone,
 * its office ('the Velmor spokesman').
 */
import { EVENT_WORDS } from '../grammar';
import type { Analysis } from '../nlp';
import { classify } from './classify';
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
