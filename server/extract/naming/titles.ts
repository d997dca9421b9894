/**
 * Roles and titles are not part of a name: 'Tory leader Michael Howard', 'Ex-Labour MP George
 * Galloway' and 'Margaret Moran MP' name Michael Howard, George Galloway and Margaret Moran. The
 * role is kept on the mention as its title.
 */
import type { Mention } from '#model/types';
import type { Lexicon } from '../lexicon';
import type { Analysis } from '../nlp';
import { tokenKey } from '../normalize';
import { indexIn } from '../spans';

function isRole(word: string, lexicon: Lexicon): boolean {
  const key = tokenKey(word);
  return lexicon.roles.has(key) || lexicon.titles.has(key);
}

/** A capitalised word that may qualify a role before it ('Tory', 'Ex-Labour', 'Labour'). */
function qualifies(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !/[.!?]$/.test(word);
}

/** The words before a person's name that make up a role ending in a role word, as a token index, or -1. */
function roleBefore(analysis: Analysis, first: number, lexicon: Lexicon): number {
  const { value, sentence } = analysis.tokens;
  const opening = analysis.sentences[sentence[first]].first;
  let start = -1;
  for (let j = first - 1; j >= opening && first - j <= 4; j--) {
    if (isRole(value[j], lexicon)) start = j;
    else if (!(start >= 0 && qualifies(value[j]))) break;
  }
  if (start < 0) return -1;
  // Qualifiers before the role word ('Tory leader', 'Ex-Labour MP').
  while (start - 1 >= opening && qualifies(value[start - 1]) && first - start < 5) start--;
  return start;
}

/**
 * How many words open a person's span as a role: capitalised words that qualify it, then a role
 * word ('Leader', 'Ex-Labour MP', 'Tory leader'), leaving a name of two words or more; 0 for none.
 */
function leadingRole(words: readonly string[], lexicon: Lexicon): number {
  let role = 0;
  for (let k = 0; k < words.length - 2 && k < 4; k++) {
    if (isRole(words[k], lexicon) && qualifies(words[k + 1])) role = k + 1;
    else if (!qualifies(words[k])) break;
  }
  return role;
}

function retitled(analysis: Analysis, m: Mention, lexicon: Lexicon): Mention {
  const words = m.text.split(' ');
  const lead: string[] = [];
  const tail: string[] = [];
  // Only roles before or after a name: 'Minister of Health' is an office, not a name with a title.
  lead.push(...words.splice(0, leadingRole(words, lexicon)));
  while (words.length > 2 && isRole(words[words.length - 1], lexicon) && qualifies(words[words.length - 2])) tail.unshift(words.pop() ?? '');
  let out = m;
  // A mention named apart from its text (an office by its holder) keeps its span.
  if ((lead.length > 0 || tail.length > 0) && m.name === m.text) {
    const text = words.join(' ');
    const begin = m.begin + m.text.indexOf(text);
    out = { ...m, begin, end: begin + text.length, text, name: m.name === m.text ? text : m.name, title: [...lead, ...tail].join(' ') };
  }
  const first = indexIn(analysis.tokens.begin, out.begin);
  if (out.title === undefined && first >= 0) {
    const start = roleBefore(analysis, first, lexicon);
    if (start >= 0) out = { ...out, title: analysis.text.slice(analysis.tokens.begin[start], analysis.tokens.end[first - 1]) };
  }
  return out;
}

/** People's mentions without the roles written with them, each role kept as the mention's title. */
export function separateTitles(analysis: Analysis, mentions: readonly Mention[], lexicon: Lexicon): Mention[] {
  return mentions.map((m) => (m.type === 'PERSON' && m.source === 'text' ? retitled(analysis, m, lexicon) : m));
}
