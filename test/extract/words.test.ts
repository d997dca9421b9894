/** A document's word count is the one `wc -w` gives for its text (the demo corpus is checked in test/corpus/demo.test.ts). */
import { execFileSync } from 'node:child_process';
import { countWords } from '../../server/extract/words';

/** GNU wc's count in a UTF-8 locale, or undefined where wc cannot be run. */
function wcWords(text: string): number | undefined {
  try {
    return Number(
      execFileSync('wc', ['-w'], { input: text, env: { ...process.env, LC_ALL: 'C.UTF-8' } })
        .toString()
        .trim(),
    );
  } catch {
    return undefined;
  }
}

describe('countWords', () => {
  it.each([
    ['', 0],
    ['  \n\t ', 0],
    ['Putin spoke.', 2],
    ['“To say we’re ready – so far it’s premature,” Putin said.', 11],
    ['U.S. President Obama, 250,000 lives', 5],
    ['Bashar al-Assad\n\nDamascus', 3],
    ['a\u00a0b', 2],
  ])('counts %j as %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('agrees with wc -w on text with dashes, quotes, no-break spaces and blank lines', () => {
    const text = '“To say we’re ready – so far\u00a0it’s premature,”  Putin said.\n\n\tU.S. — 250,000 lives —\n';
    const wc = wcWords(text);
    if (wc === undefined) return;
    expect(countWords(text)).toBe(wc);
  });
});
