/**
 * The worker thread that reads PDFs with pdf.js, one at a time: started when a PDF comes, kept for
 * the next (importing pdf.js takes most of the time a small PDF needs), stopped when idle, and
 * stopped at once when a PDF takes too long or too much memory, which refuses that PDF.
 */

import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '#model/errors';
import type { PdfTextPiece } from './pdf-text';

/** More pages than a report or a press release has; a longer PDF is refused before its text is read. */
export const MAX_PDF_PAGES = 2000;

/** A PDF that takes longer than this to read is refused, and the worker reading it stopped. */
export const PDF_TIME_LIMIT_MS = 60_000;

/** The worker's heap: a PDF that needs more is refused rather than take the server's memory. */
const PDF_HEAP_MB = 512;

/** How long the worker waits for another PDF before it stops. */
const IDLE_MS = 5_000;

/** What the worker reads of a PDF: the document information and each page's text pieces. */
export interface PdfContent {
  info: { title?: string; author?: string; created?: string };
  pages: PdfTextPiece[][];
}

type FromPdfWorker = { kind: 'read'; content: PdfContent } | { kind: 'too-many-pages'; pages: number } | { kind: 'failed'; name: string; message: string };

// The worker's code is plain JavaScript, run by Node itself: under jest as in dist/, only Node's
// own loader can import an ES module from CommonJS, and a string needs no file beside the build.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const loading = import(workerData.module);
const text = (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
async function read(bytes) {
  const pdfjs = await loading;
  const pdf = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  try {
    if (pdf.numPages > workerData.maxPages) return { kind: 'too-many-pages', pages: pdf.numPages };
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
    return { kind: 'read', content: { info: { title: text(info.Title), author: text(info.Author), created: text(info.CreationDate) }, pages } };
  } finally {
    await pdf.destroy();
  }
}
parentPort.on('message', (bytes) => {
  read(bytes).then(
    (answer) => parentPort.postMessage(answer),
    (error) => parentPort.postMessage({ kind: 'failed', name: String(error && error.name), message: String(error && error.message) }),
  );
});
`;

let worker: Worker | undefined;
let idle: NodeJS.Timeout | undefined;
/** The PDF being read, if any: the next waits for it. */
let queue: Promise<unknown> = Promise.resolve();

/** The PDF's content as the worker reads it, or an InputError that says why it could not be read. */
export function readPdf(bytes: Uint8Array, name: string): Promise<PdfContent> {
  const reading = queue.then(() => readNow(bytes, name));
  queue = reading.catch(() => undefined);
  return reading;
}

function startWorker(): Worker {
  const started = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { module: pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href, maxPages: MAX_PDF_PAGES },
    resourceLimits: { maxOldGenerationSizeMb: PDF_HEAP_MB },
  });
  // An idle worker does not keep the process alive; a busy one is referenced while it reads.
  started.unref();
  return started;
}

function stopWorker(): void {
  void worker?.terminate();
  worker = undefined;
}

function readNow(bytes: Uint8Array, name: string): Promise<PdfContent> {
  clearTimeout(idle);
  const reader = (worker ??= startWorker());
  return new Promise<PdfContent>((resolve, reject) => {
    const settle = (outcome: PdfContent | InputError, broken: boolean): void => {
      clearTimeout(timer);
      reader.off('message', onMessage).off('error', onError).off('exit', onExit);
      reader.unref();
      if (broken) stopWorker();
      else idle = setTimeout(stopWorker, IDLE_MS).unref();
      if (outcome instanceof InputError) reject(outcome);
      else resolve(outcome);
    };
    const onMessage = (message: FromPdfWorker): void => settle(message.kind === 'read' ? message.content : refusal(message, name), false);
    const onError = (error: Error): void => {
      const why = /memory/i.test(error.message) ? `it needs more than ${PDF_HEAP_MB} MB` : error.message;
      settle(new InputError(`${name}: could not be read (${why})`), true);
    };
    const onExit = (): void => settle(new InputError(`${name}: could not be read (the reader stopped without an answer)`), true);
    const timer = setTimeout(
      () => settle(new InputError(`${name}: took longer than ${PDF_TIME_LIMIT_MS / 1000} s to read and was given up`), true),
      PDF_TIME_LIMIT_MS,
    );
    reader.on('message', onMessage).on('error', onError).on('exit', onExit);
    reader.ref();
    // A copy of its own to hand over: `bytes` may be a view into a larger buffer.
    const data = new Uint8Array(bytes);
    reader.postMessage(data, [data.buffer]);
  });
}

function refusal(message: Exclude<FromPdfWorker, { kind: 'read' }>, name: string): InputError {
  if (message.kind === 'too-many-pages') return new InputError(`${name}: has ${message.pages} pages, more than the ${MAX_PDF_PAGES} a PDF may have`);
  if (message.name === 'PasswordException') return new InputError(`${name}: is encrypted with a password; save it without one to read it`);
  return new InputError(`${name}: is not a readable PDF (${message.message})`);
}
