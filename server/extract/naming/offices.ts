/**
 * An office without a holder is not a person: 'the United States ambassador' and 'the UN special
 * envoy' say what someone is, not who. A person's mention whose name ends in a lower-case role is dropped;
 * an office named by its holder ('the Omani Foreign Minister, Salma al-Harthy') keeps the holder's name.
 */
import type { Mention } from '#model/types';
import type { Lexicon } from '../lexicon';
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
