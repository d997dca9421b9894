/** Betweenness of a large graph is estimated from a sample of sources; with every source it is exact. */
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { PlexusGraph } from '../../server/graph/cooccurrence';
import { betweenness } from '../../server/graph/betweenness';
import { person, randomGraph } from '../helpers/graphs';

describe('sampled betweenness', () => {
  const graph = randomGraph(400, 1600, 5);
  const exact = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });

  it('equals exact betweenness when every node is a source', () => {
    const all = betweenness(graph, graph.order);
    for (const node of graph.nodes()) expect(all[node]).toBeCloseTo(exact[node], 12);
  });

  it('finds the same most central nodes from a quarter of the sources, the same each time', () => {
    const estimate = betweenness(graph, 100);
    expect(betweenness(graph, 100)).toEqual(estimate);
    const top = (values: Record<string, number>) =>
      Object.keys(values)
        .sort((a, b) => values[b] - values[a])
        .slice(0, 3);
    expect(top(estimate)[0]).toBe(top(exact)[0]);
    expect(top(exact).filter((node) => top(estimate).includes(node)).length).toBeGreaterThanOrEqual(2);
  });

  it('counts more shortest paths than 32 bits hold: a node that joins two halves lies on every path between them', () => {
    // Each half is 12 layers of 4 nodes, each node linked to every node of the next layer, and a tip
    // after its last layer, linked to the joint: 4^11 shortest paths from one end of a half to its
    // tip, 4^22 (about 1.8e13) from one end of the graph to the other.
    const graph: PlexusGraph = new UndirectedGraph();
    const half = (name: string) => [...Array.from({ length: 12 }, (_, l) => Array.from({ length: 4 }, (_, i) => `${name}${l}.${i}`)), [`${name}-tip`]];
    const halves = [half('a'), half('b')];
    for (const node of ['joint', ...halves.flat(2)]) graph.addNode(node, person(node));
    for (const layers of halves) {
      layers.forEach((layer, l) => {
        for (const u of layer) for (const v of layers[l + 1] ?? ['joint']) graph.addEdge(u, v, { weight: 1, documents: 1 });
      });
    }
    // 49 nodes on either side: 49 × 49 of the (99 - 1)(99 - 2) / 2 pairs that leave the joint out.
    expect(betweenness(graph).joint).toBeCloseTo((49 * 49) / ((98 * 97) / 2), 12);
  });
});
