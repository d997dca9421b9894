/**
 * `GET /api/export?format=…`: the graph, filtered as `GET /api/graph` filters it (the same query
 * parameters, the same schema), as a file to download: GEXF, GraphML, graphology JSON, CSV tables
 * or the evidence CSV. Content-Disposition names what was exported (corpus, filters, date).
 */
import * as path from 'node:path';
import { Router } from 'express';
import type { Config } from '../config';
import type { Corpus } from '../corpus/types';
import { exportGraph } from '../export';
import { exportQuery } from './schemas';

/** The store's file name without its extension: `data/plexus.db` → `plexus`. */
export function corpusName(dbPath: string): string {
  return path.basename(dbPath, path.extname(dbPath));
}

export function exportRoutes(corpus: Corpus, config: Config): Router {
  const router = Router();
  router.get('/export', (req, res) => {
    const { format, ...filter } = exportQuery.parse(req.query);
    const result = exportGraph(corpus, { format, filter, corpusName: corpusName(config.dbPath) });
    res.attachment(result.fileName);
    res.type(result.contentType);
    res.send(result.body);
  });
  return router;
}
