/** A web page's metadata: Open Graph and other meta tags, JSON-LD, the title and canonical link, the first <time>. */
import { parseDocument } from 'htmlparser2';
import { elementsIn } from '../../server/ingest/html-dom';
import { contentRoot } from '../../server/ingest/html-main-text';
import { pageMetadata } from '../../server/ingest/html-metadata';

function metadataOf(html: string): ReturnType<typeof pageMetadata> {
  const dom = parseDocument(html, { decodeEntities: true }).children;
  return pageMetadata(elementsIn(dom), contentRoot(dom));
}

const JSON_LD = JSON.stringify({
  '@context': 'https://schema.org',
  '@graph': [
    {
      '@type': 'NewsArticle',
      headline: 'Tsipras wins second term',
      datePublished: '2015-09-21T06:00:00+03:00',
      author: [{ '@type': 'Person', name: 'Nikos Andreou' }],
      publisher: { '@type': 'Organization', name: 'Kathimerini' },
      url: 'https://example.gr/tsipras',
    },
  ],
});

describe('pageMetadata', () => {
  it('reads title, date, outlet, address and author from JSON-LD when the meta tags give none', () => {
    expect(metadataOf(`<html><head><script type="application/ld+json">${JSON_LD}</script></head><body><p>Text</p></body></html>`)).toEqual({
      title: 'Tsipras wins second term',
      date: '2015-09-21',
      dateSource: 'json-ld',
      outlet: 'Kathimerini',
      url: 'https://example.gr/tsipras',
      author: 'Nikos Andreou',
    });
  });

  it('prefers Open Graph and article meta tags to JSON-LD, and JSON-LD to <title>', () => {
    const head =
      '<meta property="og:title" content="OG title"><meta property="og:site_name" content="The Ledger"><meta property="article:published_time" content="2015-09-20">' +
      `<meta property="og:url" content="https://example.org/og"><title>Page title</title><script type="application/ld+json">${JSON_LD}</script>`;
    expect(metadataOf(`<html><head>${head}</head><body><p>Text</p></body></html>`)).toMatchObject({
      title: 'OG title',
      outlet: 'The Ledger',
      date: '2015-09-20',
      dateSource: 'meta',
      url: 'https://example.org/og',
    });
  });

  it('skips a JSON-LD block that is not JSON, and reads the rest of the page', () => {
    const html =
      '<html><head><script type="application/ld+json">{ not json</script><title>Fallback</title></head><body><time datetime="2015-01-02">2 Jan</time></body></html>';
    expect(metadataOf(html)).toEqual({ title: 'Fallback', date: '2015-01-02', dateSource: 'text' });
  });

  it('reads the authors of JSON-LD as one line, and prefers them to the <meta> author', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', author: [{ name: 'Nikos Andreou' }, 'Maria Pappa', { name: 'Nikos Andreou' }] });
    const html = `<html><head><meta name="author" content="Desk"><script type="application/ld+json">${ld}</script></head><body><p>Text</p></body></html>`;
    expect(metadataOf(html).author).toBe('Nikos Andreou, Maria Pappa');
  });

  it('reads a <meta> author without its "By", and takes no address for a name', () => {
    expect(metadataOf('<html><head><meta name="author" content="By  Roland Oliphant"></head><body></body></html>').author).toBe('Roland Oliphant');
    const address = '<html><head><meta property="article:author" content="https://example.org/people/ro"></head><body></body></html>';
    expect(metadataOf(address)).not.toHaveProperty('author');
  });

  it('takes no address that is not http(s)', () => {
    const html = '<html><head><link rel="canonical" href="javascript:alert(1)"></head><body></body></html>';
    expect(metadataOf(html)).toEqual({});
  });
});
