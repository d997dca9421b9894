/**
 * `/api/documents`: the list, one document with its text and mentions, removing one, and adding documents,
 * either as uploaded files (multipart, field `files`) or as one text posted in JSON. An upload is
 * all or nothing: every file is parsed before any is stored, and one refused file refuses them all.
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import multer from 'multer';
import type { Config } from '../config';
import type { Corpus } from '../corpus/types';
import { checkDocumentLength, checkFileSize, documentsOfFile, normaliseLineEndings, type InputLimits } from '../ingest';
import { InputError } from '#model/errors';
import type { DocumentInput, IngestOutcome } from '#model/types';
import { fromMulterError, LengthRequiredError, PayloadTooLargeError, UnsupportedMediaTypeError } from './errors';
import { documentBody, documentParams } from './schemas';

const ACCEPTED_TYPES = 'multipart/form-data (files in the field "files") or application/json ({title, text, outlet?, date?, url?, author?})';

/** One refused upload, with a message that starts with the file's name. */
interface Refusal {
  name: string;
  reason: string;
}

export function documentRoutes(corpus: Corpus, config: Config): Router {
  const router = Router();

  router.get('/documents', (_req, res) => {
    res.json({ documents: corpus.documents() });
  });

  router.get('/documents/:id', (req, res) => {
    const { id } = documentParams.parse(req.params);
    res.json(corpus.document(id));
  });

  router.delete('/documents/:id', (req, res) => {
    const { id } = documentParams.parse(req.params);
    res.json({ removed: corpus.removeDocument(id) });
  });

  router.post('/documents', readBody(config), async (req, res) => {
    const limits: InputLimits = { maxDocumentChars: config.maxDocumentChars };
    const { documents, notes } = req.is('multipart/form-data')
      ? await uploadedDocuments(req, limits)
      : { documents: [postedDocument(req.body, limits)], notes: [] };
    // Extracted off the thread that answers requests, so that reads are answered meanwhile.
    const outcomes = await corpus.ingestInBackground(documents);
    res.status(statusFor(outcomes)).json({ outcomes, notes });
  });

  return router;
}

/**
 * Reads a multipart body with multer into a folder of its own under the system's temporary folder,
 * removed when the answer is sent, so that a large upload is not held in memory; an upload longer
 * than the request limit is refused before it is read. A JSON body has already been read by
 * express.json; any other content type is refused.
 */
function readBody(config: Config): RequestHandler {
  const limits = { maxUploadBytes: config.maxUploadBytes, maxFiles: config.maxFilesPerUpload };
  const upload = (folder: string) =>
    multer({
      // multer names each file at random in the folder: a file's own name is never a path.
      storage: multer.diskStorage({ destination: folder }),
      limits: {
        fileSize: config.maxUploadBytes,
        files: config.maxFilesPerUpload,
        fields: 20,
        fieldSize: 64 * 1024,
      },
      // Browsers send UTF-8 file names; busboy would otherwise decode them as Latin-1.
      defParamCharset: 'utf8',
    }).array('files', config.maxFilesPerUpload);

  return (req: Request, res: Response, next: NextFunction) => {
    if (req.is('multipart/form-data')) {
      const length = Number(req.headers['content-length']);
      if (req.headers['content-length'] === undefined || !Number.isFinite(length)) {
        next(new LengthRequiredError('An upload must say how long it is (Content-Length), as browsers and curl do; nothing was stored'));
        return;
      }
      if (length > config.maxRequestBytes) {
        next(new PayloadTooLargeError(`The upload is ${length} bytes, more than the limit of ${config.maxRequestBytes} for one request; nothing was stored`));
        return;
      }
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'plexus-upload-'));
      res.once('close', () => fs.rm(folder, { recursive: true, force: true }, () => undefined));
      upload(folder)(req, res, (error?: unknown) => {
        if (error === undefined || error === null) next();
        else if (error instanceof multer.MulterError) next(fromMulterError(error, limits));
        else next(new InputError(`The multipart form could not be read: ${error instanceof Error ? error.message : String(error)}`));
      });
    } else if (req.is('application/json')) {
      next();
    } else {
      const given = req.headers['content-type'];
      next(new UnsupportedMediaTypeError(`Unsupported content type ${given ? JSON.stringify(given) : '(none)'}: send ${ACCEPTED_TYPES}`));
    }
  };
}

/**
 * The documents of every uploaded file, with what the user should see of how they were read (a
 * table's columns), or an InputError naming each file (or part of one) that was refused and why.
 */
async function uploadedDocuments(req: Request, limits: InputLimits): Promise<{ documents: DocumentInput[]; notes: string[] }> {
  const files = Array.isArray(req.files) ? req.files : [];
  if (files.length === 0) throw new InputError('No files in the upload: send one or more files in the form field "files"');
  const documents: DocumentInput[] = [];
  const notes: string[] = [];
  const refused: Refusal[] = [];
  for (const file of files) {
    const name = uploadName(file.originalname);
    try {
      checkFileSize(name, file.size, limits);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      refused.push({ name, reason: error.message });
      continue;
    }
    const read = await documentsOfFile({ name, bytes: fs.readFileSync(file.path), sourcePath: `upload:${name}`, limits, depth: 0 });
    notes.push(...read.notes);
    const { results } = read;
    for (const result of results) {
      if ('document' in result) documents.push(result.document);
      else refused.push({ name, reason: result.error });
    }
  }
  if (refused.length > 0) {
    const reasons = refused.map(({ name, reason }) => (reason.startsWith(name) ? reason : `${name}: ${reason}`));
    const refusedFiles = new Set(refused.map(({ name }) => name)).size;
    const count = files.length === 1 ? 'The file was' : `${refusedFiles} of ${files.length} files were`;
    throw new InputError(`${count} refused and nothing was stored: ${reasons.join('; ')}`);
  }
  return { documents, notes };
}

/**
 * An upload's file name as recorded: its last path segment (a browser may send 'C:\\x\\a.txt', a
 * crafted request '../../a.txt'), control characters removed. It is only ever text: uploads are
 * never written under their name.
 */
export function uploadName(original: string): string {
  const base = original.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are what it removes
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return clean === '' || clean === '.' || clean === '..' ? 'unnamed' : clean;
}

function postedDocument(body: unknown, limits: InputLimits): DocumentInput {
  const { title, text, outlet, date, url, author } = documentBody.parse(body);
  checkDocumentLength(text, 'text', limits);
  const document: DocumentInput = { title, text: normaliseLineEndings(text), sourcePath: '' };
  if (outlet !== undefined) document.outlet = outlet;
  if (date !== undefined) Object.assign(document, { date, dateSource: 'given' });
  if (url !== undefined) document.url = url;
  if (author !== undefined) document.author = author;
  return document;
}

/**
 * 201 when something was added, 200 when everything was already there. When nothing was added
 * and the corpus refused something, the request failed: an InputError with the reasons.
 */
function statusFor(outcomes: IngestOutcome[]): number {
  if (outcomes.some((outcome) => outcome.status === 'added')) return 201;
  const reasons = outcomes.flatMap((outcome) => (outcome.status === 'refused' ? [outcome.reason] : []));
  if (reasons.length > 0) throw new InputError(`Nothing was added: ${reasons.join('; ')}`);
  return 200;
}
