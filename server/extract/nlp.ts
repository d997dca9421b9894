/**
 * The one place that talks to wink-nlp. It turns text into plain arrays (tokens with character
 * offsets and part of speech, sentences, paragraphs) so that no wink type leaks into the pipeline.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence } from '../model/types';

/** Tokens as parallel arrays: cheaper than an object per token on large corpora. */
export interface TokenTable {
  value: string[];
  /** Universal part-of-speech tag (PROPN, NOUN, VERB, PUNCT, …). */
  pos: string[];
  begin: number[];
  end: number[];
  /** Index of the sentence each token belongs to. */
  sentence: number[];
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
const OVERLONG_TOKEN = /(?<!\S)\S{500,}/g;

/** Reads text with wink-nlp and returns tokens with offsets, sentences and paragraphs. */
export function analyse(text: string): Analysis {
  const engine = nlp();
  const its = engine.its;
  const read = text.replace(OVERLONG_TOKEN, (run) => ' '.repeat(run.length));
  const doc = engine.readDoc(read);
  const tokens = doc.tokens();
  const rawValue = tokens.out(its.value) as string[];
  const rawPos = tokens.out(its.pos) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];

  // wink-nlp is lossless: preceding spaces + values rebuild the text, which gives offsets.
  const table: TokenTable = { value: [], pos: [], begin: [], end: [], sentence: [] };
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
    if (!read.startsWith(value, offset)) {
      const found = read.indexOf(value, offset);
      if (found >= 0) offset = found;
    }
    const begin = offset;
    offset += value.length;
    if (rawPos[i] === 'SPACE' || value.trim() === '') continue;
    // A line break always ends a sentence (headlines and captions have no full stop) and starts a paragraph.
    const lineBreak = previousEnd >= 0 && text.slice(previousEnd, begin).includes('\n');
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
  }
  return { text, tokens: table, sentences, words: table.value.length };
}
