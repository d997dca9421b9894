/**
 * The graph as two tables, nodes and edges, in the column names Gephi's spreadsheet import knows
 * (`id`, `label`; `source`, `target`, `weight`), written as CSV files or zipped together (fflate).
 */
import { strToU8, zipSync } from 'fflate';
import { writeCsv } from './csv';
import { EDGE_COLUMNS, NODE_COLUMNS, presentColumns, type ExportGraph } from './export-graph';

export function writeNodesCsv(graph: ExportGraph): string {
  const columns = presentColumns(
    NODE_COLUMNS,
    graph.mapNodes((_key, attributes) => attributes),
  );
  const rows = graph.mapNodes((key, attributes) => [key, ...columns.map((column) => attributes[column.name])]);
  return writeCsv(['id', ...columns.map((column) => column.name)], rows);
}

export function writeEdgesCsv(graph: ExportGraph): string {
  const columns = presentColumns(
    EDGE_COLUMNS,
    graph.mapEdges((_key, attributes) => attributes),
  );
  const rows = graph.mapEdges((key, attributes, source, target, sourceAttributes, targetAttributes) => [
    key,
    source,
    target,
    sourceAttributes.label,
    targetAttributes.label,
    ...columns.map((column) => attributes[column.name]),
  ]);
  return writeCsv(['id', 'source', 'target', 'source_label', 'target_label', ...columns.map((column) => column.name)], rows);
}

/** `nodes.csv` and `edges.csv` in one zip, dated `modified` (a zip stores local times). */
export function writeCsvZip(graph: ExportGraph, modified: Date): Uint8Array {
  return zipSync({
    'nodes.csv': [strToU8(writeNodesCsv(graph)), { mtime: modified }],
    'edges.csv': [strToU8(writeEdgesCsv(graph)), { mtime: modified }],
  });
}
