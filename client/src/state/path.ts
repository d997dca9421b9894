/** The shortest chain of links between two entities, over the whole graph (filters do not cut it). */

import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { ClientGraph } from './types';

export interface GraphPath {
  nodes: string[];
  edges: string[];
}

/** null when either entity is unknown or no chain of links joins them. */
export function shortestPath(graph: ClientGraph, from: string, to: string): GraphPath | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const nodes = bidirectional(graph, from, to);
  if (nodes === null) return null;
  const edges: string[] = [];
  for (let i = 1; i < nodes.length; i++) {
    const a = nodes[i - 1];
    const b = nodes[i];
    if (a === undefined || b === undefined) continue;
    const edge = graph.edge(a, b);
    if (edge !== undefined) edges.push(edge);
  }
  return { nodes, edges };
}
