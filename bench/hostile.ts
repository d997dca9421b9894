/**
 * Hostile inputs made on demand, for the tests and the benches that show a limit holds: nothing
 * of this size is committed.
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A capitalised made-up word for a number, distinct for each number: 0 → 'Baka', 1 → 'Beka'. */
function madeUpWord(n: number): string {
  const consonants = 'bdfgklmnprstvz';
  const vowels = 'aeiou';
  let word = '';
  let rest = n;
  do {
    word += consonants[rest % consonants.length] + vowels[Math.floor(rest / consonants.length) % vowels.length];
    rest = Math.floor(rest / (consonants.length * vowels.length));
  } while (rest > 0);
  return word[0].toUpperCase() + word.slice(1) + LETTERS[n % 3 === 0 ? 10 : 13];
}

/** `count` distinct made-up names of people, each two made-up words: 'Bak Dan', 'Fan Gak', … */
export function crowdedNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${madeUpWord(2 * i)} ${madeUpWord(2 * i + 1)}`);
}

/**
 * One sentence naming `count` distinct people: 'Officials said that Mr Bak Dan, Mr Fan Gak, … and
 * Mr Final Person met in London.'
 */
export function crowdedSentence(count: number): string {
  const names = crowdedNames(count - 1).map((name) => `Mr ${name}`);
  return `Officials said that ${names.join(', ')} and Mr Final Person met in London.\n`;
}
