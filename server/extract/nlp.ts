/**
 * The one place that talks to wink-nlp. It turns text into plain arrays (tokens with character
 * offsets and part of speech, sentences, paragraphs) so that no wink type leaks into the pipeline.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence } from '#model/types';
import { countWords } from './words';

/** Tokens as parallel arrays: cheaper than an object per token on large corpora. */
export interface TokenTable {
  value: string[];
  /** Universal part-of-speech tag (PROPN, NOUN, VERB, PUNCT, …). */
  pos: string[];
  begin: number[];
  end: number[];
  /** Index of the sentence each token belongs to. */
  sentence: number[];
  /** True for a token that starts with an upper-case letter: read once here, asked many times by the extractor. */
  capital: boolean[];
}

export interface SentenceRange extends Sentence {
  /** Token range [first, last] (inclusive) of the sentence. */
  first: number;
  last: number;
}

export interface Analysis {
  text: string;
  tokens: TokenTable;
  sentences: SentenceRange[];
  /** Words as `wc -w` counts them (./words), not tokens: punctuation is not a word. */
  words: number;
}

type Nlp = ReturnType<typeof winkNLP>;
let shared: Nlp | undefined;

/**
 * The steps of wink-nlp's pipe the extractor reads: sentence boundaries and parts of speech. Its
 * negation, sentiment and entity steps are skipped: Plexus types names itself, and they cost time.
 */
export const EXTRACTION_PIPE = ['sbd', 'pos'];

/** wink-nlp is created once per process and shared: loading the model is costly. */
export function nlp(): Nlp {
  shared ??= winkNLP(model, EXTRACTION_PIPE);
  return shared;
}

let full: Nlp | undefined;

/** wink-nlp with its default pipe (every step), the baseline that extraction speed is compared with. */
export function defaultPipeNlp(): Nlp {
  full ??= winkNLP(model);
  return full;
}

/**
 * wink-nlp's tokenizer takes time quadratic in a token's length (40,000 characters without a
 * space take seconds). No name is that long: longer runs are hidden from it as spaces of the same
 * length, so every offset still points into the original text.
 */
// The lookbehind starts a match only where a run starts, so that the scan stays linear.
const OVERLONG_LENGTH = 500;
const OVERLONG_TOKEN = new RegExp(String.raw`(?<!\S)\S{${OVERLONG_LENGTH},}`, 'g');

/**
 * False when no run of OVERLONG_LENGTH characters without a space, tab or line break is in the
 * text, as in nearly every text: checked by char codes, which is much faster than the expression
 * above. Other spaces count as part of a run here, so that a text this passes may still hold none.
 */
function mayHaveOverlongToken(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Space, \t, \n, \v, \f, \r.
    if (c === 32 || (c >= 9 && c <= 13)) run = 0;
    else if (++run >= OVERLONG_LENGTH) return true;
  }
  return false;
}

const CAPITALISED = /^[\p{Lu}]/u;

/** True when a token starts with an upper-case letter; ASCII is decided by its char code, the rest by Unicode's letter class. */
function startsWithCapital(value: string): boolean {
  const c = value.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITALISED.test(value);
}

/** read.startsWith(value, at), by char codes: for a short token that is several times faster. */
function occursAt(read: string, value: string, at: number): boolean {
  if (at + value.length > read.length) return value.length === 0;
  for (let k = 0; k < value.length; k++) if (read.charCodeAt(at + k) !== value.charCodeAt(k)) return false;
  return true;
}

/** True when a line break stands in text between from and to. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

const inCapitals = new WeakMap<Analysis, boolean[]>();

/** True when sentence s has no lower-case letter (a headline in capitals), worked out once per sentence. */
export function isSentenceInCapitals(analysis: Analysis, s: number): boolean {
  let known = inCapitals.get(analysis);
  if (known === undefined) {
    known = analysis.sentences.map(({ begin, end }) => !/\p{Ll}/u.test(analysis.text.slice(begin, end)));
    inCapitals.set(analysis, known);
  }
  return known[s];
}

/** Reads text with wink-nlp and returns tokens with offsets, sentences and paragraphs. */
export function analyse(text: string): Analysis {
  const engine = nlp();
  const its = engine.its;
  const read = mayHaveOverlongToken(text) ? text.replace(OVERLONG_TOKEN, (run) => ' '.repeat(run.length)) : text;
  const doc = engine.readDoc(read);
  const tokens = doc.tokens();
  const rawValue = tokens.out(its.value) as string[];
  const rawPos = tokens.out(its.pos) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];

  // wink-nlp is lossless: preceding spaces + values rebuild the text, which gives offsets.
  const table: TokenTable = { value: [], pos: [], begin: [], end: [], sentence: [], capital: [] };
  const sentenceOfRaw = new Array<number>(rawValue.length).fill(0);
  spans.forEach(([a, b], s) => {
    for (let i = a; i <= b; i++) sentenceOfRaw[i] = s;
  });

  const sentences: SentenceRange[] = [];
  let offset = 0;
  let paragraph = 0;
  let previousEnd = -1;
  let rawSentence = -1;
  for (let i = 0; i < rawValue.length; i++) {
    offset += spaces[i].length;
    const value = rawValue[i];
    // wink counts at most 65,535 preceding spaces: after a longer run, find the token itself.
    if (!occursAt(read, value, offset)) {
      const found = read.indexOf(value, offset);
      if (found >= 0) offset = found;
    }
    const begin = offset;
    offset += value.length;
    if (rawPos[i] === 'SPACE' || value.trim() === '') continue;
    // A line break always ends a sentence (headlines and captions have no full stop) and starts a paragraph.
    const lineBreak = previousEnd >= 0 && hasLineBreak(text, previousEnd, begin);
    if (lineBreak) paragraph++;
    if (previousEnd < 0 || lineBreak || sentenceOfRaw[i] !== rawSentence) {
      const at = table.value.length;
      sentences.push({ index: sentences.length, paragraph, begin, end: begin, first: at, last: at });
    }
    rawSentence = sentenceOfRaw[i];
    previousEnd = begin + value.length;
    const current = sentences[sentences.length - 1];
    current.end = previousEnd;
    current.last = table.value.length;
    table.value.push(value);
    table.pos.push(rawPos[i]);
    table.begin.push(begin);
    table.end.push(previousEnd);
    table.sentence.push(current.index);
    table.capital.push(startsWithCapital(value));
  }
  return { text, tokens: table, sentences, words: countWords(text) };
}
