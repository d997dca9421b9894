/** The bounded memo every cache of the extractor uses (server/extract/memo.ts). */
import { boundedMemo } from '../../server/extract/memo';

describe('boundedMemo', () => {
  it('computes each key once, and starts again past its size', () => {
    const made: string[] = [];
    const upper = boundedMemo(2, (key) => {
      made.push(key);
      return key.toUpperCase();
    });
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(made).toEqual(['a', 'b']);
    upper('c');
    upper('a');
    expect(made).toEqual(['a', 'b', 'c', 'a']);
  });
});
