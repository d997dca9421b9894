/** RSS 2.0 and Atom feeds: one document per item, with its link, date, author and the feed's title as outlet. */
import { MAX_DOCUMENTS_PER_FILE } from '../../server/ingest/limits';
import { entitiesIn, readFile, refusalOf } from '../helpers/documents';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
  <title>World News – The Ledger</title><link>https://example.org/world</link><description>World</description>
  <item>
    <title>Putin says Russia will keep arming Assad</title>
    <link>https://example.org/world/putin-assad</link>
    <pubDate>Tue, 15 Sep 2015 10:02:00 GMT</pubDate>
    <dc:creator>Oliver Carroll</dc:creator>
    <description><![CDATA[<p>Vladimir Putin said Russia would keep arming <b>Bashar al-Assad</b>.</p><p>John Kerry called Sergei Lavrov.</p>]]></description>
  </item>
  <item>
    <title>Merkel visits a refugee camp</title>
    <link>https://example.org/world/merkel</link>
    <pubDate>Thu, 10 Sep 2015 08:00:00 GMT</pubDate>
  </item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Europe Desk</title>
  <entry>
    <title>Tsipras wins second term</title>
    <link href="https://example.gr/tsipras"/>
    <published>2015-09-21T06:00:00Z</published>
    <author><name>Helena Smith</name></author>
    <content type="html">&lt;p&gt;Alexis Tsipras won the election in Athens.&lt;/p&gt;</content>
  </entry>
</feed>`;

describe('an RSS feed', () => {
  it('gives each item as a document with its title, text, link, date and the feed as its outlet', async () => {
    const { results } = await readFile('world.rss', Buffer.from(RSS));
    expect(results).toEqual([
      {
        source: 'world.rss item 1',
        document: {
          title: 'Putin says Russia will keep arming Assad',
          text: 'Vladimir Putin said Russia would keep arming Bashar al-Assad.\n\nJohn Kerry called Sergei Lavrov.',
          sourcePath: 'world.rss#1',
          outlet: 'World News – The Ledger',
          date: '2015-09-15',
          dateSource: 'meta',
          url: 'https://example.org/world/putin-assad',
          author: 'Oliver Carroll',
        },
      },
      {
        source: 'world.rss item 2',
        document: expect.objectContaining({
          title: 'Merkel visits a refugee camp',
          text: 'Merkel visits a refugee camp',
          sourcePath: 'world.rss#2',
          date: '2015-09-10',
        }),
      },
    ]);
    const first = results[0];
    expect('document' in first && entitiesIn(first.document.text)).toEqual(
      expect.arrayContaining(['PERSON Vladimir Putin', 'PERSON Bashar al-Assad', 'PERSON John Kerry', 'PERSON Sergei Lavrov']),
    );
  });
});

describe('an Atom feed', () => {
  it('gives each entry as a document, its HTML content read as text', async () => {
    const { results } = await readFile('europe.atom', Buffer.from(ATOM));
    expect(results).toEqual([
      {
        source: 'europe.atom item 1',
        document: {
          title: 'Tsipras wins second term',
          text: 'Alexis Tsipras won the election in Athens.',
          sourcePath: 'europe.atom#1',
          outlet: 'Europe Desk',
          date: '2015-09-21',
          dateSource: 'meta',
          url: 'https://example.gr/tsipras',
          author: 'Helena Smith',
        },
      },
    ]);
  });

  it('is read from a .xml file too', async () => {
    expect((await readFile('europe.xml', Buffer.from(ATOM))).results).toHaveLength(1);
  });
});

describe('refused feeds', () => {
  it(`refuses a feed of more than ${MAX_DOCUMENTS_PER_FILE} items, counting before it parses`, async () => {
    const items = '<item><title>Putin</title><description>Putin spoke.</description></item>'.repeat(100_000);
    // Left unclosed: had the feed been parsed, it would be refused as malformed instead.
    expect(await refusalOf('huge.rss', Buffer.from(`<rss><channel><title>T</title>${items}<unclosed`))).toBe(
      `huge.rss: holds more than ${MAX_DOCUMENTS_PER_FILE} items, more than a file may; split it`,
    );
  });

  it('refuses a feed that declares XML entities, which could expand without bound', async () => {
    const bomb = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>';
    expect(await refusalOf('bomb.rss', Buffer.from(bomb))).toBe('bomb.rss: declares XML entities, which are not read (a feed has no need of them)');
  });

  it('refuses XML that is not a feed, and a feed without items', async () => {
    expect(await refusalOf('data.xml', Buffer.from('<?xml version="1.0"?><catalog><book/></catalog>'))).toMatch(
      /^data\.xml: is not an RSS or Atom feed \(.+\)$/,
    );
    expect(await refusalOf('empty.rss', Buffer.from('<rss><channel><title>Empty</title></channel></rss>'))).toBe('empty.rss: is a feed without items');
  });

  it('refuses an item with neither title nor text, and reads the others', async () => {
    const { results } = await readFile(
      'gaps.rss',
      Buffer.from('<rss><channel><title>T</title><item><link>https://example.org/a</link></item><item><title>Obama spoke</title></item></channel></rss>'),
    );
    expect(results).toEqual([
      { source: 'gaps.rss item 1', error: 'gaps.rss item 1: has no title or text' },
      { source: 'gaps.rss item 2', document: expect.objectContaining({ title: 'Obama spoke' }) },
    ]);
  });
});
