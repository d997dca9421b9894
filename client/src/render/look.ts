/**
 * The context the reducers read, computed once per change of the view, the pointer or what is
 * drawn: what is visible, what is highlighted, and the scales of sizes and thicknesses.
 */

import type { GraphPath } from '../state/path';
import type { ClientGraph, ViewState } from '../state/types';
import type { Visibility } from '../state/visibility';
import { sizeValue, type EdgeScale, type Highlight, type SizeScale } from './appearance';

/** What the reducers need, computed after each change of the view. */
export interface LookContext {
  visibility: Visibility;
  highlight: Highlight;
  scale: SizeScale;
  edgeScale: EdgeScale;
}

/** What the map holds besides the view: what it draws, the entity under the pointer, the marks of the last upload. */
export interface Drawn {
  visibility: Visibility;
  hovered: string | null;
  /** What the last upload added, marked until the next action. */
  fresh: Visibility;
  path: GraphPath | null;
}

/** Nothing drawn yet: what sigma reads while it mounts, before the first view is computed. */
export const NOTHING_DRAWN: LookContext = {
  visibility: { nodes: new Set(), edges: new Set() },
  highlight: {
    hovered: null,
    hoveredNeighbours: new Set(),
    selected: null,
    selectedNeighbours: new Set(),
    fresh: new Set(),
    freshEdges: new Set(),
    edge: null,
    edgeEnds: [],
    path: null,
  },
  scale: { sizeBy: 'mentions', max: 1, colourBy: 'type' },
  edgeScale: { weighting: 'count', max: 1 },
};

export function lookContext(graph: ClientGraph, view: ViewState, drawn: Drawn): LookContext {
  const { visibility, hovered, fresh, path } = drawn;
  const edge = view.edge !== null && graph.hasNode(view.edge[0]) && graph.hasNode(view.edge[1]) ? (graph.edge(view.edge[0], view.edge[1]) ?? null) : null;
  let max = 0;
  graph.forEachNode((_node, attributes) => {
    max = Math.max(max, sizeValue(attributes, view.sizeBy));
  });
  let maxWeight = 0;
  graph.forEachEdge((_edge, attributes) => {
    maxWeight = Math.max(maxWeight, attributes.weight);
  });
  return {
    visibility,
    highlight: {
      hovered,
      hoveredNeighbours: shownNeighbours(graph, visibility, hovered),
      selected: view.selected,
      selectedNeighbours: shownNeighbours(graph, visibility, view.selected),
      fresh: fresh.nodes,
      freshEdges: fresh.edges,
      edge,
      edgeEnds: edge === null ? [] : graph.extremities(edge),
      path,
    },
    scale: { sizeBy: view.sizeBy, max, colourBy: view.colourBy },
    edgeScale: { weighting: view.filters.weighting, max: maxWeight },
  };
}

/** The entities drawn linked with `node`. */
export function shownNeighbours(graph: ClientGraph, visibility: Visibility, node: string | null): Set<string> {
  const neighbours = new Set<string>();
  if (node !== null && graph.hasNode(node)) {
    graph.forEachEdge(node, (edge, _attributes, source, target) => {
      if (visibility.edges.has(edge)) neighbours.add(source === node ? target : source);
    });
  }
  return neighbours;
}
