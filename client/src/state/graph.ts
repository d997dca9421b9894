/**
 * The client's graph from the server's wire format (`GET /api/graph`), and the update of a graph
 * already on screen after an upload: attributes refreshed, newcomers placed beside their links,
 * entities that disappeared (merged into others) removed. The graph object stays the same, so that
 * sigma and the layout worker keep running on it.
 */

import { UndirectedGraph } from 'graphology';
import type { NodePositions, SerializedGraph } from '../../../server/model/types';
import { initialLayout, placeNewcomer } from './layout';
import type { ClientGraph } from './types';

/**
 * A new client graph, laid out: at the map saved with the store when there is one (entities it does
 * not place go beside their links), else at the explorer's first map.
 */
export function graphFromWire(wire: SerializedGraph, saved: NodePositions = {}): ClientGraph {
  const graph: ClientGraph = new UndirectedGraph();
  const placed = new Set<string>();
  for (const { key, attributes } of wire.nodes) {
    const at = Object.hasOwn(saved, key) ? saved[key] : undefined;
    if (at) placed.add(key);
    graph.addNode(key, { ...attributes, x: at?.[0] ?? 0, y: at?.[1] ?? 0 });
  }
  for (const { key, source, target, attributes } of wire.edges) graph.addUndirectedEdgeWithKey(key, source, target, { ...attributes });
  if (placed.size === 0) initialLayout(graph);
  else
    graph.forEachNode((node) => {
      if (!placed.has(node)) graph.mergeNodeAttributes(node, placeNewcomer(graph, node, placed));
    });
  return graph;
}

export interface GraphChanges {
  added: string[];
  removed: string[];
  /** Links that were not there before (between new or old entities). */
  addedEdges: string[];
}

/** Brings `graph` in line with `wire` in place; existing entities keep their positions. */
export function updateGraph(graph: ClientGraph, wire: SerializedGraph): GraphChanges {
  const wanted = new Set(wire.nodes.map((node) => node.key));
  const removed = graph.filterNodes((node) => !wanted.has(node));
  for (const node of removed) graph.dropNode(node);

  const positioned = new Set(graph.nodes());
  const added: string[] = [];
  for (const { key, attributes } of wire.nodes) {
    if (graph.hasNode(key)) graph.mergeNodeAttributes(key, { ...attributes });
    else {
      graph.addNode(key, { ...attributes, x: 0, y: 0 });
      added.push(key);
    }
  }

  const wantedEdges = new Set(wire.edges.map((edge) => edge.key));
  for (const edge of graph.filterEdges((edge) => !wantedEdges.has(edge))) graph.dropEdge(edge);
  const addedEdges: string[] = [];
  for (const { key, source, target, attributes } of wire.edges) {
    if (graph.hasEdge(key)) graph.replaceEdgeAttributes(key, { ...attributes });
    else if (!graph.hasEdge(source, target)) {
      graph.addUndirectedEdgeWithKey(key, source, target, { ...attributes });
      addedEdges.push(key);
    }
  }

  // Placed once every link exists, so that newcomers sit beside the entities they are linked with.
  for (const node of added) graph.mergeNodeAttributes(node, placeNewcomer(graph, node, positioned));
  return { added, removed, addedEdges };
}
