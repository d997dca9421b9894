/**
 * The one place where errors become HTTP responses: typed errors and library errors mapped to a
 * status, the body always `{error: message}`, and one line in the server log. Anything unexpected
 * is logged with its stack and answered with a generic 500, so that internals do not leak to clients.
 */

import type { ErrorRequestHandler, RequestHandler } from 'express';
import multer from 'multer';
import { ZodError } from 'zod';
import { InputError, NotFoundError, PlexusError } from '#model/errors';
import type { ErrorBody } from '#model/types';
import { logsRequests } from './request-log';

/** A request body of a content type the endpoint does not read → 415. */
export class UnsupportedMediaTypeError extends InputError {
  override name = 'UnsupportedMediaTypeError';
}

/** A request body over a configured limit → 413. */
export class PayloadTooLargeError extends InputError {
  override name = 'PayloadTooLargeError';
}

/** An upload that does not say how long it is → 411. */
export class LengthRequiredError extends InputError {
  override name = 'LengthRequiredError';
}

/** A request for a host name this server does not answer to → 421. */
export class MisdirectedError extends PlexusError {
  override name = 'MisdirectedError';
}

/** A write a browser sent from another site → 403. */
export class CrossSiteError extends PlexusError {
  override name = 'CrossSiteError';
}

/** A write without the operator's token → 401. */
export class UnauthorizedError extends PlexusError {
  override name = 'UnauthorizedError';
}

/** 'minWeight: must be …; unknown query parameter "x" (accepted: …)'. */
export function formatZodError(error: ZodError): string {
  return (
    error.issues
      // Parameters are flat: 'types' names the parameter, where the path would say 'types.1'.
      .map((issue) => (issue.path.length === 0 ? issue.message : `${String(issue.path[0])}: ${issue.message}`))
      .join('; ')
  );
}

/** The errors body-parser (express.json) raises carry an HTTP status and a `type`. */
function bodyParserError(error: unknown): { status: number; type: string } | undefined {
  if (!(error instanceof Error) || !('type' in error) || typeof error.type !== 'string') return undefined;
  const status = 'status' in error && typeof error.status === 'number' ? error.status : undefined;
  return status === undefined ? undefined : { status, type: error.type };
}

/** A multer error as an InputError (or PayloadTooLargeError) whose message says what to do. */
export function fromMulterError(error: multer.MulterError, limits: { maxUploadBytes: number; maxFiles: number }): InputError {
  // multer 2 names the file, though its type declarations do not say so.
  const file = 'filename' in error && typeof error.filename === 'string' ? `${JSON.stringify(error.filename)} ` : '';
  switch (error.code) {
    case 'LIMIT_FILE_SIZE':
      return new PayloadTooLargeError(`File ${file}is larger than the upload limit of ${limits.maxUploadBytes} bytes; nothing was stored`);
    case 'LIMIT_FILE_COUNT':
      return new PayloadTooLargeError(`Too many files: at most ${limits.maxFiles} per upload; nothing was stored`);
    case 'LIMIT_PART_COUNT':
    case 'LIMIT_FIELD_COUNT':
    case 'LIMIT_FIELD_VALUE':
    case 'LIMIT_FIELD_KEY':
      return new PayloadTooLargeError(`The form is too large (${error.message.toLowerCase()}); nothing was stored`);
    case 'LIMIT_UNEXPECTED_FILE':
      return new InputError(`Files must be sent in the form field "files"${error.field ? `, not "${error.field}"` : ''}; nothing was stored`);
    default:
      return new InputError(`The form could not be read: ${error.message.toLowerCase()}`);
  }
}

function statusOf(error: unknown): { status: number; message: string } | undefined {
  if (error instanceof UnauthorizedError) return { status: 401, message: error.message };
  if (error instanceof MisdirectedError) return { status: 421, message: error.message };
  if (error instanceof CrossSiteError) return { status: 403, message: error.message };
  if (error instanceof UnsupportedMediaTypeError) return { status: 415, message: error.message };
  if (error instanceof PayloadTooLargeError) return { status: 413, message: error.message };
  if (error instanceof LengthRequiredError) return { status: 411, message: error.message };
  if (error instanceof InputError) return { status: 400, message: error.message };
  if (error instanceof NotFoundError) return { status: 404, message: error.message };
  if (error instanceof ZodError) return { status: 400, message: formatZodError(error) };
  const parser = bodyParserError(error);
  if (parser?.type === 'entity.parse.failed') {
    return { status: 400, message: 'The body is not valid JSON' + (error instanceof Error ? `: ${error.message}` : '') };
  }
  if (parser?.type === 'entity.too.large') return { status: 413, message: 'The JSON body is larger than the upload limit' };
  if (parser?.type === 'encoding.unsupported' || parser?.type === 'charset.unsupported') {
    return { status: 415, message: 'The body must be encoded as UTF-8' };
  }
  if (parser !== undefined && parser.status >= 400 && parser.status < 500) {
    return { status: parser.status, message: error instanceof Error ? error.message : 'Bad request' };
  }
  return clientError(error);
}

/**
 * Errors that Express's router (a path it cannot decode) and body-parser's decompression raise
 * for a request that cannot be read, with a 4xx `status`: answered with a reason a client can act on.
 */
function clientError(error: unknown): { status: number; message: string } | undefined {
  if (!(error instanceof Error) || !('status' in error) || typeof error.status !== 'number') return undefined;
  if (error.status < 400 || error.status >= 500) return undefined;
  if (error instanceof URIError) return { status: 400, message: `The path is not valid percent-encoded UTF-8 (${error.message})` };
  if (!('expose' in error) || error.expose !== true) return undefined;
  if ('code' in error && typeof error.code === 'string' && (error.code.startsWith('Z_') || error.code.startsWith('ERR__'))) {
    return { status: 400, message: `The body could not be decompressed as its Content-Encoding says (${error.message})` };
  }
  return { status: error.status, message: error.message };
}

/** The error middleware: registered last. */
export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  const known = statusOf(error);
  let body: ErrorBody;
  if (known) {
    // One line for a client's mistake: the reason, not a stack trace; the request log writes it when there is one.
    const reason = known.message.length > 300 ? `${known.message.slice(0, 300)}…` : known.message;
    if (logsRequests(res)) res.locals['refusal'] = reason;
    else process.stderr.write(`plexus: ${known.status} ${req.method} ${req.originalUrl.slice(0, 200)}: ${reason}\n`);
    res.status(known.status);
    body = { error: known.message };
  } else {
    console.error(`plexus: ${req.method} ${req.originalUrl} failed:`, error);
    res.status(500);
    body = { error: 'Internal server error: the request could not be completed (details are in the server log)' };
  }
  res.json(body);
};

/** Unknown routes under /api answer 404 in JSON, like every other API error. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`No such API route: ${req.method} ${req.originalUrl.split('?')[0]}`));
};
