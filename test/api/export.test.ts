/**
 * `GET /api/export` and the new `/api/graph` options on the real app over the demo corpus: each
 * format as a named attachment, the same filters as /api/graph, weighting and metrics, and 400s.
 */
import { UndirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import type { SerializedGraph } from '#model/types';
import { storeName } from '../helpers/store';
import { body, demoDocuments, errorOf, startTestServer, type TestServer } from './harness';

let api: TestServer;
const today = () => new Date().toISOString().slice(0, 10);
/** The store's name, which exports begin with ('plexus' for plexus.db). */
const named = () => storeName(api.location);

beforeAll(async () => {
  api = await startTestServer();
  api.corpus.ingest(demoDocuments());
});

afterAll(() => api.close());

async function download(query: string): Promise<{ response: Response; bytes: Buffer }> {
  const response = await api.fetch(`/api/export?${query}`);
  expect(response.status).toBe(200);
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('GET /api/export', () => {
  it.each([
    ['gexf', /^application\/gexf\+xml/, 'plexus_DATE.gexf'],
    ['gexf-1.2', /^application\/gexf\+xml/, 'plexus_gexf-1.2_DATE.gexf'],
    ['graphml', /^application\/graphml\+xml/, 'plexus_DATE.graphml'],
    ['json', /^application\/json/, 'plexus_DATE.json'],
    ['csv', /^application\/zip/, 'plexus_DATE.csv.zip'],
    ['nodes.csv', /^text\/csv; charset=utf-8/, 'plexus_DATE.nodes.csv'],
    ['edges.csv', /^text\/csv; charset=utf-8/, 'plexus_DATE.edges.csv'],
    ['evidence.csv', /^text\/csv; charset=utf-8/, 'plexus_DATE.evidence.csv'],
  ])('serves %s as an attachment named after the corpus and the date', async (format, type, name) => {
    const { response, bytes } = await download(`format=${format}`);
    expect(response.headers.get('content-type')).toMatch(type);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename=${name.replace('DATE', today()).replace('plexus', named())}`);
    expect(bytes.length).toBeGreaterThan(100);
  });

  it('exports exactly what /api/graph serves for the same filters, and names them in the file', async () => {
    const query = 'types=PERSON,LOCATION&minWeight=0.2&weight=npmi&minCount=2';
    const served = await body<SerializedGraph>(await api.fetch(`/api/graph?${query}&metrics=true`));
    const { response, bytes } = await download(`format=graphml&${query}`);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename=${named()}_types-PERSON+LOCATION_minWeight-0.2_weight-npmi_minCount-2_${today()}.graphml`,
    );
    const parsed = parseGraphml(UndirectedGraph, bytes.toString('utf8'));
    expect(parsed.nodes().sort()).toEqual(served.nodes.map((node) => node.key).sort());
    expect(parsed.edges().sort()).toEqual(served.edges.map((edge) => edge.key).sort());
    for (const node of served.nodes) expect(parsed.getNodeAttributes(node.key)).toMatchObject(node.attributes);
    for (const edge of served.edges) expect(parsed.getEdgeAttributes(edge.key)).toEqual(edge.attributes);
  });

  it('zips the node and edge tables of the CSV export', async () => {
    const { bytes } = await download('format=csv&types=PERSON');
    const files = unzipSync(new Uint8Array(bytes));
    const nodes: Record<string, string>[] = parseCsv(Buffer.from(files['nodes.csv']), { bom: true, columns: true });
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((row) => row.type === 'PERSON')).toBe(true);
    expect(Object.keys(nodes[0])).toEqual(expect.arrayContaining(['id', 'label', 'pagerank', 'betweenness', 'community', 'color', 'size']));
  });

  it.each([
    ['no format', '', /format: is required \(one of gexf, gexf-1\.2, gexf-dynamic, graphml, json, csv, nodes\.csv, edges\.csv, evidence\.csv\)/],
    ['an unknown format', 'format=pdf', /format: unknown format "pdf"/],
    ['a bad filter, as /api/graph refuses it', 'format=gexf&minWeight=-1', /minWeight: must be a non-negative number, got "-1"/],
    ['an unknown parameter', 'format=gexf&colour=red', /unknown query parameter "colour" \(accepted: format, types, minWeight/],
  ])('refuses %s with a 400', async (_what, query, message) => {
    expect(await errorOf(await api.fetch(`/api/export?${query}`), 400)).toMatch(message);
  });

  it('answers 404 for an unknown document', async () => {
    expect(await errorOf(await api.fetch('/api/export?format=json&doc=999'), 404)).toMatch(/no document with id 999/);
  });
});

describe('POST /api/export', () => {
  const post = (query: string, payload: unknown, headers: Record<string, string> = {}) =>
    api.fetch(`/api/export?${query}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(payload) });

  it('writes the nodes at the positions the explorer sends, and places the ones it sends none for', async () => {
    const served = await body<SerializedGraph>(await api.fetch('/api/graph?types=PERSON'));
    const [first, second, ...rest] = served.nodes.map((node) => node.key);
    expect(rest.length).toBeGreaterThan(0);
    const response = await post('format=graphml&types=PERSON', { positions: { [first]: [12.5, -3.25], [second]: [-700, 0.125], 'not-in-the-graph': [1, 1] } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename=${named()}_types-PERSON_${today()}.graphml`);
    const parsed = parseGraphml(UndirectedGraph, Buffer.from(await response.arrayBuffer()).toString('utf8'));
    expect(parsed.order).toBe(served.nodes.length);
    expect(parsed.getNodeAttributes(first)).toMatchObject({ x: 12.5, y: -3.25 });
    expect(parsed.getNodeAttributes(second)).toMatchObject({ x: -700, y: 0.125 });
    for (const node of rest) {
      expect(Number.isFinite(parsed.getNodeAttribute(node, 'x'))).toBe(true);
      expect(Number.isFinite(parsed.getNodeAttribute(node, 'y'))).toBe(true);
    }
  });

  it.each([
    ['no positions', {}, /positions: is required, as an object mapping entity ids to \[x, y\]/],
    ['a position that is not a pair', { positions: { a: [1] } }, /positions: must map entity ids to \[x, y\] pairs of numbers/],
    ['a position that is not a number', { positions: { a: [1, 'north'] } }, /positions: must be finite numbers/],
    ['an unknown field', { positions: {}, colours: {} }, /unknown field "colours"/],
  ])('refuses %s with a 400', async (_what, payload, message) => {
    expect(await errorOf(await post('format=gexf', payload), 400)).toMatch(message);
  });

  it('refuses a bad query as GET does', async () => {
    expect(await errorOf(await post('format=pdf', { positions: {} }), 400)).toMatch(/format: unknown format "pdf"/);
  });

  it('refuses a request from another site, as every request with a body', async () => {
    const response = await post('format=gexf', { positions: {} }, { 'sec-fetch-site': 'cross-site' });
    expect(response.status).toBe(403);
  });
});

describe('GET /api/graph with a weighting and metrics', () => {
  it('weighs edges by NPMI, keeps the window count, drops pairs seen once, and says so', async () => {
    const plain = await body<SerializedGraph>(await api.fetch('/api/graph'));
    const npmi = await body<SerializedGraph>(await api.fetch('/api/graph?weight=npmi'));
    expect(npmi.attributes).toMatchObject({ weighting: 'npmi', minCount: 2 });
    const counts = new Map(plain.edges.map((edge) => [edge.key, edge.attributes.weight]));
    expect(npmi.edges.length).toBe(plain.edges.filter((edge) => edge.attributes.weight >= 2).length);
    for (const edge of npmi.edges) {
      expect(edge.attributes.count).toBe(counts.get(edge.key));
      expect(edge.attributes.weight).toBeGreaterThanOrEqual(-1);
      expect(edge.attributes.weight).toBeLessThanOrEqual(1);
    }
  });

  it('weighs by distinct documents', async () => {
    const documents = await body<SerializedGraph>(await api.fetch('/api/graph?weight=documents'));
    expect(documents.edges.length).toBeGreaterThan(0);
    for (const edge of documents.edges) expect(edge.attributes.weight).toBe(edge.attributes.documents);
  });

  it('adds metrics and communities to every node only when asked', async () => {
    const plain = await body<SerializedGraph>(await api.fetch('/api/graph'));
    expect(plain.nodes[0].attributes).not.toHaveProperty('pagerank');
    const rich = await body<SerializedGraph>(await api.fetch('/api/graph?metrics=true'));
    const total = rich.nodes.reduce((sum, node) => sum + (node.attributes.pagerank ?? 0), 0);
    expect(total).toBeCloseTo(1, 6);
    for (const { attributes } of rich.nodes) {
      expect(attributes).toEqual(
        expect.objectContaining({ weightedDegree: expect.any(Number), betweenness: expect.any(Number), community: expect.any(Number) }),
      );
    }
    // Louvain is seeded: the same communities every time.
    const again = await body<SerializedGraph>(await api.fetch('/api/graph?metrics=true'));
    expect(again).toEqual(rich);
    // They are served over the corpus's graph, not written into it.
    expect(api.corpus.graph().nodes.map((node) => node.attributes)).toEqual(plain.nodes.map((node) => node.attributes));
  });

  it('computes metrics on an empty result without failing', async () => {
    const none = await body<SerializedGraph>(await api.fetch('/api/graph?q=zzzzzz&metrics=true'));
    expect(none.nodes).toEqual([]);
  });

  it('checks PMI against the window counts on a small corpus', async () => {
    // Text: 3 sentences. Merkel and Paris in sentences 1 and 2, Macron in sentence 2 only.
    // N = 3, n(Merkel) = 2, n(Paris) = 2, n(Merkel, Paris) = 2:
    //   PMI  = log2(2 × 3 / (2 × 2)) = log2 1.5 = 0.584963
    //   NPMI = 0.584963 / -log2(2/3) = 0.584963 / 0.584963 = 1
    const small = await startTestServer();
    try {
      small.corpus.ingest([
        {
          title: 'Visit',
          sourcePath: '',
          text: 'Angela Merkel arrived in Paris on Monday.\n\nEmmanuel Macron welcomed Angela Merkel in Paris.\n\nThe talks lasted an hour.\n',
        },
      ]);
      const pmi = await body<SerializedGraph>(await small.fetch('/api/graph?weight=pmi'));
      const npmi = await body<SerializedGraph>(await small.fetch('/api/graph?weight=npmi'));
      const pair = (graph: SerializedGraph) => graph.edges.find((edge) => [edge.source, edge.target].sort().join(' ') === 'angela-merkel paris');
      expect(pair(pmi)?.attributes).toEqual({ weight: expect.closeTo(0.584963, 5), count: 2, documents: 1 });
      expect(pair(npmi)?.attributes.weight).toBeCloseTo(1, 6);
      // Macron is with each of them once: under minCount 2, not linked at all.
      expect(pmi.edges).toHaveLength(1);
    } finally {
      await small.close();
    }
  });

  it.each([
    ['an unknown weighting', 'weight=tfidf', /weight: unknown weighting "tfidf" \(valid: count, documents, statements, pmi, npmi\)/],
    ['a zero minCount', 'minCount=0', /minCount: must be a positive integer, got "0"/],
    ['metrics that are not a boolean', 'metrics=yes', /metrics: must be true or false, got "yes"/],
  ])('refuses %s', async (_what, query, message) => {
    expect(await errorOf(await api.fetch(`/api/graph?${query}`), 400)).toMatch(message);
  });
});
