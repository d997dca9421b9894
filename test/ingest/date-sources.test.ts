/**
 * Where a document's date comes from, one source at a time and in their order of preference:
 * a page's <meta>, its JSON-LD, front matter, a header block, a dateline, a date line of the text
 * or a page's <time>, and the file's name. A date that could be read two ways is not guessed.
 */
import { dateInFileName, parseDocument } from '../../server/ingest/formats';

const read = (name: string, content: string) => {
  const { date, dateSource } = parseDocument(name, Buffer.from(content), name);
  return { date, dateSource };
};

const page = (head: string, body = '<article><p>Putin met Assad in Moscow on Tuesday.</p></article>') =>
  `<!doctype html><html><head><title>Talks</title>${head}</head><body>${body}</body></html>`;

describe('the date of a web page', () => {
  it('is read from its <meta> first', () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2015-09-20"}</script>';
    expect(read('a.html', page(`<meta property="article:published_time" content="2015-09-15T10:00:00Z">${jsonLd}`))).toEqual({
      date: '2015-09-15',
      dateSource: 'meta',
    });
  });

  it("is read from its JSON-LD 'datePublished' without a <meta>, in a @graph too, and a block that is not JSON is skipped", () => {
    const graph =
      '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2015-09-20T08:00:00+03:00"}]}</script>';
    expect(read('a.html', page(`<script type="application/ld+json">{not json</script>${graph}`))).toEqual({ date: '2015-09-20', dateSource: 'json-ld' });
  });

  it('is read from its first <time datetime> without metadata', () => {
    expect(read('a.html', page('', '<article><time datetime="2015-09-21">Monday</time><p>Putin met Assad.</p></article>'))).toEqual({
      date: '2015-09-21',
      dateSource: 'text',
    });
  });
});

describe('the date of a text', () => {
  it('is read from front matter, then a header block, then a dateline', () => {
    expect(read('a.md', '---\ndate: 2015-09-04\n---\nMOSCOW, Sept 30 (Reuters) - Putin spoke.')).toEqual({ date: '2015-09-04', dateSource: 'front-matter' });
    expect(read('a.txt', 'Date: 4 September 2015\n\nMOSCOW, Sept 30 (Reuters) - Putin spoke.')).toEqual({ date: '2015-09-04', dateSource: 'header' });
    expect(read('a.txt', 'Putin speaks\nMOSCOW, Sept. 30, 2015 (Reuters) - Putin spoke.')).toEqual({ date: '2015-09-30', dateSource: 'dateline' });
  });

  it('is read from a line under the headline that is a date alone, with or without a word before it', () => {
    expect(read('a.txt', 'Putin speaks\n15 September 2015\n\nPutin spoke in Moscow.')).toEqual({ date: '2015-09-15', dateSource: 'text' });
    expect(read('a.txt', 'Putin speaks\nPublished: Tuesday, 15 September 2015 10:02\n\nPutin spoke.')).toEqual({ date: '2015-09-15', dateSource: 'text' });
  });

  it("is not guessed from '05/06/2015', which is May or June by the reader's habit", () => {
    expect(read('a.txt', 'Putin speaks\n05/06/2015\n\nPutin spoke in Moscow.')).toEqual({ date: undefined, dateSource: undefined });
  });
});

describe('the date in a file name', () => {
  it('is read when nothing in the file gives one', () => {
    expect(read('2015-09-15-putin.txt', 'Putin spoke in Moscow.')).toEqual({ date: '2015-09-15', dateSource: 'file-name' });
    expect(read('reuters_20150915.txt', 'Putin spoke in Moscow.')).toEqual({ date: '2015-09-15', dateSource: 'file-name' });
    expect(read('2015-09-15-putin.txt', 'Date: 2015-09-04\n\nPutin spoke.')).toEqual({ date: '2015-09-04', dateSource: 'header' });
  });

  it('is not a number that is no calendar day, nor a date in a folder name', () => {
    expect(dateInFileName('report-20151340.txt')).toBeUndefined();
    expect(dateInFileName('12345678.txt')).toBeUndefined();
    expect(dateInFileName('2015-09-15/putin.txt')).toBeUndefined();
  });
});
