/**
 * `GET /api/changes?from=&to=&vs_from=&vs_to=[&limit=]`: the entities and links new, gone, grown
 * and shrunk in the period from–to against the period vs_from–vs_to, ranked (../graph/changes).
 */
import { Router } from 'express';
import type { Corpus } from '../corpus/types';
import { changesQuery } from './schemas';

export function changesRoutes(corpus: Corpus): Router {
  const router = Router();
  router.get('/changes', (req, res) => {
    const { from, to, vs_from, vs_to, limit } = changesQuery.parse(req.query);
    res.json(corpus.periodChanges({ from, to }, { from: vs_from, to: vs_to }, limit));
  });
  return router;
}
