/**
 * The explorer's view state: everything a person chose (filters, selection, focus, camera) as
 * plain serialisable data. It lives in the URL (see url.ts), so that a link reproduces the view and
 * the back button undoes a step; nothing here touches the DOM or sigma.
 */

import type { UndirectedGraph } from 'graphology';
import type { EdgeAttributes, EdgeWeighting, EntityType, NodeAttributes } from '#model/types';

/** The graph as the client holds it: the server's attributes plus a layout position. */
export type ClientNodeAttributes = NodeAttributes & { x: number; y: number };
export type ClientGraph = UndirectedGraph<ClientNodeAttributes, EdgeAttributes>;

export type SizeBy = 'mentions' | 'degree' | 'pagerank' | 'betweenness';
export const SIZE_BY: readonly SizeBy[] = ['mentions', 'degree', 'pagerank', 'betweenness'];

/** Colour entities by their type, or by their Louvain community (`metrics=true`). */
export type ColourBy = 'type' | 'community';
export const COLOUR_BY: readonly ColourBy[] = ['type', 'community'];

/** How far around the selected entity the view is restricted: 0 shows everything. */
export type FocusDepth = 0 | 1 | 2;

export interface Filters {
  /** Entity types unticked; empty shows every type (and any type the server adds later). */
  hiddenTypes: EntityType[];
  /** How a link is counted (server/graph/weighting.ts); the server weighs, the client draws. */
  weighting: EdgeWeighting;
  /** Links seen in fewer windows are dropped by the server; null: the weighting's default (2 for PMI, NPMI). */
  minCount: number | null;
  /** Edges lighter than this (under the weighting) are not drawn; 0 is no threshold, so that a negative PMI is drawn (see viewFilterOf). */
  minWeight: number;
  /** Entities mentioned fewer times than this are not drawn. */
  minMentions: number;
  /** Only entities and links found in these documents; null means every document. */
  documents: number[] | null;
  /** Entities left without any drawn link are not drawn. */
  hideIsolated: boolean;
}

/** A period of days written YYYY-MM-DD, both ends inclusive. */
export interface DayRange {
  from: string;
  to: string;
}

export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  filters: Filters;
  /** The selected entity, shown in the side panel. */
  selected: string | null;
  /** The selected link (its two entities), whose evidence the side panel shows. */
  edge: [string, string] | null;
  focus: FocusDepth;
  /** The two entities whose shortest path is highlighted. */
  path: [string, string] | null;
  /** The document open in the reader. */
  document: number | null;
  sizeBy: SizeBy;
  colourBy: ColourBy;
  /** null: fit the whole graph. */
  camera: Camera | null;
  /** The period whose documents the map shows; null: every document, dated or not. */
  period: DayRange | null;
  /** The period `period` is compared with in the 'what changed' view; null: no comparison. */
  compare: DayRange | null;
  /**
   * How many entities are drawn at most, the largest (by `sizeBy`) first: a number, 'all', or null
   * for the default (an overview of a large corpus, everything of a small one; see visibility.ts).
   */
  top: number | 'all' | null;
}

export const DEFAULT_FILTERS: Filters = {
  hiddenTypes: [],
  weighting: 'count',
  minCount: null,
  minWeight: 0,
  minMentions: 0,
  documents: null,
  hideIsolated: false,
};

export const DEFAULT_VIEW: ViewState = {
  filters: DEFAULT_FILTERS,
  selected: null,
  edge: null,
  focus: 0,
  path: null,
  document: null,
  sizeBy: 'mentions',
  colourBy: 'type',
  camera: null,
  period: null,
  compare: null,
  top: null,
};
