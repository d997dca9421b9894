/**
 * Finds the named-entity mentions of a text: people, organisations, places and news outlets.
 *
 * wink-nlp's lite English model tags parts of speech but has no named-entity types, so a mention is
 * found in three steps: (1) candidate spans, from the lexicons (longest phrase first) and from runs
 * of capitalised tokens; (2) a type for each span, from the lexicons, from the span's own words
 * ('Ministry', a given name) and from its context (a title before it, 'said' after it, 'in' before a
 * place); (3) one type per name across the document, so that 'Putin' after 'Vladimir Putin' is a
 * person too. Inferred mentions (the speaker of a quote, 'he said') are added by ./attribution.
 */
import type { EntityType, Mention, Sentence } from '../model/types';
import {
  COMPASS_POINTS,
  EVENT_WORDS,
  HOLDING_PARTICIPLES,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NAMED_BODY_NOUNS,
  NOT_OUTLET_POSTS,
  ORGANISATION_OPENERS,
  OUTLET_HEADS,
  PLACE_NOUNS,
  PLACE_OPENERS,
  PLACE_PREPOSITIONS,
  REPORT_CUES,
  SPEECH_VERBS,
} from './grammar';
import type { Lexicon, LexiconEntry } from './lexicon';
import { analyse, type Analysis, type SentenceRange } from './nlp';
import { nameKey, tokenKey } from './normalize';
import { attributeSpeakers } from './attribution';
import { findCoordinates } from './coordinates';
import { applyNamingRules } from './naming';
import { defaultTagger, tagMentions, type Decoder, type RuleReading } from './tagger';

export interface ExtractOptions {
  /** Nationality words ('Russian') become mentions of their country. Default true. */
  nationalities: boolean;
  /**
   * What the corpus already knows a name as ('Assad' → PERSON once 'Bashar al-Assad' was seen in
   * another document); used for a name that nothing in its own document types.
   */
  knownType?: (name: string) => EntityType | undefined;
  /** How the learned tagger decodes ('off': the rules alone). Default greedy. */
  tagger?: Decoder | 'off';
}

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = { nationalities: true };

export interface Extraction {
  sentences: Sentence[];
  mentions: Mention[];
  words: number;
}

/** How sure the typing of a candidate is: lexicon and cues beat shape, shape beats a guess. */
const enum Evidence {
  Guess = 0,
  Shape = 1,
  /** The name's own head word: 'Ministry', 'Municipality', 'Mount'; for a person, a given name opening it. */
  HeadWord = 2,
  Context = 3,
  Lexicon = 4,
}

interface Candidate {
  first: number;
  last: number;
  type: EntityType | undefined;
  evidence: Evidence;
  entry?: LexiconEntry;
  sentence: number;
  /**
   * Where the name starts when the span opens with words that are not part of it ('Russian Foreign
   * Minister Rosa Ibarra'); for an office ('Minister for Latin America') the span's first token.
   */
  nameFirst?: number;
  /** The name the mention stands for when it is not in the span ('the Omani Foreign Minister, Salma al-Harthy'). */
  name?: string;
  /** Typed a place only because a preposition of place stands before it ('from Assad'). */
  byPreposition?: boolean;
  /** A name with the common noun after it ('the Vargas regime'): its type says nothing of the name alone. */
  namedBody?: boolean;
  /** For a body named after a person, the last token of the person's name ('Vargas' of "Vargas's regime"). */
  nameLast?: number;
}

interface TokenRange {
  first: number;
  last: number;
}

const INDEFINITE = new Set(['a', 'an']);

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

/** A word for the side a group takes ('pro-Vargas', 'anti-Vargas'). */
const SIDE_TAKEN = /^(?:pro|anti)[-‐‑]\p{Lu}/u;
const ACRONYM = /^[\p{Lu}]{2,6}s?$/u;
const HYPHEN = new Set(['-', '‐', '‑']);
/** Parts of speech that never start a name, even capitalised at the start of a sentence. */
const FUNCTION_POS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'PART', 'AUX', 'ADV', 'INTJ', 'PUNCT', 'SYM', 'NUM']);

export function extractMentions(text: string, lexicon: Lexicon, options: ExtractOptions = DEFAULT_EXTRACT_OPTIONS): Extraction {
  const analysis = analyse(text);
  const keys = analysis.tokens.value.map(tokenKey);
  const reading = readByRules(analysis, keys, lexicon, options);
  const decoder = options.tagger ?? 'greedy';
  const tagged =
    decoder === 'off' ? reading.mentions : tagMentions(analysis, keys, lexicon, reading, defaultTagger(), decoder, (name) => cleanName(name, lexicon));
  const found = applyNamingRules(analysis, tagged, lexicon);
  const sentences: Sentence[] = analysis.sentences.map(({ index, paragraph, begin, end }) => ({ index, paragraph, begin, end }));
  return { sentences, mentions: attributeSpeakers(analysis, keys, found, lexicon.genders), words: analysis.words };
}

/** The rules' mentions, and those of them typed by a lexicon or by the words around them rather than by shape alone. */
export function readByRules(analysis: Analysis, keys: readonly string[], lexicon: Lexicon, options: ExtractOptions = DEFAULT_EXTRACT_OPTIONS): RuleReading {
  const candidates: Candidate[] = [];
  const refused: TokenRange[] = [];
  for (const sentence of analysis.sentences) {
    candidates.push(...findCandidates(analysis, keys, sentence, lexicon, options, refused));
  }
  unifyTypes(keys, candidates, options.knownType);
  const sure = new Set<Mention>();
  const fromLexicon = new Set<Mention>();
  const byHeadWord = new Set<Mention>();
  const byGivenName = new Set<Mention>();
  const mentions = candidates
    .filter((c): c is Candidate & { type: EntityType } => c.type !== undefined)
    .map((c) => {
      const mention = toMention(analysis, keys, c, lexicon);
      if (c.evidence >= Evidence.Context) sure.add(mention);
      if (c.evidence === Evidence.Lexicon) fromLexicon.add(mention);
      if (c.evidence === Evidence.HeadWord && c.type !== 'PERSON') byHeadWord.add(mention);
      if (c.evidence === Evidence.HeadWord && c.type === 'PERSON') byGivenName.add(mention);
      return mention;
    });
  mentions.push(...coordinateMentions(analysis, mentions));
  return { mentions: mentions.sort((a, b) => a.begin - b.begin), sure, fromLexicon, byHeadWord, byGivenName, refused };
}

/** Coordinates in the text that no name mention already covers, as place mentions. */
function coordinateMentions(analysis: Analysis, found: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const { begin, end } of findCoordinates(analysis.text)) {
    if (found.some((m) => m.begin < end && begin < m.end)) continue;
    const sentence = analysis.sentences.find((s) => s.begin <= begin && begin < s.end) ?? analysis.sentences[analysis.sentences.length - 1];
    if (!sentence) continue;
    const text = analysis.text.slice(begin, end);
    out.push({ begin, end, text, type: 'LOCATION', sentence: sentence.index, role: 'subject', source: 'text', name: text });
  }
  return out;
}

function isCapitalised(analysis: Analysis, i: number): boolean {
  return analysis.tokens.capital[i] === true && analysis.tokens.pos[i] !== 'PUNCT' && analysis.tokens.pos[i] !== 'SYM';
}

/** Two tokens written together with no space between them ('al' '-' 'Assad'). */
function adjacent(analysis: Analysis, a: number, b: number): boolean {
  return analysis.tokens.end[a] === analysis.tokens.begin[b];
}

/** Length in tokens of the title or honorific starting at i ('Prime Minister' → 2), or 0. */
function cueLength(keys: readonly string[], i: number, limit: number, lexicon: Lexicon): number {
  let phrase = '';
  let found = 0;
  for (let n = 0; n < lexicon.titleLength && i + n <= limit; n++) {
    phrase = n === 0 ? keys[i] : `${phrase} ${keys[i + n]}`;
    // Most words open no title: stop at the first phrase that no longer can.
    if (!lexicon.cueOpenings.has(phrase)) break;
    if (lexicon.titles.has(phrase) || lexicon.honorifics.has(phrase)) found = n + 1;
  }
  return found;
}

function findCandidates(
  analysis: Analysis,
  keys: readonly string[],
  sentence: SentenceRange,
  lexicon: Lexicon,
  options: ExtractOptions,
  refused: TokenRange[],
): Candidate[] {
  const { value } = analysis.tokens;
  const found: Candidate[] = [];
  let i = sentence.first;
  while (i <= sentence.last) {
    // 'al-Qaeda in the Arabian Peninsula': a lower-case particle may open a known name.
    const afterParticle = HYPHEN.has(value[i + 1] ?? '') ? i + 2 : i + 1;
    const particle =
      NAME_PARTICLES.has(value[i]) && afterParticle <= sentence.last && isCapitalised(analysis, afterParticle)
        ? lexicon.match(keys, i, sentence.last)
        : undefined;
    if (particle && particle.last >= afterParticle) {
      found.push({ first: i, last: particle.last, type: particle.entry.type, evidence: Evidence.Lexicon, entry: particle.entry, sentence: sentence.index });
      i = particle.last + 1;
      continue;
    }
    // 'in al-Qasra', 'author al-Marwani': an unknown name opened by a lower-case particle and a hyphen.
    if (
      NAME_PARTICLES.has(value[i]) &&
      afterParticle === i + 2 &&
      afterParticle <= sentence.last &&
      isCapitalised(analysis, afterParticle) &&
      adjacent(analysis, i + 1, afterParticle)
    ) {
      const run = capitalisedRun(analysis, keys, afterParticle, sentence.last, lexicon);
      const match = lexicon.match(keys, afterParticle, sentence.last);
      if (run && !match) {
        const candidate = classify(analysis, keys, i, run.last, sentence, lexicon);
        if (candidate) found.push(candidate);
        i = run.last + 1;
        continue;
      }
    }
    if (!isCapitalised(analysis, i)) {
      // 'pro-Vargas forces', 'anti-Vargas militias': a body named by the side it takes.
      if (i + 1 <= sentence.last && lexicon.groupHeads.has(keys[i + 1]) && SIDE_TAKEN.test(value[i])) {
        found.push({ first: i, last: i + 1, type: 'ORGANIZATION', evidence: Evidence.Context, sentence: sentence.index, namedBody: true });
        i += 2;
        continue;
      }
      i++;
      continue;
    }
    const match = lexicon.match(keys, i, sentence.last);
    const run = capitalisedRun(analysis, keys, i, sentence.last, lexicon);
    if (
      match &&
      capitalsAgree(value[i], match.entry) &&
      !(run && (extendsIntoOrganisation(keys, match, run, lexicon) || extendsIntoPlace(keys, match, run, lexicon) || extendsIntoOutlet(keys, match, run)))
    ) {
      const entry = match.entry;
      // 'Chilean forces', 'the Peruvian people', 'Venezuelans', 'French-led coalition': a body of people, named as an organisation.
      const group =
        entry.kind === 'demonym' || entry.kind === 'country'
          ? Math.max(
              groupEnd(analysis, keys, match.last, sentence.last, lexicon, entry.kind === 'demonym'),
              ledEnd(analysis, keys, match.last, sentence.last, lexicon),
            )
          : -1;
      if (group >= 0) {
        found.push({ first: i, last: group, type: 'ORGANIZATION', evidence: Evidence.Lexicon, sentence: sentence.index });
        i = group + 1;
        continue;
      }
      // 'Chilean Foreign Minister Rosa Ibarra', 'UN Special Envoy Anna de Vries': one person, titled.
      const titled = entry.kind === 'demonym' || entry.type === 'ORGANIZATION' ? titledName(analysis, keys, match.last + 1, sentence.last, lexicon) : undefined;
      if (titled) {
        found.push({ first: i, last: titled.last, nameFirst: titled.nameFirst, type: 'PERSON', evidence: Evidence.Context, sentence: sentence.index });
        i = titled.last + 1;
        continue;
      }
      // 'the Omani Foreign Minister, Salma al-Harthy': the office and its holder, one person.
      const holder = entry.kind === 'demonym' ? officeHolder(analysis, keys, match.last + 1, sentence.last, lexicon) : undefined;
      if (holder) {
        found.push({ first: i, last: holder.officeLast, type: 'PERSON', evidence: Evidence.Context, sentence: sentence.index, name: holder.name });
        i = holder.officeLast + 1;
        continue;
      }
      // 'a Home Office spokesman', 'the UK Secretary of State for Health': an office named by who holds it.
      const office = entry.type !== 'OUTLET' && entry.kind !== 'demonym' ? officeEnd(analysis, keys, match.last + 1, sentence.last, lexicon) : -1;
      if (office >= 0) {
        found.push({ first: i, last: office, nameFirst: i, type: 'PERSON', evidence: Evidence.Context, sentence: sentence.index });
        i = office + 1;
        continue;
      }
      // "Finland's Philharmonic Orchestra", "Lebanon's Internal Security Forces": an organisation named with its country.
      const owned = entry.type === 'LOCATION' && entry.kind !== 'demonym' ? ownedOrganisationEnd(analysis, keys, match.last, sentence.last, lexicon) : -1;
      if (owned >= 0) {
        found.push({ first: i, last: owned, type: 'ORGANIZATION', evidence: Evidence.Context, sentence: sentence.index });
        i = owned + 1;
        continue;
      }
      // 'the Ukrainian city of Kiev': one place, named by its own name.
      const place = entry.kind === 'demonym' ? placeOfName(analysis, keys, match.last + 1, sentence.last, lexicon) : undefined;
      if (place) {
        // A known place keeps its canonical name ('city of Kiev' is Kyiv).
        const known = lexicon.match(keys, place.nameFirst, place.last);
        const placeEntry = known && known.last === place.last && known.entry.type === 'LOCATION' ? known.entry : undefined;
        found.push({
          first: i,
          last: place.last,
          nameFirst: place.nameFirst,
          type: 'LOCATION',
          evidence: placeEntry ? Evidence.Lexicon : Evidence.Context,
          entry: placeEntry,
          sentence: sentence.index,
        });
        i = place.last + 1;
        continue;
      }
      // 'the people of Marseille', 'the government of Portugal': the people or rulers of a place act as one body.
      const body = entry.type === 'LOCATION' && entry.kind !== 'demonym' ? bodyOfPlace(keys, i, sentence.first, lexicon) : -1;
      if (body >= 0) {
        found.push({ first: body, last: match.last, type: 'ORGANIZATION', evidence: Evidence.Lexicon, sentence: sentence.index });
        i = match.last + 1;
        continue;
      }
      // 'the Ecuador-Peru War', 'the Falklands War', 'the Chile-Peru Summit': an event named after places; 'Chilean-born': a birthplace, not a mention.
      const named = entry.type === 'LOCATION' ? warNameEnd(analysis, keys, match.last, sentence.last) : -1;
      if (named >= 0 || (entry.kind === 'demonym' && HYPHEN.has(value[match.last + 1] ?? '') && keys[match.last + 2] === 'born')) {
        i = Math.max(named, match.last) + 1;
        continue;
      }
      if (entry.kind === 'demonym' && !options.nationalities) {
        i = match.last + 1;
        continue;
      }
      // A leading 'The' of 'The Daily Telegraph' belongs to the sentence, not to the name.
      const first = keys[i] === 'the' ? i + 1 : i;
      found.push({ first, last: match.last, type: entry.type, evidence: Evidence.Lexicon, entry, sentence: sentence.index });
      i = match.last + 1;
      continue;
    }
    // 'Druze militiamen', 'Shia Arab tribesmen': a religious or ethnic adjective opening a group.
    if (lexicon.groupAdjectives.has(keys[i])) {
      const group = groupEnd(analysis, keys, i, sentence.last, lexicon, false);
      if (group >= 0) found.push({ first: i, last: group, type: 'ORGANIZATION', evidence: Evidence.Lexicon, sentence: sentence.index });
      i = Math.max(group, i) + 1;
      continue;
    }
    // A capitalised function word ('But', 'In', 'To', 'The', 'However') starts no name.
    if (FUNCTION_POS.has(analysis.tokens.pos[i])) {
      i++;
      continue;
    }
    // 'Minister for Africa': a title with its portfolio is a title, not a place.
    // Without a name after it ('as Minister for Latin America, she …'), the office names its holder.
    const portfolio = titlePhraseEnd(analysis, keys, i, sentence.last, lexicon);
    if (portfolio > i) {
      if (!(portfolio + 1 <= sentence.last && isCapitalised(analysis, portfolio + 1))) {
        found.push({ first: i, last: portfolio, nameFirst: i, type: 'PERSON', evidence: Evidence.Context, sentence: sentence.index });
      }
      i = portfolio + 1;
      continue;
    }
    const cue = cueLength(keys, i, sentence.last, lexicon);
    if (cue > 0 && (!run || run.last < i + cue || isCapitalised(analysis, i + cue))) {
      refused.push({ first: i, last: i + cue - 1 });
      i += cue;
      continue;
    }
    if (!run) {
      i++;
      continue;
    }
    if (lexicon.notNames.has(keys[run.first]) && run.first === run.last) {
      refused.push(run);
      i = run.last + 1;
      continue;
    }
    // A word that is never a name ('Monday', 'However'), or a word capitalised only because it opens
    // the sentence (a verb, 'Persuading NATO …'; a group of people before 'of', 'Residents of
    // Galestan …') is not part of the name after it: look again from the next word.
    const first = run.first;
    if (run.last > first && (lexicon.notNames.has(keys[first]) || opensSentenceBeforeName(analysis, keys, first, sentence, lexicon))) {
      i = first + 1;
      continue;
    }
    // 'the Vargas regime', "Vargas's regime", 'the Al Harb tribe': one organisation named after a person or a family.
    const body = namedBodyEnd(analysis, keys, first, run.last, sentence, lexicon);
    if (body >= 0) {
      const name = `${analysis.text.slice(analysis.tokens.begin[first], analysis.tokens.end[run.last])} ${value[body]}`;
      found.push({ first, last: body, type: 'ORGANIZATION', evidence: Evidence.Context, sentence: sentence.index, namedBody: true, nameLast: run.last, name });
      i = body + 1;
      continue;
    }
    const candidate = classify(analysis, keys, first, run.last, sentence, lexicon);
    // 'the Interior, Health and Defence Ministers': the words listed before a plural title qualify it too.
    if (candidate && isPluralTitle(keys[run.last], lexicon)) {
      candidate.first = listedBefore(analysis, keys, first, sentence.first);
      while (found.length > 0 && found[found.length - 1].first >= candidate.first) found.pop();
    }
    const titled = candidate?.type === 'ORGANIZATION' ? titledName(analysis, keys, run.last + 1, sentence.last, lexicon) : undefined;
    if (candidate && titled) {
      found.push({ first, last: titled.last, nameFirst: titled.nameFirst, type: 'PERSON', evidence: Evidence.Context, sentence: sentence.index });
      i = titled.last + 1;
      continue;
    }
    const office = candidate?.type === 'ORGANIZATION' ? officeEnd(analysis, keys, run.last + 1, sentence.last, lexicon) : -1;
    if (office >= 0) {
      found.push({ first, last: office, nameFirst: first, type: 'PERSON', evidence: Evidence.Context, sentence: sentence.index });
      i = office + 1;
      continue;
    }
    if (candidate) found.push(candidate);
    else refused.push({ first, last: run.last });
    // 'Conference on Yemen': an event word is no name, but the place after it may be.
    i = !candidate && EVENT_WORDS.has(keys[first]) ? first + 1 : run.last + 1;
  }
  return found;
}

/** Start of the single capitalised words listed before `first` ('Interior, Health and' before 'Defence'), or `first`. */
function listedBefore(analysis: Analysis, keys: readonly string[], first: number, limit: number): number {
  if (first - 2 < limit || keys[first - 1] !== 'and' || !isCapitalised(analysis, first - 2)) return first;
  let start = first - 2;
  while (start - 2 >= limit && analysis.tokens.value[start - 1] === ',' && isCapitalised(analysis, start - 2)) start -= 2;
  return start;
}

/**
 * End of a body named by the name from `first` to `last`: a noun of NAMED_BODY_NOUNS right after it
 * or after its possessive and at most one adjective ("Vargas's brutal regime"); -1 when there is
 * none, when a title makes the name a person's ('President Vargas's government'), when one
 * capitalised word opening the sentence is an ordinary adjective ('Military government was …'), or
 * when the noun only qualifies another noun ('the Vargas government spokesman').
 */
function namedBodyEnd(analysis: Analysis, keys: readonly string[], first: number, last: number, sentence: SentenceRange, lexicon: Lexicon): number {
  const limit = sentence.last;
  let j = last + 1;
  const possessive = j <= limit && keys[j] === 's' && adjacent(analysis, last, j);
  if (possessive) {
    j++;
    if (j <= limit && analysis.tokens.pos[j] === 'ADJ' && !isCapitalised(analysis, j)) j++;
  }
  if (j > limit || !NAMED_BODY_NOUNS.has(keys[j]) || isCapitalised(analysis, j)) return -1;
  if (hasCueBefore(keys, first, sentence.first, lexicon)) return -1;
  if (!possessive && first === last && first === openingToken(analysis, sentence)) return -1;
  if (j + 1 <= limit && analysis.tokens.pos[j + 1] === 'NOUN' && !isCapitalised(analysis, j + 1)) return -1;
  return j;
}

/**
 * The 'War' that ends a war's name made of places ('Ecuador-Peru War', 'Falklands War'), or the
 * event word that ends a meeting named after two places ('Chile-Peru Summit'); -1 otherwise.
 */
function warNameEnd(analysis: Analysis, keys: readonly string[], last: number, limit: number): number {
  let j = last + 1;
  while (j + 1 <= limit && HYPHEN.has(analysis.tokens.value[j]) && isCapitalised(analysis, j + 1)) j += 2;
  if (j > limit || !isCapitalised(analysis, j)) return -1;
  return keys[j] === 'war' || (j > last + 1 && EVENT_WORDS.has(keys[j])) ? j : -1;
}

/** End of a capitalised organisation name after a place's possessive and at most one adjective, or -1. */
function ownedOrganisationEnd(analysis: Analysis, keys: readonly string[], last: number, limit: number, lexicon: Lexicon): number {
  let j = last + 1;
  if (j > limit || keys[j] !== 's' || !adjacent(analysis, last, j)) return -1;
  j++;
  if (j <= limit && !isCapitalised(analysis, j) && analysis.tokens.pos[j] === 'ADJ') j++;
  if (j > limit || !isCapitalised(analysis, j)) return -1;
  const run = capitalisedRun(analysis, keys, j, limit, lexicon);
  return run && lexicon.orgWords.has(keys[run.last]) ? run.last : -1;
}

/** A place noun, 'of' and a name at `from` ('city of Kiev', 'town of Amalfi'): where the name starts and ends. */
function placeOfName(
  analysis: Analysis,
  keys: readonly string[],
  from: number,
  limit: number,
  lexicon: Lexicon,
): { nameFirst: number; last: number } | undefined {
  if (from + 2 > limit || !PLACE_NOUNS.has(keys[from]) || keys[from + 1] !== 'of' || !isCapitalised(analysis, from + 2)) return undefined;
  const run = capitalisedRun(analysis, keys, from + 2, limit, lexicon);
  return run ? { nameFirst: from + 2, last: run.last } : undefined;
}

/**
 * End of an office after an organisation or a country when no name follows: a title with its
 * portfolio ('Special Representative for the Sahel', 'Secretary of State') or a singular role noun
 * ('spokesman', 'deputy director'); -1 otherwise.
 */
function officeEnd(analysis: Analysis, keys: readonly string[], from: number, limit: number, lexicon: Lexicon): number {
  if (from > limit) return -1;
  let end = -1;
  const portfolio = isCapitalised(analysis, from) ? titlePhraseEnd(analysis, keys, from, limit, lexicon) : -1;
  if (portfolio >= 0) end = portfolio;
  else {
    const cue = cueLength(keys, from, limit, lexicon);
    if (cue > 0 && lexicon.titles.has(keys.slice(from, from + cue).join(' '))) end = from + cue - 1;
    else if (lexicon.roles.has(keys[from]) && !isCapitalised(analysis, from)) end = from;
  }
  if (end < 0) return -1;
  // A name after the office makes it a titled name instead ('… Minister Helen Marsh').
  if (end + 1 <= limit && isCapitalised(analysis, end + 1)) return -1;
  return end;
}

/** A capitalised title at `from`, then a comma and a name: the title's end and the holder's name. */
function officeHolder(
  analysis: Analysis,
  keys: readonly string[],
  from: number,
  limit: number,
  lexicon: Lexicon,
): { officeLast: number; name: string } | undefined {
  const cue = cueLength(keys, from, limit, lexicon);
  if (cue === 0 || !isCapitalised(analysis, from) || !lexicon.titles.has(keys.slice(from, from + cue).join(' '))) return undefined;
  const officeLast = from + cue - 1;
  const comma = officeLast + 1;
  if (comma + 1 > limit || analysis.tokens.value[comma] !== ',') return undefined;
  const start = HYPHEN.has(analysis.tokens.value[comma + 2] ?? '') || !isCapitalised(analysis, comma + 1) ? -1 : comma + 1;
  if (start < 0) return undefined;
  const run = capitalisedRun(analysis, keys, start, limit, lexicon);
  if (!run || run.last === start || lexicon.lookup(keys[start])) return undefined;
  return { officeLast, name: analysis.text.slice(analysis.tokens.begin[start], analysis.tokens.end[run.last]) };
}

/** A title at `from` followed by a name ('Foreign Minister Rosa Ibarra'): where the name starts and ends. */
function titledName(
  analysis: Analysis,
  keys: readonly string[],
  from: number,
  limit: number,
  lexicon: Lexicon,
): { nameFirst: number; last: number } | undefined {
  const cue = cueLength(keys, from, limit, lexicon);
  if (cue === 0 || !isCapitalised(analysis, from)) return undefined;
  const nameFirst = from + cue;
  // 'Special Envoy de Vries': the name may open with a lower-case particle.
  const capital = NAME_PARTICLES.has(analysis.tokens.value[nameFirst] ?? '') ? nameFirst + 1 : nameFirst;
  if (capital > limit || !isCapitalised(analysis, capital) || lexicon.lookup(keys[capital])) return undefined;
  const run = capitalisedRun(analysis, keys, capital, limit, lexicon);
  return run ? { nameFirst, last: run.last } : undefined;
}

/** End of a title followed by its portfolio ('Minister for Africa', 'Secretary of State for Health'), or -1. */
function titlePhraseEnd(analysis: Analysis, keys: readonly string[], i: number, limit: number, lexicon: Lexicon): number {
  const cue = cueLength(keys, i, limit, lexicon);
  if (cue === 0 || !lexicon.titles.has(keys.slice(i, i + cue).join(' '))) return -1;
  let j = i + cue;
  if (j > limit || (keys[j] !== 'for' && keys[j] !== 'of')) return -1;
  j++;
  if (j <= limit && keys[j] === 'the') j++;
  if (j > limit || !isCapitalised(analysis, j)) return -1;
  // The portfolio ends where the holder's name begins ('Minister for Africa Helen Marsh').
  // 'Minister of Health of Chile': the portfolio may go on with 'of' or 'and'.
  while (
    j + 1 <= limit &&
    !lexicon.givenNames.has(keys[j + 1]) &&
    (isCapitalised(analysis, j + 1) || ((keys[j + 1] === 'and' || keys[j + 1] === 'of') && j + 2 <= limit && isCapitalised(analysis, j + 2)))
  )
    j++;
  return j;
}

/**
 * The last token of a group named by a nationality word (or a country, or a religious or ethnic
 * adjective) ending at `last`: the plural noun itself ('Venezuelans'), or a group noun after it with at
 * most two modifiers between ('Chilean forces', 'Nigerian security force personnel', 'Shia Arab
 * tribesmen', 'Druze and Alawite militiamen'); -1 when the word is a plain nationality ('Russian analysts').
 */
function groupEnd(analysis: Analysis, keys: readonly string[], last: number, limit: number, lexicon: Lexicon, plural: boolean): number {
  const word = keys[last];
  if (plural && word.endsWith('s') && lexicon.lookup(word.slice(0, -1))?.kind === 'demonym') return last;
  let end = -1;
  let modifiers = 0;
  for (let j = last + 1; j <= limit && modifiers <= 2; j++) {
    const capitalised = analysis.tokens.capital[j];
    if (capitalised && (lexicon.groupAdjectives.has(keys[j]) || lexicon.lookup(keys[j])?.kind === 'demonym')) {
      modifiers++;
      continue;
    }
    // 'Druze and Alawite militiamen', 'Dutch and US organisations'.
    if (keys[j] === 'and' && j + 1 <= limit && (lexicon.groupAdjectives.has(keys[j + 1]) || isNationOrCountry(lexicon.match(keys, j + 1, j + 1)?.entry)))
      continue;
    if (capitalised && isNationOrCountry(lexicon.match(keys, j, j)?.entry) && keys[j - 1] === 'and') {
      modifiers++;
      continue;
    }
    // A head may itself modify a further head ('security force personnel'), and may be capitalised ('Belarusian Opposition').
    if (lexicon.groupHeads.has(keys[j])) end = j;
    else if (capitalised) break;
    else if (!lexicon.groupModifiers.has(keys[j])) break;
    modifiers++;
  }
  // 'Russian military involvement': a singular head only qualifies the noun after it, unless that
  // noun names its members ('Albanian police officers').
  if (end >= 0 && end + 1 <= limit && !keys[end].endsWith('s') && qualifiesNoun(analysis, keys, end + 1, lexicon)) return -1;
  return end;
}

/** True when token j is a lower-case noun other than a plural of a person's role ('involvement', not 'officers'). */
function qualifiesNoun(analysis: Analysis, keys: readonly string[], j: number, lexicon: Lexicon): boolean {
  if (analysis.tokens.pos[j] !== 'NOUN' || analysis.tokens.capital[j]) return false;
  const key = keys[j];
  return !(key.endsWith('s') && lexicon.roles.has(key.slice(0, -1)));
}

function isNationOrCountry(entry: LexiconEntry | undefined): boolean {
  return entry !== undefined && (entry.kind === 'demonym' || entry.kind === 'country');
}

/** 'French-led coalition', 'Turkish-backed forces': the group noun after '-led' or '-backed', or -1. */
function ledEnd(analysis: Analysis, keys: readonly string[], last: number, limit: number, lexicon: Lexicon): number {
  const j = last + 1;
  if (j + 2 > limit || !HYPHEN.has(analysis.tokens.value[j]) || !adjacent(analysis, last, j)) return -1;
  if (keys[j + 1] !== 'led' && keys[j + 1] !== 'backed') return -1;
  return lexicon.groupHeads.has(keys[j + 2]) ? j + 2 : -1;
}

/** Start of 'the people of' / 'the government of' before a place at `i`, or -1. */
function bodyOfPlace(keys: readonly string[], i: number, first: number, lexicon: Lexicon): number {
  let j = i - 1;
  if (j > first && keys[j] === 'the') j--;
  if (j <= first || keys[j] !== 'of') return -1;
  const noun = keys[j - 1];
  return lexicon.groupHeads.has(noun) || noun === 'government' ? j - 1 : -1;
}

/** A lexicon phrase only counts if written as a name: 'us' is not the US, 'Is' is not IS. */
function capitalsAgree(token: string, entry: LexiconEntry): boolean {
  if (!entry.capitalsOnly) return true;
  const letters = token.replace(/[^\p{L}]/gu, '');
  return letters === letters.toUpperCase();
}

/**
 * 'Syrian Arab Army', 'Iraqi Ministry of Defence', 'UN Committee of Experts': a place or an organisation
 * that opens the name of another organisation.
 */
function extendsIntoOrganisation(
  keys: readonly string[],
  match: { entry: LexiconEntry; last: number },
  run: { first: number; last: number },
  lexicon: Lexicon,
): boolean {
  if ((match.entry.type !== 'LOCATION' && match.entry.kind !== 'organization') || run.last <= match.last) return false;
  for (let j = match.last + 1; j <= run.last; j++) {
    // 'Geneva Conference on Yemen' is an event held in a place, not an organisation.
    if (EVENT_WORDS.has(keys[j])) return false;
    if (lexicon.orgWords.has(keys[j])) return true;
  }
  return false;
}

/** True when the capitalised words from `from` (after an optional 'the') end in an organisation's head word. */
function endsInOrgWord(analysis: Analysis, keys: readonly string[], from: number, limit: number, lexicon: Lexicon): boolean {
  let j = keys[from] === 'the' ? from + 1 : from;
  let last = -1;
  while (j <= limit && isCapitalised(analysis, j)) last = j++;
  return last >= 0 && lexicon.orgWords.has(keys[last]);
}

/** 'the Hemburg Times', 'the Kathmandu Post': a name of two words or more that a newspaper's ends in. */
function isOutletName(keys: readonly string[], first: number, last: number): boolean {
  return last > first && OUTLET_HEADS.has(keys[last]) && !(keys[last] === 'post' && NOT_OUTLET_POSTS.has(keys[last - 1]));
}

/** 'the Manila Courier': a known place that opens the name of a newspaper. */
function extendsIntoOutlet(keys: readonly string[], match: { entry: LexiconEntry; last: number }, run: { first: number; last: number }): boolean {
  return match.entry.type === 'LOCATION' && match.entry.kind !== 'demonym' && run.last > match.last && isOutletName(keys, run.first, run.last);
}

/** 'Lahore Barrage', 'Lisbon Airport': a known place that opens the name of another place. */
function extendsIntoPlace(
  keys: readonly string[],
  match: { entry: LexiconEntry; last: number },
  run: { first: number; last: number },
  lexicon: Lexicon,
): boolean {
  return match.entry.type === 'LOCATION' && match.entry.kind !== 'demonym' && run.last > match.last && lexicon.locationWords.has(keys[run.last]);
}

/**
 * The run of name tokens starting at i: capitalised tokens, joined by hyphens written without
 * spaces, name particles ('al-', 'bin') and, inside organisation names, 'of', 'for' and 'and the'.
 */
function capitalisedRun(analysis: Analysis, keys: readonly string[], i: number, limit: number, lexicon: Lexicon): { first: number; last: number } | undefined {
  const { value, pos } = analysis.tokens;
  if (!isCapitalised(analysis, i) || pos[i] === 'PRON') return undefined;
  let last = i;
  let hasOf = false;
  let j = i + 1;
  while (j <= limit) {
    // A title inside a run ends it when a name follows ('Syria President Assad').
    if (isCapitalised(analysis, j) && pos[j] !== 'PRON' && !(lexicon.titles.has(keys[j]) && j + 1 <= limit && isCapitalised(analysis, j + 1))) {
      last = j;
      j++;
      continue;
    }
    // 'al-Assad', 'Al-Nusra': a hyphen or a particle inside the name.
    if (HYPHEN.has(value[j]) && adjacent(analysis, j - 1, j) && j + 1 <= limit && adjacent(analysis, j, j + 1) && isCapitalised(analysis, j + 1)) {
      last = j + 1;
      j += 2;
      continue;
    }
    if (NAME_PARTICLES.has(value[j]) && j + 1 <= limit) {
      const next = HYPHEN.has(value[j + 1]) && adjacent(analysis, j, j + 1) ? j + 2 : j + 1;
      if (next <= limit && isCapitalised(analysis, next)) {
        last = next;
        j = next + 1;
        continue;
      }
    }
    // 'Hundreds of Venezuelans': a nationality word after 'of' is not part of a name, nor is a word
    // that never is one ('the Idlib Governorate on Thursday', 'the Ministry of Defence on Monday').
    if (
      NAME_CONNECTORS.has(value[j]) &&
      j + 1 <= limit &&
      isCapitalised(analysis, j + 1) &&
      keys[j + 1] !== 'the' &&
      !lexicon.notNames.has(keys[j + 1]) &&
      lexicon.match(keys, j + 1, limit)?.entry.kind !== 'demonym'
    ) {
      hasOf = hasOf || value[j] === 'of';
      last = j + 1;
      j += 2;
      continue;
    }
    // 'Islamic State of Iraq and the Levant': 'and (the)' continues a name that already has 'of'.
    // But 'the Government of Canada and the Ontario Provincial Government' are two organisations, and
    // 'the Government of Ghana and the Ghanaian people' an organisation and a group.
    const nextWord = keys[j + 1] === 'the' ? j + 2 : j + 1;
    const separate =
      (lexicon.orgWords.has(keys[i]) && endsInOrgWord(analysis, keys, j + 1, limit, lexicon)) || lexicon.match(keys, nextWord, limit)?.entry.kind === 'demonym';
    if (hasOf && value[j] === 'and' && !separate) {
      const next = value[j + 1] === 'the' ? j + 2 : j + 1;
      if (next <= limit && isCapitalised(analysis, next)) {
        last = next;
        j = next + 1;
        continue;
      }
    }
    break;
  }
  return { first: i, last };
}

function classify(analysis: Analysis, keys: readonly string[], first: number, last: number, sentence: SentenceRange, lexicon: Lexicon): Candidate | undefined {
  if (first > last) return undefined;
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

/** 'Persuading NATO …', 'Residents of Galestan …': a common word that opens the sentence before a name. */
function opensSentenceBeforeName(analysis: Analysis, keys: readonly string[], first: number, sentence: SentenceRange, lexicon: Lexicon): boolean {
  if (first !== openingToken(analysis, sentence)) return false;
  return analysis.tokens.pos[first] === 'VERB' || (keys[first + 1] === 'of' && lexicon.groupHeads.has(keys[first]));
}

/** The first token of a sentence after its opening quotation marks and brackets. */
function openingToken(analysis: Analysis, sentence: SentenceRange): number {
  let i = sentence.first;
  while (i < sentence.last && (analysis.tokens.pos[i] === 'PUNCT' || analysis.tokens.pos[i] === 'SYM')) i++;
  return i;
}

/** 'ministers', 'secretaries': the plural of a one-word title. */
function isPluralTitle(word: string, lexicon: Lexicon): boolean {
  if (!word.endsWith('s')) return false;
  return lexicon.titles.has(word.slice(0, -1)) || (word.endsWith('ies') && lexicon.titles.has(`${word.slice(0, -3)}y`));
}

/** True when a title or an honorific stands right before token `first` ('Mr Vargas', 'Prime Minister Vargas'). */
function hasCueBefore(keys: readonly string[], first: number, limit: number, lexicon: Lexicon): boolean {
  if (first <= limit) return false;
  const previous = keys[first - 1];
  return lexicon.titles.has(previous) || lexicon.honorifics.has(previous) || isTitleEnd(keys, first - 1, lexicon);
}

/** True when token j ends a multi-word title ('Prime Minister'). */
function isTitleEnd(keys: readonly string[], j: number, lexicon: Lexicon): boolean {
  let phrase = keys[j];
  for (let n = 1; n < lexicon.titleLength && j - n >= 0; n++) {
    // Most words end no title: stop at the first phrase that no longer can.
    if (!lexicon.titleEndings.has(phrase)) return false;
    phrase = `${keys[j - n]} ${phrase}`;
    if (lexicon.titles.has(phrase)) return true;
  }
  return false;
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

/**
 * One type per name in a document. A name typed by weak evidence takes the type that stronger
 * evidence gave the same name, or the name it is part of ('Putin' of 'Vladimir Putin',
 * 'Yedioth' of 'Yedioth Ahronoth'); names that stay untyped are dropped.
 */
function unifyTypes(keys: readonly string[], candidates: Candidate[], knownType?: (name: string) => EntityType | undefined): void {
  personalBodies(keys, candidates, knownType);
  // The name of each candidate, worked out once: retyping below does not change it.
  const names = new Map(candidates.map((c) => [c, candidateKey(keys, c)]));
  const nameOf = (c: Candidate) => names.get(c) ?? candidateKey(keys, c);
  // What the corpus knows of a person beats a guess from a preposition ('the inner circle of Assad').
  if (knownType) {
    for (const c of candidates) {
      if (c.byPreposition && knownType(nameOf(c)) === 'PERSON') {
        c.type = 'PERSON';
        c.byPreposition = false;
      }
    }
  }
  const best = new Map<string, Candidate>();
  const partOf = new Map<string, Candidate>();
  for (const c of candidates) {
    if (!c.type) continue;
    const key = nameOf(c);
    const known = best.get(key);
    if (!known || c.evidence > known.evidence) best.set(key, c);
    if (c.last > c.first && c.evidence >= Evidence.Shape && !c.namedBody) {
      const parts = [keys[c.first], keys[c.last]];
      for (const part of parts) {
        const other = partOf.get(part);
        if (!other || c.evidence > other.evidence) partOf.set(part, c);
      }
    }
  }
  for (const c of candidates) {
    if (c.evidence >= Evidence.Lexicon) continue;
    const key = nameOf(c);
    const same = best.get(key);
    if (same && same.type && same.evidence > c.evidence) {
      c.type = same.type;
      c.evidence = same.evidence;
      continue;
    }
    if (isOneWord(keys, c) && c.evidence < Evidence.Context) {
      const whole = partOf.get(keys[c.last]);
      if (whole && whole.type) {
        c.type = whole.type;
        c.evidence = Evidence.Context;
        continue;
      }
    }
    if (!c.type && knownType) c.type = knownType(key);
  }
  // 'Vernaz and Courbelle', 'Lyon, Vernaz and Courbelle': names listed together are of one kind.
  for (let n = 0; n < 2; n++) {
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k];
      if (c.type) continue;
      const before = candidates[k - 1];
      const after = candidates[k + 1];
      if (before?.type && before.sentence === c.sentence && coordinated(keys, before.last, c.first)) c.type = before.type;
      else if (after?.type && after.sentence === c.sentence && coordinated(keys, c.last, after.first)) c.type = after.type;
    }
  }
  // A name of two or three words whose last word recurs on its own is a person's ('Abu Qassar' …
  // 'Qassar moved the money'); organisations recur by full name or acronym instead.
  const alone = new Set(candidates.filter((c) => c.first === c.last).map((c) => keys[c.first]));
  for (const c of candidates) {
    if (c.type || c.last === c.first) continue;
    const words = keys.slice(c.first, c.last + 1).filter(Boolean);
    if (words.length <= 4 && alone.has(keys[c.last])) c.type = 'PERSON';
  }
  // Only one-word names are retyped here, so the last words of longer persons' names can be listed first.
  const personEnds = new Set(candidates.filter((o) => o.type === 'PERSON' && o.last > o.first).map((o) => keys[o.last]));
  for (const c of candidates) {
    if (c.type || c.first !== c.last) continue;
    if (personEnds.has(keys[c.first])) c.type = 'PERSON';
  }
}

/**
 * 'The Vargas regime' when the document or the corpus knows Vargas as a person: the mention is of
 * the person, so that the graph links the regime's deeds to its leader rather than to a second node.
 */
function personalBodies(keys: readonly string[], candidates: Candidate[], knownType?: (name: string) => EntityType | undefined): void {
  let people: Set<string> | undefined;
  for (const c of candidates) {
    if (c.nameLast === undefined) continue;
    people ??= new Set(candidates.filter((o) => o.type === 'PERSON' && o.evidence >= Evidence.Shape).map((o) => keys[o.last]));
    const name = keys
      .slice(c.first, c.nameLast + 1)
      .filter(Boolean)
      .join(' ');
    if (people.has(keys[c.nameLast]) || knownType?.(name) === 'PERSON') {
      c.last = c.nameLast;
      c.type = 'PERSON';
      c.namedBody = false;
      c.nameLast = undefined;
      c.name = undefined;
    }
  }
}

/** A name of one word, maybe after a particle ('Assad', 'al-Rashidi'). */
function isOneWord(keys: readonly string[], c: Candidate): boolean {
  for (let j = c.first; j < c.last; j++) if (keys[j] !== '' && !NAME_PARTICLES.has(keys[j])) return false;
  return true;
}

/** True when only a comma, 'and' or 'or' stands between tokens a and b. */
function coordinated(keys: readonly string[], a: number, b: number): boolean {
  const between = keys.slice(a + 1, b);
  return between.length > 0 && between.length <= 2 && between.every((k) => k === '' || k === 'and' || k === 'or');
}

function candidateKey(keys: readonly string[], c: Candidate): string {
  if (c.entry) return nameKey(c.entry.canonical);
  return keys
    .slice(c.nameFirst ?? c.first, c.last + 1)
    .filter(Boolean)
    .join(' ');
}

function toMention(analysis: Analysis, keys: readonly string[], c: Candidate & { type: EntityType }, lexicon: Lexicon): Mention {
  const begin = analysis.tokens.begin[c.first];
  const end = analysis.tokens.end[c.last];
  const text = analysis.text.slice(begin, end);
  const mention: Mention = {
    begin,
    end,
    text,
    type: c.type,
    sentence: c.sentence,
    role: c.type === 'OUTLET' && isReporting(analysis, keys, c) ? 'reporting' : 'subject',
    source: 'text',
    name: mentionName(analysis, c, text, lexicon),
  };
  if (c.entry?.refersTo) mention.refersTo = c.entry.refersTo;
  return mention;
}

/**
 * The name a mention stands for: the one given with it (an office's holder), the lexicon's
 * canonical name, the words from nameFirst on (a titled name, an office), or the span's text
 * without a leading title.
 */
function mentionName(analysis: Analysis, c: Candidate, text: string, lexicon: Lexicon): string {
  if (c.name) return c.name;
  if (c.entry) return c.entry.canonical;
  if (c.nameFirst !== undefined) return analysis.text.slice(analysis.tokens.begin[c.nameFirst], analysis.tokens.end[c.last]);
  return cleanName(text, lexicon);
}

/** A name without the honorific a tokenizer may have left inside it. */
function cleanName(text: string, lexicon: Lexicon): string {
  const words = text.split(/\s+/);
  while (words.length > 1 && (lexicon.honorifics.has(nameKey(words[0])) || lexicon.titles.has(nameKey(words[0])))) words.shift();
  return words.join(' ');
}

/**
 * An outlet is reporting when the words around it attribute something to it ('Reuters reported',
 * 'according to the Telegraph', 'as quoted by RIA Novosti news agency', a photo credit 'Reuters/…').
 */
function isReporting(analysis: Analysis, keys: readonly string[], c: Candidate): boolean {
  const sentence = analysis.sentences[c.sentence];
  const from = Math.max(sentence.first, c.first - 4);
  const to = Math.min(sentence.last, c.last + 4);
  for (let j = from; j <= to; j++) {
    if (j >= c.first && j <= c.last) continue;
    if (REPORT_CUES.has(keys[j])) return true;
  }
  // A photo credit: 'Reuters/Sergei Karpukhin'.
  return c.last + 1 <= sentence.last && analysis.tokens.value[c.last + 1] === '/';
}
