/**
 * `GET /api/timeline?unit=day|week|month[&entity=ID | &source=ID&target=ID]`: documents and
 * mentions per bucket, every bucket from the first dated document to the last (server/model/timeline.ts),
 * and the undated apart; with `entity`, only the documents that name it, and its mentions there;
 * with a link, the documents that link the two, and the windows that do.
 */
import { Router } from 'express';
import type { Corpus } from '../corpus/types';
import { timelineOf } from '#model/timeline';
import { timelineQuery } from './schemas';

export function timelineRoutes(corpus: Corpus): Router {
  const router = Router();
  router.get('/timeline', (req, res) => {
    const { unit, entity, source, target } = timelineQuery.parse(req.query);
    if (source !== undefined && target !== undefined) {
      const linked = corpus.linkDocuments(source, target).map((doc) => ({ date: doc.date, mentions: doc.windows }));
      return void res.json(timelineOf(linked, unit));
    }
    if (entity === undefined) return void res.json(timelineOf(corpus.documentsByDate(), unit));
    res.json(timelineOf(corpus.entity(entity).documentList, unit));
  });
  return router;
}
