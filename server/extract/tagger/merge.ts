/**
 * Puts the tagger's entities and the rules' mentions together. The model decides where people,
 * organisations and places are; the rules keep what the model does not learn: outlets (with their
 * reporting role), nationality words, and the canonical names their lexicons give.
 */
import type { EntityType, Mention } from '#model/types';
import { BUILDING_HEADS } from '../grammar';
import { isSentenceInCapitals, type Analysis } from '../nlp';
import { openingToken } from '../rules/tokens';
import { SpanSet } from '../spans';
import type { TaggedType } from './bio';

/** What the rules found: their mentions, and the ones a lexicon or the words around them typed (not shape alone). */
export interface RuleReading {
  mentions: Mention[];
  sure: ReadonlySet<Mention>;
  /** Of the sure ones, those a lexicon typed: a place's name may be a team's or a person's. */
  fromLexicon: ReadonlySet<Mention>;
  /** Of those, the countries: a country stays a place whatever the model makes of it ('the US would welcome'). */
  countries: ReadonlySet<Mention>;
  /** Of the others, places and organisations typed by their own head word ('Treasury Department', 'Haninge Municipality'). */
  byHeadWord: ReadonlySet<Mention>;
  /** Of the others, people named with a given name first ('Tobias Ellwood'). */
  byGivenName: ReadonlySet<Mention>;
  /** Capitalised words the rules read and refused as names: titles ('Chief of Staff'), events ('Operation Steel Curtain'), words never names. */
  refused: readonly { first: number; last: number }[];
}

export interface TaggedSpan {
  first: number;
  last: number;
  type: TaggedType;
}

/** Mentions kept from the rules whatever the model says: outlets, nationality words and coordinates. */
function rulesOnly(m: Mention): boolean {
  return m.type === 'OUTLET' || m.refersTo !== undefined || COORDINATE.test(m.text);
}

const COORDINATE = /\d\s*[°′″]/u;
/** A word in lower case inside a mention: a description the rules read ('the Syrian people', 'Iraqi forces'), not a bare name. */
const LOWER_WORD = /(?:^|\s)\p{Ll}/u;

/** A description the rules found that no model span touches: the model, trained on bare names, does not mark these. */
function describes(m: Mention, spans: SpanSet): boolean {
  return m.source === 'text' && LOWER_WORD.test(m.text) && !spans.overlaps(m);
}

/** Whether the sentence of `m` has a word in lower case: in an all-capital headline the rules' runs of capitals say little. */
function hasLowerCase(analysis: Analysis, m: Mention): boolean {
  return !isSentenceInCapitals(analysis, m.sentence);
}

/**
 * An organisation or a building the rules named by its head word ('the Syrian Computer Society', 'a
 * Muslim Cultural Center') where the model found nothing: kept, except in a headline, where every word is capitalised and a head word says little.
 */
function namedByHead(analysis: Analysis, m: Mention, reading: RuleReading, spans: SpanSet): boolean {
  if (!reading.byHeadWord.has(m) || !(m.type === 'ORGANIZATION' || isBuilding(m)) || spans.overlaps(m)) return false;
  return hasLowerCase(analysis, m);
}

/**
 * A model span of a place or an organisation that ends with a person the rules named by a given name
 * ('Middle East Tobias Ellwood' in 'Minister for the Middle East Tobias Ellwood') is two names.
 */
function splitPeople(analysis: Analysis, spans: readonly TaggedSpan[], reading: RuleReading): TaggedSpan[] {
  const { begin, end } = analysis.tokens;
  const people = [...reading.byGivenName];
  if (people.length === 0) return [...spans];
  return spans.flatMap((span) => {
    if (span.type === 'PERSON') return [span];
    const person = people.find((p) => p.end === end[span.last] && p.begin > begin[span.first]);
    if (person === undefined) return [span];
    const first = begin.indexOf(person.begin, span.first);
    return [
      { first: span.first, last: first - 1, type: span.type },
      { first, last: span.last, type: 'PERSON' as const },
    ];
  });
}

/**
 * A model span of two single words joined by 'and' ('Derbyshire and Surrey', 'Sunak and Starmer')
 * is two names: a name written so is a lexicon's ('Trinidad and Tobago'), whose mention the rules keep.
 */
function splitCoordinated(analysis: Analysis, spans: readonly TaggedSpan[]): TaggedSpan[] {
  const { value, capital } = analysis.tokens;
  return spans.flatMap((span) =>
    span.last - span.first === 2 && value[span.first + 1] === 'and' && capital[span.first] && capital[span.last]
      ? [
          { first: span.first, last: span.first, type: span.type },
          { first: span.last, last: span.last, type: span.type },
        ]
      : [span],
  );
}

/** An organisation named by its head word keeps its type; a place named by its head word ('Haninge Municipality') is no person. */
function keepsType(m: Mention, type: TaggedType, reading: RuleReading): boolean {
  if (!reading.byHeadWord.has(m)) return false;
  return m.type === 'ORGANIZATION' || type === 'PERSON' || isBuilding(m);
}

/** A place named by a building it ends in ('the National Tennis Centre'): the model, which reads the words before it, takes it for a body. */
function isBuilding(m: Mention): boolean {
  return m.type === 'LOCATION' && BUILDING_HEADS.has(m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase());
}

const ARTICLES = new Set(['the', 'a', 'an']);
/** The possessive clitic of the word before ('the agency’s Andes Ministry'), which no name opens with. */
const POSSESSIVE = /^['’]s$/iu;

/** A span without the article opening it: 'The Pentagon said' names the Pentagon, as the rules read it. */
function withoutArticle(analysis: Analysis, span: TaggedSpan): TaggedSpan {
  const { value } = analysis.tokens;
  let first = span.first;
  while (first < span.last && (ARTICLES.has(value[first].toLowerCase()) || POSSESSIVE.test(value[first]))) first++;
  return first === span.first ? span : { ...span, first };
}

/**
 * A span opening with a verb in -ing that opens its sentence ('Declaring Mosul district …'): the
 * model took a word capitalised for its place as a name's, and its type with it; the rules read the rest.
 */
function opensWithVerb(analysis: Analysis, span: TaggedSpan): boolean {
  const { value, pos, sentence } = analysis.tokens;
  const first = span.first;
  const opens = first === openingToken(analysis, analysis.sentences[sentence[first]]);
  return opens && first < span.last && pos[first] === 'VERB' && /ing$/u.test(value[first]);
}

/** A span of one letter ('N' in a table of figures, 'A' opening a sentence) is no name. */
function isLetter(analysis: Analysis, span: TaggedSpan): boolean {
  return span.first === span.last && analysis.tokens.value[span.first].length === 1;
}

/** A span with no capitalised token is no name ('°', 'm3'). */
function hasCapital(analysis: Analysis, span: TaggedSpan): boolean {
  for (let i = span.first; i <= span.last; i++) if (analysis.tokens.capital[i]) return true;
  return false;
}

/**
 * One mention list from the model's spans and the rules' mentions: a span the rules found with the
 * same bounds keeps the rules' name, with the model's type; an outlet, a nationality word or a
 * mention the rules typed by a lexicon or by its context wins over a span that overlaps it.
 */
export function mergeWithRules(
  analysis: Analysis,
  spans: readonly TaggedSpan[],
  reading: RuleReading,
  nameOf: (text: string, type: EntityType) => string,
): Mention[] {
  const rules = reading.mentions;
  const boundsOf = (range: { first: number; last: number }) => ({ begin: analysis.tokens.begin[range.first], end: analysis.tokens.end[range.last] });
  const refused = new SpanSet(reading.refused.map(boundsOf));
  const ruleSpans = new SpanSet(rules);
  // Wholly inside words the rules refused, and touching none of their mentions.
  const isRefused = (at: { begin: number; end: number }) =>
    refused.overlapping(at).some((r) => r.begin <= at.begin && at.end <= r.end) && !ruleSpans.overlaps(at);
  const named = splitPeople(
    analysis,
    splitCoordinated(
      analysis,
      spans.map((span) => withoutArticle(analysis, span)),
    ),
    reading,
  ).filter((span) => hasCapital(analysis, span) && !isLetter(analysis, span) && !opensWithVerb(analysis, span) && !isRefused(boundsOf(span)));
  const bounds = named.map(boundsOf);
  const modelType = new Map(named.map((span, k) => [`${bounds[k].begin}:${bounds[k].end}`, span.type]));
  // 'Sofia Tarrant', 'Paris Hilton', 'Dynamo Moscow': a name the lexicon knows, inside a longer name the model found.
  const modelSpans = new SpanSet(bounds);
  // Not over words the rules refused as names ('Islamic State in June').
  const insideLonger = (m: Mention): boolean =>
    reading.fromLexicon.has(m) &&
    m.type !== 'OUTLET' &&
    modelSpans.overlapping(m).some((b) => b.begin <= m.begin && m.end <= b.end && b.end - b.begin > m.end - m.begin && !refused.overlaps(b));
  const sure = rules.filter((m) => (rulesOnly(m) || reading.sure.has(m)) && !insideLonger(m));
  const isKept = new Set(sure);
  const kept = sure.map((m) => {
    const type = rulesOnly(m) || !reading.fromLexicon.has(m) ? undefined : modelType.get(`${m.begin}:${m.end}`);
    // A place may be a team's or a person's name, but not a country; an organisation the lexicon knows ('Hayat Tahrir al-Sham', 'U.S. Marines') is never a place.
    return type && type !== m.type && !(type === 'LOCATION' && m.type === 'ORGANIZATION') && !reading.countries.has(m) ? { ...m, type } : m;
  });
  // A longer mention of the rules that holds the model's names keeps its reading ('Minister for the Middle East Tobias Ellwood').
  const wider = rules.filter((m) => {
    if (isKept.has(m) || m.source !== 'text' || !hasLowerCase(analysis, m)) return false;
    const inside = modelSpans.overlapping(m);
    return inside.length > 0 && inside.every((b) => m.begin <= b.begin && b.end <= m.end && m.end - m.begin > b.end - b.begin);
  });
  kept.push(...wider);
  for (const m of wider) isKept.add(m);
  const out: Mention[] = [...kept, ...rules.filter((m) => !isKept.has(m) && (describes(m, modelSpans) || namedByHead(analysis, m, reading, modelSpans)))];
  const keptSpans = new SpanSet(kept);
  const byBounds = new Map<string, Mention>();
  for (const m of rules) if (m.source === 'text' && !byBounds.has(`${m.begin}:${m.end}`)) byBounds.set(`${m.begin}:${m.end}`, m);
  named.forEach((span, k) => {
    const at = bounds[k];
    const { begin, end } = at;
    if (keptSpans.overlaps(at)) return;
    const same = byBounds.get(`${begin}:${end}`);
    if (same) {
      // A name the rules read apart from its span (a title before it, a lexicon's canonical name) keeps their type.
      out.push(same.name === same.text && !keepsType(same, span.type, reading) ? { ...same, type: span.type } : same);
      return;
    }
    const text = analysis.text.slice(begin, end);
    out.push({
      begin,
      end,
      text,
      type: span.type,
      sentence: analysis.tokens.sentence[span.first],
      role: 'subject',
      source: 'text',
      name: nameOf(text, span.type),
    });
  });
  const people = surnamesOf(out);
  return [...out.map((m) => asPerson(m, people)), ...laterSurnames(analysis, out, people)].sort((a, b) => a.begin - b.begin);
}

const OFFICE_CONNECTOR = /\s(?:of|for|on|in|at|to|and|the)\s/u;

/** Each surname of a person the document names in full, with where that name first ends. */
function surnamesOf(found: readonly Mention[]): Map<string, number> {
  const surnames = new Map<string, number>();
  for (const p of found) {
    // An office ('US Secretary of State') or a misread phrase ('Inquiry on Syria') has no surname: a name built with a function word is no person's.
    if (p.type !== 'PERSON' || p.source !== 'text' || !p.text.includes(' ') || OFFICE_CONNECTOR.test(p.text)) continue;
    const surname = p.text.slice(p.text.lastIndexOf(' ') + 1);
    surnames.set(surname, Math.min(p.end, surnames.get(surname) ?? Infinity));
  }
  return surnames;
}

/**
 * A lone word the document uses as the surname of a person it names in full ('MaliVai Washington …
 * Washington fell short') is that person, not the place or the body the word may also name.
 */
function asPerson(m: Mention, surnames: ReadonlyMap<string, number>): Mention {
  if (m.type === 'PERSON' || m.type === 'OUTLET' || m.source !== 'text' || m.refersTo !== undefined || m.text.includes(' ')) return m;
  return surnames.has(m.text) ? { ...m, type: 'PERSON' } : m;
}

/** Words that repeat the last word of a person named before them ('Pedersen' after 'Geir Pedersen'): the model, reading a sentence at a time, may miss them. */
function laterSurnames(analysis: Analysis, found: readonly Mention[], surnames: ReadonlyMap<string, number>): Mention[] {
  const { value, begin, end, capital, sentence } = analysis.tokens;
  const taken = new SpanSet(found);
  const out: Mention[] = [];
  for (let i = 0; i < value.length; i++) {
    if (!capital[i]) continue;
    const at = { begin: begin[i], end: end[i] };
    if (taken.overlaps(at) || !((surnames.get(value[i]) ?? Infinity) <= at.begin)) continue;
    out.push({ ...at, text: value[i], type: 'PERSON', sentence: sentence[i], role: 'subject', source: 'text', name: value[i] });
  }
  return out;
}
