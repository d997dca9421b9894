import { classesFromMap, classesOf, NO_CLASS, NO_WORD_CLASSES, parseWordClasses, serializeWordClasses } from '../../../server/extract/tagger/word-classes';

const TABLE = classesFromMap(
  new Map([
    ['london', 0b1011001110],
    ['paris', 0b1011001111],
    ['said', 0b0000000001],
    ['al-qaeda', 0b0110000000],
    ['zurich', 0b1011000000],
  ]),
);

describe('word classes', () => {
  it('reads a path as its prefixes at 4, 6, 8 and 10 turns', () => {
    expect(classesOf(TABLE, 'london')).toEqual(['1011', '101100', '10110011', '1011001110']);
  });

  it('gives a word not in the table no class at any depth', () => {
    expect(classesOf(TABLE, 'kesh')).toEqual([NO_CLASS, NO_CLASS, NO_CLASS, NO_CLASS]);
    expect(classesOf(NO_WORD_CLASSES, 'london')).toEqual([NO_CLASS, NO_CLASS, NO_CLASS, NO_CLASS]);
  });

  it('finds every word of a table read back from its file, and no other', () => {
    const read = parseWordClasses(serializeWordClasses(TABLE));
    expect(read?.size).toBe(5);
    expect(read?.pathOf('lon')).toBeUndefined();
    for (const [word, path] of TABLE.entries()) expect(read?.pathOf(word)).toBe(path);
    for (const word of ['', 'a', 'londo', 'londonx', 'paris ', 'zz', 'al']) expect(read?.pathOf(word)).toBeUndefined();
    expect(read?.entries()).toEqual(TABLE.entries());
  });

  it('leaves out of the file words that are not printable ASCII', () => {
    const read = parseWordClasses(
      serializeWordClasses(
        classesFromMap(
          new Map([
            ['zürich', 1],
            ['€', 2],
            ['bern', 3],
          ]),
        ),
      ),
    );
    expect(read?.entries()).toEqual([['bern', 3]]);
  });

  it('refuses a file whose entries are not a word and a path', () => {
    expect(parseWordClasses({ lines: 'london2ce paris ' })).toBeUndefined();
    expect(parseWordClasses({ lines: 'london2ce' })).toBeUndefined();
    expect(parseWordClasses({ lines: '' })?.size).toBe(0);
  });
});
