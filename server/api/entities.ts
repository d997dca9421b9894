/**
 * `GET /api/entities/:id[?from=&to=]`: one entity with its aliases, neighbours, documents and, for
 * an outlet, what it reports on (counted in a period when one is given), and when it was named.
 */

import { Router } from 'express';
import type { Corpus } from '../corpus/types';
import { entityParams, entityQuery } from './schemas';

export function entityRoutes(corpus: Corpus): Router {
  const router = Router();
  router.get('/entities/:id', (req, res) => {
    const { id } = entityParams.parse(req.params);
    res.json(corpus.entity(id, entityQuery.parse(req.query)));
  });
  return router;
}
