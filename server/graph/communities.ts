/**
 * Communities by Louvain (graphology-communities-louvain), made deterministic: the algorithm visits
 * nodes in a random order, so it is given a seeded generator, and communities are then numbered by
 * decreasing size (ties by their first member's key), so that community 0 is the largest and the
 * numbers, hence the colours, do not move between runs. `communities(graph)` returns them by node.
 */
import louvain from 'graphology-communities-louvain';
import type { EdgeAttributes } from '#model/types';
import type { PlexusGraph } from './cooccurrence';
import { mulberry32 } from './random';

export const DEFAULT_LOUVAIN_SEED = 1;

export interface CommunityOptions {
  seed?: number;
  /** The edge weight modularity is computed with; must be positive. Default: the `weight` attribute. */
  weight?: (attributes: EdgeAttributes) => number;
  /** Louvain's resolution: above 1, more and smaller communities. Default 1. */
  resolution?: number;
}

export function communities(graph: PlexusGraph, options: CommunityOptions = {}): Record<string, number> {
  const weight = options.weight ?? ((attributes: EdgeAttributes) => attributes.weight);
  // Weights are read through our typed graph: louvain's callback sees untyped attributes.
  const weights = new Map<string, number>();
  graph.forEachEdge((key, attributes) => weights.set(key, weight(attributes)));
  const found = louvain(graph, {
    rng: mulberry32(options.seed ?? DEFAULT_LOUVAIN_SEED),
    getEdgeWeight: (key) => weights.get(key) ?? 0,
    resolution: options.resolution ?? 1,
  });
  const members = new Map<number, string[]>();
  for (const node of graph.nodes()) {
    const community = found[node] ?? -1;
    const list = members.get(community) ?? [];
    list.push(node);
    members.set(community, list);
  }
  const ordered = [...members.values()].map((list) => list.sort()).sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const numbered: Record<string, number> = {};
  ordered.forEach((list, index) => {
    for (const node of list) numbered[node] = index;
  });
  return numbered;
}
