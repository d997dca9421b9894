/**
 * Node metrics: degree, weighted degree, PageRank, normalised betweenness (./betweenness) and the
 * Louvain community (./communities), by node. PageRank and Louvain need positive weights, so they
 * follow `positiveWeight` (the co-occurrence count when the weight is PMI, which can be negative).
 */
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { EdgeAttributes } from '#model/types';
import { startBetweenness } from './betweenness';
import { communities } from './communities';
import type { PlexusGraph } from './cooccurrence';

/** Graphs up to this many nodes get exact betweenness; larger ones a sampled estimate. */
export const EXACT_BETWEENNESS_UP_TO = 1000;
/** Source nodes of the estimate: its cost is this many searches, whatever the graph's size. */
export const BETWEENNESS_SAMPLES = 400;
/**
 * The helper's share of the searches: this thread computes PageRank and the communities first,
 * which on the 10,000-document bench graph take about 1.6 s against 2.6 s for all 400 searches.
 */
export const BETWEENNESS_HELPER_SHARE = 0.75;

export interface NodeMetrics {
  degree: number;
  weightedDegree: number;
  pagerank: number;
  betweenness: number;
  community: number;
}

export interface MetricsOptions {
  /** The edge weight PageRank and Louvain follow; must be positive. Default: the `weight` attribute. */
  positiveWeight?: (attributes: EdgeAttributes) => number;
}

export function nodeMetrics(graph: PlexusGraph, options: MetricsOptions = {}): Record<string, NodeMetrics> {
  // graphology's PageRank fails on a graph without nodes.
  if (graph.order === 0) return {};
  const positiveWeight = options.positiveWeight ?? ((attributes: EdgeAttributes) => attributes.weight);
  const searches = startBetweenness(graph, samplesFor(graph), { helperShare: BETWEENNESS_HELPER_SHARE });
  const ranks = pagerank(graph, { getEdgeWeight: (_key, attributes) => positiveWeight(attributes) });
  const community = communities(graph, { weight: positiveWeight });
  return byNode(graph, ranks, community, searches.finish());
}

/**
 * The same figures as `nodeMetrics`, with the event loop free between its steps (PageRank, the
 * communities, this thread's searches a few at a time) and while the helper thread searches. The
 * graph must not change until it resolves.
 */
export async function nodeMetricsInSteps(graph: PlexusGraph, options: MetricsOptions = {}): Promise<Record<string, NodeMetrics>> {
  if (graph.order === 0) return {};
  const positiveWeight = options.positiveWeight ?? ((attributes: EdgeAttributes) => attributes.weight);
  const searches = startBetweenness(graph, samplesFor(graph), { helperShare: BETWEENNESS_HELPER_SHARE });
  const ranks = pagerank(graph, { getEdgeWeight: (_key, attributes) => positiveWeight(attributes) });
  await nextTurn();
  const community = communities(graph, { weight: positiveWeight });
  await nextTurn();
  return byNode(graph, ranks, community, await searches.finishInSteps());
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function samplesFor(graph: PlexusGraph): number {
  return graph.order <= EXACT_BETWEENNESS_UP_TO ? graph.order : BETWEENNESS_SAMPLES;
}

function byNode(
  graph: PlexusGraph,
  ranks: Record<string, number>,
  community: Record<string, number>,
  between: Record<string, number>,
): Record<string, NodeMetrics> {
  const metrics: Record<string, NodeMetrics> = {};
  graph.forEachNode((node) => {
    let weightedDegree = 0;
    graph.forEachEdge(node, (_key, attributes) => {
      weightedDegree += attributes.weight;
    });
    metrics[node] = {
      degree: graph.degree(node),
      weightedDegree,
      pagerank: ranks[node] ?? 0,
      betweenness: between[node] ?? 0,
      community: community[node],
    };
  });
  return metrics;
}
