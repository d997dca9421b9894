/**
 * The corpus's writer: documents through the pipeline into the store, each all or nothing (a batch
 * of documents shares a transaction; when one fails, the batch is rolled back and the documents
 * before it are stored again), removals, and a reingest of every document. The graph cache hears of
 * each change as it is made.
 */
import type { CooccurrenceWindow, DocumentInput, DocumentSummary, IngestOutcome } from '#model/types';
import { NotFoundError } from '#model/errors';
import type { LinkResult } from '../resolve/registry';
import type { Store } from '../store/store';
import type { Extractor } from './extractor';
import type { GraphCache } from './graph-cache';
import { graphChangeOf } from './graph-change';
import type { PriorExtraction } from './pipeline';
import type { Resolution } from './resolution';
import { storeDocument } from './store-document';

/** Documents per transaction in an ingest's first batch: committing is the costliest step of storing a small document. */
export const INGEST_BATCH = 256;

/**
 * A batch is also committed once it has taken this long, so that a crash or a power cut loses at
 * most the last half second of work (BULK_BATCH_MS in a long ingest), and other processes see the
 * ingest progress.
 */
const INGEST_BATCH_MS = 500;

/**
 * The same in a long ingest, once its first batch is committed. Every commit writes again each index
 * page its batch changed, so that longer batches write fewer bytes (docs/performance.md).
 */
const BULK_BATCH = 1024;
const BULK_BATCH_MS = 2000;

/** How many documents, and how much time, one transaction takes at most. */
interface BatchLimits {
  documents: number;
  ms: number;
}

export const FIRST_BATCH: BatchLimits = { documents: INGEST_BATCH, ms: INGEST_BATCH_MS };
export const LONG_BATCH: BatchLimits = { documents: BULK_BATCH, ms: BULK_BATCH_MS };

/** A document to store, with its extraction when one was made ahead of the writer. */
export interface Extracting {
  input: DocumentInput;
  prior?: PriorExtraction;
}

function* extracting(inputs: Iterable<DocumentInput>): Generator<Extracting> {
  for (const input of inputs) yield { input };
}

export class CorpusWriter {
  constructor(
    readonly store: Store,
    readonly resolution: Resolution,
    private readonly cache: GraphCache,
    readonly extractor: Extractor,
    private readonly window: CooccurrenceWindow,
  ) {
    // An empty store is made by this extractor from its first document on.
    if (resolution.registry.size === 0 && store.documents.counts().documents === 0) store.recordExtractorVersion(extractor.version);
  }

  ingest(inputs: Iterable<DocumentInput>, onProgress?: (outcome: IngestOutcome, done: number) => void): IngestOutcome[] {
    const outcomes: IngestOutcome[] = [];
    const report = (outcome: IngestOutcome) => {
      outcomes.push(outcome);
      onProgress?.(outcome, outcomes.length);
    };
    const iterator = extracting(inputs);
    let done = this.ingestBatch(iterator, report, FIRST_BATCH);
    if (done) return outcomes;
    // More than one batch: a long ingest, whose batches are longer and checkpoints fewer (Store.beginBulkWrites).
    this.store.beginBulkWrites();
    try {
      while (!done) done = this.ingestBatch(iterator, report, LONG_BATCH);
    } finally {
      this.store.endBulkWrites();
    }
    return outcomes;
  }

  /**
   * Up to `limits` documents (or milliseconds of work) in one transaction; true once the
   * inputs are exhausted. Inputs are read one at a time and each outcome is reported at once, so
   * that the caller's progress stays in input order. A document that fails is not stored: the batch
   * is rolled back, the documents before it are stored again and committed (redo), then its error
   * is thrown. An interrupted process loses the documents of the open batch, which ingesting the
   * same inputs again adds.
   */
  ingestBatch(inputs: Iterator<Extracting>, report: (outcome: IngestOutcome, link?: LinkResult) => void, limits: BatchLimits): boolean {
    const stored: DocumentInput[] = [];
    let exhausted = false;
    try {
      this.store.transaction(() => {
        const until = Date.now() + limits.ms;
        for (let n = 0; n < limits.documents && (n === 0 || Date.now() < until); n++) {
          const next = inputs.next();
          if (next.done) {
            exhausted = true;
            return;
          }
          const { outcome, link } = this.ingestOne(next.value.input, next.value.prior);
          stored.push(next.value.input);
          report(outcome, link);
        }
      });
    } catch (error) {
      throw this.redo(stored, error);
    }
    return exhausted;
  }

  /**
   * After a failure rolled back a batch: the registry in memory, which moved on with what was rolled
   * back, is loaded again, and the batch's documents that were stored before the failure are stored
   * again, in order, as they were (the same store and registry give them the same ids). Should that
   * fail too, the batch is lost as in a crash, and ingesting the same inputs again adds it. Returns
   * the error to throw.
   */
  redo(stored: readonly DocumentInput[], failure: unknown): unknown {
    this.resolution.reload();
    this.cache.invalidate();
    if (stored.length === 0) return failure;
    try {
      this.store.transaction(() => {
        for (const input of stored) this.ingestOne(input);
      });
      return failure;
    } catch (again) {
      this.resolution.reload();
      const why = (e: unknown) => (e instanceof Error ? e.message : String(e));
      return new AggregateError(
        [failure, again],
        `${why(failure)}; the ${stored.length} documents before it in the same batch could not be stored again either (${why(again)})`,
      );
    }
  }

  /**
   * One document into the open transaction, which the caller holds: no savepoint of its own, since
   * a savepoint copies every page the document first changes (about a third of the store's time),
   * and a failure is rare enough to be paid for by redoing its batch (redo). The graph cache takes
   * the document at once rather than when its batch commits: what this connection reads already
   * holds it, a batch's changes kept until its commit would outlive the young generation of the
   * heap, and a parallel ingest's writer would stall its workers while applying them all at once.
   * Should the batch be rolled back, redo drops them. Returns what linking the document changed in
   * the registry, which the workers of a parallel ingest are sent.
   */
  ingestOne(input: DocumentInput, prior?: PriorExtraction): { outcome: IngestOutcome; link?: LinkResult } {
    const { outcome, stored } = storeDocument(this.store, this.resolution, this.extractor, input, prior);
    if (!stored) return { outcome };
    const { document, processed, curated } = stored;
    // Under curation a mention's entity, label and type may differ from the resolver's: the graph
    // is built again from the store rather than grown from what the resolver said.
    const registry = this.resolution.registry;
    const graph = curated
      ? ('rebuild' as const)
      : graphChangeOf(document.id, this.window, { ...processed, merged: processed.link.merged }, (entity) => registry.get(entity));
    this.cache.added({ graph, words: processed.words, mentions: document.mentions });
    return { outcome, link: processed.link };
  }

  removeDocument(id: number): DocumentSummary {
    // Its windows as the graph counts them, read while it is stored.
    const rows = [...this.store.graph.windowRows(this.window, { doc: id })];
    const entities = new Set(this.store.documents.get(id)?.mentions.map((m) => m.entity));
    const rules = this.store.curation.rules();
    const removed = this.store.transaction(() => {
      const deleted = this.store.documents.delete(id);
      if (!deleted) throw new NotFoundError(`no document with id ${id}`);
      if (rules.length > 0) this.store.curation.apply(this.resolution.plan(rules));
      return deleted;
    });
    this.resolution.reload();
    // Under curation the graph's entities are not the resolver's: it is built again, as after an ingest.
    this.cache.removed({ rows, entities, deletedEntities: removed.deletedEntities, rebuild: rules.length > 0 });
    return removed.summary;
  }

  reingest(onProgress?: (outcome: IngestOutcome, done: number) => void): IngestOutcome[] {
    // One transaction around all of it: until it commits, readers see the corpus as it was, and a
    // failure half-way leaves every document where it was.
    try {
      return this.store.transaction(() => {
        const inputs = this.store.documents.takeAllForReingest();
        this.resolution.reload();
        this.cache.invalidate();
        const outcomes = this.ingest(inputs, onProgress);
        this.store.recordExtractorVersion(this.extractor.version);
        return outcomes;
      });
    } catch (error) {
      this.resolution.reload();
      this.cache.invalidate();
      throw error;
    }
  }
}
