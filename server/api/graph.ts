/**
 * `GET /api/graph`: the co-occurrence graph in graphology's serialised form, filtered by the query.
 * The graph is the largest answer of the API (tens of MiB for a 10,000-document corpus): its JSON
 * is kept by the corpus until the graph changes, and here its gzip form and ETag are kept with it,
 * so that a repeated request neither serialises, nor hashes, nor compresses again. The whole
 * graph's gzip comes from the corpus, which compresses again only the blocks a change touched.
 */

import crypto from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { Router } from 'express';
import type { Corpus, GraphFilter, JsonAnswer } from '../corpus/types';
import { graphQuery } from './schemas';

const gzip = promisify(zlib.gzip);

/**
 * Compressed in pieces this large, the graph's gzip takes a few turns of the event loop rather
 * than one per 16 KiB: each turn waits behind whatever else the server is doing (uploads), and a
 * read under load waited seconds for its hundreds of turns.
 */
const GZIP_CHUNK = 8 * 1024 * 1024;

/** A filtered answer is compressed once, while its reader waits: the fastest level, for a few more bytes. */
const GZIP_LEVEL = zlib.constants.Z_BEST_SPEED;

interface Encoded {
  json: JsonAnswer;
  etag: string;
  gzip?: Promise<Uint8Array>;
}

/** Encodings kept, by filter: a handful, as the corpus keeps a handful of JSON answers. */
const KEPT = 8;

export function graphRoutes(corpus: Corpus): Router {
  const router = Router();
  const encoded = new Map<string, Encoded>();
  // An ETag names one answer of this server's life: hashing every new graph cost more than
  // serialising it while uploads changed it many times a second.
  const life = crypto.randomBytes(6).toString('base64url');
  let answers = 0;
  const encode = async (filter: GraphFilter): Promise<Encoded> => {
    const json = await corpus.graphJsonInSteps(filter);
    const key = JSON.stringify(filter);
    let found = encoded.get(key);
    if (found?.json !== json) {
      found = { json, etag: `"${life}-${++answers}"` };
      if (encoded.size >= KEPT) encoded.delete(encoded.keys().next().value ?? '');
      encoded.set(key, found);
    }
    return found;
  };
  router.get('/graph', async (req, res) => {
    const filter: GraphFilter = graphQuery.parse(req.query);
    const answer = await encode(filter);
    // Express answers 304 itself when the ETag matches; it computes no ETag when one is set.
    res.set('ETag', answer.etag).set('Vary', 'Accept-Encoding').type('json');
    if (answer.json.length > 1024 && req.acceptsEncodings('gzip') === 'gzip') {
      const kept = answer.gzip ? undefined : corpus.graphGzip(answer.json);
      answer.gzip ??= kept ? Promise.resolve(kept) : gzip(answer.json, { chunkSize: GZIP_CHUNK, level: GZIP_LEVEL });
      res.set('Content-Encoding', 'gzip').send(await answer.gzip);
    } else {
      res.send(answer.json);
    }
  });
  return router;
}
