/**
 * An entity in a period: its links counted in the period's windows alone, and when it was named.
 * Pure functions over the graph and rows the store reads with a DocumentScope.
 */
import { buildGraph, type NodeInfo, type PlexusGraph, type WindowRow } from '../graph/cooccurrence';
import type { EntityDetail, Seen } from '#model/types';

/** The first and last of these dates, and how many were null. */
export function seenIn(dates: Iterable<string | null>): Seen {
  const seen: Seen = { first: null, last: null, undated: 0 };
  for (const date of dates) {
    if (date === null) seen.undated += 1;
    else {
      if (seen.first === null || date < seen.first) seen.first = date;
      if (seen.last === null || date > seen.last) seen.last = date;
    }
  }
  return seen;
}

/** The graph of these windows, between entities `graph` shows (hidden ones drop out), with their attributes there. */
export function graphOfWindows(graph: PlexusGraph, rows: readonly WindowRow[]): PlexusGraph {
  const nodes = new Map<string, NodeInfo>();
  for (const { entity } of rows) {
    if (nodes.has(entity) || !graph.hasNode(entity)) continue;
    const { label, type, mentions, documents, reports } = graph.getNodeAttributes(entity);
    nodes.set(entity, { id: entity, label, type, mentions, documents, reports });
  }
  return buildGraph(nodes.values(), rows);
}

/** An entity's neighbours in `graph`, by weight, then documents, then label; none when the graph lacks it. */
export function neighboursOf(graph: PlexusGraph, id: string): EntityDetail['neighbours'] {
  if (!graph.hasNode(id)) return [];
  return graph
    .mapEdges(id, (_key, attr, source, target) => {
      const other = source === id ? target : source;
      const o = graph.getNodeAttributes(other);
      return { id: other, label: o.label, type: o.type, weight: attr.weight, documents: attr.documents };
    })
    .sort((a, b) => b.weight - a.weight || b.documents - a.documents || a.label.localeCompare(b.label));
}
