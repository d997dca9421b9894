/**
 * `plexus worker`: claims batches of queued documents, extracts them with what the committer has
 * shared of the registry, and stores the extractions back in the queue, until none is left to
 * extract (or, following, until stopped). Any number may run, on any machine that reaches the queue.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '../config';
import { extractAhead } from '../corpus/prior-extraction';
import { loadLexicon } from '../extract/lexicon';
import { nlp } from '../extract/nlp';
import { DEFAULT_EXTRACT_OPTIONS } from '../extract/options';
import { extractorDataDirs, extractorVersion } from '../extract/version';
import { QueueError } from '#model/errors';
import { claimBatch, committerExtractor, extractionLeft, storeExtractions, type ClaimOptions } from './claims';
import { connectQueue } from './connection';
import { extractionToJson } from './extraction-json';
import { SharedKnowledge } from './knowledge';
import { Notices } from './notices';

export interface WorkerOptions extends ClaimOptions {
  url: string;
  /** Keep waiting for documents once the queue is empty, until `signal` aborts. */
  follow: boolean;
  lexiconDir?: string;
  log: (line: string) => void;
  /** Ends the work after the batch in hand. */
  signal?: AbortSignal;
}

export interface WorkerSummary {
  id: string;
  batches: number;
  /** Documents whose extractions this worker stored. */
  documents: number;
  /** Documents it extracted but could not store: its lease had run out and another worker had taken them. */
  lost: number;
  /** Time spent extracting, and waiting for something to claim (the committer, or a lease to run out). */
  extractingMs: number;
  waitingMs: number;
}

/** The longest a worker waits without a notice before it looks at the queue again. */
const IDLE_MS = 1000;

/** An id for this worker in the queue: the machine, the process, and a few random bytes should the pid come again. */
const workerId = () => `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

export async function runWorker(options: WorkerOptions): Promise<WorkerSummary> {
  const client = await connectQueue(options.url, 'worker');
  try {
    const notices = await Notices.listen(client);
    options.signal?.addEventListener('abort', () => notices.interrupt());
    const lexiconDir = options.lexiconDir ?? path.join(findRepoRoot(), 'data', 'lexicons');
    const version = extractorVersion(extractorDataDirs(lexiconDir));
    const committer = await committerExtractor(client);
    if (committer !== undefined && committer !== version) {
      throw new QueueError(
        `this worker's extractor (${version}) is not the committer's (${committer}): the committer would extract every document again; update the lexicons and model`,
      );
    }
    const lexicon = loadLexicon(lexiconDir);
    nlp();
    const knowledge = new SharedKnowledge();
    const summary: WorkerSummary = { id: workerId(), batches: 0, documents: 0, lost: 0, extractingMs: 0, waitingMs: 0 };
    options.log(`worker ${summary.id} ready`);
    // The committer announces what it shares ('resolved'): the knowledge is read again only after such a notice.
    let knownAt = -1;
    while (options.signal?.aborted !== true) {
      const resolved = notices.count('resolved');
      if (resolved !== knownAt) await knowledge.refresh(client);
      knownAt = resolved;
      const batch = await claimBatch(client, summary.id, options);
      if (batch.length === 0) {
        const left = await extractionLeft(client, options.ahead);
        if (!left.waiting && !options.follow) break;
        // Nothing to claim now: the rest is claimed, or too far ahead of the committer. A lease running out is not announced.
        const waited = performance.now();
        await notices.wait(['enqueued', 'resolved'], Math.min(IDLE_MS, (left.leaseEndsInMs ?? IDLE_MS) + 10));
        summary.waitingMs += performance.now() - waited;
        continue;
      }
      options.log(`claimed documents ${batch[0].seq}–${batch[batch.length - 1].seq}`);
      const started = performance.now();
      const extractions = batch.map(({ seq, text }) => ({
        seq,
        extraction: extractionToJson(text, extractAhead(text, lexicon, DEFAULT_EXTRACT_OPTIONS, knowledge.knownType)),
      }));
      summary.extractingMs += performance.now() - started;
      const stored = await storeExtractions(client, summary.id, version, extractions);
      summary.batches += 1;
      summary.documents += stored;
      if (stored < batch.length) {
        summary.lost += batch.length - stored;
        options.log(`${batch.length - stored} of documents ${batch[0].seq}–${batch[batch.length - 1].seq} were taken by another worker once the lease ran out`);
      }
    }
    return summary;
  } finally {
    await client.end();
  }
}
