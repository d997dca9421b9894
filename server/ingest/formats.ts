/**
 * The supported input formats, chosen by file extension, and `parseDocument`, which turns one
 * file's bytes into a DocumentInput. No file system access: the CLI reader and the HTTP upload
 * both call it.
 */

import * as path from 'node:path';
import type { DocumentInput } from '../model/types';
import { InputError } from '../model/errors';
import { normaliseDate } from './dates';
import { decodeText } from './decode';
import { htmlToDocument } from './html';
import { boundedTitle, checkDocumentLength, DEFAULT_INPUT_LIMITS, type InputLimits } from './limits';
import type { Origin } from './origin';
import { markdownToDocument, plainTextToDocument } from './text';

type Converter = (text: string, origin: Origin) => DocumentInput;

// A Map rather than an object literal, so that a name like 'x.constructor' finds nothing.
const CONVERTERS: ReadonlyMap<string, Converter> = new Map<string, Converter>([
  ['.txt', plainTextToDocument],
  ['.md', markdownToDocument],
  ['.markdown', markdownToDocument],
  ['.html', htmlToDocument],
  ['.htm', htmlToDocument],
]);

/** The extensions Plexus reads, lower case with the dot. */
export const SUPPORTED_EXTENSIONS: readonly string[] = [...CONVERTERS.keys()];

/** The extension of a file name, lower case with the dot ('' when there is none). */
export function extensionOf(name: string): string {
  return path.extname(name).toLowerCase();
}

export function isSupportedFile(name: string): boolean {
  return CONVERTERS.has(extensionOf(name));
}

/**
 * Refuses, before it is read, a plain-text file whose size alone proves its text too long: every
 * character of it takes at most 3 bytes (UTF-8 or UTF-16, a line end at most 2), so a file of more
 * than 3 bytes for each character allowed holds more characters than a document may.
 */
export function checkFileSize(name: string, bytes: number, limits: InputLimits = DEFAULT_INPUT_LIMITS): void {
  if (extensionOf(name) !== '.txt' || bytes <= 3 * limits.maxDocumentChars + 3) return;
  throw new InputError(
    `${name}: is too long (${bytes} bytes of text, more than ${limits.maxDocumentChars} characters; the limit is set by PLEXUS_MAX_DOCUMENT_CHARS)`,
  );
}

/**
 * One file as a DocumentInput. `name` (a path or an upload's file name) picks the format, starts
 * every refusal message and gives the title of last resort; `sourcePath` is recorded as is.
 * Throws InputError for an unsupported, binary, malformed, empty or too long file.
 */
export function parseDocument(name: string, bytes: Buffer | Uint8Array, sourcePath: string, limits: InputLimits = DEFAULT_INPUT_LIMITS): DocumentInput {
  const extension = extensionOf(name);
  const convert = CONVERTERS.get(extension);
  if (!convert) {
    const type = extension === '' ? 'file type (no extension)' : `file type '${extension}'`;
    throw new InputError(`${name}: unsupported ${type} (supported: ${SUPPORTED_EXTENSIONS.join(', ')})`);
  }
  const text = decodeText(bytes, name);
  if (text.trim() === '') {
    throw new InputError(`${name}: is empty${text === '' ? '' : ' (only whitespace)'}`);
  }
  // The limit is on what extraction reads: for HTML, the readable text, not the markup.
  const document = convert(text, { name, sourcePath });
  checkDocumentLength(document.text, name, limits);
  const named = document.date === undefined ? dateInFileName(name) : undefined;
  return { ...document, title: boundedTitle(document.title), ...(named ? { date: named, dateSource: 'file-name' as const } : {}) };
}

/** '2015-09-15-putin.txt', 'reuters_20150915.html': a date in the file's name, YYYY-MM-DD or YYYYMMDD, when it is a real day. */
export function dateInFileName(name: string): string | undefined {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const match = /(?:^|\D)(\d{4})-?(\d{2})-?(\d{2})(?:\D|$)/.exec(base);
  return match ? normaliseDate(`${match[1]}-${match[2]}-${match[3]}`) : undefined;
}
