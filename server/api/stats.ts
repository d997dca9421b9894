/** `GET /api/stats`: the size of the corpus and of its graph. */

import { Router } from 'express';
import type { Corpus } from '../corpus/types';

export function statsRoutes(corpus: Corpus): Router {
  const router = Router();
  router.get('/stats', (_req, res) => {
    res.json(corpus.stats());
  });
  return router;
}
