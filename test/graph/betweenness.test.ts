/** Betweenness of a large graph is estimated from a sample of sources; with every source it is exact. */
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { PlexusGraph } from '../../server/graph/cooccurrence';
import { sampledBetweenness } from '../../server/graph/metrics';
import { mulberry32 } from '../../server/graph/random';

function randomGraph(order: number, size: number, seed: number): PlexusGraph {
  const random = mulberry32(seed);
  const graph: PlexusGraph = new UndirectedGraph();
  for (let i = 0; i < order; i++) graph.addNode(`n${i}`, { label: `n${i}`, type: 'PERSON', mentions: 1, documents: 1, reports: 0, degree: 0 });
  while (graph.size < size) {
    // Skewed ends: a few hubs, as co-occurrence graphs have.
    const a = `n${Math.floor(random() ** 2 * order)}`;
    const b = `n${Math.floor(random() * order)}`;
    if (a !== b && !graph.hasEdge(a, b)) graph.addEdge(a, b, { weight: 1, documents: 1 });
  }
  return graph;
}

describe('sampled betweenness', () => {
  const graph = randomGraph(400, 1600, 5);
  const exact = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });

  it('equals exact betweenness when every node is a source', () => {
    const all = sampledBetweenness(graph, graph.order);
    for (const node of graph.nodes()) expect(all[node]).toBeCloseTo(exact[node], 12);
  });

  it('finds the same most central nodes from a quarter of the sources, the same each time', () => {
    const estimate = sampledBetweenness(graph, 100);
    expect(sampledBetweenness(graph, 100)).toEqual(estimate);
    const top = (values: Record<string, number>) => Object.keys(values).sort((a, b) => values[b] - values[a]).slice(0, 3);
    expect(top(estimate)[0]).toBe(top(exact)[0]);
    expect(top(exact).filter((node) => top(estimate).includes(node)).length).toBeGreaterThanOrEqual(2);
  });
});
