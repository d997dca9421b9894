/**
 * Normalised betweenness, counting shortest paths in hops (a weight is a strength, not a distance),
 * by Brandes' accumulation over one breadth-first search per source node. Exact when every node is
 * a source; from a seeded sample of sources it is an estimate, scaled up (Brandes and Pich's pivot
 * sampling), which graphology-metrics does not offer. Its normalisation is graphology-metrics'.
 *
 * The searches run over graphology-indices' neighbourhood index (the graph as flat arrays of node
 * indexes) and reuse the same few typed arrays from one source to the next. The indexed search of
 * graphology-shortest-path (which graphology-metrics uses) allocates a list of predecessors per
 * node per search (a 10,000-document graph: 33,000 lists, 400 times) and counts paths in 32 bits,
 * which a graph with long chains of alternatives exceeds. Here each search writes the links it
 * finds on a shortest path (from a node to one a hop farther) into two flat arrays, in the order it
 * finds them, and the accumulation reads them back in reverse; paths are counted in doubles.
 */
import { NeighborhoodIndex } from 'graphology-indices/neighborhood';
import type { PlexusGraph } from './cooccurrence';
import { mulberry32 } from './random';

/** The first `k` of the indexes 0…n-1 in a seeded random order (a partial Fisher–Yates shuffle). */
function sampleSources(n: number, k: number, seed: number): Int32Array {
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const random = mulberry32(seed);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order.subarray(0, k);
}

/**
 * Each node's betweenness from `samples` source nodes (all of them when `samples` ≥ the order: the
 * exact figure), the same for the same graph and seed.
 */
export function betweenness(graph: PlexusGraph, samples: number = graph.order, seed = 1): Record<string, number> {
  const n = graph.order;
  const k = Math.min(samples, n);
  const index = new NeighborhoodIndex(graph);
  const { neighborhood, starts } = index;
  const distance = new Int32Array(n).fill(-1);
  const paths = new Float64Array(n);
  const dependency = new Float64Array(n);
  /** The nodes reached, in the order the search reached them: nearer ones first. */
  const reached = new Int32Array(n);
  /**
   * The links on a shortest path, as found: from nearer[p] to farther[p], one hop farther from the
   * source. The search finds a node's links to farther nodes after every link that leads to that
   * node, so that read backwards, a node's dependency is complete before it is passed on. Each
   * link of the index is found at most once a search: the arrays are as long as the index.
   */
  const nearer = new Int32Array(neighborhood.length);
  const farther = new Int32Array(neighborhood.length);
  const centrality = new Float64Array(n);
  for (const source of sampleSources(n, k, seed)) {
    let head = 0;
    let tail = 0;
    let links = 0;
    reached[tail++] = source;
    distance[source] = 0;
    paths[source] = 1;
    while (head < tail) {
      const v = reached[head++];
      const next = distance[v] + 1;
      for (let j = starts[v], end = starts[v + 1]; j < end; j++) {
        const w = neighborhood[j];
        if (distance[w] < 0) {
          distance[w] = next;
          reached[tail++] = w;
        }
        if (distance[w] === next) {
          paths[w] += paths[v];
          nearer[links] = v;
          farther[links++] = w;
        }
      }
    }
    while (links-- > 0) {
      const v = nearer[links];
      const w = farther[links];
      dependency[v] += (paths[v] * (1 + dependency[w])) / paths[w];
    }
    // The source lies on none of the paths from itself.
    for (let i = 1; i < tail; i++) centrality[reached[i]] += dependency[reached[i]];
    for (let i = 0; i < tail; i++) {
      const v = reached[i];
      distance[v] = -1;
      paths[v] = 0;
      dependency[v] = 0;
    }
  }
  // Each pair is counted from both ends in an undirected graph: normalising over ordered pairs halves it.
  const scale = n <= 2 ? 1 : n / Math.max(1, k) / ((n - 1) * (n - 2));
  const result: Record<string, number> = {};
  index.nodes.forEach((node, i) => {
    result[node] = centrality[i] * scale;
  });
  return result;
}
