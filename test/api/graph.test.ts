/** `GET /api/graph` over the demo corpus: graphology's serialised form, each filter, and the 400s of a bad query. */

import http from 'node:http';
import zlib from 'node:zlib';
import Graph from 'graphology';
import type { EvidenceItem, SerializedGraph } from '#model/types';
import { body, demoDocuments, errorOf, startTestServer, type TestServer } from './harness';

let api: TestServer;
let full: SerializedGraph;

beforeAll(async () => {
  api = await startTestServer();
  api.corpus.ingest(demoDocuments());
  full = await body<SerializedGraph>(await api.fetch('/api/graph'));
});

afterAll(() => api.close());

async function graph(query: string): Promise<SerializedGraph> {
  const response = await api.fetch(`/api/graph?${query}`);
  expect(response.status).toBe(200);
  return body<SerializedGraph>(response);
}

/** A GET with If-None-Match as a browser revalidates (fetch would add `Cache-Control: no-cache`). */
function revalidate(server: TestServer, etag: string): Promise<{ status: number; etag: string | undefined }> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${server.url}/api/graph`, { headers: { 'if-none-match': etag } }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, etag: response.headers.etag }));
    });
    request.on('error', reject);
  });
}

/** The raw body of `/api/graph` as a client asking for `encoding` gets it, and its Content-Encoding. */
function rawGraph(server: TestServer, encoding: string): Promise<{ encoding: string | undefined; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${server.url}/api/graph`, { headers: { 'accept-encoding': encoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ encoding: response.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
  });
}

describe('the gzip of GET /api/graph', () => {
  it('decompresses to the plain answer, after each new document too', async () => {
    const own = await startTestServer();
    try {
      own.corpus.ingest(demoDocuments());
      for (const text of ['', 'Angela Merkel met Emmanuel Macron in Berlin.', 'Merkel later spoke to Vladimir Putin in Moscow.']) {
        if (text) own.corpus.ingest([{ title: text, text, sourcePath: `${text.length}.txt` }]);
        const plain = await rawGraph(own, 'identity');
        const gzipped = await rawGraph(own, 'gzip');
        expect(plain.encoding).toBeUndefined();
        expect(gzipped.encoding).toBe('gzip');
        expect(zlib.gunzipSync(gzipped.bytes).toString()).toBe(plain.bytes.toString());
      }
    } finally {
      await own.close();
    }
  });
});

describe('the ETag of GET /api/graph', () => {
  it('answers 304 to a client that holds the graph as it is, and 200 with a new ETag once it changed', async () => {
    const own = await startTestServer();
    try {
      own.corpus.ingest(demoDocuments());
      const etag = (await own.fetch('/api/graph')).headers.get('etag') ?? '';
      expect(await revalidate(own, etag)).toEqual({ status: 304, etag });
      own.corpus.ingest([{ title: 'More', text: 'Angela Merkel met Emmanuel Macron in Berlin.', sourcePath: 'more.txt' }]);
      const changed = await revalidate(own, etag);
      expect(changed.status).toBe(200);
      expect(changed.etag).not.toBe(etag);
    } finally {
      await own.close();
    }
  });
});

describe('GET /api/graph', () => {
  it('returns the whole graph in graphology serialised form', () => {
    expect(full.options).toEqual({ type: 'undirected', multi: false, allowSelfLoops: false });
    expect(full.nodes.length).toBeGreaterThan(10);
    expect(full.edges.length).toBeGreaterThan(10);
    expect(full.attributes).toMatchObject({ window: 'sentence', nodes: full.nodes.length, edges: full.edges.length });
    const imported = Graph.from(full);
    expect(imported.order).toBe(full.nodes.length);
    expect(imported.size).toBe(full.edges.length);
    expect(imported.type).toBe('undirected');
  });

  it('is what the corpus computes, unchanged on the way', () => {
    expect(full).toEqual(api.corpus.graph());
  });

  it('keeps only the requested types', async () => {
    expect(new Set(full.nodes.map((node) => node.attributes.type)).size).toBeGreaterThan(1);
    const persons = await graph('types=PERSON');
    expect(persons.nodes.length).toBeGreaterThan(0);
    expect(persons.nodes.every((node) => node.attributes.type === 'PERSON')).toBe(true);
    expect(persons).toEqual(api.corpus.graph({ types: ['PERSON'] }));

    const two = await graph('types=PERSON,LOCATION');
    expect(two).toEqual(api.corpus.graph({ types: ['PERSON', 'LOCATION'] }));
    expect(two.nodes.length).toBeGreaterThan(persons.nodes.length);
  });

  it('takes a repeated types parameter like a list', async () => {
    expect(await graph('types=PERSON&types=LOCATION')).toEqual(await graph('types=PERSON,LOCATION'));
  });

  it('keeps only edges of at least minWeight', async () => {
    expect(full.edges.some((edge) => edge.attributes.weight < 2)).toBe(true);
    const heavy = await graph('minWeight=2');
    expect(heavy.edges.length).toBeGreaterThan(0);
    expect(heavy.edges.every((edge) => edge.attributes.weight >= 2)).toBe(true);
    expect(heavy).toEqual(api.corpus.graph({ minWeight: 2 }));
  });

  it('keeps only nodes of at least minMentions', async () => {
    expect(full.nodes.some((node) => node.attributes.mentions < 2)).toBe(true);
    const frequent = await graph('minMentions=2');
    expect(frequent.nodes.length).toBeGreaterThan(0);
    expect(frequent.nodes.every((node) => node.attributes.mentions >= 2)).toBe(true);
    expect(frequent).toEqual(api.corpus.graph({ minMentions: 2 }));
  });

  it('searches labels with q', async () => {
    const putin = await graph('q=putin');
    expect(putin.nodes.some((node) => /putin/i.test(node.attributes.label))).toBe(true);
    expect(putin.nodes.length).toBeLessThan(full.nodes.length);
    expect(putin).toEqual(api.corpus.graph({ q: 'putin' }));
  });

  it('keeps one document with doc', async () => {
    const [first] = api.corpus.documents();
    if (first === undefined) throw new Error('the demo corpus is empty');
    const one = await graph(`doc=${first.id}`);
    expect(one.nodes.length).toBeGreaterThan(0);
    expect(one.nodes.length).toBeLessThan(full.nodes.length);
    expect(one).toEqual(api.corpus.graph({ doc: first.id }));
  });

  it('combines filters', async () => {
    const both = await graph('types=PERSON&minMentions=2&minWeight=1');
    expect(both).toEqual(api.corpus.graph({ types: ['PERSON'], minMentions: 2, minWeight: 1 }));
  });

  it('answers 404 for an unknown document', async () => {
    expect(await errorOf(await api.fetch('/api/graph?doc=9999'), 404)).toMatch(/9999/);
  });
});

describe('GET /api/graph refuses a bad query with 400', () => {
  it.each([
    [
      'an unknown type, listing the valid ones',
      'types=PERSON,PERSN',
      /types: unknown entity type "PERSN" \(valid types: PERSON, ORGANIZATION, LOCATION, OUTLET\)/,
    ],
    ['a negative minWeight', 'minWeight=-1', /minWeight: must be a non-negative number, got "-1"/],
    ['a minWeight that is not a number', 'minWeight=two', /minWeight: must be a non-negative number, got "two"/],
    ['a fractional minMentions', 'minMentions=1.5', /minMentions: must be a non-negative integer/],
    ['doc 0', 'doc=0', /doc: must be a positive integer, got "0"/],
    ['a repeated minWeight', 'minWeight=1&minWeight=2', /minWeight: must be given once/],
    ['q over 200 characters', `q=${'a'.repeat(201)}`, /q: must be at most 200 characters/],
    [
      'an unknown parameter, naming it',
      'minweight=2',
      /unknown query parameter "minweight" \(accepted: types, minWeight, minMentions, q, doc, from, to, weight, minCount, metrics, top\)/,
    ],
  ])('%s', async (_name, query, message) => {
    expect(await errorOf(await api.fetch(`/api/graph?${query}`), 400)).toMatch(message);
  });

  it('reports every problem at once', async () => {
    const error = await errorOf(await api.fetch('/api/graph?minWeight=-1&colour=red'), 400);
    expect(error).toMatch(/minWeight/);
    expect(error).toMatch(/"colour"/);
  });
});

describe('weight=statements: a sentence copied into several documents counts once', () => {
  const copied = 'Vladimir Putin met Bashar al-Assad in Moscow on Tuesday to discuss the war.';
  const agencyCopy = (n: number, extra: string) => ({ title: `Copy ${n}`, text: `${extra}\n\n${copied}`, sourcePath: `copy-${n}.txt`, outlet: `Outlet ${n}` });
  let own: TestServer;
  let putin: string;
  let assad: string;

  beforeAll(async () => {
    own = await startTestServer();
    own.corpus.ingest([
      agencyCopy(1, 'The talks were announced late.'),
      agencyCopy(2, 'Markets barely moved on the news.'),
      agencyCopy(3, 'Later Vladimir Putin said that Bashar al-Assad had asked for help.'),
    ]);
    const counted = await body<SerializedGraph>(await own.fetch('/api/graph'));
    putin = counted.nodes.find((n) => n.attributes.label === 'Vladimir Putin')?.key ?? '';
    assad = counted.nodes.find((n) => n.attributes.label === 'Bashar al-Assad')?.key ?? '';
    expect(counted.edges.find((e) => [e.source, e.target].sort().join() === [putin, assad].sort().join())?.attributes.weight).toBe(4);
  });
  afterAll(() => own.close());

  it('weighs the link by its two different sentences, and keeps the four as its count', async () => {
    const graph = await body<SerializedGraph>(await own.fetch('/api/graph?weight=statements'));
    const link = graph.edges.find((e) => [e.source, e.target].sort().join() === [putin, assad].sort().join());
    expect(link?.attributes).toMatchObject({ weight: 2, count: 4, documents: 3 });
    expect(graph.attributes).toMatchObject({ weighting: 'statements', minCount: 1 });
  });

  it('lists the copied sentence once in the evidence, with every document it appears in', async () => {
    const items = await body<EvidenceItem[]>(await own.fetch(`/api/evidence?source=${putin}&target=${assad}`));
    expect(items).toHaveLength(2);
    const copiedItem = items.find((item) => item.sentence.text === copied);
    expect(copiedItem?.copies?.map((copy) => copy.title).sort()).toEqual(['Copy 1', 'Copy 2', 'Copy 3'].filter((t) => t !== copiedItem?.document.title));
    expect(copiedItem?.copies?.every((copy) => copy.begin > 0 && copy.outlet?.startsWith('Outlet'))).toBe(true);
  });

  it('is refused, saying why, on a store that links by paragraph', async () => {
    const paragraphs = await startTestServer({ window: 'paragraph' });
    try {
      paragraphs.corpus.ingest([agencyCopy(1, 'The talks were announced late.')]);
      expect(await errorOf(await paragraphs.fetch('/api/graph?weight=statements'), 400)).toMatch(/statements counts sentences.*paragraph/);
    } finally {
      paragraphs.close();
    }
  });
});

describe('top=N: the overview a large corpus opens on', () => {
  it('keeps the N entities with the most mentions and the links among them, each as the whole graph has it', async () => {
    const top = await graph('top=5');
    const ranked = [...full.nodes].sort((a, b) => b.attributes.mentions - a.attributes.mentions || (a.key < b.key ? -1 : 1)).slice(0, 5);
    expect(top.nodes.map((n) => n.key)).toEqual(ranked.map((n) => n.key).sort());
    for (const node of top.nodes) expect(node.attributes).toEqual(full.nodes.find((n) => n.key === node.key)?.attributes);
    const kept = new Set(ranked.map((n) => n.key));
    const among = full.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
    expect(top.edges.map((e) => e.key).sort()).toEqual(among.map((e) => e.key).sort());
    expect(among.length).toBeGreaterThan(0);
  });

  it('gives the whole graph when it holds no more entities than asked', async () => {
    expect((await graph(`top=${full.nodes.length}`)).nodes).toHaveLength(full.nodes.length);
  });

  it('refuses a top that is not a positive whole number', async () => {
    expect(await errorOf(await api.fetch('/api/graph?top=0'), 400)).toMatch(/^top: /);
  });
});
