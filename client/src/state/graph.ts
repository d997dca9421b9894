/**
 * The client's graph from the server's wire format (`GET /api/graph`), and the update of a graph
 * already on screen after an upload: attributes refreshed, newcomers placed beside their links,
 * entities that disappeared (merged into others) removed. The graph object stays the same, so that
 * sigma and the layout worker keep running on it.
 */

import { UndirectedGraph } from 'graphology';
import type { NodePositions, SerializedGraph } from '#model/types';
import { initialLayout, placeNewcomer, seededPosition } from './layout';
import type { ClientGraph } from './types';

/**
 * A new client graph, laid out: at the map saved with the store when there is one (entities it does
 * not place go beside their links), else at the explorer's first map. `settle: false` (the overview
 * of a large graph, whose rest comes later) leaves each entity at its seeded position, where the
 * whole graph, too large to settle before its first frame, has it too.
 */
export function graphFromWire(wire: SerializedGraph, saved: NodePositions = {}, settle = true): ClientGraph {
  const graph: ClientGraph = new UndirectedGraph();
  const placed = new Set<string>();
  for (const { key, attributes } of wire.nodes) {
    const at = savedAt(saved, key);
    if (at) placed.add(key);
    graph.addNode(key, { ...attributes, x: at?.[0] ?? 0, y: at?.[1] ?? 0 });
  }
  for (const { key, source, target, attributes } of wire.edges) graph.addUndirectedEdgeWithKey(key, source, target, { ...attributes });
  if (placed.size === 0 && settle) initialLayout(graph);
  else
    graph.forEachNode((node) => {
      if (!placed.has(node)) graph.mergeNodeAttributes(node, placed.size === 0 ? seededPosition(node) : placeNewcomer(graph, node, placed));
    });
  return graph;
}

/**
 * Adds to `graph` what `wire` holds and it lacks: the rest of a large graph whose overview came
 * first. Entities already there stay where they are; those added go where the saved map has them,
 * else beside their links (when a map was saved) or at their seeded position. Returns how many
 * entities were added.
 */
export function extendGraph(graph: ClientGraph, wire: SerializedGraph, saved: NodePositions = {}): number {
  const steps = extendInSteps(graph, wire, saved, Infinity);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * `extendGraph` a batch of at most `batch` entities or links at a time: the caller lets the page
 * draw and answer between batches, so that a graph of hundreds of thousands of links comes in
 * without freezing the map already on screen.
 */
export function* extendInSteps(graph: ClientGraph, wire: SerializedGraph, saved: NodePositions, batch: number): Generator<void, number> {
  const placed = new Set(graph.filterNodes((node) => savedAt(saved, node) !== undefined));
  const unplaced: string[] = [];
  let added = 0;
  let done = 0;
  for (const { key, attributes } of wire.nodes) {
    if (++done % batch === 0) yield;
    if (graph.hasNode(key)) {
      graph.mergeNodeAttributes(key, { ...attributes });
      continue;
    }
    const at = savedAt(saved, key);
    const { x, y } = at ? { x: at[0], y: at[1] } : seededPosition(key);
    graph.addNode(key, { ...attributes, x, y });
    if (at) placed.add(key);
    else unplaced.push(key);
    added++;
  }
  for (const { key, source, target, attributes } of wire.edges) {
    if (++done % batch === 0) yield;
    if (!graph.hasEdge(key) && !graph.hasEdge(source, target)) graph.addUndirectedEdgeWithKey(key, source, target, { ...attributes });
  }
  // Beside their links once every link exists, as graphFromWire places them on a saved map.
  if (placed.size > 0) for (const node of unplaced) graph.mergeNodeAttributes(node, placeNewcomer(graph, node, placed));
  return added;
}

function savedAt(saved: NodePositions, key: string): readonly [number, number] | undefined {
  return Object.hasOwn(saved, key) ? saved[key] : undefined;
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
