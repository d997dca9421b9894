/** Tables of articles: CSV and JSON Lines, one document per row, columns mapped by name and the mapping reported. */
import { MAX_DOCUMENTS_PER_FILE } from '../../server/ingest/limits';
import { describeMapping, mapColumns } from '../../server/ingest/table';
import { entitiesIn, readFile, refusalOf } from '../helpers/documents';

const CSV = [
  'id,Headline,Body,Published At,Source,Link,tags',
  '1,Putin backs Assad,"Vladimir Putin said on Tuesday that Russia would keep arming Bashar al-Assad.",2015-09-15,Reuters,https://example.org/1,syria',
  '2,"Merkel, Hollande meet","Angela Merkel met François Hollande in Paris.\nThey spoke of refugees.",15 September 2015,AFP,not a link,europe',
].join('\r\n');

describe('a CSV table of articles', () => {
  it('gives each row as a document, its columns mapped by name', async () => {
    const { results, notes } = await readFile('export.csv', Buffer.from(CSV));
    expect(results).toEqual([
      {
        source: 'export.csv row 1',
        document: {
          title: 'Putin backs Assad',
          text: 'Vladimir Putin said on Tuesday that Russia would keep arming Bashar al-Assad.',
          sourcePath: 'export.csv#1',
          outlet: 'Reuters',
          date: '2015-09-15',
          dateSource: 'meta',
          url: 'https://example.org/1',
        },
      },
      {
        source: 'export.csv row 2',
        document: {
          title: 'Merkel, Hollande meet',
          text: 'Angela Merkel met François Hollande in Paris.\nThey spoke of refugees.',
          sourcePath: 'export.csv#2',
          outlet: 'AFP',
          date: '2015-09-15',
          dateSource: 'meta',
        },
      },
    ]);
    expect(notes).toEqual(['export.csv: columns Headline → title, Body → text, Published At → date, Source → outlet, Link → url (not read: id, tags)']);
    const first = results[0];
    expect('document' in first && entitiesIn(first.document.text)).toEqual(expect.arrayContaining(['PERSON Vladimir Putin', 'PERSON Bashar al-Assad']));
  });

  it('refuses a table without a column of text, listing its columns', async () => {
    expect(await refusalOf('names.csv', Buffer.from('name,country\nPutin,Russia\n'))).toBe(
      'names.csv: has no column of text (one named text, body, content, articletext, fulltext, maintext, article, description, summary); its columns are name, country',
    );
  });

  it('refuses a row without text, and reads the others', async () => {
    const { results } = await readFile('gaps.csv', Buffer.from('title,text\nEmpty,\nFull,Obama spoke.\n'));
    expect(results).toEqual([
      { source: 'gaps.csv row 1', error: 'gaps.csv row 1: has no text (column text)' },
      { source: 'gaps.csv row 2', document: expect.objectContaining({ title: 'Full', text: 'Obama spoke.' }) },
    ]);
  });

  it('refuses a malformed table, saying where', async () => {
    expect(await refusalOf('bad.csv', Buffer.from('title,text\n"unclosed,quote\n'))).toMatch(/^bad\.csv: is not a CSV table that can be read \(.+\)$/);
  });
});

describe('a JSON Lines file of articles', () => {
  it('gives each line as a document, its fields mapped by name', async () => {
    const lines = [
      JSON.stringify({
        title: 'Tsipras wins',
        text: 'Alexis Tsipras won in Athens.',
        date: '2015-09-21',
        outlet: 'Kathimerini',
        url: 'https://example.gr/1',
        byline: 'By Helena Smith',
      }),
      '',
      JSON.stringify({ headline: 'Xi meets Ma', content: 'Xi Jinping met Ma Ying-jeou in Singapore.' }),
    ].join('\n');
    const { results, notes } = await readFile('articles.jsonl', Buffer.from(lines));
    expect(results.map((result) => ('document' in result ? result.document : result.error))).toEqual([
      {
        title: 'Tsipras wins',
        text: 'Alexis Tsipras won in Athens.',
        sourcePath: 'articles.jsonl#1',
        outlet: 'Kathimerini',
        date: '2015-09-21',
        dateSource: 'meta',
        url: 'https://example.gr/1',
        author: 'Helena Smith',
      },
      { title: 'Xi meets Ma', text: 'Xi Jinping met Ma Ying-jeou in Singapore.', sourcePath: 'articles.jsonl#3' },
    ]);
    expect(notes).toEqual([
      'articles.jsonl: columns title → title, text → text, date → date, outlet → outlet, url → url, byline → author',
      'articles.jsonl: columns headline → title, content → text',
    ]);
  });

  it('refuses a line that is not a JSON object, naming the line', async () => {
    expect(await refusalOf('bad.jsonl', Buffer.from('{"text": "ok"}\n[1, 2]\n'))).toBe('bad.jsonl: line 2 is not a JSON object');
    expect(await refusalOf('worse.jsonl', Buffer.from('{"text": "ok"}\n{oops\n'))).toMatch(/^worse\.jsonl: line 2 is not JSON \(.+\)$/);
  });
});

describe('tables too large', () => {
  it(`refuses a CSV or JSON Lines file of more than ${MAX_DOCUMENTS_PER_FILE} articles`, async () => {
    const csv = `text\n${'Putin spoke.\n'.repeat(MAX_DOCUMENTS_PER_FILE + 1)}`;
    expect(await refusalOf('big.csv', Buffer.from(csv))).toBe(`big.csv: holds more than ${MAX_DOCUMENTS_PER_FILE} rows, more than a file may; split it`);
    const jsonl = `${JSON.stringify({ text: 'Putin spoke.' })}\n`.repeat(MAX_DOCUMENTS_PER_FILE + 1);
    expect(await refusalOf('big.jsonl', Buffer.from(jsonl))).toBe(`big.jsonl: holds more than ${MAX_DOCUMENTS_PER_FILE} lines, more than a file may; split it`);
  });
});

describe('mapColumns', () => {
  it('maps names in any case and spacing to the first field they name, by preference', () => {
    expect(mapColumns(['ARTICLE_TEXT', 'description', 'pub-date', 'Site Name'])).toEqual({ text: 'ARTICLE_TEXT', date: 'pub-date', outlet: 'Site Name' });
  });

  it('describes a mapping for the user', () => {
    expect(describeMapping('a.csv', { text: 'body' }, ['body', 'x'])).toBe('a.csv: columns body → text (not read: x)');
  });
});
