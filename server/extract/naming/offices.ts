/**
 * An office without a holder is not a person: 'the United States ambassador' and 'the UN special
 * envoy' say what someone is, not who. A person's mention whose name ends in a lower-case role is dropped;
 * an office named by its holder ('the Omani Foreign Minister, Salma al-Harthy') keeps the holder's name.
 */
import type { Mention } from '#model/types';
import type { Lexicon } from '../lexicon';
import type { Analysis } from '../nlp';
import { tokenKey } from '../normalize';

/** A name ending in a role written in lower case ('ambassador'): 'Margaret Moran MP' ends in a title after a name, which ./titles takes off. */
function endsInRole(name: string, lexicon: Lexicon): boolean {
  const words = name.split(' ');
  const last = words[words.length - 1];
  const key = tokenKey(last);
  return last === last.toLowerCase() && (lexicon.roles.has(key) || lexicon.titles.has(key));
}

export function dropHolderlessOffices(mentions: readonly Mention[], lexicon: Lexicon): Mention[] {
  return mentions.filter((m) => m.type !== 'PERSON' || m.source !== 'text' || !endsInRole(m.name, lexicon));
}

/** A name ending in a capitalised title word ('International Development Secretary'). */
function endsInTitle(name: string, lexicon: Lexicon): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return last !== last.toLowerCase() && lexicon.titles.has(tokenKey(last));
}

/** A name with a capitalised title word in it ('President of the Kurdistan Region', 'Foreign Office Minister for the Middle East'). */
function holdsTitle(name: string, lexicon: Lexicon): boolean {
  return name.split(' ').some((word) => word !== word.toLowerCase() && lexicon.titles.has(tokenKey(word)));
}

/** Two mentions with nothing but a comma between them. */
function apposed(analysis: Analysis, first: Mention, second: Mention): boolean {
  return first.source === 'text' && second.source === 'text' && /^\s*,\s*$/.test(analysis.text.slice(first.end, second.begin));
}

/** An office before its holder: 'The International Development Secretary, Priti Patel'. */
function officeBefore(analysis: Analysis, office: Mention, holder: Mention, lexicon: Lexicon): boolean {
  return (
    holder.type === 'PERSON' &&
    (office.type === 'PERSON' || office.type === 'ORGANIZATION') &&
    apposed(analysis, office, holder) &&
    endsInTitle(office.text, lexicon)
  );
}

/** An office after its holder, naming no one itself: 'Masoud Barzani, President of the Kurdistan Region'. */
function officeAfter(analysis: Analysis, holder: Mention, office: Mention, lexicon: Lexicon): boolean {
  return (
    holder.type === 'PERSON' &&
    holder.title !== holder.text &&
    office.type === 'PERSON' &&
    office.name === office.text &&
    apposed(analysis, holder, office) &&
    holdsTitle(office.text, lexicon)
  );
}

/**
 * An office named in apposition to its holder ('The International Development Secretary, Priti
 * Patel, announced'; 'Masoud Barzani, President of the Kurdistan Region, said') is a mention of the
 * holder, as 'the Omani Foreign Minister, Salma al-Harthy' is: one person, whose title the office
 * is. The office mention's title is its whole text, so that resolution files no name under it: the
 * next holder of the office is someone else.
 */
export function foldOfficesIntoHolders(analysis: Analysis, mentions: readonly Mention[], lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const office = mentions[k];
    const holder = mentions[k + 1];
    if (holder !== undefined && officeBefore(analysis, office, holder, lexicon)) {
      out.push({ ...office, type: 'PERSON', name: holder.name, title: office.text }, { ...holder, title: holder.title ?? office.text });
      k++;
      continue;
    }
    const previous = out[out.length - 1];
    if (previous !== undefined && officeAfter(analysis, previous, office, lexicon)) {
      out[out.length - 1] = { ...previous, title: previous.title ?? office.text };
      out.push({ ...office, name: previous.name, title: office.text });
      continue;
    }
    out.push(office);
  }
  return out;
}
