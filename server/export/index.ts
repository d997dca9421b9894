/**
 * Exports: the graph the API serves for a filter (weighted, with its metrics) in the format asked
 * for, with its file name and content type. The API (`GET /api/export`) and the CLI
 * (`plexus export`) both call `exportGraph`, so that they write the same bytes for the same filter.
 */
import type { Corpus, GraphFilter } from '../corpus/types';
import { writeEvidenceCsv } from './evidence-csv';
import { toExportGraph, type ExportGraph } from './export-graph';
import { exportFileName } from './filename';
import type { ExportFormat } from './formats';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';
import { writeCsvZip, writeEdgesCsv, writeNodesCsv } from './tables';

export { EXPORT_FORMATS, isExportFormat, type ExportFormat } from './formats';

interface FormatWriter {
  extension: string;
  contentType: string;
  write(graph: ExportGraph, context: { corpus: Corpus; filter: GraphFilter; date: Date }): string | Uint8Array;
}

const CSV = 'text/csv; charset=utf-8; header=present';

export const FORMAT_WRITERS: Readonly<Record<ExportFormat, FormatWriter>> = {
  gexf: { extension: 'gexf', contentType: 'application/gexf+xml; charset=utf-8', write: (graph) => writeGexf(graph, { version: '1.3' }) },
  'gexf-1.2': { extension: 'gexf', contentType: 'application/gexf+xml; charset=utf-8', write: (graph) => writeGexf(graph, { version: '1.2' }) },
  graphml: { extension: 'graphml', contentType: 'application/graphml+xml; charset=utf-8', write: writeGraphml },
  json: { extension: 'json', contentType: 'application/json; charset=utf-8', write: (graph) => `${JSON.stringify(graph.export())}\n` },
  csv: { extension: 'csv.zip', contentType: 'application/zip', write: (graph, { date }) => writeCsvZip(graph, date) },
  'nodes.csv': { extension: 'nodes.csv', contentType: CSV, write: writeNodesCsv },
  'edges.csv': { extension: 'edges.csv', contentType: CSV, write: writeEdgesCsv },
  'evidence.csv': { extension: 'evidence.csv', contentType: CSV, write: (graph, { corpus, filter }) => writeEvidenceCsv(corpus, graph, filter.doc) },
};

export interface ExportRequest {
  format: ExportFormat;
  filter: GraphFilter;
  /** The corpus's name in the file name (the store's file name without extension). */
  corpusName: string;
  /** The export's date, in the file name and the zip entries; default now. */
  date?: Date;
}

export interface ExportResult {
  body: Buffer;
  contentType: string;
  fileName: string;
  nodes: number;
  edges: number;
}

export function exportGraph(corpus: Corpus, request: ExportRequest): ExportResult {
  const date = request.date ?? new Date();
  const writer = FORMAT_WRITERS[request.format];
  // Metrics travel with every export; the rest of the filter is exactly the one of /api/graph.
  const filter: GraphFilter = { ...request.filter, metrics: true };
  const graph = toExportGraph(corpus.graph(filter));
  const written = writer.write(graph, { corpus, filter, date });
  return {
    body: typeof written === 'string' ? Buffer.from(written, 'utf8') : Buffer.from(written),
    contentType: writer.contentType,
    fileName: exportFileName(request.corpusName, request.filter, writer.extension, date),
    nodes: graph.order,
    edges: graph.size,
  };
}
