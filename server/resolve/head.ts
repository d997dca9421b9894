/**
 * The head of a name: the word that may stand for the whole. A person's head is the surname
 * ('Putin' for 'Vladimir Putin'), or the whole of a surname written with a hyphen ('Kilroy-Silk'
 * for 'Robert Kilroy-Silk'); a name built with connectives ('Prevention of Terrorism Bill', 'East
 * End of London') is not a person's name, so no lone word joins it as a surname.
 */
import { DESCRIPTIVE_CONNECTIVES } from '../extract/grammar';
import { keyWords } from '../extract/normalize';

/** Words that are not a name of their own: connectives and name particles ('al-Assad' is one name word). */
export const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'al', 'el']);

/** The surname of a person's full name ('Bashar al-Assad' → 'assad'), or undefined when the name is not shaped like one. */
export function personHead(name: string): string | undefined {
  const words = keyWords(name);
  if (words.length < 2 || words.some((w) => DESCRIPTIVE_CONNECTIVES.has(w))) return undefined;
  return words[words.length - 1];
}

/** The name words of a written word, particles left out: 'al-Assad' → ['assad'], 'Kilroy-Silk' → ['kilroy', 'silk']. */
function nameWordsOf(written: string): string[] {
  return keyWords(written).filter((w) => !MINOR_WORDS.has(w));
}

/**
 * Every key a lone mention may carry to stand for this full name: the surname, and a surname
 * written with a hyphen, whole ('Robert Kilroy-Silk' → 'silk' and 'kilroy silk'). None for a
 * name that is itself one word ('Kilroy-Silk').
 */
export function personHeads(name: string): string[] {
  const surname = personHead(name);
  if (surname === undefined || loneSurname(name) !== undefined) return [];
  const written = name.trim().split(/\s+/);
  const hyphenated = nameWordsOf(written[written.length - 1]);
  return hyphenated.length > 1 ? [surname, hyphenated.join(' ')] : [surname];
}

/**
 * The shorter full names of a name of three words or more: those that end it ('Recep Tayyip
 * Erdogan' → 'tayyip erdogan'), and its first and last words without the middle names
 * ('Vladimir Vladimirovich Putin' → 'vladimir putin'). Read within a document only: across a
 * corpus, 'Ahmed Ali' may be the father of 'Mohammed Ahmed Ali', and 'George Bush' of 'George W. Bush'.
 */
export function shorterNames(name: string): string[] {
  const words = keyWords(name);
  const out: string[] = [];
  for (let from = 1; from <= words.length - 2; from++) if (!MINOR_WORDS.has(words[from])) out.push(words.slice(from).join(' '));
  // An initial is written to tell one person from another ('George W. Bush' met 'George Bush'); a middle name is not.
  const middle = words.slice(1, -1);
  if (middle.length > 0 && !MINOR_WORDS.has(words[0]) && middle.every((w) => w.length > 1)) out.push(`${words[0]} ${words[words.length - 1]}`);
  return out;
}

/**
 * The surname a lone mention stands for, or undefined when it is more than one name: 'Putin',
 * 'al-Assad' → 'assad', 'Kilroy-Silk' → 'kilroy silk' (one word written with a hyphen).
 */
export function loneSurname(name: string): string | undefined {
  const words = nameWordsOf(name);
  if (words.length === 1) return words[0];
  return words.length > 1 && !/\s/.test(name.trim()) ? words.join(' ') : undefined;
}
