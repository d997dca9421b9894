/** `GET /api/entities/:id`: one entity with its aliases, neighbours, documents and, for an outlet, what it reports on. */

import { Router } from 'express';
import type { Corpus } from '../corpus/types';
import { entityParams } from './schemas';

export function entityRoutes(corpus: Corpus): Router {
  const router = Router();
  router.get('/entities/:id', (req, res) => {
    const { id } = entityParams.parse(req.params);
    res.json(corpus.entity(id));
  });
  return router;
}
