/**
 * How each entity and link looks, as pure functions of the view: colour by type or community, size by
 * mentions, degree, PageRank or betweenness, what hover, selection and a shortest path light up and what they dim. The sigma
 * reducers (renderer.ts) call these and nothing else, so the decisions are tested in plain Node.
 */

import type { EdgeAttributes, EdgeWeighting } from '#model/types';
import type { GraphPath } from '../state/path';
import type { ClientNodeAttributes, ColourBy, SizeBy } from '../state/types';
import type { Visibility } from '../state/visibility';

import { nodeSize, typeColour } from '#model/appearance';

// Colours and sizes are shared with the server's exports, so a file opened in Gephi looks like the explorer.
export { MAX_NODE_SIZE, MIN_NODE_SIZE, TYPE_COLOURS, nodeSize, typeColour } from '#model/appearance';
export { isEntityType as isKnownType } from '#model/types';

export const DIMMED_NODE = '#e2e2e2';
export const EDGE_COLOUR = '#c6c6c6';
export const DIMMED_EDGE = '#f0f0f0';
export const HIGHLIGHT_EDGE = '#555555';
export const PATH_COLOUR = '#d62728';
/** Links new since the last upload, until the next action. */
export const FRESH_EDGE = '#2f9e44';

/** What the view holds beyond the filters: the pointer, the selection and a path. */
export interface Highlight {
  hovered: string | null;
  /** The hovered entity's neighbours (the ones it is drawn linked with). */
  hoveredNeighbours: ReadonlySet<string>;
  selected: string | null;
  /** The selected entity's neighbours: labelled with it. */
  selectedNeighbours: ReadonlySet<string>;
  /** The link whose evidence is open, and its two entities. */
  edge: string | null;
  edgeEnds: readonly string[];
  path: GraphPath | null;
  /** Entities and links new since the last upload: marked and labelled until the next action. */
  fresh: ReadonlySet<string>;
  freshEdges: ReadonlySet<string>;
}

export interface NodeLook {
  hidden: boolean;
  color: string;
  size: number;
  label: string;
  /** Labelled whatever the room (see render/label-placement.ts). */
  forceLabel: boolean;
  highlighted: boolean;
  zIndex: number;
}

export interface EdgeLook {
  hidden: boolean;
  color: string;
  size: number;
  zIndex: number;
}

export interface SizeScale {
  sizeBy: SizeBy;
  /** The largest value of `sizeBy` over the graph. */
  max: number;
  /** Type unless told. */
  colourBy?: ColourBy;
}

/** How link weights map to thickness: the weighting they were computed with and the largest one drawn. */
export interface EdgeScale {
  weighting: EdgeWeighting;
  max: number;
}

export const COUNT_SCALE: EdgeScale = { weighting: 'count', max: 1 };

/**
 * Community colours: a fixed palette cycled by community number (Louvain numbers communities from
 * 0 by decreasing size, so the largest ten get distinct colours). Tableau 10, dimmed grey excluded.
 */
export const COMMUNITY_COLOURS: readonly string[] = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#17becf',
];

/** Without a community (metrics not loaded), an entity is drawn in this neutral grey. */
export const NO_COMMUNITY_COLOUR = '#9c9c9c';

export function communityColour(community: number | undefined): string {
  if (community === undefined || !Number.isSafeInteger(community) || community < 0) return NO_COMMUNITY_COLOUR;
  return COMMUNITY_COLOURS[community % COMMUNITY_COLOURS.length] ?? NO_COMMUNITY_COLOUR;
}

/** The value an entity is sized by; a metric the server did not send counts as 0. */
export function sizeValue(attributes: ClientNodeAttributes, sizeBy: SizeBy): number {
  switch (sizeBy) {
    case 'degree':
      return attributes.degree;
    case 'pagerank':
      return attributes.pagerank ?? 0;
    case 'betweenness':
      return attributes.betweenness ?? 0;
    case 'mentions':
      return attributes.mentions;
  }
}

export function nodeColour(attributes: ClientNodeAttributes, colourBy: ColourBy = 'type'): string {
  return colourBy === 'community' ? communityColour(attributes.community) : typeColour(attributes.type);
}

export function nodeLook(node: string, attributes: ClientNodeAttributes, visibility: Visibility, highlight: Highlight, scale: SizeScale): NodeLook {
  const look: NodeLook = {
    hidden: !visibility.nodes.has(node),
    color: nodeColour(attributes, scale.colourBy),
    size: nodeSize(sizeValue(attributes, scale.sizeBy), scale.max),
    label: attributes.label,
    forceLabel: false,
    highlighted: false,
    zIndex: 1,
  };
  const onPath = highlight.path?.nodes.includes(node) ?? false;
  if (node === highlight.selected || onPath || highlight.edgeEnds.includes(node)) {
    look.hidden = false;
    look.forceLabel = true;
    look.highlighted = node === highlight.selected;
    look.zIndex = 3;
  }
  if (highlight.selectedNeighbours.has(node)) look.forceLabel = true;
  if (highlight.fresh.has(node)) {
    // Sigma draws a highlighted entity with a white box and its label: the mark of what is new.
    look.forceLabel = true;
    look.highlighted = true;
    look.zIndex = Math.max(look.zIndex, 2);
  }
  if (highlight.hovered !== null) {
    // Hover: the entity and its neighbours stay lit, the rest steps back.
    if (node === highlight.hovered || highlight.hoveredNeighbours.has(node)) {
      look.forceLabel = true;
      look.zIndex = 2;
    } else {
      look.color = DIMMED_NODE;
      look.label = '';
      look.zIndex = 0;
    }
  } else if (highlight.path !== null && !onPath) {
    look.color = DIMMED_NODE;
    look.zIndex = 0;
  }
  return look;
}

const MIN_EDGE_SIZE = 0.8;
const MAX_EDGE_SIZE = 6;

/**
 * Thicker for heavier links, within bounds: the line program ignores it, the rectangle one uses it.
 * Counts grow on a log scale; PMI and NPMI (fractions, possibly negative) are drawn relative to the
 * largest weight, with links no more likely than chance at the thinnest.
 */
export function edgeSize(weight: number, scale: EdgeScale = COUNT_SCALE): number {
  if (scale.weighting === 'pmi' || scale.weighting === 'npmi') {
    const share = scale.max > 0 ? Math.min(1, Math.max(0, weight / scale.max)) : 0;
    return MIN_EDGE_SIZE + (MAX_EDGE_SIZE - MIN_EDGE_SIZE) * share;
  }
  return Math.min(MAX_EDGE_SIZE, MIN_EDGE_SIZE + Math.log2(Math.max(weight, 1)));
}

export function edgeLook(
  edge: string,
  attributes: EdgeAttributes,
  source: string,
  target: string,
  visibility: Visibility,
  highlight: Highlight,
  scale: EdgeScale = COUNT_SCALE,
): EdgeLook {
  const look: EdgeLook = { hidden: !visibility.edges.has(edge), color: EDGE_COLOUR, size: edgeSize(attributes.weight, scale), zIndex: 0 };
  if (highlight.path !== null) {
    if (highlight.path.edges.includes(edge)) return { hidden: false, color: PATH_COLOUR, size: look.size + 1.5, zIndex: 2 };
    if (highlight.hovered === null) look.color = DIMMED_EDGE;
  }
  if (edge === highlight.edge) return { hidden: false, color: PATH_COLOUR, size: look.size + 1.5, zIndex: 2 };
  if (highlight.freshEdges.has(edge) && highlight.hovered === null) return { ...look, color: FRESH_EDGE, size: look.size + 1, zIndex: 1 };
  if (highlight.hovered !== null) {
    const touches = source === highlight.hovered || target === highlight.hovered;
    look.color = touches ? HIGHLIGHT_EDGE : DIMMED_EDGE;
    look.zIndex = touches ? 1 : 0;
  } else if (highlight.selected !== null && (source === highlight.selected || target === highlight.selected)) {
    look.color = HIGHLIGHT_EDGE;
    look.zIndex = 1;
  }
  return look;
}
