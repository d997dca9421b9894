/**
 * The request log of `plexus serve`: one line per request when its answer is sent, with its level
 * by status (info, warn for a client's mistake, error for the server's), the method, the path
 * without its query, the status, the time taken and, for a refusal, the reason. Bodies, queries and
 * headers (a token among them) are never written.
 */

import type { RequestHandler, Response } from 'express';

export type RequestLog = (line: string) => void;

/** Set by the log on every answer it will write, so that the error handler leaves the reason to it. */
export function logsRequests(res: Response): boolean {
  return res.locals['requestLog'] === true;
}

export function levelOf(status: number): 'info' | 'warn' | 'error' {
  return status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
}

export function requestLog(write: RequestLog): RequestHandler {
  return (req, res, next) => {
    const start = process.hrtime.bigint();
    res.locals['requestLog'] = true;
    res.once('finish', () => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      const reason = typeof res.locals['refusal'] === 'string' ? `: ${res.locals['refusal']}` : '';
      const path = req.originalUrl.split('?')[0]?.slice(0, 200) ?? '';
      write(`${levelOf(res.statusCode)} ${req.method} ${path} ${res.statusCode} ${ms.toFixed(1)} ms${reason}`);
    });
    next();
  };
}
