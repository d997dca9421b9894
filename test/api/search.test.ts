/** `GET /api/search`: suggestions by label and alias, the matching name first, no mere neighbours. */

import { body, demoDocuments, errorOf, startTestServer, type TestServer } from './harness';
import type { SearchResult } from '#model/types';
import { hasWordPrefix, nameKey } from '../../server/extract/normalize';

let api: TestServer;

beforeAll(async () => {
  api = await startTestServer();
  api.corpus.ingest(demoDocuments());
});
afterAll(() => api.close());

async function search(q: string): Promise<SearchResult[]> {
  const response = await api.fetch(`/api/search?q=${encodeURIComponent(q)}`);
  expect(response.status).toBe(200);
  return (await body<{ results: SearchResult[] }>(response)).results;
}

describe('GET /api/search', () => {
  it("finds Vladimir Putin for 'Putin', first", async () => {
    const results = await search('Putin');
    expect(results[0]).toMatchObject({ id: 'vladimir-putin', label: 'Vladimir Putin', type: 'PERSON' });
    expect(results[0]?.matched).toMatch(/Putin/);
  });

  it("finds Isil for 'Isis' and for 'isil'", async () => {
    for (const q of ['Isis', 'isil']) {
      const labels = (await search(q)).map((result) => result.label);
      expect(labels).toContain('Islamic State of Iraq and the Levant');
    }
  });

  it('ignores case and accents', async () => {
    const ids = (await search('PÚTIN')).map((result) => result.id);
    expect(ids).toContain('vladimir-putin');
  });

  it("does not list an entity only because it is a match's neighbour", async () => {
    const results = await search('Putin');
    for (const result of results) expect(result.matched === null || hasWordPrefix(nameKey(result.matched), 'putin')).toBe(true);
    expect(results.map((result) => result.id)).not.toContain('barack-obama');
  });

  it("matches the start of a word, not the inside of one: 'assad' is not in 'ambassador'", async () => {
    const own = await startTestServer();
    try {
      own.corpus.ingest([{ title: 'Envoy', text: 'The United States ambassador met Bashar al-Assad in Damascus.', sourcePath: 'envoy.txt' }]);
      const found = async (q: string) => (await body<{ results: SearchResult[] }>(await own.fetch(`/api/search?q=${q}`))).results.map((r) => r.label);
      expect(await found('assad')).toEqual(['Bashar al-Assad']);
      expect(await found('ass')).toEqual(['Bashar al-Assad']);
      expect(await found('bassador')).toEqual([]);
    } finally {
      await own.close();
    }
  });

  it('answers an empty list for text that matches nothing', async () => {
    expect(await search('zzzzqqq')).toEqual([]);
  });

  it.each([
    ['/api/search', /^q: is required/],
    ['/api/search?q=a&limit=0', /^limit: must be a whole number from 1 to 100/],
    ['/api/search?q=a&query=b', /unknown query parameter "query"/],
  ])('refuses %s', async (pathname, message) => {
    expect(await errorOf(await api.fetch(pathname), 400)).toMatch(message);
  });
});

describe('hasWordPrefix', () => {
  it.each([
    ['bashar al assad', 'assad', true],
    ['bashar al assad', 'al as', true],
    ['bashar al assad', 'bashar', true],
    ['united states ambassador', 'assad', false],
    ['united states ambassador', 'amb', true],
    ['isil', '', false],
  ])('%j, %j → %j', (key, query, expected) => {
    expect(hasWordPrefix(key, query)).toBe(expected);
  });
});
