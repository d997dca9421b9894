/**
 * A sports event is named after a place, a sponsor or a body and a word for a tournament: the
 * 'Hong Kong Open', the 'Fed Cup', the 'BERLIN GRAND PRIX', the 'Atlanta Games'. The event is no
 * person, organisation or place, and the place or body it is named after is no mention there.
 */
import type { Mention } from '#model/types';
import { isSentenceInCapitals, type Analysis } from '../nlp';

const TOURNAMENT = 'Open|Cup|Grand Prix|Games|Championships?|Classic|Trophy|Marathon|Olympics';
/** A tournament word that ends the name; in running text, no capitalised word follows it ('Federal Open Market Committee'). */
const ENDS_IN = new RegExp(`\\s(?:${TOURNAMENT})$`, 'iu');
const NEXT = new RegExp(`^\\s(?:${TOURNAMENT}|${TOURNAMENT.toUpperCase()})(?![\\p{L}\\d])(?!\\s+\\p{Lu})`, 'u');
const NEXT_IN_CAPITALS = new RegExp(`^\\s(?:${TOURNAMENT.toUpperCase()})(?![\\p{L}\\d])`, 'u');

function inCapitals(analysis: Analysis, m: Mention): boolean {
  return isSentenceInCapitals(analysis, m.sentence);
}

function namesEvent(analysis: Analysis, m: Mention): boolean {
  if (ENDS_IN.test(m.text)) return true;
  const after = analysis.text.slice(m.end, m.end + 16);
  return NEXT.test(after) || (NEXT_IN_CAPITALS.test(after) && inCapitals(analysis, m));
}

/** The mentions without sports events and the names inside them. */
export function dropEventNames(analysis: Analysis, mentions: readonly Mention[]): Mention[] {
  return mentions.filter((m) => m.source !== 'text' || m.type === 'OUTLET' || m.refersTo !== undefined || !namesEvent(analysis, m));
}
