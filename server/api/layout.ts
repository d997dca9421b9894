/**
 * `GET /api/layout`: where the analyst last left the entities on the map, `{ positions: { id: [x, y] } }`
 * (empty when never saved). `PUT /api/layout` with the same body keeps a new map in place of the
 * old: the explorer sends it when the analyst stops the layout, so that the store reopens, and
 * exports, as it was arranged. It is a write, and passes the checks every write passes.
 */
import { Router } from 'express';
import type { Corpus } from '../corpus/types';
import { positionsBody } from './schemas';

export function layoutRoutes(corpus: Corpus): Router {
  const router = Router();
  router.get('/layout', (_req, res) => {
    res.json({ positions: corpus.layout() });
  });
  router.put('/layout', (req, res) => {
    res.json({ saved: corpus.saveLayout(positionsBody.parse(req.body ?? {}).positions) });
  });
  return router;
}
