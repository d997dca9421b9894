/**
 * Common nouns and plurals are not entities: 'MPs', 'Ministers', 'Britons', 'Critics', 'Officials'
 * and 'Diplomats' name kinds of people, not someone. A one-word mention is dropped when it is the
 * plural of a role (data/lexicons/person-cues.tsv) or of a nationality, and so is a single letter
 * ('N' of 'N / A' in a table, 'B' of a list), and a currency by its country's letters ('C$', 'HK$').
 */
import type { Mention } from '#model/types';
import type { Lexicon } from '../lexicon';
import { tokenKey } from '../normalize';

const CURRENCY = /^\p{Lu}{1,3}\$$/u;

function namesNoOne(word: string, lexicon: Lexicon): boolean {
  if (word.length === 1 || CURRENCY.test(word)) return true;
  if (!/^\p{Lu}[\p{L}]*s$/u.test(word)) return false;
  const key = tokenKey(word.slice(0, -1));
  return lexicon.roles.has(key) || lexicon.titles.has(key) || lexicon.lookup(word)?.kind === 'demonym';
}

/** The mentions without those that are one common noun or plural. */
export function dropCommonNouns(mentions: readonly Mention[], lexicon: Lexicon): Mention[] {
  return mentions.filter((m) => m.source !== 'text' || m.type === 'OUTLET' || m.refersTo !== undefined || m.text.includes(' ') || !namesNoOne(m.text, lexicon));
}
