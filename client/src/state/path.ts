/** The shortest chain of links between two entities, over the whole graph (filters do not cut it). */

import { bidirectional } from 'graphology-shortest-path/unweighted';
import type { ClientGraph, ViewState } from './types';

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

/** What the entity panel says of the requested path: its entities by label, or that there is none. */
export type PathReport = { found: true; labels: string[] } | { found: false; to: string } | null;

/** The report of `path`, the path found for the view's request (null when there is none). */
export function pathReport(graph: ClientGraph, view: ViewState, path: GraphPath | null): PathReport {
  if (view.path === null) return null;
  const to = view.path[1];
  const toLabel = graph.hasNode(to) ? graph.getNodeAttribute(to, 'label') : to;
  if (path === null) return { found: false, to: toLabel };
  return { found: true, labels: path.nodes.map((node) => graph.getNodeAttribute(node, 'label')) };
}
