/**
 * The type of a run of capitalised words that no lexicon knows, from its own words ('Ministry', a
 * given name) and the words around it (a title before it, 'said' after it, 'in' before a place),
 * with how sure that type is.
 */
import type { EntityType } from '#model/types';
import {
  BUILDING_HEADS,
  COMPASS_POINTS,
  EVENT_WORDS,
  HOLDING_PARTICIPLES,
  LAW_HEADS,
  NAME_PARTICLES,
  NOT_OUTLET_POSTS,
  ORGANISATION_OPENERS,
  OUTLET_HEADS,
  PERSON_OBJECT_VERBS,
  PLACE_NOUNS,
  PLACE_OPENERS,
  PLACE_PREPOSITIONS,
  SPEECH_VERBS,
} from '../grammar';
import type { Lexicon } from '../lexicon';
import { isSentenceInCapitals, type Analysis, type SentenceRange } from '../nlp';
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

/** A run of capitalised words and the words around it, as the typing steps read them. */
interface Span {
  analysis: Analysis;
  keys: readonly string[];
  sentence: SentenceRange;
  lexicon: Lexicon;
  first: number;
  last: number;
  /** The span's words without hyphens and particles ('al-'), which do not count in its length. */
  words: string[];
  previous: string;
  beforePrevious: string;
  next: string;
  nextValue: string;
}

/** A type and how sure it is. */
interface Typing {
  type: EntityType | undefined;
  evidence: Evidence;
  byPreposition?: boolean;
}

const typing = (type: EntityType | undefined, evidence: Evidence, byPreposition = false): Typing => ({ type, evidence, byPreposition });

export function classify(
  analysis: Analysis,
  keys: readonly string[],
  first: number,
  last: number,
  sentence: SentenceRange,
  lexicon: Lexicon,
): Candidate | undefined {
  if (first > last) return undefined;
  const words: string[] = [];
  for (let j = first; j <= last; j++) if (keys[j] && !NAME_PARTICLES.has(keys[j])) words.push(keys[j]);
  const span: Span = {
    analysis,
    keys,
    sentence,
    lexicon,
    first,
    last,
    words,
    previous: first > sentence.first ? keys[first - 1] : '',
    beforePrevious: first - 1 > sentence.first ? keys[first - 2] : '',
    next: last < sentence.last ? keys[last + 1] : '',
    nextValue: last < sentence.last ? analysis.tokens.value[last + 1] : '',
  };
  if (isCommonWord(span) || isLaw(span)) return undefined;
  const { type, evidence, byPreposition } = typeByOwnWords(span) ?? typeByPlaceAround(span) ?? typeByPersonAround(span) ?? typeByOpening(span);
  return { first, last, sentence: sentence.index, type, evidence, byPreposition: byPreposition ?? false };
}

/** A word capitalised for another reason than being a name: it opens the sentence, it is never a name, it is an event. */
function isCommonWord({ analysis, keys, sentence, lexicon, first, last, words, previous, beforePrevious }: Span): boolean {
  const lone = words.length === 1;
  // A lone capitalised word at the start of a sentence that the tagger does not call a proper noun
  // is an ordinary word ('Speculation is growing').
  const opening = first === openingToken(analysis, sentence);
  if (lone && opening && analysis.tokens.pos[first] !== 'PROPN' && !lexicon.givenNames.has(keys[first])) return true;
  if (lone && (lexicon.notNames.has(keys[first]) || analysis.tokens.pos[first] === 'NUM')) return true;
  if (EVENT_WORDS.has(keys[first]) || EVENT_WORDS.has(keys[last])) return true;
  // A head word alone opening a sentence ('Aid', 'Government') is a common noun; inside a sentence,
  // capitalised, it is a short name ('the Coalition', 'the Army'). So is one after 'a new', 'an interim'.
  return lone && lexicon.orgWords.has(words[0]) && (opening || INDEFINITE.has(previous) || INDEFINITE.has(beforePrevious));
}

/** 'the Hemburg Times', 'Velmor Holdings', 'Defence Secretaries', 'Lisbon Airport': a type from the span's own words. */
function typeByOwnWords({ keys, lexicon, first, last, words }: Span): Typing | undefined {
  if (isOutletName(keys, first, last)) return typing('OUTLET', Evidence.Shape);
  // English names are headed by their last word: 'University Hospital' is a building, whatever opens it.
  if (BUILDING_HEADS.has(keys[last]) && words.length > 1) return typing('LOCATION', Evidence.HeadWord);
  if (words.some((w) => lexicon.orgWords.has(w))) return typing('ORGANIZATION', Evidence.HeadWord);
  // 'the Foreign Ministers of Chile and Peru', 'Defence Secretaries': office holders met as a body.
  if (words.length > 1 && words.some((w) => isPluralTitle(w, lexicon))) return typing('ORGANIZATION', Evidence.Shape);
  if (lexicon.locationWords.has(keys[last]) && words.length > 1) return typing('LOCATION', Evidence.HeadWord);
  return undefined;
}

/** 'the village of Borrowdene', 'rebel-held Tarnova', 'Tarnova to the north', 'Tarnova, a town on the border'. */
function typeByPlaceAround({ analysis, keys, sentence, lexicon, first, last, previous, beforePrevious, next, nextValue }: Span): Typing | undefined {
  if (previous === 'of' && PLACE_NOUNS.has(beforePrevious)) return typing('LOCATION', Evidence.Context);
  if (HOLDING_PARTICIPLES.has(previous) && first - 2 > sentence.first && HYPHEN.has(analysis.tokens.value[first - 2]))
    return typing('LOCATION', Evidence.Context);
  // 'between Ostrava to the west and …'; but 'sent Maria to the north of the country'.
  const towards = next === 'to' && last + 3 <= sentence.last && keys[last + 2] === 'the' && COMPASS_POINTS.has(keys[last + 3]);
  if (towards && keys[last + 4] !== 'of' && !lexicon.givenNames.has(keys[first])) return typing('LOCATION', Evidence.Context);
  if (nextValue === ',' && appositivePlace(analysis, keys, last + 2, sentence.last)) return typing('LOCATION', Evidence.Context);
  // 'the al-Khani mosque', 'the Rashid hotel': a name before a building in lower case is the building's
  // (but a word opening the sentence may be an adjective: 'Local hospital officials').
  if (BUILDING_HEADS.has(next) && nextValue === next && first !== openingToken(analysis, sentence)) return typing('LOCATION', Evidence.Context);
  return undefined;
}

/** 'Mr Vargas', 'the firm Kovarsk', 'the spokesman Ivo Brandt', 'Vargas, a retired general', 'born Lina Haddad'. */
function typeByPersonAround({ keys, sentence, lexicon, first, last, previous, beforePrevious, nextValue }: Span): Typing | undefined {
  if (hasCueBefore(keys, first, sentence.first, lexicon)) return typing('PERSON', Evidence.Context);
  // 'the Croatian firm Kovarsk', 'the militant group Jund al-Aqsa': a name after the kind of body it is.
  if (ORGANISATION_KINDS.has(previous)) return typing('ORGANIZATION', Evidence.Context);
  if (lexicon.roles.has(previous) || (previous === 'the' && lexicon.roles.has(beforePrevious))) return typing('PERSON', Evidence.Context);
  if (nextValue === ',' && appositiveRole(keys, last + 2, sentence.last, lexicon)) return typing('PERSON', Evidence.Context);
  // 'born Lina Haddad', 'the 12-year-old Lina': a person's birth name, a person's age.
  if (previous === 'born' || (previous === 'old' && keys[first - 2] === '' && keys[first - 3] === 'year')) return typing('PERSON', Evidence.Context);
  return undefined;
}

/**
 * 'the Gambling Bill', 'the Bill', 'the Paris Agreement': a law or a treaty, which is no entity
 * (CoNLL's MISC); a lone 'Bill' without 'the' is a given name.
 */
function isLaw({ analysis, sentence, keys, first, last, previous }: Span): boolean {
  // 'the UN Security Council Resolution': after the name of whoever made it.
  const afterName = first - 1 > sentence.first && analysis.tokens.capital[first - 1];
  return LAW_HEADS.has(keys[last]) && (last > first || previous === 'the' || afterName);
}

/** Words a name's acronym may leave out ('DFID' keeps the F of 'for', 'ISIL' drops the 'and the'). */
const ACRONYM_SKIPS = new Set(['of', 'for', 'and', 'the', 'on', 'in']);

/**
 * 'the Department for International Development (DFID)': an acronym in brackets right after the
 * name whose initials it spells, with or without those of its small words, is that name's.
 */
function definedBefore(analysis: Analysis, keys: readonly string[], at: number, sentence: SentenceRange): boolean {
  const { value } = analysis.tokens;
  if (value[at - 1] !== '(' || value[at + 1] !== ')') return false;
  // 'NGOs' is the plural of 'NGO'; the S of 'ISIS' is a letter of the acronym.
  const acronym = /\p{Lu}s$/u.test(value[at]) ? keys[at].slice(0, -1) : keys[at];
  let all = '';
  let significant = '';
  for (let j = at - 2; j >= sentence.first && all.length < acronym.length + 3; j--) {
    const small = ACRONYM_SKIPS.has(keys[j]);
    if (!small && !isCapitalisedWord(analysis, j)) break;
    all = keys[j][0] + all;
    if (!small) significant = keys[j][0] + significant;
    if (significant === acronym || all === acronym) return true;
  }
  return false;
}

function isCapitalisedWord(analysis: Analysis, j: number): boolean {
  return analysis.tokens.capital[j] && analysis.tokens.pos[j] !== 'PUNCT';
}

/** An acronym, the word that opens the name ('Jaish …', a given name, 'Mount …', 'Abu …'), a speech verb, a verb of meeting or a preposition of place; else a guess. */
function typeByOpening({ analysis, keys, sentence, lexicon, first, last, words, previous, next, nextValue }: Span): Typing {
  const length = words.length;
  if (length === 1 && ACRONYM.test(analysis.tokens.value[first])) {
    return typing('ORGANIZATION', definedBefore(analysis, keys, first, sentence) ? Evidence.Context : Evidence.Shape);
  }
  // 'Jaish al-Tahrir', 'Harakat al-Nour': an armed group or movement, by the word that opens its name.
  if (length > 1 && ORGANISATION_OPENERS.has(keys[first])) return typing('ORGANIZATION', Evidence.HeadWord);
  if (length > 1 && lexicon.givenNames.has(keys[first])) return typing('PERSON', Evidence.HeadWord);
  // 'MP Boris Johnson', 'Blairite Alan Milburn': a role written before a given name opens a person's name too.
  if (length > 2 && lexicon.roles.has(keys[first]) && lexicon.givenNames.has(keys[first + 1])) return typing('PERSON', Evidence.HeadWord);
  // But 'residents of Galestan said', 'a spokesman of Velmor said': the speaker is the one before 'of'.
  // A lone word that speaks may be a company ('Pirelli said'): the cue is sure of a full name only.
  if (SPEECH_VERBS.has(next) && next !== 'according' && previous !== 'of') return typing('PERSON', length > 1 ? Evidence.Context : Evidence.Shape);
  if (SPEECH_VERBS.has(previous) && (nextValue === ',' || nextValue === '.' || last === sentence.last)) return typing('PERSON', Evidence.Context);
  // Who meets or thanks is a person too ('Merkel met'), surely when named in full, as a speaker is.
  // Not a plural capitalised to open the sentence ('Observers met'), which wink may read as a proper noun.
  const lone = length === 1 ? analysis.tokens.value[first] : undefined;
  if (PERSON_OBJECT_VERBS.has(next) && previous !== 'of' && (lone === undefined || (analysis.tokens.pos[first] === 'PROPN' && !lone.endsWith('s')))) {
    return typing('PERSON', length > 1 ? Evidence.Context : Evidence.Shape);
  }
  // 'met Putin on Monday' is sure; 'met Pirelli executives' is a guess the tagger weighs.
  if (PERSON_OBJECT_VERBS.has(previous) && length <= 3) return typing('PERSON', endsPhrase(analysis, keys, last, sentence) ? Evidence.Context : Evidence.Shape);
  if (PLACE_OPENERS.has(keys[first]) && length > 1) return typing('LOCATION', Evidence.HeadWord);
  // In a headline in capitals ('ROMANIA BEAT LITHUANIA IN FRIENDLY') a preposition is no cue: every word after one is capitalised.
  // 'outside Air France headquarters': a name before a noun qualifies it, and the preposition speaks of the noun.
  if (PLACE_PREPOSITIONS.has(previous) && length <= 2 && !isSentenceInCapitals(analysis, sentence.index) && !qualifiesNoun(analysis, keys, last, sentence)) {
    return typing('LOCATION', Evidence.Context, true);
  }
  // 'Abu Salim', 'Umm Khalid': a name that opens with 'father of' or 'mother of' is a person's.
  if (KUNYA.has(keys[first]) && last > first) return typing('PERSON', Evidence.Shape);
  return typing(undefined, Evidence.Guess);
}

/** A common noun after the name that the name qualifies, other than a kind of place ('Velmor province'). */
function qualifiesNoun(analysis: Analysis, keys: readonly string[], last: number, sentence: SentenceRange): boolean {
  const next = last + 1;
  return next <= sentence.last && analysis.tokens.pos[next] === 'NOUN' && !analysis.tokens.capital[next] && !PLACE_NOUNS.has(keys[next]);
}

/** Parts of speech after a name that end its phrase: it modifies no noun after it. */
const PHRASE_ENDS = new Set(['ADP', 'PUNCT', 'ADV', 'CCONJ', 'PART', 'SCONJ']);
/** Words of time that follow an object ('met Putin yesterday', 'met Putin last week'). */
const TIME_AFTER = new Set(['yesterday', 'today', 'tomorrow', 'tonight', 'last', 'this', 'next', 'earlier', 'later']);

function endsPhrase(analysis: Analysis, keys: readonly string[], last: number, sentence: SentenceRange): boolean {
  return last === sentence.last || PHRASE_ENDS.has(analysis.tokens.pos[last + 1]) || TIME_AFTER.has(keys[last + 1]);
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
