/**
 * Reads CoNLL-2003 files (one token a line with its IOB1 label; a blank line between sentences,
 * -DOCSTART- between documents) into documents of plain text with labelled character spans. The
 * text is written the way the evaluation copy of the development split is: tokens joined by one
 * space, none before closing punctuation or after opening punctuation, one sentence a line.
 */
import type { TaggedType, TypedSpan } from './bio';

export interface LabelledDocument {
  text: string;
  spans: TypedSpan[];
}

const CONLL_TYPES: Record<string, TaggedType> = { PER: 'PERSON', ORG: 'ORGANIZATION', LOC: 'LOCATION' };

/** Tokens written against the token before them. */
const CLOSING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '%', "'s", "'S", "n't", "N'T", "'re", "'ve", "'ll", "'d", "'m", "''", '...']);
/** Tokens the next token is written against. */
const OPENING = new Set(['(', '[', '{', '$', '``']);

interface Token {
  word: string;
  /** The CoNLL class (PER, ORG, LOC, MISC) and whether the label was B- (a new entity right after one of the same class). */
  label: string;
  begins: boolean;
}

/** Quote marks, each paired within a document: the first opens, the next closes. */
const QUOTES = new Set(['"', "'"]);

/** One sentence as text, with the character offset of each token; `open` holds the quote marks left open by earlier sentences. */
function detokenise(tokens: readonly Token[], open: Set<string>): { line: string; begins: number[] } {
  let line = '';
  const begins: number[] = [];
  let glue = true;
  let previous = '';
  for (const { word } of tokens) {
    let attach = glue || CLOSING.has(word);
    let opens = OPENING.has(word);
    // A plural's possessive ('the Eagles' franchise') is no quote mark.
    if (word === "'" && !open.has(word) && /s$/i.test(previous)) attach = true;
    else if (QUOTES.has(word)) {
      if (open.has(word)) {
        attach = true;
        open.delete(word);
      } else {
        opens = true;
        open.add(word);
      }
    }
    if (!attach) line += ' ';
    begins.push(line.length);
    line += word;
    glue = opens;
    previous = word;
  }
  return { line, begins };
}

function sentenceSpans(tokens: readonly Token[], begins: readonly number[], offset: number): TypedSpan[] {
  const spans: TypedSpan[] = [];
  let open: (TypedSpan & { label: string }) | undefined;
  tokens.forEach((token, i) => {
    const end = offset + begins[i] + token.word.length;
    if (open && token.label === open.label && !token.begins) {
      open.end = end;
      return;
    }
    if (open) spans.push({ begin: open.begin, end: open.end, type: open.type });
    const type = CONLL_TYPES[token.label];
    open = type ? { begin: offset + begins[i], end, type, label: token.label } : undefined;
  });
  if (open) spans.push({ begin: open.begin, end: open.end, type: open.type });
  return spans;
}

/** Documents of a CoNLL-2003 file's content. MISC and O tokens carry no span. */
export function readConll(content: string): LabelledDocument[] {
  const docs: LabelledDocument[] = [];
  let lines: string[] = [];
  let spans: TypedSpan[] = [];
  let sentence: Token[] = [];
  let length = 0;
  const quotes = new Set<string>();
  const endSentence = (): void => {
    if (sentence.length === 0) return;
    const { line, begins } = detokenise(sentence, quotes);
    const offset = length + (lines.length > 0 ? 1 : 0);
    spans.push(...sentenceSpans(sentence, begins, offset));
    lines.push(line);
    length = offset + line.length;
    sentence = [];
  };
  const endDocument = (): void => {
    endSentence();
    if (lines.length > 0) docs.push({ text: lines.join('\n'), spans });
    lines = [];
    spans = [];
    length = 0;
    quotes.clear();
  };
  for (const raw of content.split(/\r?\n/)) {
    const fields = raw.trim().split(/\s+/);
    if (fields[0] === '') endSentence();
    else if (fields[0] === '-DOCSTART-') endDocument();
    else {
      const tag = fields[fields.length - 1];
      sentence.push({ word: fields[0], label: tag === 'O' ? 'O' : tag.slice(2), begins: tag.startsWith('B-') });
    }
  }
  endDocument();
  return docs;
}
