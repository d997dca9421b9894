/**
 * The corpus service over a SQLite store, as the API and the CLI see it (`Corpus`). It hands the
 * work to its parts: the writer (with its parallel ingest and the uploads' worker), the curator,
 * the graph cache, and the queries of the graph and of entities, links and documents.
 */
import path from 'node:path';
import { findRepoRoot } from '../config';
import { DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from '../extract/options';
import type { CooccurrenceWindow } from '#model/types';
import { Store } from '../store/store';
import { listenForWrites, type WriteListener } from '../store/write-listener';
import { Curator } from './curator';
import { EntityQueries } from './entity-queries';
import { extractorFor, type Extractor } from './extractor';
import { GraphCache } from './graph-cache';
import { GraphQueries } from './graph-queries';
import { ingestParallel } from './parallel-ingest';
import { Resolution } from './resolution';
import type { Corpus } from './types';
import { Uploads } from './uploads';
import { CorpusWriter } from './writer';

export type { Corpus, GraphFilter, ParallelIngestOptions } from './types';
export { contentHash } from './content-hash';
export { INGEST_BATCH } from './writer';

export interface CorpusOptions {
  dbPath: string;
  window?: CooccurrenceWindow;
  /** Folder of the lexicon files; default `data/lexicons` of the repository. */
  lexiconDir?: string;
  extract?: ExtractOptions;
}

export function openCorpus(options: CorpusOptions): Corpus {
  return new StoredCorpus(options);
}

class StoredCorpus implements Corpus {
  private readonly store: Store;
  private readonly extractor: Extractor;
  private readonly cache: GraphCache;
  private readonly writer: CorpusWriter;
  private readonly uploads: Uploads;
  private readonly curator: Curator;
  private readonly graphs: GraphQueries;
  private readonly entities: EntityQueries;
  private listener: WriteListener | undefined;

  constructor(options: CorpusOptions) {
    const window = options.window ?? 'sentence';
    this.store = new Store(options.dbPath);
    this.extractor = extractorFor(options.lexiconDir ?? path.join(findRepoRoot(), 'data', 'lexicons'), options.extract ?? DEFAULT_EXTRACT_OPTIONS);
    const resolution = new Resolution(this.store);
    this.cache = new GraphCache(this.store, window, resolution);
    this.writer = new CorpusWriter(this.store, resolution, this.cache, this.extractor, window);
    this.uploads = new Uploads(this.writer, this.cache);
    this.curator = new Curator(this.store, resolution, this.cache);
    this.graphs = new GraphQueries(this.store, resolution, this.cache, window);
    this.entities = new EntityQueries(this.store, resolution, this.cache, window);
  }

  ingest: Corpus['ingest'] = (inputs, onProgress) => this.writer.ingest(inputs, onProgress);
  ingestParallel: Corpus['ingestParallel'] = (inputs, options) => ingestParallel(this.writer, inputs, options);
  ingestInBackground: Corpus['ingestInBackground'] = (inputs) => this.uploads.ingest(inputs);
  reingest: Corpus['reingest'] = (onProgress) => {
    // The uploads' worker knows the names of what goes: it starts again from the store.
    this.uploads.stopWorker();
    return this.writer.reingest(onProgress);
  };
  removeDocument: Corpus['removeDocument'] = (id) => {
    const removed = this.writer.removeDocument(id);
    this.uploads.stopWorker();
    return removed;
  };
  followOtherWrites: Corpus['followOtherWrites'] = async (told) => {
    if (this.store.engine.kind !== 'postgres' || this.listener) return;
    const engine = this.store.engine;
    this.listener = await listenForWrites(this.store.file, (generation) => engine.otherWrote(generation), told);
  };
  extractorVersions: Corpus['extractorVersions'] = () => ({ store: this.store.extractorVersion(), current: this.extractor.version });

  curationRules: Corpus['curationRules'] = () => this.curator.rules();
  curate: Corpus['curate'] = (request) => this.curator.curate(request);
  undoCuration: Corpus['undoCuration'] = () => this.curator.undo();
  removeCurationRule: Corpus['removeCurationRule'] = (id) => this.curator.remove(id);

  graphReady: Corpus['graphReady'] = () => this.cache.ready();
  graphGzip: Corpus['graphGzip'] = (json) => this.cache.gzip(json);
  stats: Corpus['stats'] = () => this.cache.stats();
  documentsByDate: Corpus['documentsByDate'] = () => this.cache.documentsByDate();

  graph: Corpus['graph'] = (filter) => this.graphs.graph(filter);
  graphJson: Corpus['graphJson'] = (filter) => this.graphs.graphJson(filter);
  graphJsonInSteps: Corpus['graphJsonInSteps'] = (filter) => this.graphs.graphJsonInSteps(filter);
  periodChanges: Corpus['periodChanges'] = (period, vs, limit) => this.graphs.periodChanges(period, vs, limit);
  layout: Corpus['layout'] = () => this.graphs.layout();
  saveLayout: Corpus['saveLayout'] = (positions) => this.graphs.saveLayout(positions);

  entity: Corpus['entity'] = (id, period) => this.entities.entity(id, period);
  evidence: Corpus['evidence'] = (source, target, limit, period) => this.entities.evidence(source, target, limit, period);
  linkDocuments: Corpus['linkDocuments'] = (source, target, period) => this.entities.linkDocuments(source, target, period);
  linksEvidence: Corpus['linksEvidence'] = (links, scope) => this.entities.linksEvidence(links, scope);
  documents: Corpus['documents'] = () => this.entities.documents();
  document: Corpus['document'] = (id) => this.entities.document(id);

  close(): void {
    void this.listener?.close();
    this.listener = undefined;
    this.uploads.stopWorker();
    this.store.close();
  }
}
