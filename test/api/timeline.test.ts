/**
 * Time on the real app: `GET /api/timeline` (documents and mentions per day, week and month, every
 * bucket from the first dated document to the last, the undated apart, for the corpus, one entity
 * or one link), and `from` / `to` on the graph, the export, an entity, the evidence and the search.
 */
import type { Timeline } from '#model/timeline';
import type { EntityDetail, EvidenceItem, SerializedGraph } from '#model/types';
import { body, errorOf, startTestServer, type TestServer } from './harness';

let api: TestServer;

beforeAll(async () => {
  api = await startTestServer();
  const doc = (title: string, text: string, date?: string) => ({ title, text, sourcePath: `${title}.txt`, ...(date ? { date } : {}) });
  api.corpus.ingest([
    doc('a', 'Anna Keleth met Peter Vadesh in Carrowvale.', '2015-09-14'),
    doc('b', 'Anna Keleth spoke in Dunmerrin on Tuesday.', '2015-09-16'),
    doc('c', 'Peter Vadesh flew to Lowbridge.', '2015-10-02'),
    doc('d', 'Anna Keleth wrote to Peter Vadesh from Carrowvale.'),
  ]);
});

afterAll(() => api.close());

const timeline = async (query: string) => body<Timeline>(await api.fetch(`/api/timeline?${query}`));
const documentsPer = (t: Timeline) => t.buckets.map((b) => [b.start, b.documents]);

describe('GET /api/timeline', () => {
  it('counts documents per month by default, and the undated apart', async () => {
    const t = await timeline('');
    expect(t.unit).toBe('month');
    expect(documentsPer(t)).toEqual([
      ['2015-09-01', 2],
      ['2015-10-01', 1],
    ]);
    expect(t.undated.documents).toBe(1);
    expect(t.buckets[0].mentions).toBeGreaterThanOrEqual(4);
  });

  it('gives weeks from Monday and every day between the first and the last, empty ones included', async () => {
    expect(documentsPer(await timeline('unit=week'))).toEqual([
      ['2015-09-14', 2],
      ['2015-09-21', 0],
      ['2015-09-28', 1],
    ]);
    const days = await timeline('unit=day');
    expect(days.buckets).toHaveLength(19);
    expect(days.buckets.filter((b) => b.documents > 0).map((b) => b.start)).toEqual(['2015-09-14', '2015-09-16', '2015-10-02']);
  });

  it('counts, for one entity, the documents that name it and its mentions there', async () => {
    const t = await timeline('unit=month&entity=anna-keleth');
    expect(t.buckets).toEqual([{ start: '2015-09-01', documents: 2, mentions: 2 }]);
    expect(t.undated).toEqual({ documents: 1, mentions: 1 });
  });

  it('counts, for one link, the documents that make it and the windows that do', async () => {
    const t = await timeline('unit=month&source=anna-keleth&target=peter-vadesh');
    expect(t.buckets).toEqual([{ start: '2015-09-01', documents: 1, mentions: 1 }]);
    expect(t.undated).toEqual({ documents: 1, mentions: 1 });
  });

  it('refuses half a link, or an entity and a link at once', async () => {
    expect(await errorOf(await api.fetch('/api/timeline?source=anna-keleth'), 400)).toMatch(/target: is required with source/);
    expect(await errorOf(await api.fetch('/api/timeline?target=anna-keleth'), 400)).toMatch(/source: is required with target/);
    expect(await errorOf(await api.fetch('/api/timeline?entity=lowbridge&source=anna-keleth&target=peter-vadesh'), 400)).toMatch(/entity: .*not both/);
  });

  it('refuses an unknown unit and an unknown entity, saying why', async () => {
    expect(await errorOf(await api.fetch('/api/timeline?unit=year'), 400)).toMatch(/unit: unknown unit "year" \(valid: day, week, month\)/);
    expect(await errorOf(await api.fetch('/api/timeline?entity=nobody'), 404)).toMatch(/nobody/);
  });
});

describe('GET /api/graph with from and to', () => {
  const graph = async (query: string) => body<SerializedGraph>(await api.fetch(`/api/graph?${query}`));
  const labels = (g: SerializedGraph) => g.nodes.map((node) => node.attributes.label).sort();

  it('keeps what the documents dated in the period say, counted there, and leaves undated documents out', async () => {
    const september = await graph('from=2015-09-01&to=2015-09-30');
    expect(labels(september)).toEqual(['Anna Keleth', 'Carrowvale', 'Dunmerrin', 'Peter Vadesh']);
    expect(september.edges.map((edge) => edge.key)).toContain('anna-keleth~peter-vadesh');
    // Counted in the period's documents: Anna Keleth is named three times in all, twice in September.
    const anna = september.nodes.find((node) => node.key === 'anna-keleth');
    expect(anna?.attributes).toMatchObject({ mentions: 2, documents: 2 });
    expect(labels(await graph('from=2015-10-01'))).toEqual(['Lowbridge', 'Peter Vadesh']);
    expect(labels(await graph('to=2015-09-14'))).toEqual(['Anna Keleth', 'Carrowvale', 'Peter Vadesh']);
  });

  it('weighs by PMI within the period', async () => {
    const weighed = await graph('from=2015-09-01&to=2015-09-30&weight=pmi&minCount=1');
    expect(weighed.edges.length).toBeGreaterThan(0);
  });

  it('refuses a day that is not on the calendar, and a period that ends before it starts', async () => {
    expect(await errorOf(await api.fetch('/api/graph?from=2015-02-30'), 400)).toMatch(/from: must be a calendar date written YYYY-MM-DD, got "2015-02-30"/);
    expect(await errorOf(await api.fetch('/api/graph?from=2015-10-01&to=2015-09-01'), 400)).toBe('from: must not come after to');
    expect(await errorOf(await api.fetch('/api/export?format=json&from=2015-10-01&to=2015-09-01'), 400)).toBe('from: must not come after to');
  });
});

describe('GET /api/entities/:id with from and to', () => {
  const entity = async (query: string) => body<EntityDetail>(await api.fetch(`/api/entities/anna-keleth?${query}`));

  it('counts mentions, documents and neighbours in the period, and says when the entity was named in the whole corpus', async () => {
    const all = await entity('');
    expect(all.neighbours.find((n) => n.id === 'peter-vadesh')).toMatchObject({ weight: 2, documents: 2 });
    const seen = { first: '2015-09-14', last: '2015-09-16', undated: 1 };
    expect(all.seen).toEqual(seen);
    const late = await entity('from=2015-09-15');
    expect(late).toMatchObject({ mentions: 1, documents: 1, seen });
    expect(late.documentList).toEqual([{ id: expect.any(Number), title: 'b', date: '2015-09-16', mentions: 1 }]);
    expect(late.neighbours.map((n) => n.id)).toEqual(['dunmerrin']);
    const september = await entity('from=2015-09-01&to=2015-09-30');
    expect(september.neighbours.find((n) => n.id === 'peter-vadesh')).toMatchObject({ weight: 1, documents: 1 });
  });

  it('is still found in a period that does not name it, with nothing counted', async () => {
    expect(await entity('from=2015-10-01')).toMatchObject({ mentions: 0, documents: 0, neighbours: [], documentList: [] });
  });
});

describe('GET /api/evidence with from and to', () => {
  const evidence = async (query: string) => body<EvidenceItem[]>(await api.fetch(`/api/evidence?source=anna-keleth&target=peter-vadesh&${query}`));
  const days = (items: EvidenceItem[]) => items.map((item) => item.document.date);

  it('lists the sentences newest first by date, the undated last, and keeps to the period', async () => {
    expect(days(await evidence(''))).toEqual(['2015-09-14', null]);
    expect(days(await evidence('to=2015-09-30'))).toEqual(['2015-09-14']);
    expect(await evidence('from=2015-09-15')).toEqual([]);
  });
});

describe('GET /api/export with from and to', () => {
  it("keeps the evidence CSV to the period's documents, each row with its date (the source column empty: these dates were given, not read), and says so in the name", async () => {
    const response = await api.fetch('/api/export?format=evidence.csv&to=2015-09-30');
    expect(response.headers.get('content-disposition')).toMatch(/_to-2015-09-30_/);
    const [header, ...rows] = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header).toMatch(/,date,date_source,/);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/,2015-09-1[46],,/);
  });
});

describe('GET /api/search with from and to', () => {
  const found = async (query: string) => (await body<{ results: { id: string }[] }>(await api.fetch(`/api/search?${query}`))).results.map((r) => r.id);

  it('finds only entities named in the period', async () => {
    expect(await found('q=anna')).toEqual(['anna-keleth']);
    expect(await found('q=anna&from=2015-10-01')).toEqual([]);
    expect(await found('q=peter&from=2015-10-01')).toEqual(['peter-vadesh']);
  });
});

describe.each([
  ['/api/evidence?source=anna-keleth&target=peter-vadesh&', 'evidence'],
  ['/api/entities/anna-keleth?', 'an entity'],
  ['/api/search?q=anna&', 'search'],
])('%s refuses a bad period as the graph does', (prefix) => {
  it('refuses a day that is not on the calendar, and a period that ends before it starts', async () => {
    expect(await errorOf(await api.fetch(`${prefix}to=2015-13-01`), 400)).toMatch(/to: must be a calendar date written YYYY-MM-DD, got "2015-13-01"/);
    expect(await errorOf(await api.fetch(`${prefix}from=2015-10-01&to=2015-09-01`), 400)).toBe('from: must not come after to');
  });
});

describe('the timeline after an upload', () => {
  it('counts the new document at once', async () => {
    const before = await timeline('unit=month');
    await api.fetch('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'e', text: 'Peter Vadesh wrote from Lowbridge.', date: '2015-10-20' }),
    });
    const after = await timeline('unit=month');
    expect(after.buckets.find((b) => b.start === '2015-10-01')?.documents).toBe((before.buckets.find((b) => b.start === '2015-10-01')?.documents ?? 0) + 1);
  });
});
