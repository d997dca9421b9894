/**
 * `GET /api/timeline?unit=day|week|month[&entity=ID]`: documents and mentions per bucket, every
 * bucket from the first dated document to the last (../corpus/timeline), and the undated apart;
 * with `entity`, only the documents that name it, and its mentions there.
 */
import { Router } from 'express';
import type { Corpus } from '../corpus/types';
import { timelineOf } from '../corpus/timeline';
import { timelineQuery } from './schemas';

export function timelineRoutes(corpus: Corpus): Router {
  const router = Router();
  router.get('/timeline', (req, res) => {
    const { unit, entity } = timelineQuery.parse(req.query);
    const documents = corpus.documents();
    if (entity === undefined) return void res.json(timelineOf(documents, unit));
    const dateOf = new Map(documents.map((doc) => [doc.id, doc.date]));
    const named = corpus.entity(entity).documentList.map((doc) => ({ date: dateOf.get(doc.id) ?? null, mentions: doc.mentions }));
    res.json(timelineOf(named, unit));
  });
  return router;
}
