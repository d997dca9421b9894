/**
 * A document's length in words, as `wc -w` counts it (GNU coreutils, UTF-8 locale): runs of
 * characters between white space, no-break spaces included. Punctuation is not a word of its own
 * unless it stands alone ('today – so far' is four words), so the count matches what users check.
 */
export function countWords(text: string): number {
  // A scan of char codes rather than /\S+/g: no match object per word, and the same count.
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isWhiteSpace(text.charCodeAt(i));
    if (!space && !inWord) words += 1;
    inWord = !space;
  }
  return words;
}

/** The characters of JavaScript's \s: ECMAScript's WhiteSpace and LineTerminator. */
function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
