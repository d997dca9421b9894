/**
 * A worker thread of the parallel ingest: extracts the mentions of the texts it is sent. It keeps
 * what extraction asks of the corpus (KnownTypes), fed with what linking each document changed, in
 * order, so that its answers are the writer's registry's, a few documents behind; every question
 * and answer goes back with the extraction, for the writer to check.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadLexicon } from '../extract/lexicon';
import type { ExtractOptions } from '../extract/options';
import { nlp } from '../extract/nlp';
import { KnownTypes } from '../resolve/known-types';
import type { ExtractorInit, ToExtractor, FromExtractor } from './extract-pool';
import { packExtraction, transferables } from './extraction-codec';
import { extractAhead } from './prior-extraction';

function serve(): void {
  const port = parentPort;
  if (!port) throw new Error('extract-worker runs as a worker thread only');
  const init: ExtractorInit = workerData;
  const lexicon = loadLexicon(init.lexiconDir, init.tokenised);
  const options: ExtractOptions = init.options;
  const known = KnownTypes.from(init.registry.entities, init.registry.keys);
  // The model is loaded before the worker says it is ready, not by the first text it is sent.
  nlp();
  port.postMessage({ kind: 'ready' } satisfies FromExtractor);
  port.on('message', (message: ToExtractor) => {
    if (message.kind === 'link') {
      for (const link of message.documents) known.learn(link);
      return;
    }
    const packed = packExtraction(
      message.text,
      extractAhead(message.text, lexicon, options, (name) => known.knownType(name)),
    );
    port.postMessage({ kind: 'extraction', id: message.id, packed } satisfies FromExtractor, transferables(packed));
  });
}

serve();
