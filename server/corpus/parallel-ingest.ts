/**
 * The parallel ingest: worker threads extract documents ahead of the writer, a few each at a
 * time, and the writer resolves and stores them in input order. While the next document is still
 * with a worker, the writer extracts the first one nobody has taken, so that no core waits.
 */
import type { DocumentInput, IngestOutcome } from '#model/types';
import type { Store } from '../store/store';
import { defaultWorkers, STALL_IN_FLIGHT_PER_WORKER, type ExtractPool } from './extract-pool';
import { unpackExtraction, type PackedExtraction } from './extraction-codec';
import { extractPool } from './extractor';
import { turn } from './graph-cache';
import type { PriorExtraction } from './pipeline';
import { extractAhead } from './prior-extraction';
import type { ParallelIngestOptions } from './types';
import { FIRST_BATCH, LONG_BATCH, type CorpusWriter } from './writer';

/**
 * Documents read ahead of the writer at most, per worker: those with the workers (up to
 * STALL_IN_FLIGHT_PER_WORKER each before a commit) and those the writer extracts ahead while it
 * waits for them. It bounds memory, and how far an extraction made ahead lags the registry (a
 * document linked in between may change an answer it was given, and it is redone).
 */
const AHEAD_PER_WORKER = STALL_IN_FLIGHT_PER_WORKER + 16;

/**
 * A document read ahead of the writer: its extraction once made (by the writer, or packed as a
 * worker sent it), or the worker making it. A worker's extraction is unpacked only when the writer
 * takes the document: kept packed while it waits, it does not outlive the young generation of the
 * heap as a hundred small objects, which the writer's garbage collector would then have to sweep.
 */
interface Ahead {
  input: DocumentInput;
  prior?: PriorExtraction;
  packed?: PackedExtraction;
  pending?: Promise<void>;
}

const made = (slot: Ahead) => slot.prior !== undefined || slot.packed !== undefined;

/** The documents read ahead of the writer, in input order, and the workers that extract them. */
class ReadAhead {
  private readonly ahead: Ahead[] = [];
  private exhausted = false;

  constructor(
    private readonly inputs: Iterator<DocumentInput>,
    readonly pool: ExtractPool,
    private readonly max: number,
  ) {}

  private read(): Ahead | undefined {
    if (this.exhausted || this.ahead.length >= this.max) return undefined;
    const next = this.inputs.next();
    if (next.done) {
      this.exhausted = true;
      return undefined;
    }
    const slot: Ahead = { input: next.value };
    this.ahead.push(slot);
    return slot;
  }

  /** The first document whose extraction nobody has made or taken. */
  untaken(): Ahead | undefined {
    return this.ahead.find((slot) => !made(slot) && !slot.pending) ?? this.read();
  }

  /** Hands untaken documents to the workers while they have room (`depth` texts each at most). */
  dispatch(depth?: number): void {
    for (let slot = this.pool.hasRoom(depth) ? this.untaken() : undefined; slot; slot = this.pool.hasRoom(depth) ? this.untaken() : undefined) {
      const taken = slot;
      taken.pending = this.pool.extract(taken.input.text, depth).then((packed) => {
        taken.packed = packed;
      });
      // A worker's failure is thrown where the writer awaits it, if it gets that far.
      taken.pending.catch(() => undefined);
    }
  }

  /** The next document in input order, still here; undefined once the inputs are exhausted. */
  first(): Ahead | undefined {
    return this.ahead[0] ?? this.read();
  }

  shift(): void {
    this.ahead.shift();
  }
}

/** The next document in input order once its extraction is made; the writer extracts spare documents while it waits. */
async function nextExtracted(queue: ReadAhead, writer: CorpusWriter): Promise<Ahead | undefined> {
  for (;;) {
    queue.pool.throwIfFailed();
    queue.dispatch();
    const item = queue.first();
    if (!item) return undefined;
    if (!made(item) && item.pending) {
      const spare = queue.untaken();
      if (spare) {
        const { lexicon, options } = writer.extractor;
        spare.prior = extractAhead(spare.input.text, lexicon, options, (name) => writer.resolution.registry.knownType(name));
        await turn();
        continue;
      }
      await item.pending;
    }
    queue.shift();
    return item;
  }
}

/** The transaction the writer keeps open across awaits, committed when full or after its time. */
class OpenBatch {
  /**
   * The documents stored in it, should it have to be redone; their extractions are not kept, so
   * that they still die young (see Ahead), and a redo makes them again.
   */
  inputs: DocumentInput[] = [];
  private until = 0;
  private limits = FIRST_BATCH;

  constructor(
    private readonly store: Store,
    private readonly beforeCommit: () => void,
  ) {}

  open(): void {
    if (this.store.inTransaction) return;
    this.store.begin();
    this.until = Date.now() + this.limits.ms;
  }

  commitIfDue(): void {
    if (this.inputs.length < this.limits.documents && Date.now() < this.until) return;
    this.commit();
    if (this.limits !== LONG_BATCH) {
      // More documents after a full batch: a long ingest, as in CorpusWriter.ingest.
      this.store.beginBulkWrites();
      this.limits = LONG_BATCH;
    }
  }

  commit(): void {
    this.beforeCommit();
    this.store.commit();
    this.inputs = [];
  }

  end(): void {
    if (this.limits === LONG_BATCH) this.store.endBulkWrites();
  }
}

export async function ingestParallel(writer: CorpusWriter, inputs: Iterable<DocumentInput>, options: ParallelIngestOptions = {}): Promise<IngestOutcome[]> {
  const pool = extractPool(writer.extractor, writer.store, options.workers ?? defaultWorkers());
  const queue = new ReadAhead(inputs[Symbol.iterator](), pool, AHEAD_PER_WORKER * pool.size);
  // The workers get more texts before a commit, so that they keep extracting while the writer commits.
  const batch = new OpenBatch(writer.store, () => queue.dispatch(STALL_IN_FLIGHT_PER_WORKER));
  const outcomes: IngestOutcome[] = [];
  try {
    for (let item = await nextExtracted(queue, writer); item; item = await nextExtracted(queue, writer)) {
      batch.open();
      const prior = item.prior ?? (item.packed && unpackExtraction(item.input.text, item.packed));
      const { outcome, link } = writer.ingestOne(item.input, prior);
      batch.inputs.push(item.input);
      if (link) pool.linked([link]);
      outcomes.push(outcome);
      options.onProgress?.(outcome, outcomes.length);
      batch.commitIfDue();
      await turn();
    }
    batch.commit();
  } catch (error) {
    // As in CorpusWriter.ingest: what was stored before the failure is kept, the failed document is not.
    writer.store.rollback();
    throw writer.redo(batch.inputs, error);
  } finally {
    batch.end();
    await pool.close();
  }
  return outcomes;
}
