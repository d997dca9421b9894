/** `GET /api/search`: suggestions by label and alias, the matching name first, no mere neighbours. */

import { body, demoDocuments, errorOf, startTestServer, type TestServer } from './harness';
import { searchKey, type SearchResult } from '../../server/api/search';

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
    for (const result of results) expect(result.matched === null || searchKey(result.matched).includes('putin')).toBe(true);
    expect(results.map((result) => result.id)).not.toContain('barack-obama');
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

describe('searchKey', () => {
  it.each([
    ['Mr. Putin’s', 'mr putins'],
    ['  Bashar   al-Assad ', 'bashar al assad'],
    ['Ïsil', 'isil'],
  ])('%j → %j', (text, key) => {
    expect(searchKey(text)).toBe(key);
  });
});
