/** `GET /api/evidence?source=&target=&limit=&from=&to=`: the sentences in which two entities occur together, newest first. */

import { Router } from 'express';
import type { Corpus } from '../corpus/types';
import { evidenceQuery } from './schemas';

export function evidenceRoutes(corpus: Corpus): Router {
  const router = Router();
  router.get('/evidence', (req, res) => {
    const { source, target, limit, ...period } = evidenceQuery.parse(req.query);
    res.json(corpus.evidence(source, target, limit, period));
  });
  return router;
}
