/**
 * Node metrics through graphology-metrics: degree, weighted degree (the sum of the edge weights
 * under the chosen weighting), PageRank and normalised betweenness. `nodeMetrics(graph)` returns a
 * mapping; `nodeMetrics.assign(graph)` writes it into the node attributes.
 *
 * PageRank is a random walk, so it needs positive weights: it follows `walkWeight` (default the edge
 * weight; the corpus passes the co-occurrence count when the weight is PMI, which can be negative).
 * Betweenness counts shortest paths in hops: a weight is a strength, not a distance.
 */
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { EdgeAttributes } from '../model/types';
import type { PlexusGraph } from './cooccurrence';

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
  const betweenness = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
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
