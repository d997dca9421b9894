/** The read endpoints (entities, evidence, documents, stats, health) and the API's common answers: 404s, headers. */

import type { CorpusStats, DocumentDetail, DocumentSummary, EntityDetail, EvidenceItem, SerializedGraph } from '#model/types';
import { body, demoDocuments, errorOf, startTestServer, type TestServer } from './harness';

let api: TestServer;
let graph: SerializedGraph;

beforeAll(async () => {
  api = await startTestServer();
  api.corpus.ingest(demoDocuments());
  graph = api.corpus.graph();
});

afterAll(() => api.close());

/** The heaviest edge of the demo graph: two entities that certainly occur together. */
function heaviestEdge(): SerializedGraph['edges'][number] {
  const [edge] = [...graph.edges].sort((a, b) => b.attributes.weight - a.attributes.weight);
  if (edge === undefined) throw new Error('the demo graph has no edges');
  return edge;
}

describe('GET /api/entities/:id', () => {
  it('returns the entity with its neighbours', async () => {
    const edge = heaviestEdge();
    const response = await api.fetch(`/api/entities/${encodeURIComponent(edge.source)}`);
    expect(response.status).toBe(200);
    const entity = await body<EntityDetail>(response);
    expect(entity).toEqual(api.corpus.entity(edge.source));
    expect(entity.neighbours.map((neighbour) => neighbour.id)).toContain(edge.target);
  });

  it('answers 404 for an unknown id', async () => {
    expect(await errorOf(await api.fetch('/api/entities/no-such-entity'), 404)).toMatch(/no-such-entity/);
  });
});

describe('GET /api/evidence', () => {
  it('returns the sentences in which both entities occur', async () => {
    const edge = heaviestEdge();
    const response = await api.fetch(`/api/evidence?source=${edge.source}&target=${edge.target}`);
    expect(response.status).toBe(200);
    const items = await body<EvidenceItem[]>(response);
    expect(items.length).toBeGreaterThan(0);
    expect(items).toEqual(api.corpus.evidence(edge.source, edge.target, 50));
    for (const item of items) {
      const entities = new Set(item.mentions.map((mention) => mention.entity));
      expect(entities.has(edge.source) && entities.has(edge.target)).toBe(true);
    }
  });

  it('honours limit', async () => {
    const edge = heaviestEdge();
    expect(edge.attributes.weight).toBeGreaterThan(1);
    const items = await body<EvidenceItem[]>(await api.fetch(`/api/evidence?source=${edge.source}&target=${edge.target}&limit=1`));
    expect(items).toHaveLength(1);
  });

  it.each([
    ['a missing target', 'source=a', /target: is required/],
    ['a limit over 500', 'source=a&target=b&limit=501', /limit: must be at most 500/],
    ['limit 0', 'source=a&target=b&limit=0', /limit: must be a whole number from 1 to 500/],
    ['an unknown parameter', 'source=a&target=b&max=3', /unknown query parameter "max"/],
  ])('answers 400 for %s', async (_name, query, message) => {
    expect(await errorOf(await api.fetch(`/api/evidence?${query}`), 400)).toMatch(message);
  });

  it('answers 404 for an unknown entity', async () => {
    const edge = heaviestEdge();
    expect(await errorOf(await api.fetch(`/api/evidence?source=${edge.source}&target=nobody`), 404)).toMatch(/nobody/);
  });
});

describe('GET /api/documents', () => {
  it('lists the documents', async () => {
    const { documents } = await body<{ documents: DocumentSummary[] }>(await api.fetch('/api/documents'));
    expect(documents).toHaveLength(2);
    expect(documents).toEqual(api.corpus.documents());
  });

  it('returns one document with its text', async () => {
    const [first] = api.corpus.documents();
    if (first === undefined) throw new Error('no documents');
    const response = await api.fetch(`/api/documents/${first.id}`);
    expect(response.status).toBe(200);
    expect(await body<DocumentDetail>(response)).toEqual(api.corpus.document(first.id));
  });

  it('answers 404 for an unknown id and 400 for one that is not a number', async () => {
    expect(await errorOf(await api.fetch('/api/documents/9999'), 404)).toMatch(/9999/);
    expect(await errorOf(await api.fetch('/api/documents/first'), 400)).toMatch(/id: must be a positive integer, got "first"/);
  });
});

describe('GET /api/stats and /healthz', () => {
  it('returns the corpus statistics', async () => {
    const stats = await body<CorpusStats>(await api.fetch('/api/stats'));
    expect(stats).toEqual(api.corpus.stats());
    expect(stats.documents).toBe(2);
  });

  it('reports health', async () => {
    const response = await api.fetch('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });
});

describe('every API answer', () => {
  it('is 404 JSON for an unknown /api route or method', async () => {
    expect(await errorOf(await api.fetch('/api/nodes'), 404)).toBe('No such API route: GET /api/nodes');
    expect(await errorOf(await api.fetch('/api/graph', { method: 'DELETE' }), 404)).toMatch(/DELETE \/api\/graph/);
  });

  it.each(['/api/stats', '/api/nodes', '/', '/healthz'])('carries X-Content-Type-Options: nosniff (%s)', async (pathname) => {
    const response = await api.fetch(pathname);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});
