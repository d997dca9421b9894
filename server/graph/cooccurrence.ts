/**
 * The co-occurrence graph: one node per entity, one undirected edge between two entities that
 * occur in the same window (sentence, paragraph or document), weighted by the number of windows
 * and of distinct documents. Only mentions in the `subject` role take part: an outlet cited as a
 * source is recorded by the store but links nobody.
 */
import { UndirectedGraph } from 'graphology';
import type { EdgeAttributes, EntityType, NodeAttributes } from '../model/types';

export type PlexusGraph = UndirectedGraph<NodeAttributes, EdgeAttributes>;

export interface NodeInfo {
  id: string;
  label: string;
  type: EntityType;
  mentions: number;
  documents: number;
  reports: number;
}

/** One entity occurring in one window of one document; rows must come sorted by document. */
export interface WindowRow {
  doc: number;
  unit: number;
  entity: string;
}

/** The edge key of a pair, the same whichever way round: graph, evidence and client agree on it. */
export function edgeKey(a: string, b: string): string {
  return a < b ? `${a}~${b}` : `${b}~${a}`;
}

export function buildGraph(nodes: Iterable<NodeInfo>, rows: Iterable<WindowRow>): PlexusGraph {
  const graph: PlexusGraph = new UndirectedGraph();
  for (const n of nodes) {
    graph.addNode(n.id, { label: n.label, type: n.type, mentions: n.mentions, documents: n.documents, reports: n.reports, degree: 0 });
  }
  let doc = -1;
  let unit = -1;
  let members: string[] = [];
  let pairsInDoc = new Set<string>();
  const flush = () => {
    const unique = [...new Set(members)].filter((id) => graph.hasNode(id)).sort();
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        const key = edgeKey(unique[i], unique[j]);
        const firstInDoc = !pairsInDoc.has(key);
        pairsInDoc.add(key);
        graph.mergeUndirectedEdgeWithKey(key, unique[i], unique[j]);
        graph.updateEdgeAttributes(key, (attr) => ({
          weight: (attr.weight ?? 0) + 1,
          documents: (attr.documents ?? 0) + (firstInDoc ? 1 : 0),
        }));
      }
    }
    members = [];
  };
  for (const row of rows) {
    if (row.doc !== doc || row.unit !== unit) {
      flush();
      if (row.doc !== doc) pairsInDoc = new Set();
      doc = row.doc;
      unit = row.unit;
    }
    members.push(row.entity);
  }
  flush();
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'degree', graph.degree(node)));
  return graph;
}
