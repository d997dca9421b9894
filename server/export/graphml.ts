/**
 * GraphML, written with xmlbuilder2 (graphology-graphml only parses): one `<key>` per attribute,
 * typed (`string`, `int`, `double`) so that networkx, R's igraph and yEd read numbers as numbers,
 * and one `<data>` per value present. Node ids are entity ids; edge ids are graphology's edge keys.
 */
import { create } from 'xmlbuilder2';
import { EDGE_COLUMNS, NODE_COLUMNS, presentColumns, type ExportGraph } from './export-graph';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const GRAPHML_SCHEMA = 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd';

export function writeGraphml(graph: ExportGraph): string {
  const nodeColumns = presentColumns(
    NODE_COLUMNS,
    graph.mapNodes((_key, attributes) => attributes),
  );
  const edgeColumns = presentColumns(
    EDGE_COLUMNS,
    graph.mapEdges((_key, attributes) => attributes),
  );
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(GRAPHML_NS, 'graphml', {
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': GRAPHML_SCHEMA,
  });
  // Key ids are the attribute names prefixed by the element kind: nodes and edges both have 'documents'.
  for (const column of nodeColumns) root.ele('key', { id: `n_${column.name}`, for: 'node', 'attr.name': column.name, 'attr.type': column.type });
  for (const column of edgeColumns) root.ele('key', { id: `e_${column.name}`, for: 'edge', 'attr.name': column.name, 'attr.type': column.type });
  const body = root.ele('graph', { id: 'plexus', edgedefault: 'undirected' });
  graph.forEachNode((key, attributes) => {
    const node = body.ele('node', { id: key });
    for (const column of nodeColumns) {
      const value = attributes[column.name];
      if (value !== undefined) node.ele('data', { key: `n_${column.name}` }).txt(String(value));
    }
  });
  graph.forEachEdge((key, attributes, source, target) => {
    const edge = body.ele('edge', { id: key, source, target });
    for (const column of edgeColumns) {
      const value = attributes[column.name];
      if (value !== undefined) edge.ele('data', { key: `e_${column.name}` }).txt(String(value));
    }
  });
  return root.end({ prettyPrint: true });
}
