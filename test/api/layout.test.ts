/**
 * `GET` and `PUT /api/layout` on the real app over the demo corpus: the map the analyst arranged is
 * kept with the store, replaces the one before, reopens with the store, and is where exports put
 * the entities when the request sends no positions of its own.
 */
import { UndirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { openCorpus } from '../../server/corpus';
import type { NodePositions, SerializedGraph } from '#model/types';
import { body, demoDocuments, errorOf, startTestServer, type TestServer } from './harness';
import { freshStore } from '../helpers/store';

let api: TestServer;
let nodes: string[];

beforeAll(async () => {
  api = await startTestServer();
  api.corpus.ingest(demoDocuments());
  nodes = (await body<SerializedGraph>(await api.fetch('/api/graph'))).nodes.map((node) => node.key);
});

afterAll(() => api.close());

const put = (payload: unknown) => api.fetch('/api/layout', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
const layout = async () => (await body<{ positions: NodePositions }>(await api.fetch('/api/layout'))).positions;

describe('/api/layout', () => {
  it('is empty until the analyst saves a map', async () => {
    expect(await layout()).toEqual({});
  });

  it("keeps the positions of the graph's entities, replacing the map before, and leaves out ids it does not hold", async () => {
    const [a, b, c] = nodes;
    expect(await body(await put({ positions: { [a]: [1, 2], [b]: [3, 4] } }))).toEqual({ saved: 2 });
    expect(await body(await put({ positions: { [b]: [-5.5, 6.25], [c]: [7, 8], 'not-an-entity': [0, 0] } }))).toEqual({ saved: 2 });
    expect(await layout()).toEqual({ [b]: [-5.5, 6.25], [c]: [7, 8] });
  });

  it('puts the entities of an export where the saved map has them, when the request sends none', async () => {
    const [, b, c] = nodes;
    const response = await api.fetch('/api/export?format=graphml');
    expect(response.status).toBe(200);
    const parsed = parseGraphml(UndirectedGraph, await response.text());
    expect(parsed.getNodeAttributes(b)).toMatchObject({ x: -5.5, y: 6.25 });
    expect(parsed.getNodeAttributes(c)).toMatchObject({ x: 7, y: 8 });
  });

  it('reopens with the store', () => {
    const dbPath = freshStore();
    const corpus = openCorpus({ dbPath });
    corpus.ingest(demoDocuments());
    const [id] = corpus.graph().nodes.map((node) => node.key);
    expect(corpus.saveLayout({ [id]: [10, -20] })).toBe(1);
    corpus.close();
    const reopened = openCorpus({ dbPath });
    try {
      expect(reopened.layout()).toEqual({ [id]: [10, -20] });
    } finally {
      reopened.close();
    }
  });

  it.each([
    ['no positions', {}, /positions: is required, as an object mapping entity ids to \[x, y\]/],
    ['a position that is not a pair', { positions: { a: [1] } }, /positions: must map entity ids to \[x, y\] pairs of numbers/],
    ['a position that is not a finite number', { positions: { a: [1, 'north'] } }, /positions: must be finite numbers/],
  ])('refuses %s with a 400 that says why, and keeps the map it has', async (_what, payload, message) => {
    const before = await layout();
    expect(await errorOf(await put(payload), 400)).toMatch(message);
    expect(await layout()).toEqual(before);
  });
});
