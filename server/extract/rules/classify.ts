/**
 * The type of a run of capitalised words that no lexicon knows, from its own words ('Ministry', a
 * given name) and the words around it (a title before it, 'said' after it, 'in' before a place),
 * with how sure that type is.
 */
import type { EntityType } from '../../model/types';
import {
  COMPASS_POINTS,
  EVENT_WORDS,
  HOLDING_PARTICIPLES,
  NAME_PARTICLES,
  NOT_OUTLET_POSTS,
  ORGANISATION_OPENERS,
  OUTLET_HEADS,
  PLACE_NOUNS,
  PLACE_OPENERS,
  PLACE_PREPOSITIONS,
  SPEECH_VERBS,
} from '../grammar';
import type { Lexicon } from '../lexicon';
import type { Analysis, SentenceRange } from '../nlp';
import { hasCueBefore, isPluralTitle } from './titles';
import { HYPHEN, INDEFINITE, openingToken } from './tokens';
import { Evidence, type Candidate } from './types';

/** Nouns for a kind of organisation, written just before its name ('the company Kovarsk'). */
const ORGANISATION_KINDS = new Set([
  'company',
  'firm',
  'group',
  'militia',
  'organisation',
  'organization',
  'party',
  'movement',
  'charity',
  'contractor',
  'faction',
]);

/** Words that open an Arabic name by a child's name ('Abu Bakr', 'Umm Khalid'). */
const KUNYA = new Set(['abu', 'umm']);

const ACRONYM = /^[\p{Lu}]{2,6}s?$/u;

export function classify(
  analysis: Analysis,
  keys: readonly string[],
  first: number,
  last: number,
  sentence: SentenceRange,
  lexicon: Lexicon,
): Candidate | undefined {
  const { value, pos } = analysis.tokens;
  // Each candidate is one literal: in V8, spreading a shared base into it ({ ...base, type }) is many times slower.
  const typed = (type: EntityType | undefined, evidence: Evidence, byPreposition = false): Candidate => ({
    first,
    last,
    sentence: sentence.index,
    type,
    evidence,
    byPreposition,
  });
  // Length in words: hyphens and particles ('al-') do not count.
  const words: string[] = [];
  for (let j = first; j <= last; j++) if (keys[j] && !NAME_PARTICLES.has(keys[j])) words.push(keys[j]);
  const length = words.length;
  const previous = first > sentence.first ? keys[first - 1] : '';
  const beforePrevious = first - 1 > sentence.first ? keys[first - 2] : '';
  const next = last < sentence.last ? keys[last + 1] : '';
  const nextValue = last < sentence.last ? value[last + 1] : '';

  // A lone capitalised word at the start of a sentence that the tagger does not call a proper noun
  // is an ordinary word ('Speculation is growing').
  if (length === 1 && first === openingToken(analysis, sentence) && pos[first] !== 'PROPN' && !lexicon.givenNames.has(keys[first])) return undefined;
  if (length === 1 && lexicon.notNames.has(keys[first])) return undefined;
  if (length === 1 && pos[first] === 'NUM') return undefined;

  const hasCue = hasCueBefore(keys, first, sentence.first, lexicon);
  if (EVENT_WORDS.has(keys[first]) || EVENT_WORDS.has(keys[last])) return undefined;
  // A head word alone opening a sentence ('Aid', 'Government') is a common noun; inside a sentence,
  // capitalised, it is a short name ('the Coalition', 'the Army').
  if (length === 1 && lexicon.orgWords.has(words[0]) && first === openingToken(analysis, sentence)) return undefined;
  // 'a new Government', 'an interim Government': an indefinite head word is a common noun.
  if (length === 1 && lexicon.orgWords.has(words[0]) && (INDEFINITE.has(previous) || INDEFINITE.has(beforePrevious))) return undefined;
  if (isOutletName(keys, first, last)) return typed('OUTLET', Evidence.Shape);
  if (words.some((w) => lexicon.orgWords.has(w))) {
    return typed('ORGANIZATION', Evidence.HeadWord);
  }
  // 'the Foreign Ministers of Chile and Peru', 'Defence Secretaries': office holders met as a body.
  if (length > 1 && words.some((w) => isPluralTitle(w, lexicon))) return typed('ORGANIZATION', Evidence.Shape);
  if (lexicon.locationWords.has(keys[last]) && length > 1) return typed('LOCATION', Evidence.HeadWord);
  // 'the village of Borrowdene', 'the city of Courbelle'.
  if (previous === 'of' && PLACE_NOUNS.has(beforePrevious)) return typed('LOCATION', Evidence.Context);
  // 'rebel-held Tarnova', 'army-controlled Ostrava': a place in someone's hands.
  if (HOLDING_PARTICIPLES.has(previous) && first - 2 > sentence.first && HYPHEN.has(value[first - 2])) return typed('LOCATION', Evidence.Context);
  // 'Tarnova to the north', 'between Ostrava to the west and …'; but 'sent Maria to the north of the country'.
  if (
    next === 'to' &&
    last + 3 <= sentence.last &&
    keys[last + 2] === 'the' &&
    COMPASS_POINTS.has(keys[last + 3]) &&
    keys[last + 4] !== 'of' &&
    !lexicon.givenNames.has(keys[first])
  ) {
    return typed('LOCATION', Evidence.Context);
  }
  // 'Tarnova, a town on the border', 'Ostrava, an area outside the capital'.
  if (nextValue === ',' && appositivePlace(analysis, keys, last + 2, sentence.last)) return typed('LOCATION', Evidence.Context);
  if (hasCue) return typed('PERSON', Evidence.Context);
  // 'the Croatian firm Kovarsk', 'the militant group Jund al-Aqsa': a name after the kind of body it is.
  if (ORGANISATION_KINDS.has(previous)) return typed('ORGANIZATION', Evidence.Context);
  if (lexicon.roles.has(previous) || (previous === 'the' && lexicon.roles.has(beforePrevious))) {
    return typed('PERSON', Evidence.Context);
  }
  if (nextValue === ',' && appositiveRole(keys, last + 2, sentence.last, lexicon)) return typed('PERSON', Evidence.Context);
  // 'born Lina Haddad', 'the 12-year-old Lina': a person's birth name, a person's age.
  if (previous === 'born' || (previous === 'old' && keys[first - 2] === '' && keys[first - 3] === 'year')) return typed('PERSON', Evidence.Context);
  if (length === 1 && ACRONYM.test(value[first])) return typed('ORGANIZATION', Evidence.Shape);
  // 'Jaish al-Tahrir', 'Harakat al-Nour': an armed group or movement, by the word that opens its name.
  if (length > 1 && ORGANISATION_OPENERS.has(keys[first])) return typed('ORGANIZATION', Evidence.HeadWord);
  if (length > 1 && lexicon.givenNames.has(keys[first])) return typed('PERSON', Evidence.HeadWord);
  // But 'residents of Galestan said', 'a spokesman of Velmor said': the speaker is the one before 'of'.
  // A lone word that speaks may be a company ('Pirelli said'): the cue is sure of a full name only.
  if (SPEECH_VERBS.has(next) && next !== 'according' && previous !== 'of') return typed('PERSON', length > 1 ? Evidence.Context : Evidence.Shape);
  if (SPEECH_VERBS.has(previous) && (nextValue === ',' || nextValue === '.' || last === sentence.last)) {
    return typed('PERSON', Evidence.Context);
  }
  if (PLACE_OPENERS.has(keys[first]) && length > 1) return typed('LOCATION', Evidence.HeadWord);
  if (PLACE_PREPOSITIONS.has(previous) && length <= 2) return typed('LOCATION', Evidence.Context, true);
  // 'Abu Salim', 'Umm Khalid': a name that opens with 'father of' or 'mother of' is a person's.
  if (KUNYA.has(keys[first]) && last > first) return typed('PERSON', Evidence.Shape);
  return typed(undefined, Evidence.Guess);
}

/** 'the Hemburg Times', 'the Kathmandu Post': a name of two words or more that a newspaper's ends in. */
export function isOutletName(keys: readonly string[], first: number, last: number): boolean {
  return last > first && OUTLET_HEADS.has(keys[last]) && !(keys[last] === 'post' && NOT_OUTLET_POSTS.has(keys[last - 1]));
}

/** ', a retired Russian general', ', the chairman of': an appositive that names a person's role. */
function appositiveRole(keys: readonly string[], from: number, limit: number, lexicon: Lexicon): boolean {
  for (let j = from; j <= Math.min(limit, from + 5); j++) {
    if (lexicon.roles.has(keys[j])) return true;
    if (keys[j] === '' || keys[j] === 'who' || keys[j] === 'which') return false;
  }
  return false;
}

/** ', a town on the border', ', an area outside the capital': an appositive that names a kind of place. */
function appositivePlace(analysis: Analysis, keys: readonly string[], from: number, limit: number): boolean {
  if (from > limit || !INDEFINITE.has(keys[from])) return false;
  for (let j = from + 1; j <= Math.min(limit, from + 3); j++) {
    if (PLACE_NOUNS.has(keys[j])) return j === limit || analysis.tokens.pos[j + 1] !== 'NOUN';
    if (analysis.tokens.pos[j] !== 'ADJ') return false;
  }
  return false;
}
