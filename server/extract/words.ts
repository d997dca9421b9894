/**
 * A document's length in words, as `wc -w` counts it (GNU coreutils, UTF-8 locale): runs of
 * characters between white space, no-break spaces included. Punctuation is not a word of its own
 * unless it stands alone ('today – so far' is four words), so the count matches what users check.
 */
export function countWords(text: string): number {
  let words = 0;
  // A scan rather than text.match(/\S+/g): no array of every word for a long document.
  const word = /\S+/g;
  while (word.exec(text) !== null) words += 1;
  return words;
}
