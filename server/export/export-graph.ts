/**
 * The graph as exported: the served graph with the explorer's colours and sizes and a position for
 * every node, so that Gephi opens it looking like the screen. Positions: those given (the explorer's),
 * else the map saved with the store, else the explorer's first map; a node without one goes beside its links.
 */
import { UndirectedGraph } from 'graphology';
import type { Corpus, GraphFilter } from '../corpus/types';
import { addNode } from '../graph/add-node';
import { nodeSize, typeColour } from '#model/appearance';
import { initialLayout, placeNewcomer, seededPosition, SETTLE_BEFORE_FIRST_FRAME_UP_TO } from '#model/layout';
import type { EdgeAttributes, NodeAttributes, NodePositions, SerializedGraph } from '#model/types';

export interface ExportNodeAttributes extends NodeAttributes {
  color: string;
  size: number;
  x: number;
  y: number;
}

export type { NodePositions };

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

export function toExportGraph(served: SerializedGraph, positions: NodePositions = {}): ExportGraph {
  const graph: ExportGraph = new UndirectedGraph();
  const maxMentions = Math.max(0, ...served.nodes.map((node) => node.attributes.mentions));
  const positioned = new Set<string>();
  for (const { key, attributes } of served.nodes) {
    const given = Object.hasOwn(positions, key) ? positions[key] : undefined;
    if (given) positioned.add(key);
    const [x, y] = given ?? [0, 0];
    addNode(graph, key, { ...attributes, color: typeColour(attributes.type), size: nodeSize(attributes.mentions, maxMentions), x, y });
  }
  for (const { key, source, target, attributes } of served.edges) graph.addUndirectedEdgeWithKey(key, source, target, { ...attributes });
  // Once every link exists, so that a node without a position sits beside the ones it is linked with.
  graph.forEachNode((node) => {
    if (!positioned.has(node)) graph.mergeNodeAttributes(node, placeNewcomer(graph, node, positioned));
  });
  return graph;
}

/**
 * The positions the explorer first gives the entities for this filter: it lays out the whole graph
 * under the filter's weighting (the other filters only hide entities on screen), so that an export
 * from a link or the CLI, which carries no positions, opens with the map the explorer first drew.
 * `exported`, the graph being exported, lets a large one skip the whole graph.
 */
export function explorerPositions(corpus: Corpus, filter: GraphFilter, exported?: SerializedGraph): NodePositions {
  // Above the size the explorer settles before its first frame, its first map is the seeded
  // positions alone: no need to build the whole graph (a large store's takes seconds and memory).
  if (exported && exported.nodes.length > SETTLE_BEFORE_FIRST_FRAME_UP_TO) {
    return Object.fromEntries(
      exported.nodes.map(({ key }) => {
        const { x, y } = seededPosition(key);
        return [key, [x, y] as const];
      }),
    );
  }
  const weighing: GraphFilter = {};
  if (filter.weight !== undefined) weighing.weight = filter.weight;
  if (filter.minCount !== undefined) weighing.minCount = filter.minCount;
  const whole = corpus.graph(weighing);
  const graph = new UndirectedGraph<NodeAttributes & { x: number; y: number }, EdgeAttributes>();
  for (const { key, attributes } of whole.nodes) addNode(graph, key, { ...attributes, x: 0, y: 0 });
  for (const { key, source, target, attributes } of whole.edges) graph.addUndirectedEdgeWithKey(key, source, target, { ...attributes });
  initialLayout(graph);
  return Object.fromEntries(graph.mapNodes((node, { x, y }) => [node, [x, y] as const]));
}
