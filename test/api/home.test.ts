/** `GET /plain`: the plain HTML page lists the entities by type, and every text on it is escaped. */

import { escapeHtml } from '../../server/api';
import { startTestServer, type TestServer } from './harness';

let api: TestServer;

beforeAll(async () => {
  api = await startTestServer();
  api.corpus.ingest([
    {
      title: '<script>alert("title")</script> & friends',
      text: "Conan O'Brien met Senator Beto O'Rourke in El Paso on Monday. O'Rourke spoke about Texas.\n",
      sourcePath: 'test:obrien.txt',
      outlet: 'Tom & Jerry <News>',
    },
  ]);
});

afterAll(() => api.close());

describe('escapeHtml', () => {
  it.each([
    ['<b>', '&lt;b&gt;'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['"quoted"', '&quot;quoted&quot;'],
    ["O'Brien", 'O&#39;Brien'],
    ['&amp;', '&amp;amp;'],
    ['plain text', 'plain text'],
  ])('escapes %j as %j', (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });
});

describe('GET /plain', () => {
  let html: string;
  beforeAll(async () => {
    const response = await api.fetch('/plain');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    html = await response.text();
  });

  it('lists each entity with its mention count and a link to it', () => {
    const nodes = api.corpus.graph().nodes;
    expect(nodes.length).toBeGreaterThan(0);
    for (const { key, attributes } of nodes) {
      expect(html).toContain(`<a href="/api/entities/${escapeHtml(encodeURIComponent(key))}">${escapeHtml(attributes.label)}</a>`);
    }
    expect(html).toMatch(/<h2>PERSON <small>\d+<\/small><\/h2>/);
    expect(html).toMatch(/\d+ mentions?<\/small>/);
  });

  it('escapes entity names', () => {
    const quoted = api.corpus.graph().nodes.filter((node) => node.attributes.label.includes("'"));
    expect(quoted.length).toBeGreaterThan(0);
    for (const { attributes } of quoted) {
      expect(html).toContain(escapeHtml(attributes.label));
      expect(html).not.toContain(`>${attributes.label}<`);
    }
  });

  it('escapes document titles and outlets', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; friends');
    expect(html).toContain('Tom &amp; Jerry &lt;News&gt;');
  });

  it('links to the API', () => {
    for (const href of ['/api/graph', '/api/stats', '/api/documents', '/healthz']) expect(html).toContain(`href="${href}"`);
  });
});
