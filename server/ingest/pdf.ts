/**
 * PDF → DocumentInput with pdf.js: the text of every page in reading order (./pdf-text), the title
 * and date from the document's information. pdf.js is an ES module only; it runs in a worker
 * thread (./pdf-worker), which also bounds the time and memory a hostile PDF can take.
 */

import type { DocumentInput } from '#model/types';
import { InputError } from '#model/errors';
import { authorNames, readDateline } from './metadata';
import { titleFromName, type Origin } from './origin';
import { pdfPagesText } from './pdf-text';
import { readPdf } from './pdf-worker';
import { sniffBinaryFormat } from './sniff';

export async function pdfToDocument(bytes: Uint8Array, origin: Origin): Promise<DocumentInput> {
  const format = sniffBinaryFormat(bytes);
  if (format !== 'a PDF document') {
    throw new InputError(`${origin.name}: is not a PDF document (${format ?? 'it does not start with %PDF-'})`);
  }
  const { info, pages } = await readPdf(bytes, origin.name);
  const text = pdfPagesText(pages);
  if (text === '') {
    throw new InputError(
      `${origin.name}: has no text layer (${pages.length === 1 ? 'its page is' : `its ${pages.length} pages are`} images, as in a scan); Plexus does not read text in images (OCR)`,
    );
  }
  const date = pdfDate(info.created);
  const { outlet } = readDateline(text);
  const author = authorNames([info.author]);
  return {
    title: info.title || text.split('\n')[0].slice(0, 200) || titleFromName(origin.name),
    text,
    sourcePath: origin.sourcePath,
    ...(outlet ? { outlet } : {}),
    ...(date ? { date, dateSource: 'meta' as const } : {}),
    ...(author ? { author } : {}),
  };
}

/** 'D:20150915103000+01'00'' → '2015-09-15', when it is a real day. */
export function pdfDate(value: string | undefined): string | undefined {
  const match = /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value ?? '');
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}
