/**
 * The co-occurrence graph: one node per entity, one undirected edge between two entities that
 * occur in the same window (sentence, paragraph or document), weighted by the number of windows
 * and of distinct documents. Only mentions in the `subject` role take part: an outlet cited as a
 * source is recorded by the store but links nobody.
 */
import { UndirectedGraph } from 'graphology';
import { edgeKey } from '#model/edge-key';
import type { EdgeAttributes, EntityType, NodeAttributes } from '#model/types';
import { addNode } from './add-node';
import { forEachWindowPair, windowPartners } from './window-pairs';

export type PlexusGraph = UndirectedGraph<NodeAttributes, EdgeAttributes>;

export interface NodeInfo {
  id: string;
  label: string;
  type: EntityType;
  mentions: number;
  documents: number;
  reports: number;
}

/** One entity occurring in one window of one document; rows come sorted by document and window, in text order. */
export interface WindowRow {
  doc: number;
  unit: number;
  entity: string;
}

export function buildGraph(nodes: Iterable<NodeInfo>, rows: Iterable<WindowRow>): PlexusGraph {
  const graph: PlexusGraph = new UndirectedGraph();
  for (const n of nodes) {
    addNode(graph, n.id, { label: n.label, type: n.type, mentions: n.mentions, documents: n.documents, reports: n.reports, degree: 0 });
  }
  addWindows(graph, rows);
  assignDegrees(graph);
  return graph;
}

/** Each node's `degree` attribute, once its links are all added. */
export function assignDegrees(graph: PlexusGraph): void {
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'degree', graph.degree(node)));
}

/**
 * Adds the co-occurrences of window rows (sorted by document, then window) to a graph that has
 * their nodes; rows of entities it does not have are ignored. Returns the nodes whose links changed.
 */
export function addWindows(graph: PlexusGraph, rows: Iterable<WindowRow>): Set<string> {
  const touched = new Set<string>();
  let doc = -1;
  let unit = -1;
  let members: string[] = [];
  let pairsInDoc = new Set<string>();
  const flush = () => {
    forEachWindowPair(
      members.filter((id) => graph.hasNode(id)),
      (a, b) => {
        const key = edgeKey(a, b);
        const firstInDoc = !pairsInDoc.has(key);
        pairsInDoc.add(key);
        if (graph.hasEdge(key)) {
          const attr = graph.getEdgeAttributes(key);
          attr.weight += 1;
          if (firstInDoc) attr.documents += 1;
        } else {
          graph.addUndirectedEdgeWithKey(key, a, b, { weight: 1, documents: 1 });
          touched.add(a).add(b);
        }
      },
    );
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
  return touched;
}

/**
 * Takes the co-occurrences of one document's window rows (sorted by window) out of a graph that
 * holds them, as `addWindows` added them: links left with no window go. Returns the nodes whose
 * links changed.
 */
export function removeWindows(graph: PlexusGraph, rows: Iterable<WindowRow>): Set<string> {
  const touched = new Set<string>();
  let unit = -1;
  let members: string[] = [];
  const pairsInDoc = new Set<string>();
  const flush = () => {
    forEachWindowPair(
      members.filter((id) => graph.hasNode(id)),
      (a, b) => {
        const key = edgeKey(a, b);
        if (!graph.hasEdge(key)) return;
        const attr = graph.getEdgeAttributes(key);
        attr.weight -= 1;
        if (!pairsInDoc.has(key)) attr.documents -= 1;
        pairsInDoc.add(key);
        if (attr.weight <= 0) {
          graph.dropEdge(key);
          touched.add(a).add(b);
        }
      },
    );
    members = [];
  };
  for (const row of rows) {
    if (row.unit !== unit) {
      flush();
      unit = row.unit;
    }
    members.push(row.entity);
  }
  flush();
  return touched;
}

/** What one document adds to an entity: its mentions in the text and as a cited source. */
export interface NodeIncrement {
  id: string;
  label: string;
  type: EntityType;
  mentions: number;
  reports: number;
}

/**
 * Adds one new document to a built graph in place: its entities (new ones as nodes, known ones
 * with their counts raised and their current label) and its windows. The result is the graph a
 * full build would give, provided no entity was merged into another by this document.
 */
export function addDocument(graph: PlexusGraph, entities: Iterable<NodeIncrement>, rows: Iterable<WindowRow>): void {
  for (const e of entities) {
    if (graph.hasNode(e.id)) {
      const attr = graph.getNodeAttributes(e.id);
      attr.label = e.label;
      attr.mentions += e.mentions;
      attr.reports += e.reports;
      attr.documents += 1;
    } else {
      addNode(graph, e.id, { label: e.label, type: e.type, mentions: e.mentions, documents: 1, reports: e.reports, degree: 0 });
    }
  }
  for (const node of addWindows(graph, rows)) graph.setNodeAttribute(node, 'degree', graph.degree(node));
}

/**
 * Rebuilds one entity's node and links in place from its counts and the windows it occurs in (as
 * `windowRowsAround` gives them): after another entity was merged into it, its counts and links
 * are no sum of the two. Links between other entities are left as they are.
 */
export function replaceNode(graph: PlexusGraph, node: NodeInfo, rows: Iterable<WindowRow>): void {
  const touched = new Set<string>();
  if (graph.hasNode(node.id)) {
    graph.forEachNeighbor(node.id, (neighbour) => touched.add(neighbour));
    graph.dropNode(node.id);
  }
  addNode(graph, node.id, { label: node.label, type: node.type, mentions: node.mentions, documents: node.documents, reports: node.reports, degree: 0 });
  const links = new Map<string, EdgeAttributes>();
  let doc = -1;
  let unit = -1;
  let members: string[] = [];
  let inDoc = new Set<string>();
  const flush = () => {
    for (const other of windowPartners(
      members.filter((id) => graph.hasNode(id)),
      node.id,
    )) {
      const link = links.get(other) ?? { weight: 0, documents: 0 };
      link.weight += 1;
      if (!inDoc.has(other)) link.documents += 1;
      inDoc.add(other);
      links.set(other, link);
    }
  };
  for (const row of rows) {
    if (row.doc !== doc || row.unit !== unit) {
      flush();
      if (row.doc !== doc) inDoc = new Set();
      doc = row.doc;
      unit = row.unit;
      members = [];
    }
    members.push(row.entity);
  }
  flush();
  for (const [other, attributes] of links) {
    const [source, target] = node.id < other ? [node.id, other] : [other, node.id];
    graph.addUndirectedEdgeWithKey(edgeKey(source, target), source, target, attributes);
    touched.add(other);
  }
  touched.add(node.id);
  for (const id of touched) if (graph.hasNode(id)) graph.setNodeAttribute(id, 'degree', graph.degree(id));
}
