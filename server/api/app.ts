/**
 * The Express application: routes, body parsing, security headers and the error middleware,
 * built around a Corpus. It does not listen: the CLI does, and tests listen on an ephemeral port.
 */

import compression from 'compression';
import express from 'express';
import type { Config } from '../config';
import type { Corpus } from '../corpus/types';
import { documentRoutes } from './documents';
import { entityRoutes } from './entities';
import { clientRoutes } from './client';
import { curationRoutes } from './curation';
import { layoutRoutes } from './layout';
import { timelineRoutes } from './timeline';
import { changesRoutes } from './changes';
import { openApiRoutes } from './openapi';
import { apiNotFound, errorHandler } from './errors';
import { evidenceRoutes } from './evidence';
import { exportRoutes } from './export';
import { graphRoutes } from './graph';
import { homePage } from './home';
import { searchRoutes } from './search';
import { securityHeaders } from './security';
import { requireToken } from './token';
import { refuseCrossSiteWrites, requireKnownHost } from './request-origin';
import { statsRoutes } from './stats';
import { requestLog, type RequestLog } from './request-log';

/**
 * How long the server keeps an idle connection open. Longer than clients keep theirs (browsers,
 * Node's fetch: 4 s), so that the client closes it first: with Node's 5 s, a connection the server
 * closed after a long request could be taken again by the client at that moment, and fail.
 */
export const KEEP_ALIVE_MS = 65_000;

export interface AppOptions {
  /** Where the request log goes, one line per request; none when absent (tests). */
  requestLog?: RequestLog;
}

export function createApp(corpus: Corpus, config: Config, options: AppOptions = {}): express.Application {
  const app = express();
  if (options.requestLog) app.use(requestLog(options.requestLog));
  app.disable('x-powered-by');
  // A repeated parameter arrives as an array and nested objects are not built ('a[b]=c' stays a key).
  app.set('query parser', 'simple');
  app.use(securityHeaders());
  app.use(requireKnownHost(config));
  // gzip for every answer a client accepts it for (the graph route sends its own, kept, gzip).
  app.use(compression());

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  // The plain server-rendered page stays for browsers without JavaScript and for a quick look.
  app.get('/plain', homePage(corpus));

  // Before any body is read: a write from another site, or without the token, is refused unread.
  app.use('/api', refuseCrossSiteWrites);
  app.use('/api', requireToken(config));
  app.use('/api', express.json({ limit: config.maxUploadBytes }));
  // The first graph of a large store is built in steps, answering other requests meanwhile.
  app.use('/api', (_req, _res, next) => {
    corpus.graphReady().then(() => next(), next);
  });
  app.use(
    '/api',
    graphRoutes(corpus),
    entityRoutes(corpus),
    evidenceRoutes(corpus),
    documentRoutes(corpus, config),
    statsRoutes(corpus),
    exportRoutes(corpus, config),
    searchRoutes(corpus),
    curationRoutes(corpus),
    layoutRoutes(corpus),
    timelineRoutes(corpus),
    changesRoutes(corpus),
    openApiRoutes(),
  );
  app.use('/api', apiNotFound);
  app.use(clientRoutes(config));

  app.use(errorHandler);
  return app;
}
