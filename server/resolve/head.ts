/**
 * The head of a name: the one word that may stand for the whole. A person's head is the surname
 * ('Putin' for 'Vladimir Putin'); a name built with connectives ('Prevention of Terrorism Bill',
 * 'East End of London') is not a person's name, so no lone word joins it as a surname.
 */
import { keyWords } from '../extract/normalize';

/** Words that join the parts of a titled or descriptive name, never the parts of a person's. */
const CONNECTIVES = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'at', 'against']);

/** The surname of a person's full name ('Bashar al-Assad' → 'assad'), or undefined when the name is not shaped like one. */
export function personHead(name: string): string | undefined {
  const words = keyWords(name);
  if (words.length < 2 || words.some((w) => CONNECTIVES.has(w))) return undefined;
  return words[words.length - 1];
}
