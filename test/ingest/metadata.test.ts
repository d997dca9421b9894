/**
 * A text's own metadata: front matter, a header block or a dateline give title, outlet, date and
 * URL; front matter and header lines leave the text, a dateline stays in it.
 */
import { readDateline, readTextMetadata, splitFrontMatter, splitHeaderBlock } from '../../server/ingest/metadata';

describe('readTextMetadata', () => {
  describe('front matter', () => {
    it('gives title, outlet, date and URL, and the text after it and its blank lines', () => {
      const text =
        '---\ntitle: Putin admits support\noutlet: IBTimes\nauthor: By Jane Doe\ndate: 2015-09-04\nurl: https://www.ibtimes.com.au/putin\n---\n\nPutin\nBody.';
      expect(readTextMetadata(text)).toEqual({
        metadata: {
          title: 'Putin admits support',
          outlet: 'IBTimes',
          author: 'Jane Doe',
          date: '2015-09-04',
          dateSource: 'front-matter',
          url: 'https://www.ibtimes.com.au/putin',
        },
        body: 'Putin\nBody.',
      });
    });

    it.each(['outlet', 'publisher', 'publication', 'source'])('takes %s for the outlet', (key) => {
      expect(readTextMetadata(`---\n${key}: The Daily Telegraph\n---\nBody`).metadata.outlet).toBe('The Daily Telegraph');
    });

    it('is removed even when empty, and no header block is looked for after it', () => {
      expect(readTextMetadata('---\n---\nTitle: not metadata\nBody')).toEqual({ metadata: {}, body: 'Title: not metadata\nBody' });
    });

    it('wins over a dateline', () => {
      const text = '---\noutlet: The Guardian\n---\nLONDON (Reuters) - Body.';
      expect(readTextMetadata(text).metadata.outlet).toBe('The Guardian');
    });
  });

  describe('header block', () => {
    it('gives the fields of the leading Key: value lines, in any case, and the text after them', () => {
      const text =
        '\nTitle: Putin confirms support\nSOURCE: The Daily Telegraph\nDate: 4 September 2015\nURL: http://www.telegraph.co.uk/putin\n\nRussia is providing support.\n';
      expect(readTextMetadata(text)).toEqual({
        metadata: {
          title: 'Putin confirms support',
          outlet: 'The Daily Telegraph',
          date: '2015-09-04',
          dateSource: 'header',
          url: 'http://www.telegraph.co.uk/putin',
        },
        body: 'Russia is providing support.\n',
      });
    });

    it('ends at the first line that is not a known key', () => {
      const text = 'Source: Reuters\nNote: this line is prose.\nMore prose.';
      expect(readTextMetadata(text)).toEqual({ metadata: { outlet: 'Reuters' }, body: 'Note: this line is prose.\nMore prose.' });
    });

    it('is not found in a text that opens with an unknown key', () => {
      const text = 'Update: Putin spoke again.\nTitle: not metadata here';
      expect(readTextMetadata(text)).toEqual({ metadata: {}, body: text });
    });
  });

  describe('dateline', () => {
    it('gives the outlet of "LONDON (Reuters) -" and leaves the text whole', () => {
      const text = 'LONDON (Reuters) - Britain said on Friday…';
      expect(readTextMetadata(text)).toEqual({ metadata: { outlet: 'Reuters' }, body: text });
    });

    it('reads a dateline after a headline and a byline, not further into the text', () => {
      expect(readTextMetadata('Russia strikes\n\nBy a correspondent\n\nMOSCOW, Sept 30 (Reuters) - Russia began…').metadata).toEqual({ outlet: 'Reuters' });
      expect(readDateline('One\n\nTwo\n\nThree\n\nMOSCOW (Reuters) - Russia began…')).toEqual({});
    });

    it('gives the date of a dateline when it has a year, and none when it has not', () => {
      expect(readDateline('MOSCOW, Sept. 30, 2015 (Reuters) - Russia began air strikes…')).toEqual({ outlet: 'Reuters', date: '2015-09-30' });
      expect(readDateline('MOSCOW, Sept 30 (Reuters) - Russia began air strikes…')).toEqual({ outlet: 'Reuters' });
    });

    it.each([
      ['NEW YORK (AP) — Stocks fell.', 'AP'],
      ['BEIRUT/MOSCOW (Reuters) -- Syria said…', 'Reuters'],
      ['WASHINGTON, June 3 (Agence France-Presse) – The Pentagon said…', 'Agence France-Presse'],
    ])('reads %j as from %s', (text, outlet) => {
      expect(readDateline(text).outlet).toBe(outlet);
    });

    it.each(['Putin (pictured) - a profile', 'The UN (United Nations) - its work', 'MOSCOW - Russia began…'])('finds none in %j', (text) => {
      expect(readDateline(text)).toEqual({});
    });

    it('comes after a header block, and gives what the block does not', () => {
      const text = 'Title: Strikes\n\nMOSCOW (Reuters) - Russia began…';
      expect(readTextMetadata(text)).toEqual({ metadata: { title: 'Strikes', outlet: 'Reuters' }, body: 'MOSCOW (Reuters) - Russia began…' });
    });
  });

  describe('none', () => {
    it('leaves a text without metadata exactly as it is', () => {
      const text = '\n\n  Putin confirms support  \n\nRussia  is providing…\n';
      expect(readTextMetadata(text)).toEqual({ metadata: {}, body: text });
    });
  });

  describe('values', () => {
    it('leaves out a date that does not normalise: ambiguous, or without a year', () => {
      expect(readTextMetadata('Date: 04/09/2015\n\nBody').metadata).toEqual({});
      expect(readTextMetadata('Date: Friday\n\nBody')).toEqual({ metadata: {}, body: 'Body' });
    });

    it('keeps only http and https addresses', () => {
      expect(readTextMetadata('URL: javascript:alert(1)\n\nBody').metadata).toEqual({});
      expect(readTextMetadata('URL: www.example.com\n\nBody').metadata).toEqual({});
      expect(readTextMetadata('Link: https://example.com/a?b=c\n\nBody').metadata).toEqual({ url: 'https://example.com/a?b=c' });
    });

    it('leaves out an outlet longer than a name', () => {
      expect(readTextMetadata(`Source: ${'x'.repeat(201)}\n\nBody`).metadata).toEqual({});
    });
  });
});

describe('splitFrontMatter', () => {
  it("accepts an empty front matter block and YAML's ... as its end", () => {
    expect(splitFrontMatter('---\n---\nBody').body).toBe('Body');
    expect(splitFrontMatter('---\ntitle: Putin\n...\nBody').fields.get('title')).toBe('Putin');
  });

  it('drops a trailing comment from a plain value', () => {
    expect(splitFrontMatter('---\noutlet: Reuters # wire copy\n---\nBody').fields.get('outlet')).toBe('Reuters');
  });
});

describe('splitHeaderBlock', () => {
  it('keeps the first value of a key given twice', () => {
    expect(splitHeaderBlock('Date: 2015-09-04\nDate: 2016-01-01\nBody').fields.get('date')).toBe('2015-09-04');
  });

  it('stays linear on a long run of blank lines and spaces', () => {
    const text = `${'  \n'.repeat(100_000)}Body`;
    const started = Date.now();
    expect(splitHeaderBlock(text).body).toBe(text);
    expect(readDateline(`${' '.repeat(100_000)}x`)).toEqual({});
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
