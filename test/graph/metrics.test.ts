/** Node metrics on small graphs whose values are computed by hand. */
import { UndirectedGraph } from 'graphology';
import type { PlexusGraph } from '../../server/graph/cooccurrence';
import { communities } from '../../server/graph/communities';
import { nodeMetrics, nodeMetricsInSteps } from '../../server/graph/metrics';
import { randomGraph } from '../helpers/graphs';

/** A graph of PERSON nodes from [source, target, weight] triples. */
function graphOf(edges: [string, string, number][], isolated: string[] = []): PlexusGraph {
  const graph: PlexusGraph = new UndirectedGraph();
  const add = (id: string) => graph.mergeNode(id, { label: id, type: 'PERSON', mentions: 1, documents: 1, degree: 0, reports: 0 });
  for (const [source, target, weight] of edges) {
    add(source);
    add(target);
    graph.addUndirectedEdgeWithKey(`${source}~${target}`, source, target, { weight, documents: 1 });
  }
  isolated.forEach(add);
  return graph;
}

describe('nodeMetrics', () => {
  it('gives degree, weighted degree and betweenness of a triangle with a pendant', () => {
    // a—b (1), b—c (2), a—c (3), c—d (4).
    // weighted degree: a 1+3 = 4, b 1+2 = 3, c 2+3+4 = 9, d 4.
    // betweenness: only c lies on shortest paths, those of a–d and b–d: 2 pairs;
    // normalised over the (n-1)(n-2)/2 = 3 pairs that exclude c: 2/3.
    const metrics = nodeMetrics(
      graphOf([
        ['a', 'b', 1],
        ['b', 'c', 2],
        ['a', 'c', 3],
        ['c', 'd', 4],
      ]),
    );
    const table = Object.fromEntries(Object.entries(metrics).map(([node, m]) => [node, [m.degree, m.weightedDegree, Number(m.betweenness.toFixed(6))]]));
    expect(table).toEqual({ a: [2, 4, 0], b: [2, 3, 0], c: [3, 9, 0.666667], d: [1, 4, 0] });
  });

  it('gives the PageRank of a star with three leaves', () => {
    // α = 0.85, n = 4. Leaf L = 0.15/4 + 0.85 C/3; centre C = 0.15/4 + 0.85 × 3L.
    // L = 0.0375 + 0.28333 (0.0375 + 2.55 L) → 0.2775 L = 0.048125 → L = 0.173423, C = 1 - 3L = 0.479730.
    const metrics = nodeMetrics(
      graphOf([
        ['c', 'x', 1],
        ['c', 'y', 1],
        ['c', 'z', 1],
      ]),
    );
    expect(metrics.c.pagerank).toBeCloseTo(0.47973, 4);
    for (const leaf of ['x', 'y', 'z']) expect(metrics[leaf].pagerank).toBeCloseTo(0.173423, 4);
  });

  it('follows the edge weights in PageRank', () => {
    // a—b weight 1, b—c weight 3: b sends 1/4 of its rank to a and 3/4 to c; α = 0.85, n = 3.
    // a = 0.05 + 0.85 b/4, c = 0.05 + 0.85 × 3b/4, b = 0.05 + 0.85 (a + c)
    // → b = 0.05 + 0.85 (0.1 + 0.85 b) → 0.2775 b = 0.135 → b = 0.486486, a = 0.153378, c = 0.360135.
    const metrics = nodeMetrics(
      graphOf([
        ['a', 'b', 1],
        ['b', 'c', 3],
      ]),
    );
    expect(metrics.a.pagerank).toBeCloseTo(0.153378, 4);
    expect(metrics.b.pagerank).toBeCloseTo(0.486486, 4);
    expect(metrics.c.pagerank).toBeCloseTo(0.360135, 4);
  });

  it('walks another weight when asked (the count, when the weight is PMI and may be negative)', () => {
    const graph = graphOf([
      ['a', 'b', -1],
      ['b', 'c', -3],
    ]);
    graph.setEdgeAttribute('a~b', 'count', 1);
    graph.setEdgeAttribute('b~c', 'count', 3);
    const metrics = nodeMetrics(graph, { positiveWeight: (attributes) => attributes.count ?? 0 });
    expect(metrics.b.pagerank).toBeCloseTo(0.486486, 4);
    expect(metrics.b.weightedDegree).toBe(-4);
  });

  it('gives each node its Louvain community, as communities() numbers them, following the positive weight', () => {
    // Two triangles joined by one link; with PMI-like negative weights, the counts decide.
    const graph = graphOf([
      ['a', 'b', -1],
      ['a', 'c', -1],
      ['b', 'c', -1],
      ['x', 'y', -1],
      ['x', 'z', -1],
      ['y', 'z', -1],
      ['c', 'x', -1],
    ]);
    graph.forEachEdge((edge) => graph.setEdgeAttribute(edge, 'count', 1));
    const metrics = nodeMetrics(graph, { positiveWeight: (attributes) => attributes.count ?? 0 });
    const byNode = Object.fromEntries(Object.entries(metrics).map(([node, m]) => [node, m.community]));
    expect(byNode).toEqual(communities(graph, { weight: (attributes) => attributes.count ?? 0 }));
    expect(new Set(Object.values(byNode)).size).toBe(2);
  });

  it('gives an isolated node zero betweenness, and an empty graph no metrics', () => {
    expect(nodeMetrics(graphOf([['a', 'b', 1]], ['z'])).z).toMatchObject({ degree: 0, weightedDegree: 0, betweenness: 0 });
    expect(nodeMetrics(graphOf([]))).toEqual({});
  });

  it('gives the same figures in steps, the event loop free between them', async () => {
    const graph = randomGraph(300, 1200, 3);
    expect(await nodeMetricsInSteps(graph)).toEqual(nodeMetrics(graph));
    expect(await nodeMetricsInSteps(new UndirectedGraph())).toEqual({});
  });
});
