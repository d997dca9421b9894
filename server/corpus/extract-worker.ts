/**
 * A worker thread of the parallel ingest: extracts the mentions of the texts it is sent. It keeps
 * a replica of the entity registry, fed with what linking each document changed, in order, so that
 * the corpus knowledge extraction asks for (knownType) is the writer's, a few documents behind;
 * every question and answer goes back with the extraction, for the writer to check.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadLexicon } from '../extract/lexicon';
import type { ExtractOptions } from '../extract/mentions';
import { nlp } from '../extract/nlp';
import { EntityRegistry } from '../resolve/registry';
import type { ExtractorInit, ToExtractor, FromExtractor } from './extract-pool';
import { extractAhead } from './prior-extraction';

function serve(): void {
  const port = parentPort;
  if (!port) throw new Error('extract-worker runs as a worker thread only');
  const init: ExtractorInit = workerData;
  const lexicon = loadLexicon(init.lexiconDir, init.tokenised);
  const options: ExtractOptions = init.options;
  const registry = EntityRegistry.from(init.registry.entities, init.registry.keys, init.registry.merges);
  // The model is loaded before the worker says it is ready, not by the first text it is sent.
  nlp();
  port.postMessage({ kind: 'ready' } satisfies FromExtractor);
  port.on('message', (message: ToExtractor) => {
    if (message.kind === 'link') {
      for (const link of message.documents) registry.learn(link);
      return;
    }
    const answer: FromExtractor = { kind: 'extraction', id: message.id, ...extractAhead(message.text, lexicon, options, (name) => registry.knownType(name)) };
    port.postMessage(answer);
  });
}

serve();
