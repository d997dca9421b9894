/**
 * The graph as it is exported: the served graph (filtered, weighted, with its metrics) with the
 * appearance the explorer gives it, colour by entity type and size by mentions (server/model/
 * appearance.ts), so that Gephi opens it looking like the screen. Positions travel only when the
 * nodes have them (`x`, `y`): the server computes no layout.
 */
import { UndirectedGraph } from 'graphology';
import { addNode } from '../graph/add-node';
import { nodeSize, typeColour } from '../model/appearance';
import type { EdgeAttributes, NodeAttributes, SerializedGraph } from '../model/types';

export interface ExportNodeAttributes extends NodeAttributes {
  color: string;
  size: number;
  x?: number;
  y?: number;
}

export type ExportGraph = UndirectedGraph<ExportNodeAttributes, EdgeAttributes>;

/** One column of a node or edge table: its name and its value type in XML formats. */
export interface Column<Attributes> {
  name: keyof Attributes & string;
  type: 'string' | 'int' | 'double';
}

/** Node attributes in the order tables show them; optional ones only when some node has them. */
export const NODE_COLUMNS: readonly Column<ExportNodeAttributes>[] = [
  { name: 'label', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'mentions', type: 'int' },
  { name: 'documents', type: 'int' },
  { name: 'reports', type: 'int' },
  { name: 'degree', type: 'int' },
  { name: 'weightedDegree', type: 'double' },
  { name: 'pagerank', type: 'double' },
  { name: 'betweenness', type: 'double' },
  { name: 'community', type: 'int' },
  { name: 'color', type: 'string' },
  { name: 'size', type: 'double' },
  { name: 'x', type: 'double' },
  { name: 'y', type: 'double' },
];

/** `weight` is a double: under PMI it is not a count. */
export const EDGE_COLUMNS: readonly Column<EdgeAttributes>[] = [
  { name: 'weight', type: 'double' },
  { name: 'count', type: 'int' },
  { name: 'documents', type: 'int' },
];

/** The columns that at least one element has a value for. */
export function presentColumns<A extends object>(columns: readonly Column<A>[], elements: A[]): Column<A>[] {
  return columns.filter((column) => elements.some((attributes) => attributes[column.name] !== undefined));
}

export function toExportGraph(served: SerializedGraph): ExportGraph {
  const graph: ExportGraph = new UndirectedGraph();
  const maxMentions = Math.max(0, ...served.nodes.map((node) => node.attributes.mentions));
  for (const { key, attributes } of served.nodes) {
    addNode(graph, key, { ...attributes, color: typeColour(attributes.type), size: nodeSize(attributes.mentions, maxMentions) });
  }
  for (const { key, source, target, attributes } of served.edges) graph.addUndirectedEdgeWithKey(key, source, target, { ...attributes });
  return graph;
}
