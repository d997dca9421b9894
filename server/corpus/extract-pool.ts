/**
 * Worker threads that extract mentions while the main thread resolves and stores (and extracts
 * too when it would otherwise wait): one worker per core beside it. Texts go out in input order,
 * at most a few per worker at a time, and extractions come back as promises; the documents the
 * writer links are broadcast to every worker's KnownTypes (extract-worker.ts).
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExtractOptions } from '../extract/options';
import type { TypedEntity, TypedKey } from '../resolve/known-types';
import type { LinkResult } from '../resolve/registry';
import type { PackedExtraction } from './extraction-codec';

export interface ExtractorInit {
  lexiconDir: string;
  /** The lexicon's phrases as the writer tokenised them: the worker loads it without tokenising them again. */
  tokenised: Map<string, string[]>;
  options: ExtractOptions;
  /** The stored registry, which the worker's KnownTypes start from. */
  registry: { entities: TypedEntity[]; keys: TypedKey[] };
}

/** What a worker learns from linking one document: what KnownTypes reads of a LinkResult. */
export type Learnt = Pick<LinkResult, 'created' | 'relabelled' | 'keys'>;

export type ToExtractor = { kind: 'extract'; id: number; text: string } | { kind: 'link'; documents: Learnt[] };

/** An extraction, or word that the worker has loaded its lexicons and model and takes texts. */
export type FromExtractor = { kind: 'extraction'; id: number; packed: PackedExtraction } | { kind: 'ready' };

const cores = () => os.availableParallelism?.() ?? os.cpus().length;

/**
 * One worker per core but the writer's: the writer's own work (resolving, storing, the graph) keeps
 * a core busy for a good part of the time, and it extracts documents itself in what is left.
 */
export const defaultWorkers = () => Math.max(1, cores() - 1);

/**
 * Text below which an ingest gains little or nothing from workers. A worker takes about half a
 * second to be ready and warms its code up again for itself: over bench documents of about 500
 * words on two cores (`bench parallel --docs 1000,2000,3000`), the parallel ingest was 0.85 to
 * 1.37 times as fast as the single-threaded one for 1,000 documents (3.1 MiB of text) from run to
 * run, 1.2 times for 2,000 and 1.3 to 1.5 times for 3,000.
 */
export const PARALLEL_MIN_CHARS = 4 * 1024 * 1024;

/** Workers for an ingest of `chars` characters of text: none for a small one, or on one core. */
export function workersFor(chars: number, available = cores()): number {
  return available < 2 || chars < PARALLEL_MIN_CHARS ? 0 : available - 1;
}

/**
 * Texts in flight per worker: enough that a worker never waits for the writer to send the next,
 * few because what a worker knows of the corpus (KnownTypes) lags the writer by that many
 * documents, and an extraction that asked about a name the writer has learnt since is done again.
 * Deeper queues did not measure faster: over 10,000 bench documents with 4, 8 or 16 texts in flight,
 * the writer extracted fewer of them itself (about 1,050, 850 and 800 against 1,500) but redid
 * more (about 85, 180 and 280 against 48), and in six alternating pairs of runs 2 took 16.8 to
 * 20.3 s, 4 took 18.1 to 21.1 s.
 */
export const IN_FLIGHT_PER_WORKER = 2;

/**
 * Texts in flight per worker when the writer is about to be busy for a while (a commit, and the
 * graph update after it, take about 100 ms): enough for a worker to keep extracting meanwhile
 * rather than wait. Over 10,000 documents, workers otherwise sat idle for a sixth of the ingest.
 */
export const STALL_IN_FLIGHT_PER_WORKER = 32;

export class ExtractPool {
  private readonly workers: Worker[];
  /** Texts sent to each worker and not answered yet. */
  private readonly inFlight: number[];
  /**
   * Workers that have loaded what extraction needs. Until then they are sent nothing: a text sent
   * to a loading worker would wait there (most of a second) while the writer could extract it.
   */
  private readonly ready: boolean[];
  private readonly waiting = new Map<number, { worker: number; resolve: (value: PackedExtraction) => void; reject: (error: unknown) => void }>();
  private nextId = 0;
  private failure: unknown;
  /** Callers of `queued` waiting for a worker to have room. */
  private roomWaiters: (() => void)[] = [];

  constructor(size: number, init: ExtractorInit) {
    // The worker is the compiled sibling of this module (extract-worker.js next to extract-pool.js).
    const file = path.join(__dirname, `extract-worker${path.extname(__filename)}`);
    this.inFlight = Array.from({ length: Math.max(1, size) }, () => 0);
    this.ready = this.inFlight.map(() => false);
    this.workers = this.inFlight.map((_, index) => {
      // knownType is a function: it cannot cross threads, and the worker asks its KnownTypes instead.
      const worker = new Worker(file, { workerData: { ...init, options: { nationalities: init.options.nationalities } } });
      worker.on('message', (answer: FromExtractor) => {
        if (answer.kind === 'ready') {
          this.ready[index] = true;
          this.wakeWaiters();
          return;
        }
        const waiter = this.waiting.get(answer.id);
        this.waiting.delete(answer.id);
        if (!waiter) return;
        this.inFlight[waiter.worker] -= 1;
        waiter.resolve(answer.packed);
        this.wakeWaiters();
      });
      worker.on('error', (error) => this.fail(error));
      return worker;
    });
  }

  get size(): number {
    return this.workers.length;
  }

  /** A worker's failure, thrown to the writer even when none of its texts was still awaited. */
  throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  /** The least busy of the ready workers, if one has fewer than `depth` texts in flight. */
  private leastBusy(depth: number): number | undefined {
    let best: number | undefined;
    this.inFlight.forEach((n, i) => {
      if (this.ready[i] && n < depth && (best === undefined || n < this.inFlight[best])) best = i;
    });
    return best;
  }

  /** Whether a worker can take another text now, keeping at most `depth` in flight each. */
  hasRoom(depth = IN_FLIGHT_PER_WORKER): boolean {
    return this.failure === undefined && this.leastBusy(depth) !== undefined;
  }

  /** The extraction of `text`, by the least busy worker, packed (unpackExtraction); only when `hasRoom(depth)`. */
  extract(text: string, depth = IN_FLIGHT_PER_WORKER): Promise<PackedExtraction> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const worker = this.leastBusy(depth);
    if (worker === undefined) return Promise.reject(new Error('no extraction worker can take a text now'));
    const id = this.nextId++;
    this.inFlight[worker] += 1;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { worker, resolve, reject });
      const message: ToExtractor = { kind: 'extract', id, text };
      this.workers[worker].postMessage(message);
    });
  }

  /** The extraction of `text` once a worker has room for it: texts wait their turn here, in order. */
  async queued(text: string, depth = IN_FLIGHT_PER_WORKER): Promise<PackedExtraction> {
    while (!this.hasRoom(depth)) {
      this.throwIfFailed();
      await new Promise<void>((resolve) => this.roomWaiters.push(resolve));
    }
    return this.extract(text, depth);
  }

  private wakeWaiters(): void {
    const waiters = this.roomWaiters;
    this.roomWaiters = [];
    for (const wake of waiters) wake();
  }

  /** Lets the process exit while the workers wait for texts: for a pool kept for the life of a server. */
  unref(): void {
    for (const worker of this.workers) worker.unref();
  }

  /** Tells every worker what linking documents changed in the writer's registry, in order. */
  linked(documents: LinkResult[]): void {
    if (documents.length === 0) return;
    // Only what the workers read crosses: the ids and merges stay with the writer.
    const message: ToExtractor = { kind: 'link', documents: documents.map(({ created, relabelled, keys }) => ({ created, relabelled, keys })) };
    for (const worker of this.workers) worker.postMessage(message);
  }

  private fail(error: unknown): void {
    this.failure = error;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
    this.wakeWaiters();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
