/**
 * Node metrics through graphology-metrics: degree, weighted degree (the sum of the edge weights
 * under the chosen weighting), PageRank and normalised betweenness. `nodeMetrics(graph)` returns a
 * mapping; `nodeMetrics.assign(graph)` writes it into the node attributes.
 *
 * PageRank is a random walk, so it needs positive weights: it follows `walkWeight` (default the edge
 * weight; the corpus passes the co-occurrence count when the weight is PMI, which can be negative).
 * Betweenness counts shortest paths in hops: a weight is a strength, not a distance. Exact
 * betweenness costs one breadth-first search per node (nodes × edges): above EXACT_BETWEENNESS_UP_TO
 * nodes it is estimated from the searches of a seeded sample of source nodes, scaled up (Brandes
 * and Pich's pivot sampling), which graphology-metrics does not offer; its indexed searches are used.
 */
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';
import type { EdgeAttributes } from '../model/types';
import type { PlexusGraph } from './cooccurrence';
import { mulberry32 } from './random';

/** Graphs up to this many nodes get exact betweenness; larger ones a sampled estimate. */
export const EXACT_BETWEENNESS_UP_TO = 1000;
/** Source nodes of the estimate: its cost is this many searches, whatever the graph's size. */
export const BETWEENNESS_SAMPLES = 400;

/**
 * Normalised betweenness estimated from `samples` source nodes (a seeded sample, so the same graph
 * gets the same figures), with the normalisation of graphology-metrics' exact betweenness.
 */
export function sampledBetweenness(graph: PlexusGraph, samples: number, seed = 1): Record<string, number> {
  const nodes = graph.nodes();
  const n = nodes.length;
  const k = Math.min(samples, n);
  const search = createUnweightedIndexedBrandes(graph);
  const random = mulberry32(seed);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const delta = new Float64Array(n);
  const centrality = new Float64Array(n);
  for (let s = 0; s < k; s++) {
    const source = order[s];
    const [stack, predecessors, paths] = search(source);
    delta.fill(0);
    while (stack.size > 0) {
      const w = stack.pop() ?? source;
      const coefficient = (1 + delta[w]) / paths[w];
      for (const v of predecessors[w]) delta[v] += paths[v] * coefficient;
      if (w !== source) centrality[w] += delta[w];
    }
  }
  const scale = n <= 2 ? 1 : n / k / ((n - 1) * (n - 2));
  const result: Record<string, number> = {};
  nodes.forEach((node, i) => {
    result[node] = centrality[i] * scale;
  });
  return result;
}

export interface NodeMetrics {
  degree: number;
  weightedDegree: number;
  pagerank: number;
  betweenness: number;
}

export interface MetricsOptions {
  /** The edge weight PageRank follows; must be positive. Default: the `weight` attribute. */
  walkWeight?: (attributes: EdgeAttributes) => number;
}

export function nodeMetrics(graph: PlexusGraph, options: MetricsOptions = {}): Record<string, NodeMetrics> {
  // graphology's PageRank and betweenness both fail on a graph without nodes (a search that found nobody).
  if (graph.order === 0) return {};
  const walkWeight = options.walkWeight ?? ((attributes: EdgeAttributes) => attributes.weight);
  const ranks = pagerank(graph, { getEdgeWeight: (_key, attributes) => walkWeight(attributes) });
  const betweenness =
    graph.order <= EXACT_BETWEENNESS_UP_TO ? betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }) : sampledBetweenness(graph, BETWEENNESS_SAMPLES);
  const metrics: Record<string, NodeMetrics> = {};
  graph.forEachNode((node) => {
    let weightedDegree = 0;
    graph.forEachEdge(node, (_key, attributes) => {
      weightedDegree += attributes.weight;
    });
    metrics[node] = { degree: graph.degree(node), weightedDegree, pagerank: ranks[node] ?? 0, betweenness: betweenness[node] ?? 0 };
  });
  return metrics;
}

nodeMetrics.assign = function assignNodeMetrics(graph: PlexusGraph, options: MetricsOptions = {}): void {
  const metrics = nodeMetrics(graph, options);
  graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, ...metrics[node] }));
};
