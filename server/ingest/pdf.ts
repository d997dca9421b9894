/**
 * PDF → DocumentInput with pdf.js: the text of every page in reading order (./pdf-text), the title
 * and date from the document's information. pdf.js is an ES module only; it runs in a worker
 * thread that imports it, which also bounds the time and memory a hostile PDF can take.
 */

import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocumentInput } from '../model/types';
import { InputError } from '../model/errors';
import { readDateline } from './metadata';
import { titleFromName, type Origin } from './origin';
import { pdfPagesText, type PdfTextPiece } from './pdf-text';
import { sniffBinaryFormat } from './sniff';

/** More pages than a report or a press release has; a longer PDF is refused before its text is read. */
export const MAX_PDF_PAGES = 2000;

/** A PDF that takes longer than this to read is refused (a real one of 2,000 pages takes a few seconds). */
export const PDF_TIME_LIMIT_MS = 60_000;

/** The worker's heap: a PDF that needs more is refused rather than take the server's memory. */
const PDF_HEAP_MB = 512;

/** What the worker reads of a PDF: the document information and each page's text pieces. */
interface PdfContent {
  info: { title?: string; author?: string; created?: string };
  pages: PdfTextPiece[][];
}

type FromPdfWorker = { kind: 'read'; content: PdfContent } | { kind: 'too-many-pages'; pages: number } | { kind: 'failed'; name: string; message: string };

// The worker's code is plain JavaScript, run by Node itself: under jest as in dist/, only Node's
// own loader can import an ES module from CommonJS, and a string needs no file beside the build.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const text = (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
(async () => {
  const pdfjs = await import(workerData.module);
  const pdf = await pdfjs.getDocument({ data: workerData.bytes, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  if (pdf.numPages > workerData.maxPages) return parentPort.postMessage({ kind: 'too-many-pages', pages: pdf.numPages });
  const { info } = await pdf.getMetadata();
  const pages = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const { items } = await page.getTextContent();
    pages.push(items.filter((item) => typeof item.str === 'string').map((item) => ({
      text: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height,
    })));
    page.cleanup();
  }
  parentPort.postMessage({ kind: 'read', content: { info: { title: text(info.Title), author: text(info.Author), created: text(info.CreationDate) }, pages } });
  await pdf.destroy();
})().catch((error) => parentPort.postMessage({ kind: 'failed', name: String(error && error.name), message: String(error && error.message) }));
`;

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
  return {
    title: info.title || text.split('\n')[0].slice(0, 200) || titleFromName(origin.name),
    text,
    sourcePath: origin.sourcePath,
    ...(outlet ? { outlet } : {}),
    ...(date ? { date, dateSource: 'meta' as const } : {}),
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

/** The PDF's content as the worker reads it, or an InputError that says why it could not be read. */
function readPdf(bytes: Uint8Array, name: string): Promise<PdfContent> {
  // A copy of its own to hand over: `bytes` may be a view into a larger buffer.
  const data = new Uint8Array(bytes);
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { module: pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href, bytes: data, maxPages: MAX_PDF_PAGES },
    transferList: [data.buffer],
    resourceLimits: { maxOldGenerationSizeMb: PDF_HEAP_MB },
  });
  return new Promise<PdfContent>((resolve, reject) => {
    const timer = setTimeout(
      () => settle(new InputError(`${name}: took longer than ${PDF_TIME_LIMIT_MS / 1000} s to read and was given up`)),
      PDF_TIME_LIMIT_MS,
    );
    const settle = (outcome: PdfContent | InputError): void => {
      clearTimeout(timer);
      void worker.terminate();
      if (outcome instanceof InputError) reject(outcome);
      else resolve(outcome);
    };
    worker.on('message', (message: FromPdfWorker) => settle(message.kind === 'read' ? message.content : refusal(message, name)));
    worker.on('error', (error) =>
      settle(new InputError(`${name}: could not be read (${/memory/i.test(error.message) ? `it needs more than ${PDF_HEAP_MB} MB` : error.message})`)),
    );
    worker.on('exit', () => settle(new InputError(`${name}: could not be read (the reader stopped without an answer)`)));
  });
}

function refusal(message: Exclude<FromPdfWorker, { kind: 'read' }>, name: string): InputError {
  if (message.kind === 'too-many-pages') return new InputError(`${name}: has ${message.pages} pages, more than the ${MAX_PDF_PAGES} a PDF may have`);
  if (message.name === 'PasswordException') return new InputError(`${name}: is encrypted with a password; save it without one to read it`);
  return new InputError(`${name}: is not a readable PDF (${message.message})`);
}
