/** `GET /api/changes` on the real app: what is new, gone, grown and shrunk in one period against another. */
import type { PeriodChanges } from '#model/changes';
import { body, errorOf, startTestServer, type TestServer } from './harness';

let api: TestServer;

beforeAll(async () => {
  api = await startTestServer();
  const doc = (title: string, text: string, date?: string) => ({ title, text, sourcePath: `${title}.txt`, ...(date ? { date } : {}) });
  api.corpus.ingest([
    doc('a', 'Anna Keleth met Peter Vadesh in Carrowvale.', '2015-09-14'),
    doc('b', 'Anna Keleth met Peter Vadesh in Carrowvale. Peter Vadesh stayed on.', '2015-09-16'),
    doc('c', 'Peter Vadesh flew to Lowbridge. Peter Vadesh met Mira Oslen in Lowbridge.', '2015-10-02'),
    doc('d', 'Anna Keleth wrote to Peter Vadesh.'),
  ]);
});

afterAll(() => api.close());

const changes = async (query: string) => body<PeriodChanges>(await api.fetch(`/api/changes?${query}`));
const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('GET /api/changes', () => {
  it('lists October against September: entities and links new, gone, grown and shrunk', async () => {
    const october = await changes('from=2015-10-01&to=2015-10-31&vs_from=2015-09-01&vs_to=2015-09-30');
    expect(october.period).toEqual({ from: '2015-10-01', to: '2015-10-31', documents: 1 });
    expect(october.vs).toEqual({ from: '2015-09-01', to: '2015-09-30', documents: 2 });
    expect(ids(october.entities.new).sort()).toEqual(['lowbridge', 'mira-oslen']);
    expect(ids(october.entities.gone).sort()).toEqual(['anna-keleth', 'carrowvale']);
    expect(october.entities.shrunk.map((e) => [e.id, e.before, e.after])).toEqual([['peter-vadesh', 3, 2]]);
    expect(october.links.gone.map((l) => [l.source, l.target, l.before, l.after])).toContainEqual(['anna-keleth', 'peter-vadesh', 2, 0]);
    expect(october.links.new.map((l) => `${l.sourceLabel}–${l.targetLabel}`)).toContain('Mira Oslen–Peter Vadesh');
  });

  it('reads the other way round as the mirror image, and takes an open end', async () => {
    const september = await changes('to=2015-09-30&vs_from=2015-10-01');
    expect(ids(september.entities.new).sort()).toEqual(['anna-keleth', 'carrowvale']);
    expect(september.entities.grown.map((e) => [e.id, e.before, e.after])).toEqual([['peter-vadesh', 2, 3]]);
  });

  it('refuses a period without an end, one that ends before it starts, and a bad limit', async () => {
    expect(await errorOf(await api.fetch('/api/changes?vs_from=2015-09-01'), 400)).toBe('from: is required, or to: the period to compare');
    expect(await errorOf(await api.fetch('/api/changes?from=2015-09-01'), 400)).toBe('vs_from: is required, or vs_to: the period to compare with');
    expect(await errorOf(await api.fetch('/api/changes?from=2015-09-01&vs_from=2015-10-01&vs_to=2015-09-01'), 400)).toBe('vs_from: must not come after vs_to');
    expect(await errorOf(await api.fetch('/api/changes?from=2015-09-01&to=2015-08-01&vs_from=2015-10-01'), 400)).toBe('from: must not come after to');
    expect(await errorOf(await api.fetch('/api/changes?from=2015-09-01&vs_to=2015-09-31'), 400)).toMatch(/vs_to: must be a calendar date/);
    expect(await errorOf(await api.fetch('/api/changes?from=2015-09-01&vs_to=2015-09-30&limit=501'), 400)).toBe('limit: must be at most 500');
  });
});
