/** Questions about single tokens that many rules ask: is it capitalised, is it written against the next. */
import type { Analysis, SentenceRange } from '../nlp';

export const HYPHEN = new Set(['-', '‐', '‑']);
export const INDEFINITE = new Set(['a', 'an']);

export function isCapitalised(analysis: Analysis, i: number): boolean {
  return analysis.tokens.capital[i] === true && analysis.tokens.pos[i] !== 'PUNCT' && analysis.tokens.pos[i] !== 'SYM';
}

/** Two tokens written together with no space between them ('al' '-' 'Assad'). */
export function adjacent(analysis: Analysis, a: number, b: number): boolean {
  return analysis.tokens.end[a] === analysis.tokens.begin[b];
}

/** The first token of a sentence after its opening quotation marks and brackets. */
export function openingToken(analysis: Analysis, sentence: SentenceRange): number {
  let i = sentence.first;
  while (i < sentence.last && (analysis.tokens.pos[i] === 'PUNCT' || analysis.tokens.pos[i] === 'SYM')) i++;
  return i;
}
