/**
 * Documents of each binary format, made by the tests: PDFs written with pdf-lib, Word documents
 * and archives zipped with fflate, e-mails as RFC 5322 text.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { PDFDocument, PDFHexString, StandardFonts } from 'pdf-lib';
import { extractMentions } from '../../server/extract/mentions';
import { documentsOfFile, type FileDocuments } from '../../server/ingest/formats';
import { DEFAULT_INPUT_LIMITS, type InputLimits } from '../../server/ingest/limits';
import type { DocumentInput } from '../../server/model/types';
import { realLexicon } from './fixtures';

/** A line of a PDF page: its text and where its baseline starts (from the page's bottom left). */
export interface PdfLine {
  text: string;
  x?: number;
  y: number;
  size?: number;
}

export interface PdfOptions {
  title?: string;
  author?: string;
  created?: Date;
}

/** A PDF of the given pages, each a list of lines drawn in the order given, in Helvetica. */
export async function makePdf(pages: readonly (readonly PdfLine[])[], options: PdfOptions = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = pdf.addPage([595, 842]);
    for (const line of lines) page.drawText(line.text, { x: line.x ?? 72, y: line.y, size: line.size ?? 11, font });
  }
  if (options.title !== undefined) pdf.setTitle(options.title);
  if (options.author !== undefined) pdf.setAuthor(options.author);
  pdf.setCreationDate(options.created ?? new Date(Date.UTC(2015, 8, 15, 10, 30)));
  return pdf.save();
}

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

/** Lines of text from the top of a page down, one line height (14 points) apart; '' leaves a line empty. */
export function linesFromTop(texts: readonly string[], top = 770): PdfLine[] {
  return texts.flatMap((text, index) => (text === '' ? [] : [{ text, y: top - 14 * index }]));
}

const WORD_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A minimal Word document: one `<w:p>` per paragraph, and core properties when given. */
export function makeDocx(paragraphs: readonly string[], properties: { title?: string; creator?: string; created?: string } = {}): Uint8Array {
  const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`).join('');
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WORD_NS}"><w:body>${body}</w:body></w:document>`),
    'docProps/core.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        (properties.title ? `<dc:title>${escape(properties.title)}</dc:title>` : '') +
        (properties.creator ? `<dc:creator>${escape(properties.creator)}</dc:creator>` : '') +
        (properties.created ? `<dcterms:created xsi:type="dcterms:W3CDTF">${properties.created}</dcterms:created>` : '') +
        '</cp:coreProperties>',
    ),
  };
  return zipSync(files);
}

/** A ZIP archive of the given files (path → content). */
export function makeZip(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, content]) => [name, typeof content === 'string' ? strToU8(content) : content])));
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

export interface EmailParts {
  headers: string[];
  body: string;
  /** Attachments: file name and content, sent in base64. */
  attachments?: { name: string; content: Buffer }[];
}

/** An e-mail as a mail program saves it (.eml): headers, a text part, and attachments in base64. */
export function makeEmail({ headers, body, attachments = [] }: EmailParts): Buffer {
  if (attachments.length === 0) return Buffer.from([...headers, 'Content-Type: text/plain; charset=utf-8', '', body].join('\r\n'));
  const boundary = 'part-boundary-1';
  const parts = [
    [`--${boundary}`, 'Content-Type: text/plain; charset=utf-8', '', body].join('\r\n'),
    ...attachments.map(({ name, content }) =>
      [
        `--${boundary}`,
        `Content-Type: application/octet-stream; name="${name}"`,
        `Content-Disposition: attachment; filename="${name}"`,
        'Content-Transfer-Encoding: base64',
        '',
        base64Lines(content),
      ].join('\r\n'),
    ),
  ];
  return Buffer.from(
    [...headers, 'MIME-Version: 1.0', `Content-Type: multipart/mixed; boundary="${boundary}"`, '', ...parts, `--${boundary}--`, ''].join('\r\n'),
  );
}

/** Base64 in lines of 76 characters, as mail programs write it. */
function base64Lines(content: Buffer): string {
  const base64 = content.toString('base64');
  const lines: string[] = [];
  for (let at = 0; at < base64.length; at += 76) lines.push(base64.slice(at, at + 76));
  return lines.join('\r\n');
}
