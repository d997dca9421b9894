/**
 * Stores documents extracted elsewhere (by the queue's workers) into a SQLite store, one at a time
 * in the order given: each is resolved against the registry and stored as an ingest stores it, with
 * the curation rules applied. It keeps no graph: whoever serves the store builds its own.
 */
import path from 'node:path';
import { findRepoRoot } from '../config';
import { loadLexicon, type Lexicon } from '../extract/lexicon';
import { DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from '../extract/options';
import { extractorDataDirs, extractorVersion } from '../extract/version';
import type { DocumentInput, IngestOutcome } from '#model/types';
import type { TypedEntity, TypedKey } from '../resolve/known-types';
import type { LinkResult } from '../resolve/registry';
import { Store } from '../store/store';
import { openCorpus, type CorpusOptions } from './index';
import { priorHolds, type PriorExtraction } from './pipeline';
import { Resolution } from './resolution';
import { storeDocument } from './store-document';

export interface WrittenDocument {
  outcome: IngestOutcome;
  /** What linking it changed in the registry, for whoever extracts the next documents. */
  link?: LinkResult;
  /** Its extraction did not hold against the registry (or none came), and it was made here. */
  extractedAgain: boolean;
}

export class DocumentWriter {
  private readonly store: Store;
  private readonly extraction: { lexicon: Lexicon; options: ExtractOptions };
  private readonly resolution: Resolution;
  /** The version of this extractor, which extractions made elsewhere must share. */
  readonly extractorVersion: string;

  private constructor(options: CorpusOptions) {
    const lexiconDir = options.lexiconDir ?? path.join(findRepoRoot(), 'data', 'lexicons');
    this.store = new Store(options.dbPath);
    this.extraction = { lexicon: loadLexicon(lexiconDir), options: options.extract ?? DEFAULT_EXTRACT_OPTIONS };
    this.extractorVersion = extractorVersion(extractorDataDirs(lexiconDir));
    this.resolution = new Resolution(this.store);
    // It writes as a long ingest does: fewer, larger checkpoints (Store.beginBulkWrites).
    this.store.beginBulkWrites();
  }

  /** A writer into the store at `options.dbPath`, made or brought up to date first as openCorpus does. */
  static open(options: CorpusOptions): DocumentWriter {
    openCorpus(options).close();
    return new DocumentWriter(options);
  }

  /** What extraction elsewhere needs of the registry (KnownTypes): its entities' labels and types, and its name keys. */
  knowledge(): { entities: TypedEntity[]; keys: TypedKey[] } {
    // As the extraction threads of a parallel ingest start (ExtractPool): from the stored rows.
    const { entities, keys } = this.store.registry.rows();
    return { entities: entities.map(({ label, type }) => ({ label, type })), keys: keys.map(({ key }) => ({ key })) };
  }

  begin(): void {
    if (!this.store.inTransaction) this.store.begin();
  }

  commit(): void {
    this.store.commit();
  }

  /** Undoes the open transaction; the registry is read again from what the store still holds. */
  rollback(): void {
    this.store.rollback();
    this.resolution.reload();
    // It writes as a long ingest does: fewer, larger checkpoints (Store.beginBulkWrites).
    this.store.beginBulkWrites();
  }

  /**
   * One document into the open transaction (`begin`), as an ingest stores it: refused when empty,
   * a duplicate when its text is stored already, else resolved and stored. `prior` is used when the
   * registry still answers its questions as they were answered; otherwise the text is extracted here.
   */
  add(input: DocumentInput, prior?: PriorExtraction): WrittenDocument {
    const extractedAgain = prior === undefined || !priorHolds(prior, this.resolution.registry);
    const { outcome, stored } = storeDocument(this.store, this.resolution, this.extraction, input, prior);
    return stored ? { outcome, link: stored.processed.link, extractedAgain } : { outcome, extractedAgain: false };
  }

  close(): void {
    this.store.endBulkWrites();
    this.store.close();
  }
}
