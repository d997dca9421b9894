/**
 * The file formats Plexus reads, by extension: shared by the server, which reads them
 * (server/ingest/formats.ts), and the explorer, whose file picker offers them.
 */

export const FILE_EXTENSIONS = [
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.pdf',
  '.docx',
  '.eml',
  '.rss',
  '.atom',
  '.xml',
  '.csv',
  '.jsonl',
  '.ndjson',
  '.zip',
] as const;
export type FileExtension = (typeof FILE_EXTENSIONS)[number];

export function isFileExtension(value: string): value is FileExtension {
  return (FILE_EXTENSIONS as readonly string[]).includes(value);
}
