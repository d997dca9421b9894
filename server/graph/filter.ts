/**
 * Graph filters as a pure function: the same filtered view for the API, exports and the client.
 * A filter never changes the graph it is given; it returns a new one. The rules themselves are
 * the model's (`#model/filters`), which the explorer applies too.
 */
import { UndirectedGraph } from 'graphology';
import { entityShown, largest, linkShown, type ViewFilter } from '#model/filters';
import type { CooccurrenceWindow, EdgeWeighting, NodeAttributes, SerializedGraph } from '#model/types';
import type { GraphFilter } from '../corpus/types';
import { addNode } from './add-node';
import type { PlexusGraph } from './cooccurrence';

export interface FilterContext {
  /** Whether an entity's label or one of its aliases matches the search text. */
  matches?: (id: string) => boolean;
}

export function filterGraph(graph: PlexusGraph, filter: GraphFilter, context: FilterContext = {}): PlexusGraph {
  // The API reads an empty list of types as every type.
  const view: ViewFilter = { types: filter.types?.length ? filter.types : undefined, minMentions: filter.minMentions, minWeight: filter.minWeight };
  let kept = new Set(graph.filterNodes((_id, attributes) => entityShown(attributes, view)));
  if (filter.q && context.matches) {
    // A search keeps the matching entities and their neighbours, so that they are seen in context.
    const hits = [...kept].filter((id) => context.matches?.(id));
    const around = new Set(hits);
    for (const hit of hits) {
      graph.forEachNeighbor(hit, (n) => {
        if (kept.has(n)) around.add(n);
      });
    }
    kept = around;
  }
  const result: PlexusGraph = new UndirectedGraph();
  for (const id of kept) addNode(result, id, { ...graph.getNodeAttributes(id) });
  graph.forEachEdge((key, attr, source, target) => {
    if (linkShown(attr, view) && kept.has(source) && kept.has(target)) result.addUndirectedEdgeWithKey(key, source, target, { ...attr });
  });
  result.forEachNode((node) => result.setNodeAttribute(node, 'degree', result.degree(node)));
  return result;
}

/**
 * The `top` entities with the most mentions (ties by id) and the links among them. Each keeps its
 * attributes, degree included, so that the overview sizes entities as the whole graph does.
 */
export function mostMentioned(graph: PlexusGraph, top: number): PlexusGraph {
  const kept = new Set(largest(graph.nodes(), top, (id) => graph.getNodeAttribute(id, 'mentions')));
  const result: PlexusGraph = new UndirectedGraph();
  for (const id of [...kept].sort()) addNode(result, id, { ...graph.getNodeAttributes(id) });
  graph.forEachEdge((key, attr, source, target) => {
    if (kept.has(source) && kept.has(target)) result.addUndirectedEdgeWithKey(key, source, target, { ...attr });
  });
  return result;
}

/**
 * graphology's serialised form, with the counts a client shows before it draws anything, and the
 * weighting when one was chosen. `extra` gives attributes served on top of a node's own (its
 * metrics): laid over them here rather than written into the graph, which can then be one that is
 * kept (the corpus's graph), without a copy.
 */
/** graphology's options of every graph Plexus serves. */
export const GRAPH_OPTIONS = { type: 'undirected', multi: false, allowSelfLoops: false } as const;

export function serializeGraph(
  graph: PlexusGraph,
  window: CooccurrenceWindow,
  weighting?: { weighting: EdgeWeighting; minCount: number },
  extra?: (node: string) => Partial<NodeAttributes>,
): SerializedGraph {
  return {
    attributes: { window, nodes: graph.order, edges: graph.size, ...weighting },
    options: GRAPH_OPTIONS,
    // Nodes by key, whatever order they joined the graph in (built at once, or document by
    // document): the client's layout follows this order, and the same corpus must give the same map.
    nodes: graph
      .nodes()
      .sort()
      .map((key) => ({ key, attributes: extra ? { ...graph.getNodeAttributes(key), ...extra(key) } : graph.getNodeAttributes(key) })),
    edges: graph.mapEdges((key, attributes, source, target) => ({ key, source, target, attributes, undirected: true as const })),
  };
}
