/**
 * `GET /api/export?format=…`: the graph filtered as `GET /api/graph` filters it, as a file named
 * after what was exported, nodes where the analyst saved the map. `POST` with `{ positions }` is the
 * same export with the nodes where the explorer shows them now; it passes the checks writes pass.
 */
import * as path from 'node:path';
import { Readable, pipeline } from 'node:stream';
import { Router, type Request, type Response } from 'express';
import type { Config } from '../config';
import type { Corpus } from '../corpus/types';
import { exportGraph } from '../export';
import type { NodePositions } from '../export';
import { isPostgresUrl } from '../store/engine';
import { exportQuery, positionsBody, type ExportQuery } from './schemas';

/** The store's file name without its extension: `data/plexus.db` → `plexus`. */
export function corpusName(dbPath: string): string {
  // A PostgreSQL store is named by its database.
  if (isPostgresUrl(dbPath)) return decodeURIComponent(new URL(dbPath).pathname.replace(/^\//, '')) || 'plexus';
  return path.basename(dbPath, path.extname(dbPath));
}

export function exportRoutes(corpus: Corpus, config: Config): Router {
  const router = Router();
  const send = (req: Request, res: Response, { format, ...filter }: ExportQuery, positions?: NodePositions): void => {
    const result = exportGraph(corpus, { format, filter, corpusName: corpusName(config.dbPath), positions });
    res.attachment(result.fileName);
    res.type(result.contentType);
    // Sent piece by piece as the client takes them: the evidence table of a large corpus is over
    // 100 MB, and is never held whole. A failure once the first piece is out can only cut the
    // response short (the client sees it incomplete); a client that went away is not an error.
    pipeline(Readable.from(result.chunks), res, (error) => {
      if (error && (error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') {
        console.error(`plexus: ${req.method} ${req.originalUrl} failed while sending:`, error);
      }
    });
  };
  router.get('/export', (req, res) => send(req, res, exportQuery.parse(req.query)));
  router.post('/export', (req, res) => {
    const query = exportQuery.parse(req.query);
    send(req, res, query, positionsBody.parse(req.body ?? {}).positions);
  });
  return router;
}
