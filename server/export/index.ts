/**
 * Exports: the graph the API serves for a filter (weighted, with its metrics) in the format asked
 * for, with its file name and content type. The API (`GET /api/export`) and the CLI
 * (`plexus export`) both call `exportGraph`, so that they write the same bytes for the same filter.
 */
import type { Corpus, GraphFilter } from '../corpus/types';
import type { SerializedGraph } from '#model/types';
import { evidenceCsv } from './evidence-csv';
import { explorerPositions, toExportGraph, type ExportGraph, type NodePositions } from './export-graph';
import { exportFileName } from './filename';
import type { ExportFormat } from '#model/export-formats';
import { writeGexf } from './gexf';
import { periodSlices, writeDynamicGexf } from './gexf-dynamic';
import { writeGraphml } from './graphml';
import { writeCsvZip, writeEdgesCsv, writeNodesCsv } from './tables';

export { EXPORT_FORMATS, type ExportFormat } from '#model/export-formats';
export type { NodePositions } from './export-graph';

interface FormatWriter {
  extension: string;
  /** In the file name when the extension alone does not tell the format from another one's. */
  variant?: string;
  contentType: string;
  /** The file whole, or in pieces in order (the evidence table, which can be larger than the rest together). */
  write(graph: ExportGraph, context: { corpus: Corpus; filter: GraphFilter; date: Date }): string | Uint8Array | Iterable<string>;
}

const CSV = 'text/csv; charset=utf-8; header=present';

export const FORMAT_WRITERS: Readonly<Record<ExportFormat, FormatWriter>> = {
  gexf: { extension: 'gexf', contentType: 'application/gexf+xml; charset=utf-8', write: (graph) => writeGexf(graph, { version: '1.3' }) },
  'gexf-1.2': {
    extension: 'gexf',
    variant: 'gexf-1.2',
    contentType: 'application/gexf+xml; charset=utf-8',
    write: (graph) => writeGexf(graph, { version: '1.2' }),
  },
  'gexf-dynamic': {
    extension: 'gexf',
    variant: 'gexf-dynamic',
    contentType: 'application/gexf+xml; charset=utf-8',
    write: (graph, { corpus, filter, date }) => writeDynamicGexf(graph, periodSlices(corpus, filter), date),
  },
  graphml: { extension: 'graphml', contentType: 'application/graphml+xml; charset=utf-8', write: writeGraphml },
  json: { extension: 'json', contentType: 'application/json; charset=utf-8', write: (graph) => `${JSON.stringify(graph.export())}\n` },
  csv: { extension: 'csv.zip', contentType: 'application/zip', write: (graph, { date }) => writeCsvZip(graph, date) },
  'nodes.csv': { extension: 'nodes.csv', contentType: CSV, write: writeNodesCsv },
  'edges.csv': { extension: 'edges.csv', contentType: CSV, write: writeEdgesCsv },
  'evidence.csv': { extension: 'evidence.csv', contentType: CSV, write: (graph, { corpus, filter }) => evidenceCsv(corpus, graph, filter) },
};

export interface ExportRequest {
  format: ExportFormat;
  filter: GraphFilter;
  /** The corpus's name in the file name (the store's file name without extension). */
  corpusName: string;
  /** The export's date, in the file name and the zip entries; default now. */
  date?: Date;
  /**
   * Where the nodes are, as the explorer shows them; default the map saved with the store (the
   * explorer saves it when the analyst stops the layout), else the explorer's first map for the
   * filter (`explorerPositions`). Nodes not named are placed beside their positioned links.
   */
  positions?: NodePositions;
}

export interface ExportResult {
  /** The file's bytes, in pieces to be written in order; read once. */
  chunks: Iterable<Buffer>;
  contentType: string;
  fileName: string;
  nodes: number;
  edges: number;
}

function* utf8(pieces: Iterable<string>): Generator<Buffer> {
  for (const piece of pieces) yield Buffer.from(piece, 'utf8');
}

function chunksOf(written: string | Uint8Array | Iterable<string>): Iterable<Buffer> {
  if (typeof written === 'string') return [Buffer.from(written, 'utf8')];
  return written instanceof Uint8Array ? [Buffer.from(written)] : utf8(written);
}

/** The map saved with the store, or the explorer's first map when none was saved. */
function savedOrFirstMap(corpus: Corpus, filter: GraphFilter, served: SerializedGraph): NodePositions {
  const saved = corpus.layout();
  return Object.keys(saved).length > 0 ? saved : explorerPositions(corpus, filter, served);
}

export function exportGraph(corpus: Corpus, request: ExportRequest): ExportResult {
  const date = request.date ?? new Date();
  const writer = FORMAT_WRITERS[request.format];
  // Metrics travel with every export; the rest of the filter is exactly the one of /api/graph.
  const filter: GraphFilter = { ...request.filter, metrics: true };
  const served = corpus.graph(filter);
  const graph = toExportGraph(served, request.positions ?? savedOrFirstMap(corpus, request.filter, served));
  const written = writer.write(graph, { corpus, filter, date });
  return {
    chunks: chunksOf(written),
    contentType: writer.contentType,
    fileName: exportFileName(request.corpusName, request.filter, writer.extension, date, writer.variant),
    nodes: graph.order,
    edges: graph.size,
  };
}
