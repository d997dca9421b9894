/**
 * What reading a file gives: for each document in it, the document or why it was refused, and
 * notes worth showing the user (how a table's columns were read).
 */

import type { DocumentInput } from '#model/types';
import type { InputLimits } from './limits';

/** One document of an input, or an error message that starts with what was refused. */
export type ReadResult = { source: string; document: DocumentInput } | { source: string; error: string };

export interface FileDocuments {
  results: ReadResult[];
  /** Lines for the user, each starting with the file's name: 'articles.csv: columns headline → title, body → text'. */
  notes: string[];
}

/** One file to read: its name picks the format, `depth` counts the archives it was found in. */
export interface FileInput {
  name: string;
  bytes: Uint8Array;
  sourcePath: string;
  limits: InputLimits;
  depth: number;
}
