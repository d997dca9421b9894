/**
 * The supported input formats, chosen by file extension: `documentsOfFile` turns one file's bytes
 * into its documents (one for an article, many for a feed, a table or an archive), each or the
 * whole file refused with its reason. No file system access: the CLI reader and the upload both call it.
 */

import * as path from 'node:path';
import { FILE_EXTENSIONS, isFileExtension, type FileExtension } from '#model/formats';
import type { DocumentInput } from '#model/types';
import { InputError } from '#model/errors';
import { readArchive } from './archive';
import { decodeMarkup } from './charset';
import { decodeText } from './decode';
import { docxToDocument } from './docx';
import { emailToDocument } from './email';
import { readFeed } from './feed';
import { htmlToDocument } from './html';
import { finished } from './finish';
import { DEFAULT_INPUT_LIMITS, type InputLimits } from './limits';
import type { Origin } from './origin';
import { pdfToDocument } from './pdf';
import type { FileDocuments, FileInput, ReadResult } from './results';
import { readCsv, readJsonLines } from './table';
import { markdownToDocument, plainTextToDocument } from './text';

type Converter = (text: string, origin: Origin) => DocumentInput;

/** A format of text: how its bytes are decoded, and how the text becomes a document. */
interface TextFormat {
  decode: (bytes: Uint8Array, name: string) => string;
  convert: Converter;
}

const plain = (convert: Converter): TextFormat => ({ decode: decodeText, convert });
const markup = (convert: Converter): TextFormat => ({ decode: decodeMarkup, convert });

/** A format whose file holds one document: its bytes → the document, or an InputError. */
type DocumentReader = (bytes: Uint8Array, origin: Origin, limits: InputLimits) => Promise<DocumentInput>;

/** A format whose file holds many documents: its bytes → the documents and refusals of its parts. */
type FileReader = (file: FileInput, read: typeof documentsOfFile) => Promise<FileDocuments>;

/** How a format is read: as text, as one document, or as a file of many. */
type Reader = { text: TextFormat } | { document: DocumentReader } | { file: FileReader };

const READERS = {
  '.txt': { text: plain(plainTextToDocument) },
  '.md': { text: plain(markdownToDocument) },
  '.markdown': { text: plain(markdownToDocument) },
  '.html': { text: markup(htmlToDocument) },
  '.htm': { text: markup(htmlToDocument) },
  '.pdf': { document: pdfToDocument },
  '.docx': { document: docxToDocument },
  '.eml': { document: emailToDocument },
  '.rss': { file: readFeed },
  '.atom': { file: readFeed },
  '.xml': { file: readFeed },
  '.csv': { file: readCsv },
  '.jsonl': { file: readJsonLines },
  '.ndjson': { file: readJsonLines },
  '.zip': { file: readArchive },
} satisfies Record<FileExtension, Reader>;

/** The reader of a file's format; checked against the list first, so that a name like 'x.constructor' finds nothing. */
function readerOf(extension: string): Reader | undefined {
  return isFileExtension(extension) ? READERS[extension] : undefined;
}

/** The extensions Plexus reads, lower case with the dot. */
export const SUPPORTED_EXTENSIONS: readonly string[] = FILE_EXTENSIONS;

/** The extension of a file name, lower case with the dot ('' when there is none). */
export function extensionOf(name: string): string {
  return path.extname(name).toLowerCase();
}

export function isSupportedFile(name: string): boolean {
  return SUPPORTED_EXTENSIONS.includes(extensionOf(name));
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
 * The documents of one file, in their order, or the refusals of the file or of its parts (an
 * item, a row, an archive's entry), each message starting with what was refused. `name` (a
 * path or an upload's file name) picks the format; `sourcePath` is recorded, with the part's
 * number or path after it. Only an InputError is a refusal: anything else is a bug and is thrown.
 */
export async function documentsOfFile(file: FileInput): Promise<FileDocuments> {
  const extension = extensionOf(file.name);
  const refused = (error: unknown): FileDocuments => {
    if (error instanceof InputError) return { results: [{ source: file.name, error: error.message }], notes: [] };
    throw error;
  };
  const reader = readerOf(extension);
  if (reader && 'file' in reader) return reader.file(file, documentsOfFile).catch(refused);
  const origin: Origin = { name: file.name, sourcePath: file.sourcePath };
  try {
    const document =
      reader && 'document' in reader
        ? finished(await reader.document(file.bytes, origin, file.limits), file.name, file.limits)
        : parseDocument(file.name, file.bytes, file.sourcePath, file.limits);
    return { results: [{ source: file.name, document }], notes: [] };
  } catch (error) {
    return refused(error);
  }
}

/**
 * One text file (.txt, .md, .html) as a DocumentInput; `name` picks the format, starts every
 * refusal message and gives the title of last resort; `sourcePath` is recorded as is. Throws
 * InputError for an unsupported, binary, malformed, empty or too long file.
 */
export function parseDocument(name: string, bytes: Buffer | Uint8Array, sourcePath: string, limits: InputLimits = DEFAULT_INPUT_LIMITS): DocumentInput {
  const extension = extensionOf(name);
  const reader = readerOf(extension);
  const format = reader && 'text' in reader ? reader.text : undefined;
  if (!format) {
    const type = extension === '' ? 'file type (no extension)' : `file type '${extension}'`;
    throw new InputError(`${name}: unsupported ${type} (supported: ${SUPPORTED_EXTENSIONS.join(', ')})`);
  }
  const text = format.decode(bytes, name);
  if (text.trim() === '') {
    throw new InputError(`${name}: is empty${text === '' ? '' : ' (only whitespace)'}`);
  }
  // The limit is on what extraction reads: for HTML, the readable text, not the markup.
  return finished(format.convert(text, { name, sourcePath }), name, limits);
}

export { dateInFileName } from './finish';
export type { FileDocuments, FileInput, ReadResult };
