/**
 * Geographic coordinates written in the text ('58°12′N 6°23′W', '58.2°N 6.38°W'): a place,
 * named exactly, that no lexicon lists. Found by pattern, not by wink-nlp, which cuts them into
 * many tokens.
 */
import type { Span } from '#model/types';

const DEGREES = String.raw`\d{1,3}(?:\.\d+)?°(?:\s?\d{1,2}(?:\.\d+)?['′](?:\s?\d{1,2}(?:\.\d+)?(?:″|''|"))?)?`;
const COORDINATES = new RegExp(String.raw`${DEGREES}\s?[NS],?\s+${DEGREES}\s?[EW]\b`, 'gu');

/** Spans of the latitude-longitude pairs in a text. */
export function findCoordinates(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(COORDINATES)) spans.push({ begin: m.index, end: m.index + m[0].length });
  return spans;
}
