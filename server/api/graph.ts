/** `GET /api/graph`: the co-occurrence graph in graphology's serialised form, filtered by the query. */

import { Router } from 'express';
import type { Corpus, GraphFilter } from '../corpus/types';
import { graphQuery } from './schemas';

export function graphRoutes(corpus: Corpus): Router {
  const router = Router();
  router.get('/graph', (req, res) => {
    const filter: GraphFilter = graphQuery.parse(req.query);
    // Serialised once per graph and filter: the graph is the largest answer of the API.
    res.type('json').send(corpus.graphJson(filter));
  });
  return router;
}
