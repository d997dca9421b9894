/**
 * Concurrency against the real server: many uploads at once (the same file among them, twice)
 * while the graph is being read. Every document is stored exactly once, every answer read in
 * between is whole, and at the end the served graph equals a graph built afresh from the store.
 */

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { contentHash, openCorpus } from '../../server/corpus';
import type { CorpusStats, DocumentSummary, IngestOutcome, SerializedGraph } from '#model/types';
import { body, startTestServer, type TestServer } from '../api/harness';
import { generatedArticle } from './corpus-text';
import { form, postJson, upload } from './helpers';
import { freshStore } from '../helpers/store';

const PARALLEL_UPLOADS = 12;

/** Node keys with their attributes, and edges as 'a|b' with their weights: what two equal graphs share. */
function shape(graph: SerializedGraph): { nodes: Map<string, unknown>; edges: Map<string, number> } {
  const nodes = new Map(graph.nodes.map((node) => [node.key, node.attributes]));
  const edges = new Map(graph.edges.map((edge) => [[edge.source, edge.target].sort().join('|'), edge.attributes.weight]));
  return { nodes, edges };
}

/** A graph as a client reads it must be whole: every edge between two nodes it lists. */
function expectWhole(graph: SerializedGraph): void {
  const keys = new Set(graph.nodes.map((node) => node.key));
  for (const edge of graph.edges) {
    expect(keys.has(edge.source) && keys.has(edge.target)).toBe(true);
  }
}

let dir: string;
let api: TestServer;
let location: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plexus-concurrency-'));
  location = freshStore();
  api = await startTestServer({ dbPath: location });
});
afterAll(async () => {
  await api.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it(`stores each of ${PARALLEL_UPLOADS} parallel uploads once, a file sent twice at once once, while the graph is read`, async () => {
  const texts = Array.from({ length: PARALLEL_UPLOADS }, (_, i) => generatedArticle(i + 1, 30));
  const twice = generatedArticle(1000, 30);

  let uploading = true;
  const reads: SerializedGraph[] = [];
  const reader = (async () => {
    while (uploading) {
      const [graph, stats] = await Promise.all([api.fetch('/api/graph?metrics=true'), api.fetch('/api/stats')]);
      expect(graph.status).toBe(200);
      expect(stats.status).toBe(200);
      reads.push(await body<SerializedGraph>(graph));
      await body<CorpusStats>(stats);
    }
  })();

  const requests = [
    ...texts.map((text, i) => upload(api, form([`article-${i + 1}.txt`, text]))),
    upload(api, form(['same-a.txt', twice])),
    upload(api, form(['same-b.txt', twice])),
    // The same text again through the other door, posted as JSON.
    postJson(api, { title: 'Same text, posted', text: twice }),
  ];
  const responses = await Promise.all(requests);
  uploading = false;
  await reader;

  const outcomes = await Promise.all(
    responses.map(async (response) => ({ status: response.status, ...(await body<{ outcomes: IngestOutcome[] }>(response)) })),
  );
  for (const outcome of outcomes.slice(0, PARALLEL_UPLOADS)) {
    expect(outcome.status).toBe(201);
    expect(outcome.outcomes.map((o) => o.status)).toEqual(['added']);
  }
  const sameStatuses = outcomes
    .slice(PARALLEL_UPLOADS)
    .map((outcome) => outcome.outcomes[0]?.status)
    .sort();
  expect(sameStatuses).toEqual(['added', 'duplicate', 'duplicate']);

  // Every text once, no other.
  const { documents } = await body<{ documents: DocumentSummary[] }>(await api.fetch('/api/documents'));
  const hashes = documents.map((document) => document.hash).sort();
  expect(hashes).toEqual([...texts, twice].map(contentHash).sort());

  // Every answer read in between was whole, and the reader saw the graph grow.
  expect(reads.length).toBeGreaterThan(0);
  reads.forEach(expectWhole);

  // The served graph and stats are those of a corpus opened afresh on the same file.
  const served = await body<SerializedGraph>(await api.fetch('/api/graph'));
  const stats = await body<CorpusStats>(await api.fetch('/api/stats'));
  const fresh = openCorpus({ dbPath: location });
  try {
    const rebuilt = fresh.graph();
    expect(served.nodes.length).toBe(rebuilt.nodes.length);
    expect(served.edges.length).toBe(rebuilt.edges.length);
    expect(shape(served)).toEqual(shape(rebuilt));
    expect(stats).toEqual(fresh.stats());
    expect(stats.documents).toBe(PARALLEL_UPLOADS + 1);
    expect(served.nodes.length).toBeGreaterThan(10);
  } finally {
    fresh.close();
  }
}, 120_000);
