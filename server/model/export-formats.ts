/**
 * The export formats, by the name the API (`format=`) and the CLI (`--format`) take: the list
 * only, so that request schemas can validate a format without loading the writers.
 */

export const EXPORT_FORMATS = ['gexf', 'gexf-1.2', 'gexf-dynamic', 'graphml', 'json', 'csv', 'nodes.csv', 'edges.csv', 'evidence.csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}
