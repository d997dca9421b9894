/**
 * The corpus service: the one object the API and the CLI talk to. It runs the pipeline
 * (extract → resolve → graph) on documents, keeps them in the store and answers queries.
 */
import type {
  CorpusStats,
  CurationRequest,
  CurationRule,
  DocumentDetail,
  DocumentInput,
  DocumentSummary,
  EntityDetail,
  EdgeWeighting,
  EntityType,
  EvidenceItem,
  IngestOutcome,
  NodePositions,
  Period,
  SerializedGraph,
} from '#model/types';
import type { PeriodChanges } from '#model/changes';
import type { DocumentScope } from '../store/store';
import type { ListenerEvent } from '../store/write-listener';

/**
 * Filters and options of `GET /api/graph` (and of every export); every field is optional and the
 * filters combine with AND.
 */
/** A graph answer's JSON: text, or the same text as UTF-8 bytes. */
export type JsonAnswer = string | Buffer;

export interface GraphFilter {
  /** Keep only nodes of these types. */
  types?: EntityType[];
  /** Keep only edges whose weight (under the chosen weighting) is at least this. */
  minWeight?: number;
  /** Keep only nodes with at least this many mentions. */
  minMentions?: number;
  /** Keep only nodes whose label or an alias contains this text (case and accents ignored), with their neighbours. */
  q?: string;
  /** Keep only entities mentioned in this document, and the edges that document supports. */
  doc?: number;
  /** Keep only what documents dated from this day (YYYY-MM-DD, inclusive) say; undated documents then drop out. */
  from?: string;
  /** … and to this day, inclusive. */
  to?: string;
  /** How edges are weighted (server/graph/weighting.ts); when given, edges also carry `count`. */
  weight?: EdgeWeighting;
  /** Drop edges seen in fewer windows; default 2 for `pmi` and `npmi`, 1 otherwise. Implies `weight=count` when alone. */
  minCount?: number;
  /** Add weightedDegree, pagerank, betweenness and community to every node (server/graph/metrics.ts, communities.ts). */
  metrics?: boolean;
  /** Keep only this many entities, those with the most mentions, and the links among them: the overview a large corpus opens on. */
  top?: number;
}

export interface ParallelIngestOptions {
  /** Worker threads; default one per core but one (defaultWorkers). */
  workers?: number;
  onProgress?: (outcome: IngestOutcome, done: number) => void;
}

export interface Corpus {
  /** Ingests documents one by one, each all or nothing, in batches of a transaction each; `onProgress` is called after each. */
  ingest(inputs: Iterable<DocumentInput>, onProgress?: (outcome: IngestOutcome, done: number) => void): IngestOutcome[];
  /**
   * Ingests as `ingest` does, with the extraction in worker threads (one per core but one by default) and
   * this thread resolving and storing, in input order: the same entities as `ingest`. For bulk
   * loads (the CLI, the benchmarks): nothing else may write to the corpus until it resolves.
   */
  ingestParallel(inputs: Iterable<DocumentInput>, options?: ParallelIngestOptions): Promise<IngestOutcome[]>;
  /**
   * Ingests as `ingest` does, with the texts extracted by a worker thread kept for the purpose, so
   * that the thread that answers requests only resolves and stores (the server's uploads).
   */
  ingestInBackground(inputs: readonly DocumentInput[]): Promise<IngestOutcome[]>;
  /**
   * Resolves once the kept graph is built, building it from the store in steps between which the
   * event loop answers other requests (the first graph of a large store takes seconds).
   */
  graphReady(): Promise<void>;
  /**
   * `graphJson`, with the graph built and its metrics computed in steps between which the event
   * loop answers other requests. A period's answer comes as its UTF-8 bytes, which the API sends as
   * they are: decoding megabytes into a string only to encode them again took a third of its time.
   */
  graphJsonInSteps(filter?: GraphFilter): Promise<JsonAnswer>;
  graph(filter?: GraphFilter): SerializedGraph;
  /** `graph(filter)` as JSON, kept until the graph changes. */
  graphJson(filter?: GraphFilter): string;
  /**
   * The gzip of a graph answer this corpus gave, if it keeps that answer's compressed pieces (the
   * whole graph, while it is the newest); undefined for the others, which are compressed whole.
   */
  graphGzip(json: JsonAnswer): Uint8Array | undefined;
  /**
   * Throws NotFoundError for an unknown id. With a period, its mentions, documents, neighbours and
   * reports are counted in the documents dated in it; `seen` is always the whole corpus's.
   */
  entity(id: string, period?: Period): EntityDetail;
  /** Sentences in which both entities occur (in the period's documents), newest document first; throws NotFoundError for an unknown id. */
  evidence(source: string, target: string, limit?: number, period?: Period): EvidenceItem[];
  /** The entities and links new, gone, grown and shrunk from the period `vs` to `period`, `limit` per list, ranked. */
  periodChanges(period: Period, vs: Period, limit: number): PeriodChanges;
  /** The documents in which two entities are linked (in the period's), with the windows that link them in each, newest first. */
  linkDocuments(source: string, target: string, period?: Period): { id: number; date: string | null; windows: number }[];
  /**
   * All the evidence of many links at once (an export), keyed by `edgeKey`: for each link what
   * `evidence` gives without a limit, read document by document; only the scope's documents (one
   * document, or those of a period). The ids are the graph's.
   */
  linksEvidence(links: Iterable<readonly [source: string, target: string]>, scope?: DocumentScope): Map<string, EvidenceItem[]>;
  /** Every document's summary in order of id, kept until the corpus changes. */
  documents(): readonly DocumentSummary[];
  /** Documents and their mentions per date (null: undated), kept until the corpus changes: the corpus's timeline. */
  documentsByDate(): { date: string | null; documents: number; mentions: number }[];
  /** Throws NotFoundError for an unknown id. */
  document(id: number): DocumentDetail;
  /**
   * Removes a document: its sentences, mentions and evidence, and the entities and links only it
   * supported. The other entities keep their ids; curation rules stay. Throws NotFoundError for an
   * unknown id; returns the summary it had.
   */
  removeDocument(id: number): DocumentSummary;
  stats(): CorpusStats;
  /** The curation rules, newest first (server/curation). */
  curationRules(): CurationRule[];
  /** Checks and stores a curation rule and applies it; NotFoundError for an unknown entity, InputError for a bad request. */
  curate(request: CurationRequest): CurationRule;
  /** Removes the newest rule (NotFoundError when there is none); each call goes one further back. */
  undoCuration(): CurationRule;
  /** Removes one rule by id (NotFoundError when there is none). */
  removeCurationRule(id: number): CurationRule;
  /**
   * Runs every stored document through the pipeline again (after the extractor or the lexicons
   * changed), as a new ingest in the same order; the curation rules are kept and apply again.
   */
  reingest(onProgress?: (outcome: IngestOutcome, done: number) => void): IngestOutcome[];
  /**
   * On a store other processes write to (PostgreSQL, several servers): hears each write they commit
   * and drops what this corpus keeps of the store (its registry, its graph and answers), read again
   * when next asked for. Nothing on SQLite. `told` hears when the listening connection is lost
   * (it is made again) and when it listens again.
   */
  followOtherWrites(told?: (event: ListenerEvent) => void): Promise<void>;
  /**
   * The extractor version that made the stored mentions (undefined for a store older than the
   * record) and the version of this extractor: when they differ, `reingest` brings the store up to date.
   */
  extractorVersions(): { store: string | undefined; current: string };
  /** Where the analyst last left the entities on the map (`saveLayout`); empty when never saved. */
  layout(): NodePositions;
  /** Keeps these positions as the map's, in place of any before; entities the graph does not hold are left out. Returns how many were kept. */
  saveLayout(positions: NodePositions): number;
  close(): void;
}
