/**
 * Round trips: every GEXF (1.3 and 1.2) and GraphML export parses back with graphology's own
 * parsers into a graph with the same nodes, edges and attributes; the JSON export is graphology's
 * serialised form.
 */
import Graph, { UndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { GraphFilter } from '../../server/corpus/types';
import { exportGraph } from '../../server/export';
import { explorerPositions, toExportGraph, type ExportGraph } from '../../server/export/export-graph';
import { writeGexf } from '../../server/export/gexf';
import { writeGraphml } from '../../server/export/graphml';
import { bytesOf, demoCorpus, hardGraph, type DemoCorpus } from './fixtures';

type Parsed = ReturnType<typeof parseGraphml>;

/** GEXF colours are written as r, g, b: `viz:color` comes back as 'rgb(78,121,167)', the same colour as '#4e79a7'. */
function hexColour(colour: unknown): unknown {
  const rgb = typeof colour === 'string' ? /^rgb\((\d+),(\d+),(\d+)\)$/.exec(colour) : null;
  return rgb
    ? `#${rgb
        .slice(1)
        .map((c) => Number(c).toString(16).padStart(2, '0'))
        .join('')}`
    : colour;
}

/** Same node keys, edge keys and ends, and attributes, whatever the order. */
function expectSameGraph(parsed: Parsed, graph: ExportGraph): void {
  expect(parsed.type).toBe('undirected');
  expect(parsed.nodes().sort()).toEqual(graph.nodes().sort());
  expect(parsed.edges().sort()).toEqual(graph.edges().sort());
  graph.forEachNode((node, attributes) => {
    const back = parsed.getNodeAttributes(node);
    expect({ ...back, color: hexColour(back.color) }).toEqual(attributes);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    expect(parsed.extremities(edge).sort()).toEqual([source, target].sort());
    expect(parsed.getEdgeAttributes(edge)).toEqual(attributes);
  });
}

const WRITERS = {
  'GEXF 1.3': (graph: ExportGraph) => parseGexf(UndirectedGraph, writeGexf(graph, { version: '1.3' })),
  'GEXF 1.2': (graph: ExportGraph) => parseGexf(UndirectedGraph, writeGexf(graph, { version: '1.2' })),
  GraphML: (graph: ExportGraph) => parseGraphml(UndirectedGraph, writeGraphml(graph)),
};

describe.each(Object.entries(WRITERS))('%s', (_name, roundTrip) => {
  it('keeps hard names, negative and fractional weights, colours, sizes and metrics', () => {
    const graph = toExportGraph(hardGraph());
    expect(graph.getNodeAttribute('putin', 'color')).toBe('#4e79a7');
    expectSameGraph(roundTrip(graph), graph);
  });

  it('keeps the positions it is given', () => {
    const graph = toExportGraph(hardGraph(), { putin: [5, -1.5], 'smith-jones': [-0.125, 1e-7], 'al-jazeera': [1234.5, 0], nowhere: [0, -42] });
    const parsed = roundTrip(graph);
    expect(parsed.mapNodes((node, { x, y }) => [node, x, y])).toEqual(
      expect.arrayContaining([
        ['putin', 5, -1.5],
        ['smith-jones', -0.125, 1e-7],
        ['al-jazeera', 1234.5, 0],
        ['nowhere', 0, -42],
      ]),
    );
  });
});

describe('exports of the demo corpus', () => {
  let demo: DemoCorpus;
  beforeAll(() => {
    demo = demoCorpus();
  });
  afterAll(() => demo.close());

  const parsers = {
    gexf: (text: string) => parseGexf(UndirectedGraph, text),
    'gexf-1.2': (text: string) => parseGexf(UndirectedGraph, text),
    graphml: (text: string) => parseGraphml(UndirectedGraph, text),
    json: (text: string) => Graph.from(JSON.parse(text)),
  } as const;

  const cases: [keyof typeof parsers, GraphFilter][] = [
    ['gexf', {}],
    ['gexf-1.2', { weight: 'npmi' }],
    ['graphml', { types: ['PERSON', 'LOCATION'], weight: 'pmi', minCount: 1 }],
    ['json', { weight: 'documents', minWeight: 2 }],
  ];
  it.each(cases)('%s with %j parses back into the graph /api/graph serves, with metrics, colour and size', (format, filter) => {
    const result = exportGraph(demo.corpus, { format, filter, corpusName: 'demo' });
    const expected = toExportGraph(demo.corpus.graph({ ...filter, metrics: true }), explorerPositions(demo.corpus, filter));
    expect(expected.order).toBeGreaterThan(5);
    expect(expected.size).toBeGreaterThan(0);
    expect([result.nodes, result.edges]).toEqual([expected.order, expected.size]);
    const parsed = parsers[format](bytesOf(result).toString('utf8'));
    expectSameGraph(parsed, expected);
    parsed.forEachNode((_node, attributes) => {
      expect(typeof attributes.community).toBe('number');
      expect(typeof attributes.pagerank).toBe('number');
    });
  });

  it('declares GEXF 1.3 and 1.2draft in their namespaces', () => {
    const v13 = bytesOf(exportGraph(demo.corpus, { format: 'gexf', filter: {}, corpusName: 'demo' })).toString('utf8');
    const v12 = bytesOf(exportGraph(demo.corpus, { format: 'gexf-1.2', filter: {}, corpusName: 'demo' })).toString('utf8');
    expect(v13).toMatch(/<gexf [^>]*version="1\.3"[^>]*xmlns="http:\/\/gexf\.net\/1\.3"/);
    expect(v12).toMatch(/<gexf [^>]*xmlns="http:\/\/www\.gexf\.net\/1\.2draft"/);
    expect(v13).toMatch(/<gexf [^>]*xmlns:viz="http:\/\/gexf\.net\/1\.3\/viz"/);
    expect(v12).toMatch(/<gexf [^>]*xmlns:viz="http:\/\/www\.gexf\.net\/1\.2draft\/viz"/);
    for (const text of [v13, v12]) expect(text.match(/xmlns:viz=/g)).toHaveLength(1);
  });
});
