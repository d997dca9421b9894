/**
 * Worker threads that extract mentions while the main thread resolves and stores: one worker per
 * core by default. Texts go out in input order and extractions come back as promises; the
 * documents the writer links are broadcast to every worker's registry replica (extract-worker.ts).
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExtractOptions } from '../extract/mentions';
import type { LocalEntity } from '../resolve/document';
import type { NameKey, RegisteredEntity } from '../resolve/registry';
import type { PriorExtraction } from './pipeline';

export interface ExtractorInit {
  lexiconDir: string;
  options: ExtractOptions;
  registry: { entities: RegisteredEntity[]; keys: NameKey[]; merges: { from: string; into: string }[] };
}

export type ToExtractor = { kind: 'extract'; id: number; text: string } | { kind: 'link'; documents: LocalEntity[][] };

export interface FromExtractor extends PriorExtraction {
  id: number;
}

/** One worker per core: the writer mostly waits on SQLite and shares a core with them. */
export const defaultWorkers = () => Math.max(1, os.availableParallelism?.() ?? os.cpus().length);

export class ExtractPool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { resolve: (value: PriorExtraction) => void; reject: (error: unknown) => void }>();
  private nextId = 0;
  private failure: unknown;

  constructor(size: number, init: ExtractorInit) {
    // The worker is the compiled sibling of this module (extract-worker.js next to extract-pool.js).
    const file = path.join(__dirname, `extract-worker${path.extname(__filename)}`);
    this.workers = Array.from({ length: Math.max(1, size) }, () => {
      // knownType is a function: it cannot cross threads, and the worker asks its replica instead.
      const worker = new Worker(file, { workerData: { ...init, options: { nationalities: init.options.nationalities } } });
      worker.on('message', (answer: FromExtractor) => {
        const waiter = this.waiting.get(answer.id);
        this.waiting.delete(answer.id);
        waiter?.resolve({ extraction: answer.extraction, asked: answer.asked });
      });
      worker.on('error', (error) => this.fail(error));
      return worker;
    });
  }

  get size(): number {
    return this.workers.length;
  }

  /** The extraction of `text`, by the next worker in turn. */
  extract(text: string): Promise<PriorExtraction> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      const message: ToExtractor = { kind: 'extract', id, text };
      this.workers[id % this.workers.length].postMessage(message);
    });
  }

  /** Tells every replica about documents the writer linked, in the order it linked them. */
  linked(documents: LocalEntity[][]): void {
    if (documents.length === 0) return;
    const message: ToExtractor = { kind: 'link', documents };
    for (const worker of this.workers) worker.postMessage(message);
  }

  private fail(error: unknown): void {
    this.failure = error;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
