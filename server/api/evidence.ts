/** `GET /api/evidence?source=&target=&limit=`: the sentences in which two entities occur together. */

import { Router } from 'express';
import type { Corpus } from '../corpus/types';
import { evidenceQuery } from './schemas';

export function evidenceRoutes(corpus: Corpus): Router {
  const router = Router();
  router.get('/evidence', (req, res) => {
    const { source, target, limit } = evidenceQuery.parse(req.query);
    res.json(corpus.evidence(source, target, limit));
  });
  return router;
}
