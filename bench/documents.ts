/**
 * Documents of each binary format, written for the ingest bench and the tests: PDFs by pdf-lib,
 * Word documents and archives zipped by fflate, e-mails as RFC 5322 text. pdf-lib is a development
 * dependency: like the rest of the bench, this runs from a development checkout.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';

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
