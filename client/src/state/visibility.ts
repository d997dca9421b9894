/**
 * Which entities and links are drawn, decided from the view state over an unchanged graph: the
 * filters (types, weights and mentions by the rules the server applies too, then documents and
 * isolated nodes), then the focus or the overview's limit. The graph is never rebuilt or mutated.
 */

import { edgeKey } from '#model/edge-key';
import { entityShown, largest, linkShown, type ViewFilter } from '#model/filters';
import { ENTITY_TYPES } from '#model/types';
import { sizeValue } from '../render/appearance';
import type { ClientGraph, Filters, ViewState } from './types';

/** Above this many entities a corpus opens on an overview: its largest entities, not a disc of all. */
export const OVERVIEW_ABOVE = 1000;
/** Entities in the overview, and how many more each 'show more' adds. */
export const OVERVIEW_STEP = 300;

/** How many entities the view draws at most: the view's own limit, or the overview of a large graph. */
export function entityLimit(graph: ClientGraph, view: ViewState): number {
  if (view.top === 'all') return Infinity;
  if (view.top !== null) return view.top;
  return graph.order > OVERVIEW_ABOVE ? OVERVIEW_STEP : Infinity;
}

/** The entities and links of the chosen documents, as the server reports them per document. */
export interface DocumentMask {
  nodes: ReadonlySet<string>;
  /** Links as `edgeKey(source, target)`, so that the edge keys of the two answers need not agree. */
  pairs: ReadonlySet<string>;
}

export interface Visibility {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** The view's filters as the shared rules read them: the types not hidden, and 0 on the weight slider as no threshold. */
export function viewFilterOf(filters: Filters): ViewFilter {
  return {
    types: filters.hiddenTypes.length === 0 ? undefined : ENTITY_TYPES.filter((type) => !filters.hiddenTypes.includes(type)),
    minMentions: filters.minMentions,
    minWeight: filters.minWeight > 0 ? filters.minWeight : undefined,
  };
}

/**
 * The visible entities and links. The selected entity is always drawn, even when a filter would
 * hide it, so that choosing it in search or in the reader always shows where it is.
 */
export function computeVisibility(graph: ClientGraph, view: ViewState, mask: DocumentMask | null): Visibility {
  const { filters } = view;
  const filter = viewFilterOf(filters);
  const selected = view.selected !== null && graph.hasNode(view.selected) ? view.selected : null;

  let nodes = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (entityShown(attributes, filter) && (mask === null || mask.nodes.has(node))) nodes.add(node);
  });
  if (selected !== null) nodes.add(selected);

  const edgeKept = (source: string, target: string, weight: number): boolean =>
    nodes.has(source) && nodes.has(target) && linkShown({ weight }, filter) && (mask === null || mask.pairs.has(edgeKey(source, target)));
  let edges = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (edgeKept(source, target, attributes.weight)) edges.add(edge);
  });

  if (filters.hideIsolated) {
    const linked = new Set<string>();
    for (const edge of edges) for (const end of graph.extremities(edge)) linked.add(end);
    nodes = new Set([...nodes].filter((node) => linked.has(node) || node === selected));
  }

  if (selected !== null && view.focus > 0) {
    // A focus brings an entity's neighbours in, whatever the limit.
    const around = neighbourhood(graph, selected, view.focus, edges);
    nodes = new Set([...nodes].filter((node) => around.has(node)));
    edges = new Set([...edges].filter((edge) => graph.extremities(edge).every((end) => nodes.has(end))));
  } else {
    const limit = entityLimit(graph, view);
    if (nodes.size > limit) {
      nodes = new Set(largest(nodes, limit, (node) => sizeValue(graph.getNodeAttributes(node), view.sizeBy)));
      if (selected !== null) nodes.add(selected);
      edges = new Set([...edges].filter((edge) => graph.extremities(edge).every((end) => nodes.has(end))));
    }
  }
  return { nodes, edges };
}

/** The entities within `depth` links of `start`, following only the given links. */
export function neighbourhood(graph: ClientGraph, start: string, depth: number, through: ReadonlySet<string>): Set<string> {
  const reached = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < depth; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attributes, source, target) => {
        if (!through.has(edge)) return;
        const other = source === node ? target : source;
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  return reached;
}

/** How many entities of each type the graph holds, for the filter checkboxes. */
export function countByType(graph: ClientGraph): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachNode((_node, attributes) => counts.set(attributes.type, (counts.get(attributes.type) ?? 0) + 1));
  return counts;
}

/**
 * Of what the filters show, only what the last upload added: its new entities, its new links and
 * the entities those links reach.
 */
export function onlyWhatIsNew(graph: ClientGraph, shown: Visibility, fresh: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> }): Visibility {
  const edges = new Set([...fresh.edges].filter((edge) => shown.edges.has(edge) && graph.hasEdge(edge)));
  const nodes = new Set([...fresh.nodes].filter((node) => shown.nodes.has(node)));
  for (const edge of edges) for (const end of graph.extremities(edge)) nodes.add(end);
  return { nodes, edges };
}
