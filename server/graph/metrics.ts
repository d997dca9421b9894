/**
 * Node metrics: degree, weighted degree (the sum of the edge weights under the chosen weighting),
 * PageRank (graphology-metrics) and normalised betweenness (betweenness.ts). `nodeMetrics(graph)`
 * returns them by node.
 *
 * PageRank is a random walk, so it needs positive weights: it follows `walkWeight` (default the edge
 * weight; the corpus passes the co-occurrence count when the weight is PMI, which can be negative).
 * Betweenness counts shortest paths in hops: a weight is a strength, not a distance. Exact
 * betweenness costs one breadth-first search per node (nodes × edges): above EXACT_BETWEENNESS_UP_TO
 * nodes it is estimated from BETWEENNESS_SAMPLES searches.
 */
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { EdgeAttributes } from '../model/types';
import { betweenness } from './betweenness';
import type { PlexusGraph } from './cooccurrence';

/** Graphs up to this many nodes get exact betweenness; larger ones a sampled estimate. */
export const EXACT_BETWEENNESS_UP_TO = 1000;
/** Source nodes of the estimate: its cost is this many searches, whatever the graph's size. */
export const BETWEENNESS_SAMPLES = 400;

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
  // graphology's PageRank fails on a graph without nodes.
  if (graph.order === 0) return {};
  const walkWeight = options.walkWeight ?? ((attributes: EdgeAttributes) => attributes.weight);
  const ranks = pagerank(graph, { getEdgeWeight: (_key, attributes) => walkWeight(attributes) });
  const between = betweenness(graph, graph.order <= EXACT_BETWEENNESS_UP_TO ? graph.order : BETWEENNESS_SAMPLES);
  const metrics: Record<string, NodeMetrics> = {};
  graph.forEachNode((node) => {
    let weightedDegree = 0;
    graph.forEachEdge(node, (_key, attributes) => {
      weightedDegree += attributes.weight;
    });
    metrics[node] = { degree: graph.degree(node), weightedDegree, pagerank: ranks[node] ?? 0, betweenness: between[node] ?? 0 };
  });
  return metrics;
}
