import { markdownToDocument, plainTextToDocument } from '../../server/ingest/text';

const origin = { name: 'notes/putin-speaks.md', sourcePath: 'notes/putin-speaks.md' };

describe('plainTextToDocument', () => {
  it('takes the title from the first non-empty line', () => {
    const document = plainTextToDocument('\n\n  Putin confirms support  \n\nRussia is providing…', origin);
    expect(document.title).toBe('Putin confirms support');
  });

  it('keeps the text exactly as it is, leading blank lines and inner spaces included', () => {
    const text = '\n\n  Putin confirms support  \n\nRussia  is providing…\n';
    expect(plainTextToDocument(text, origin).text).toBe(text);
  });

  it('does not treat # as a heading mark in plain text', () => {
    expect(plainTextToDocument('# not a heading\nbody', origin).title).toBe('# not a heading');
  });

  it('reads front matter as Markdown does and stores only the text after it', () => {
    const text =
      '---\ntitle: Putin admits Russian support\nsource: IBTimes\ndate: 2015-09-04\nurl: https://example.com/putin\n---\n\nPutin\nRussia is providing…\n';
    expect(plainTextToDocument(text, origin)).toEqual({
      title: 'Putin admits Russian support',
      text: 'Putin\nRussia is providing…\n',
      sourcePath: origin.sourcePath,
      outlet: 'IBTimes',
      date: '2015-09-04',
      dateSource: 'front-matter',
      url: 'https://example.com/putin',
    });
  });

  it('reads a header block and takes the title from it, not from the first line of the text', () => {
    const text = 'Title: Putin confirms support\nSource: The Daily Telegraph\n\nRussia is providing…';
    expect(plainTextToDocument(text, origin)).toEqual({
      title: 'Putin confirms support',
      text: 'Russia is providing…',
      sourcePath: origin.sourcePath,
      outlet: 'The Daily Telegraph',
    });
  });

  it('takes the outlet from a dateline and keeps the dateline in the text', () => {
    const text = 'Putin speaks\n\nMOSCOW (Reuters) - Russia is providing…';
    const document = plainTextToDocument(text, origin);
    expect(document.text).toBe(text);
    expect(document.outlet).toBe('Reuters');
  });

  it('refuses a file that holds only header lines', () => {
    expect(() => plainTextToDocument('Title: Putin\nDate: 2015-09-04\n', origin)).toThrow(
      expect.objectContaining({ name: 'InputError', message: 'notes/putin-speaks.md: contains no readable text (only front matter or header lines)' }),
    );
  });

  it('records the source path and gives no outlet or date', () => {
    expect(plainTextToDocument('Title\nbody', origin)).toEqual({
      title: 'Title',
      text: 'Title\nbody',
      sourcePath: 'notes/putin-speaks.md',
    });
  });
});

describe('markdownToDocument', () => {
  it('takes title, date and outlet from front matter and removes it from the text', () => {
    const markdown = '---\ntitle: Putin admits Russian support\ndate: 2015-09-04\noutlet: IBTimes\n---\n\n# Putin\n\nBody text.\n';
    expect(markdownToDocument(markdown, origin)).toEqual({
      title: 'Putin admits Russian support',
      text: '# Putin\n\nBody text.\n',
      sourcePath: 'notes/putin-speaks.md',
      outlet: 'IBTimes',
      date: '2015-09-04',
      dateSource: 'front-matter',
    });
  });

  it.each(['source', 'publisher'])('accepts %s as the outlet', (key) => {
    const markdown = `---\n${key}: The Telegraph\n---\nBody`;
    expect(markdownToDocument(markdown, origin).outlet).toBe('The Telegraph');
  });

  it('prefers outlet to publisher to source', () => {
    const markdown = '---\nsource: Reuters\npublisher: Telegraph Media Group\noutlet: The Telegraph\n---\nBody';
    expect(markdownToDocument(markdown, origin).outlet).toBe('The Telegraph');
  });

  it('normalises a front-matter date written out in words', () => {
    expect(markdownToDocument('---\ndate: July 10, 2015\n---\nBody', origin).date).toBe('2015-07-10');
    expect(markdownToDocument('---\ndate: 10 July 2015\n---\nBody', origin).date).toBe('2015-07-10');
  });

  it('leaves out a date that could be read two ways', () => {
    expect(markdownToDocument('---\ndate: 04/09/2015\n---\nBody', origin)).not.toHaveProperty('date');
  });

  it('unquotes YAML values', () => {
    const markdown = `---\ntitle: "Putin: \\"so far premature\\""\noutlet: 'The Children''s Post'\n---\nBody`;
    const document = markdownToDocument(markdown, origin);
    expect(document.title).toBe('Putin: "so far premature"');
    expect(document.outlet).toBe("The Children's Post");
  });

  it('reads front-matter keys in any case and ignores keys it does not know', () => {
    const markdown = '---\nTitle: Putin\nTags:\n  - russia\n  - syria\nlayout: post\n---\nBody';
    expect(markdownToDocument(markdown, origin)).toEqual({ title: 'Putin', text: 'Body', sourcePath: origin.sourcePath });
  });

  it('strips heading marks from a title taken from the first line', () => {
    expect(markdownToDocument('\n## Putin confirms support ##\n\nBody', origin).title).toBe('Putin confirms support');
  });

  it('keeps the body unchanged, heading marks and emphasis included, so that offsets match the file', () => {
    const markdown = '# Putin\n\nRussia is *providing*  “serious” support.\n';
    expect(markdownToDocument(markdown, origin).text).toBe(markdown);
  });

  it('treats a --- block that does not read as key: value as text, not front matter', () => {
    const markdown = '---\nA thematic break, then prose.\n---\nMore prose.';
    const document = markdownToDocument(markdown, origin);
    expect(document.text).toBe(markdown);
    expect(document.title).toBe('---');
  });

  it('treats an unclosed --- block as text', () => {
    const markdown = '---\ntitle: Putin\nBody without a closing line';
    expect(markdownToDocument(markdown, origin).text).toBe(markdown);
  });

  it('falls back to the file name when neither front matter nor text gives a title', () => {
    expect(markdownToDocument('---\ndate: 2015-09-04\n---\n#\n\nBody', origin).title).toBe('putin-speaks');
  });

  it('refuses a file that holds only front matter', () => {
    expect(() => markdownToDocument('---\ntitle: Putin\n---\n\n', origin)).toThrow(
      expect.objectContaining({ name: 'InputError', message: 'notes/putin-speaks.md: contains no readable text (only front matter or header lines)' }),
    );
  });
});
