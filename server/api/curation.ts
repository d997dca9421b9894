/**
 * Curation: `GET /api/curation` lists the rules (newest first); `POST /api/curation` adds one
 * (merge, split, rename, retype, hide) and applies it; `POST /api/curation/undo` removes the newest,
 * one step further back each time; `DELETE /api/curation/:id` removes a given rule. Every write
 * answers with the rule concerned and the rules as they are now.
 */

import { Router } from 'express';
import type { Corpus } from '../corpus/types';
import { curationBody, curationParams } from './schemas';

export function curationRoutes(corpus: Corpus): Router {
  const router = Router();
  router.get('/curation', (_req, res) => {
    res.json({ rules: corpus.curationRules() });
  });
  router.post('/curation', (req, res) => {
    const rule = corpus.curate(curationBody.parse(req.body));
    res.status(201).json({ rule, rules: corpus.curationRules() });
  });
  router.post('/curation/undo', (_req, res) => {
    const undone = corpus.undoCuration();
    res.json({ undone, rules: corpus.curationRules() });
  });
  router.delete('/curation/:id', (req, res) => {
    const { id } = curationParams.parse(req.params);
    const removed = corpus.removeCurationRule(id);
    res.json({ undone: removed, rules: corpus.curationRules() });
  });
  return router;
}
