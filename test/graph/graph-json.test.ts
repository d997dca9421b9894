/**
 * The whole graph's JSON and gzip kept in pieces (server/graph/graph-json.ts): the text is the
 * graph's serialised form, and the gzip, assembled from blocks, is a gzip of that text however
 * the graph changed in between.
 */
import zlib from 'node:zlib';
import { UndirectedGraph } from 'graphology';
import type { PlexusGraph } from '../../server/graph/cooccurrence';
import { serializeGraph } from '../../server/graph/filter';
import { GraphJson } from '../../server/graph/graph-json';
import type { CooccurrenceWindow } from '#model/types';

const window: CooccurrenceWindow = 'sentence';

function seeded(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function addEntity(graph: PlexusGraph, id: string): void {
  graph.addNode(id, { label: `Entity ${id} é`, type: 'PERSON', mentions: 1, documents: 1, degree: 0, reports: 0 });
}

/** A graph of `n` entities with a few links each. */
function build(n: number, random: () => number): PlexusGraph {
  const graph: PlexusGraph = new UndirectedGraph();
  for (let i = 0; i < n; i++) addEntity(graph, `e${i}`);
  for (let i = 0; i < 4 * n; i++) {
    const [a, b] = [`e${Math.floor(random() * n)}`, `e${Math.floor(random() * n)}`];
    if (a !== b && !graph.hasEdge(a, b)) graph.addUndirectedEdgeWithKey(`${a}~${b}`, a, b, { weight: 1, documents: 1 });
  }
  return graph;
}

describe('GraphJson', () => {
  it('writes the text of the serialised graph', () => {
    const graph = build(300, seeded(1));
    expect(new GraphJson().serialize(graph, window)).toBe(JSON.stringify(serializeGraph(graph, window)));
  });

  it('gives a gzip of the last text, through every kind of change', () => {
    const random = seeded(2);
    const graph = build(2000, random);
    const json = new GraphJson();
    const check = () => {
      const text = json.serialize(graph, window);
      expect(text).toBe(JSON.stringify(serializeGraph(graph, window)));
      expect(zlib.gunzipSync(json.gzip(text) as Buffer).toString()).toBe(text);
    };
    check();
    // Attributes change here and there, as a new document adds mentions and weights.
    for (let round = 0; round < 5; round++) {
      const nodes = graph.nodes().filter(() => random() < 0.01);
      const edges = graph.edges().filter(() => random() < 0.01);
      for (const node of nodes) graph.updateNodeAttribute(node, 'mentions', (m) => (m ?? 0) + 1);
      for (const edge of edges) graph.updateEdgeAttribute(edge, 'weight', (w) => (w ?? 0) + 1);
      json.touchNodes(nodes);
      json.touchEdges(edges);
      check();
    }
    // New entities fall between the others in the sorted order; new links come last.
    for (let i = 0; i < 50; i++) addEntity(graph, `e${i * 40 + Math.floor(random() * 40)}x`);
    graph.addUndirectedEdgeWithKey('e1x~e2', 'e2', graph.nodes()[2000], { weight: 1, documents: 1 });
    check();
    // Entities removed (a merge): every piece is written again.
    graph.dropNode('e5');
    json.clear();
    check();
  });

  it('compresses again only the blocks that changed', () => {
    const graph = build(2000, seeded(3));
    const json = new GraphJson();
    const deflate = jest.spyOn(zlib, 'deflateRawSync');
    const bytesDeflated = () => deflate.mock.calls.reduce((sum, [bytes]) => sum + (bytes as Buffer).length, 0);
    const whole = json.serialize(graph, window);
    json.gzip(whole);
    expect(bytesDeflated()).toBeGreaterThan(Buffer.byteLength(whole) * 0.99);
    deflate.mockClear();
    const edge = graph.edges()[100];
    graph.updateEdgeAttribute(edge, 'weight', (w) => (w ?? 0) + 1);
    json.touchEdges([edge]);
    json.gzip(json.serialize(graph, window));
    expect(bytesDeflated()).toBeGreaterThan(0);
    expect(bytesDeflated()).toBeLessThan(Buffer.byteLength(whole) / 10);
    deflate.mockRestore();
  });

  it('gives no gzip for a text it did not write last', () => {
    const graph = build(50, seeded(4));
    const json = new GraphJson();
    const older = json.serialize(graph, window);
    graph.updateNodeAttribute('e1', 'mentions', () => 9);
    json.touchNodes(['e1']);
    json.serialize(graph, window);
    expect(json.gzip(older)).toBeUndefined();
    expect(json.gzip(JSON.stringify(serializeGraph(graph, window)))).toBeDefined();
  });
});
