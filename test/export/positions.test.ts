/**
 * Positions in exports: every node has one; the ones the export is given are kept; a node given
 * none sits beside its positioned links; with none given, the explorer's first map of the graph.
 */
import { graphFromWire } from '../../client/src/state/graph';
import { exportGraph } from '../../server/export';
import type { Corpus, GraphFilter } from '../../server/corpus/types';
import { explorerPositions, toExportGraph } from '../../server/export/export-graph';
import { seededPosition, SETTLE_BEFORE_FIRST_FRAME_UP_TO } from '#model/layout';
import type { SerializedGraph } from '#model/types';
import { bytesOf, demoCorpus, hardGraph, type DemoCorpus } from './fixtures';

/** Each node's [x, y] in the JSON export (graphology's serialised graph). */
function positionsOf(bytes: Buffer): Record<string, [number, number]> {
  const exported = JSON.parse(bytes.toString('utf8')) as { nodes: { key: string; attributes: { x: number; y: number } }[] };
  return Object.fromEntries(exported.nodes.map(({ key, attributes }) => [key, [attributes.x, attributes.y]]));
}

describe('positions in exports', () => {
  let demo: DemoCorpus;
  beforeAll(() => {
    demo = demoCorpus();
  });
  afterAll(() => demo.close());

  const cases: [string, GraphFilter][] = [
    ['the whole graph', {}],
    ['a filtered, weighted graph', { types: ['PERSON', 'ORGANIZATION'], weight: 'npmi' }],
  ];
  it.each(cases)('are, when none are given, where the explorer first draws the entities: %s', (_name, filter) => {
    const exported = positionsOf(bytesOf(exportGraph(demo.corpus, { format: 'json', filter, corpusName: 'demo' })));
    // The client's own graph of the same weighting (the explorer fetches it whole and hides what the filters hide).
    const client = graphFromWire(demo.corpus.graph({ ...(filter.weight ? { weight: filter.weight } : {}), metrics: true }));
    expect(Object.keys(exported).length).toBeGreaterThan(5);
    for (const [node, [x, y]] of Object.entries(exported)) {
      expect([node, x, y]).toEqual([node, client.getNodeAttribute(node, 'x'), client.getNodeAttribute(node, 'y')]);
    }
    // A layout, not a placeholder: the entities are spread out.
    expect(new Set(Object.values(exported).map(([x, y]) => `${x},${y}`)).size).toBe(Object.keys(exported).length);
  });

  it('are the ones given, and a node given none sits beside its positioned links', () => {
    const graph = toExportGraph(hardGraph(), { putin: [100, 100], 'al-jazeera': [120, 80] });
    expect(graph.getNodeAttributes('putin')).toMatchObject({ x: 100, y: 100 });
    expect(graph.getNodeAttributes('al-jazeera')).toMatchObject({ x: 120, y: 80 });
    // smith-jones is linked with both: near their centre (110, 90), nudged by at most 10.
    const { x, y } = graph.getNodeAttributes('smith-jones');
    expect(Math.hypot(x - 110, y - 90)).toBeLessThanOrEqual(10);
    // nowhere has no links: a seeded position, somewhere in the disc of radius 100.
    const nowhere = graph.getNodeAttributes('nowhere');
    expect(Number.isFinite(nowhere.x) && Number.isFinite(nowhere.y)).toBe(true);
    expect(Math.hypot(nowhere.x, nowhere.y)).toBeLessThanOrEqual(100);
  });
});

describe('positions of a large export', () => {
  it('are the seeded ones, as the explorer first draws a graph too large to settle first', () => {
    const nodes = Array.from({ length: SETTLE_BEFORE_FIRST_FRAME_UP_TO + 1 }, (_, i) => ({
      key: `e${i}`,
      attributes: { label: `E ${i}`, type: 'PERSON' as const, mentions: 1, documents: 1, reports: 0, degree: 0 },
    }));
    const exported: SerializedGraph = {
      attributes: { window: 'sentence', nodes: nodes.length, edges: 0 },
      options: { type: 'undirected', multi: false, allowSelfLoops: false },
      nodes,
      edges: [],
    };
    // No corpus is read: the whole graph is not needed.
    const positions = explorerPositions(undefined as unknown as Corpus, {}, exported);
    expect(Object.keys(positions)).toHaveLength(nodes.length);
    for (const key of ['e0', 'e1000', `e${SETTLE_BEFORE_FIRST_FRAME_UP_TO}`]) expect(positions[key]).toEqual(Object.values(seededPosition(key)));
  });
});
