/**
 * The server's uploads: their texts extracted by a worker thread kept for the purpose, so that the
 * thread that answers requests only resolves and stores them, in the order they came.
 */
import path from 'node:path';
import type { DocumentInput, IngestOutcome } from '#model/types';
import type { LinkResult } from '../resolve/registry';
import type { ExtractPool } from './extract-pool';
import { unpackExtraction } from './extraction-codec';
import { extractPool } from './extractor';
import type { GraphCache } from './graph-cache';
import type { PriorExtraction } from './pipeline';
import { FIRST_BATCH, type CorpusWriter, type Extracting } from './writer';

/** An upload extracted and waiting to be stored, with the outcomes of those of its documents already stored. */
interface PendingWrite {
  items: Extracting[];
  done: IngestOutcome[];
  resolve: (outcomes: IngestOutcome[]) => void;
  reject: (error: unknown) => void;
}

export class Uploads {
  private pending: PendingWrite[] = [];
  /** The worker that extracts uploads, once there was one. */
  private worker: ExtractPool | undefined;

  constructor(
    private readonly writer: CorpusWriter,
    private readonly cache: GraphCache,
  ) {}

  async ingest(inputs: readonly DocumentInput[]): Promise<IngestOutcome[]> {
    const pool = this.pool();
    let priors: (PriorExtraction | undefined)[] = [];
    if (pool) {
      try {
        priors = await Promise.all(inputs.map(async (input) => unpackExtraction(input.text, await pool.queued(input.text))));
      } catch {
        // A worker that failed is not used again; the texts are extracted here instead.
        this.stopWorker();
      }
    }
    // Stored in the middle of a stepwise build, the documents would make it start again.
    if (this.cache.building) await this.cache.building;
    return new Promise((resolve, reject) => {
      this.pending.push({ items: inputs.map((input, i) => ({ input, prior: priors[i] })), done: [], resolve, reject });
      if (this.pending.length === 1) setImmediate(() => this.storePending());
    });
  }

  /**
   * Stores the uploads whose extractions came back since the last turn of the event loop, in the
   * order they came, in shared transactions: a commit costs more than storing a small document.
   * Each document is still all or nothing; a document that fails fails its own upload only, and the
   * uploads after it are stored in the next turn.
   */
  private storePending(): void {
    const writes = this.pending;
    this.pending = [];
    const queue = writes.flatMap((write) => write.items.slice(write.done.length).map((item) => ({ ...item, write })));
    let reported = 0;
    const iterator = queue[Symbol.iterator]();
    const links: LinkResult[] = [];
    try {
      for (let done = false; !done;) {
        done = this.writer.ingestBatch(
          iterator,
          (outcome, link) => {
            queue[reported++].write.done.push(outcome);
            if (link) links.push(link);
          },
          FIRST_BATCH,
        );
      }
      for (const write of writes) write.resolve(write.done);
    } catch (error) {
      const failed = queue[reported]?.write;
      failed?.reject(error);
      for (const write of writes) {
        if (write === failed) continue;
        if (write.done.length === write.items.length) write.resolve(write.done);
        else this.pending.push(write);
      }
      if (this.pending.length > 0) setImmediate(() => this.storePending());
    } finally {
      this.worker?.linked(links);
    }
  }

  /**
   * The worker, started with the first upload and kept: a worker takes about half a second to be
   * ready. None where the extractor is not compiled (the worker thread cannot load TypeScript
   * sources): uploads are then extracted on this thread.
   */
  private pool(): ExtractPool | undefined {
    if (this.worker) return this.worker;
    if (path.extname(__filename) !== '.js') return undefined;
    this.worker = extractPool(this.writer.extractor, this.writer.store, 1);
    this.worker.unref();
    return this.worker;
  }

  /** Stops the worker; the next upload starts one again, from the store as it is then (after a removal, say). */
  stopWorker(): void {
    void this.worker?.close();
    this.worker = undefined;
  }
}
