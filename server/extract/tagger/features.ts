/**
 * The features the tagger reads for a token: its form (word, lower case, shape, prefixes and
 * suffixes), wink-nlp's part of speech, its neighbours, its place in the sentence, the lexicons'
 * word lists and phrases, its word classes (./word-classes), and the tag the rule extractor gave
 * it (so that the model learns when to trust the rules).
 */
import type { Mention } from '#model/types';
import type { Lexicon } from '../lexicon';
import type { Analysis } from '../nlp';
import type { TaggerModel } from './model';
import { boundedMemo } from '../memo';
import { tokenKey } from '../normalize';
import { classesOf, NO_WORD_CLASSES, type WordClasses } from './word-classes';

/** What a context feature reads of a token. */
export type Attribute = 'lower' | 'pos' | 'shape' | 'phrase' | 'lists' | 'rule' | 'first' | 'caps';
export const ATTRIBUTES: readonly Attribute[] = ['lower', 'pos', 'shape', 'phrase', 'lists', 'rule', 'first', 'caps'];

/** What features are read from, computed once per document. */
export interface FeatureContext {
  analysis: Analysis;
  keys: readonly string[];
  /** The word classes the word's own features read. */
  classes: WordClasses;
  /** Each token's word record. */
  words: readonly WordRecord[];
  /**
   * Each attribute of each token, as features write it: its lower-case form and shape, its part of
   * speech, the lexicon phrase it is part of ('B-country', 'I-outlet'), the word lists its key is on
   * ('gt': given name and title), the rule extractor's tag ('B-PERSON!'), whether it opens its
   * sentence, and whether its sentence has no lower-case letter (a headline), '1' or '0'.
   */
  columns: Readonly<Record<Attribute, readonly string[]>>;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;

/** A word's shape with runs collapsed: 'McDonald' → 'XxXx', 'U.S.' → 'X.X.', '1996-08-30' → 'd-d-d'. */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const code = ch.charCodeAt(0);
    const c =
      code < 128
        ? code >= 65 && code <= 90
          ? 'X'
          : code >= 97 && code <= 122
            ? 'x'
            : code >= 48 && code <= 57
              ? 'd'
              : ch
        : UPPER.test(ch)
          ? 'X'
          : LOWER.test(ch)
            ? 'x'
            : DIGIT.test(ch)
              ? 'd'
              : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.slice(0, 8);
}

/**
 * The B- and I- tags of a value ('B-country', 'I-country'), made once per value: the same string
 * objects each time, which V8 hashes once, and no new string per token.
 */
function bioTags(): (value: string) => readonly [string, string] {
  const made = new Map<string, readonly [string, string]>();
  return (value) => {
    let tags = made.get(value);
    if (tags === undefined) made.set(value, (tags = [`B-${value}`, `I-${value}`]));
    return tags;
  };
}

const phraseTags = bioTags();
const ruleTagsOf = bioTags();

function lexiconPhrases(analysis: Analysis, keys: readonly string[], words: readonly WordRecord[], lexicon: Lexicon): string[] {
  const phrase = new Array<string>(keys.length).fill('');
  for (const sentence of analysis.sentences) {
    for (let i = sentence.first; i <= sentence.last; i++) {
      if (keys[i] === '' || !words[i].opensPhrase) continue;
      const match = lexicon.match(keys, i, sentence.last);
      if (match === undefined) continue;
      if (match.entry.capitalsOnly && analysis.tokens.value[i] !== analysis.tokens.value[i].toUpperCase()) continue;
      const [begin, inside] = phraseTags(match.entry.kind);
      phrase[i] = begin;
      for (let j = i + 1; j <= match.last; j++) phrase[j] = inside;
      i = match.last;
    }
  }
  return phrase;
}

function wordLists(key: string, lexicon: Lexicon): string {
  let out = '';
  if (lexicon.givenNames.has(key)) out += 'g';
  if (lexicon.titles.has(key) || lexicon.roles.has(key)) out += 't';
  if (lexicon.honorifics.has(key)) out += 'h';
  if (lexicon.orgWords.has(key)) out += 'o';
  if (lexicon.locationWords.has(key)) out += 'l';
  if (lexicon.notNames.has(key)) out += 'n';
  return out;
}

/**
 * What the tagger derives from a word alone, made the first time the word is met and shared by
 * every token that writes it, so that a token costs one lookup: its lower case, shape and word
 * lists, and room for what a model (./decoder) and a scorer's numbering (./scorer) make of it.
 */
export interface WordRecord {
  readonly word: string;
  readonly lower: string;
  readonly shape: string;
  readonly lists: string;
  /** Whether a lexicon phrase opens with the word's key. */
  readonly opensPhrase: boolean;
  /** The scores of the word's own features (wordFeatures) under the model `scoredBy`. */
  scores?: Float64Array;
  scoredBy?: TaggerModel;
  /** The numbers of the word's attributes (WORD_ATTRIBUTES, in order) in a scorer's numbering `numberedIn`. */
  numbers?: Int32Array;
  numberedIn?: object;
}

/** The attributes of a token that its word alone decides, as the records hold them. */
export const WORD_ATTRIBUTES = ['lower', 'shape', 'lists'] as const;

/**
 * Per-word values kept across documents, so that a word met again costs one lookup and its strings
 * are the same objects each time (V8 keeps a string's hash, which the scorer's numbering reads).
 */
const CACHE_SIZE = 50_000;
const recordsByLexicon = new WeakMap<Lexicon, (word: string) => WordRecord>();

/** The record of a word (a token's value), by lexicon. */
function recordsOf(lexicon: Lexicon): (word: string) => WordRecord {
  let records = recordsByLexicon.get(lexicon);
  if (records === undefined) {
    records = boundedMemo(CACHE_SIZE, (word) => {
      const key = tokenKey(word);
      return { word, lower: word.toLowerCase(), shape: wordShape(word), lists: wordLists(key, lexicon), opensPhrase: lexicon.opensPhrase(key) };
    });
    recordsByLexicon.set(lexicon, records);
  }
  return records;
}

/** The rule extractor's tag of each token, from the mentions it found in the text. */
export function ruleTags(analysis: Analysis, mentions: readonly Mention[], sure: ReadonlySet<Mention>): string[] {
  const { begin, end } = analysis.tokens;
  const tags = new Array<string>(begin.length).fill('O');
  let i = 0;
  for (const m of [...mentions].filter((x) => x.source === 'text').sort((a, b) => a.begin - b.begin)) {
    while (i < begin.length && end[i] <= m.begin) i++;
    // '!' marks a type the rules read from a lexicon or from the words around the name, not from its shape alone.
    const [beginTag, insideTag] = ruleTagsOf(`${m.refersTo ? 'NAT' : m.type}${sure.has(m) ? '!' : ''}`);
    for (let j = i; j < begin.length && begin[j] < m.end; j++) tags[j] = j === i ? beginTag : insideTag;
  }
  return tags;
}

export function featureContext(
  analysis: Analysis,
  keys: readonly string[],
  lexicon: Lexicon,
  rules: { mentions: readonly Mention[]; sure: ReadonlySet<Mention> },
  classes: WordClasses = NO_WORD_CLASSES,
): FeatureContext {
  const { tokens, sentences } = analysis;
  const words = tokens.value.map(recordsOf(lexicon));
  const headline = sentences.map((s) => {
    const text = analysis.text.slice(s.begin, s.end);
    return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
  });
  return {
    analysis,
    keys,
    classes,
    words,
    columns: {
      lower: words.map((w) => w.lower),
      pos: tokens.pos,
      shape: words.map((w) => w.shape),
      phrase: lexiconPhrases(analysis, keys, words, lexicon),
      lists: words.map((w) => w.lists),
      rule: ruleTags(analysis, rules.mentions, rules.sure),
      first: tokens.sentence.map((s, j) => (sentences[s].first === j ? '1' : '0')),
      caps: tokens.sentence.map((s) => (headline[s] ? '1' : '0')),
    },
  };
}

/** The features that depend on the token's own word alone: the decoder reads them once per distinct word. */
export function wordFeatures(word: string, shape: string, classes: WordClasses): string[] {
  const lower = word.toLowerCase();
  const [c4, c6, c8, c10] = classesOf(classes, lower);
  return [
    `c4=${c4}`,
    `c6=${c6}`,
    `c8=${c8}`,
    `c10=${c10}`,
    `cs=${c8}|${shape}`,
    'b',
    `w=${word}`,
    `l=${lower}`,
    `s=${shape}`,
    `p1=${lower.slice(0, 1)}`,
    `p3=${lower.slice(0, 3)}`,
    `x2=${lower.slice(-2)}`,
    `x3=${lower.slice(-3)}`,
    `x4=${lower.slice(-4)}`,
  ];
}

/** A context feature: its name and the attributes it joins, each read at an offset from the token. */
export interface Template {
  name: string;
  parts: readonly (readonly [Attribute, number])[];
}

const template = (name: string, ...parts: [Attribute, number][]): Template => ({ name, parts });

/** The features of a token that read its neighbours, its sentence, the lexicons and the rules. */
export const CONTEXT_TEMPLATES: readonly Template[] = [
  template('t', ['pos', 0]),
  template('t-1', ['pos', -1]),
  template('t+1', ['pos', 1]),
  template('tt', ['pos', -1], ['pos', 0], ['pos', 1]),
  template('l-1', ['lower', -1]),
  template('l+1', ['lower', 1]),
  template('l-2', ['lower', -2]),
  template('l+2', ['lower', 2]),
  template('s-1', ['shape', -1], ['shape', 0]),
  template('s+1', ['shape', 0], ['shape', 1]),
  template('f', ['first', 0], ['caps', 0]),
  template('cs', ['caps', 0], ['shape', 0]),
  template('g', ['phrase', 0]),
  template('g-1', ['phrase', -1]),
  template('g+1', ['phrase', 1]),
  template('k', ['lists', 0]),
  template('k-1', ['lists', -1]),
  template('k+1', ['lists', 1]),
  template('r', ['rule', 0]),
  template('r-1', ['rule', -1]),
  template('r+1', ['rule', 1]),
  template('rc', ['rule', 0], ['caps', 0], ['shape', 0]),
  template('rw', ['rule', 0], ['lower', 0]),
];

/** What an attribute reads before the first token of a sentence and after its last. */
export function outside(attribute: Attribute, before: boolean): string {
  if (attribute === 'lower') return before ? '<s>' : '</s>';
  return '-';
}

/** The features of token i that read its neighbours, its sentence, the lexicons and the rules. */
export function contextFeatures(ctx: FeatureContext, i: number): string[] {
  const sentence = ctx.analysis.sentences[ctx.analysis.tokens.sentence[i]];
  const read = ([attribute, offset]: readonly [Attribute, number]): string => {
    const j = i + offset;
    return j < sentence.first || j > sentence.last ? outside(attribute, j < sentence.first) : ctx.columns[attribute][j];
  };
  return CONTEXT_TEMPLATES.map((t) => `${t.name}=${t.parts.map(read).join('|')}`);
}

/** The features of token i, history aside (the decoder adds the previous tag). */
export function tokenFeatures(ctx: FeatureContext, i: number): string[] {
  return [...wordFeatures(ctx.analysis.tokens.value[i], ctx.columns.shape[i], ctx.classes), ...contextFeatures(ctx, i)];
}
