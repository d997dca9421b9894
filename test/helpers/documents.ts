/**
 * Documents of each format for the tests (the writers are the bench's, bench/documents.ts),
 * an encrypted PDF, and the ways a test reads a file and looks at what came of it.
 */
import { PDFDocument, PDFHexString, StandardFonts } from 'pdf-lib';
import { extractMentions } from '../../server/extract/mentions';
import { documentsOfFile, type FileDocuments } from '../../server/ingest/formats';
import { DEFAULT_INPUT_LIMITS, type InputLimits } from '../../server/ingest/limits';
import type { DocumentInput } from '#model/types';
import { realLexicon } from './fixtures';

export { linesFromTop, makeDocx, makeEmail, makePdf, makeZip, type EmailParts, type PdfLine, type PdfOptions } from '../../bench/documents';

/**
 * A PDF protected by a user password: its /Encrypt dictionary's check values match no password,
 * so a reader without one can open nothing, as with any PDF whose password it is not given.
 */
export async function makeEncryptedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage().drawText('Confidential: Vladimir Putin met Bashar al-Assad.', { x: 72, y: 700, size: 11, font });
  const check = (byte: string): PDFHexString => PDFHexString.of(byte.repeat(32));
  pdf.context.trailerInfo.Encrypt = pdf.context.register(pdf.context.obj({ Filter: 'Standard', V: 1, R: 2, O: check('11'), U: check('22'), P: -4 }));
  pdf.context.trailerInfo.ID = pdf.context.obj([PDFHexString.of('ab'.repeat(16)), PDFHexString.of('ab'.repeat(16))]);
  return pdf.save({ useObjectStreams: false });
}

/** The names extraction finds in a text, as 'TYPE name', each once, sorted: what a document's fixture expects of its entities. */
export function entitiesIn(text: string): string[] {
  const names = extractMentions(text, realLexicon()).mentions.map((mention) => `${mention.type} ${mention.name}`);
  return [...new Set(names)].sort();
}

/** The documents of one file, read as the CLI and the upload read it; the whole file's refusal is its only result. */
export function readFile(name: string, bytes: Uint8Array, limits: InputLimits = DEFAULT_INPUT_LIMITS): Promise<FileDocuments> {
  return documentsOfFile({ name, bytes, sourcePath: name, limits, depth: 0 });
}

/** The one document of a file, or a failure that shows what came instead. */
export async function onlyDocument(name: string, bytes: Uint8Array): Promise<DocumentInput> {
  const { results } = await readFile(name, bytes);
  const [result] = results;
  if (results.length !== 1 || !('document' in result)) throw new Error(`expected one document, got ${JSON.stringify(results)}`);
  return result.document;
}

/** The refusal of a file, or a failure that shows what came instead. */
export async function refusalOf(name: string, bytes: Uint8Array, limits?: InputLimits): Promise<string> {
  const { results } = await readFile(name, bytes, limits);
  const [result] = results;
  if (results.length !== 1 || !('error' in result)) throw new Error(`expected one refusal, got ${JSON.stringify(results).slice(0, 500)}`);
  return result.error;
}
