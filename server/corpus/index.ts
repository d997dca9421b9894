/**
 * The corpus service over a SQLite store: ingests documents through the pipeline, each document
 * all or nothing (a batch of documents shares a transaction; when one fails, the batch is rolled
 * back and the documents before it are stored again), and answers the
 * queries of the API and the CLI. The graph is built from the store when first asked for; a new
 * document then updates it in place, and answers derived from it are kept until it changes.
 */
import path from 'node:path';
import { findRepoRoot } from '../config';
import { loadLexicon, type Lexicon } from '../extract/lexicon';
import { DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from '../extract/options';
import { hasWordPrefix, nameKey } from '../extract/normalize';
import {
  addDocument,
  addWindows,
  assignDegrees,
  buildGraph,
  edgeKey,
  removeWindows,
  replaceNode,
  type NodeIncrement,
  type PlexusGraph,
  type WindowRow,
} from '../graph/cooccurrence';
import { filterGraph, mostMentioned, serializeGraph } from '../graph/filter';
import { nodeMetrics, nodeMetricsInSteps, type NodeMetrics } from '../graph/metrics';
import { forEachWindowPair, windowPartners } from '../graph/window-pairs';
import { GraphJson } from '../graph/graph-json';
import { mergeCopies } from '../graph/statements';
import { defaultMinCount, edgeWeights } from '../graph/weighting';
import { InputError, NotFoundError } from '../model/errors';
import {
  ENTITY_TYPES,
  type CooccurrenceWindow,
  type CorpusStats,
  type CurationRequest,
  type CurationRule,
  type DocumentDetail,
  type DocumentInput,
  type DocumentSummary,
  type EdgeAttributes,
  type EntityDetail,
  type EvidenceItem,
  type IngestOutcome,
  type MergeRecord,
  type EdgeWeighting,
  type NodePositions,
  type Period,
  type ResolvedMention,
  type Sentence,
  type SerializedGraph,
} from '../model/types';
import { curationPlan, type CurationPlan } from '../curation/rules';
import { EntityRegistry, type LinkResult } from '../resolve/registry';
import { CurationStore } from '../store/curation';
import { isScoped, Store, type DocumentScope } from '../store/store';
import { contentHash } from './content-hash';
import { checkCuration, mergeRecords } from './curation';
import { defaultWorkers, ExtractPool, STALL_IN_FLIGHT_PER_WORKER } from './extract-pool';
import { unpackExtraction, type PackedExtraction } from './extraction-codec';
import { changesBetween } from '../graph/changes';
import { graphOfWindows, neighboursOf, seenIn } from './periods';
import { processDocument, type PriorExtraction } from './pipeline';
import { extractAhead } from './prior-extraction';
import { extractorDataDirs, extractorVersion } from '../extract/version';
import type { Corpus, GraphFilter, ParallelIngestOptions, PeriodChanges } from './types';

export type { Corpus, GraphFilter, ParallelIngestOptions } from './types';

export interface CorpusOptions {
  dbPath: string;
  window?: CooccurrenceWindow;
  /** Folder of the lexicon files; default `data/lexicons` of the repository. */
  lexiconDir?: string;
  extract?: ExtractOptions;
}

export { contentHash } from './content-hash';

let sharedLexicon: { dir: string; lexicon: Lexicon; tokenised: Map<string, string[]> } | undefined;

/** Lexicons are read once per process and folder; their tokenised phrases go to the extraction workers. */
function lexiconFrom(dir: string): { lexicon: Lexicon; tokenised: Map<string, string[]> } {
  if (sharedLexicon?.dir !== dir) {
    const tokenised = new Map<string, string[]>();
    sharedLexicon = { dir, lexicon: loadLexicon(dir, tokenised), tokenised };
  }
  return sharedLexicon;
}

/** Documents per transaction in an ingest's first batch: committing is the costliest step of storing a small document. */
export const INGEST_BATCH = 256;

/**
 * A batch is also committed once it has taken this long, so that a crash or a power cut loses at
 * most the last half second of work (BULK_BATCH_MS in a long ingest), and other processes see the
 * ingest progress.
 */
export const INGEST_BATCH_MS = 500;

/**
 * The same in a long ingest, once its first batch is committed: 1,024 documents or two seconds.
 * Every commit writes again each index page its batch changed (names and mentions by entity land
 * all over their indexes), so that longer batches write fewer bytes: over 10,000 bench documents,
 * 0.52 GB in 23 commits instead of 1.01 GB in 61, and 1.6 s of commits instead of 3.0 s.
 */
export const BULK_BATCH = 1024;
export const BULK_BATCH_MS = 2000;

/** How many documents, and how much time, one transaction takes at most. */
interface BatchLimits {
  documents: number;
  ms: number;
}

const FIRST_BATCH: BatchLimits = { documents: INGEST_BATCH, ms: INGEST_BATCH_MS };
const LONG_BATCH: BatchLimits = { documents: BULK_BATCH, ms: BULK_BATCH_MS };

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

/** A graph answer as `graph` serves it, before its metrics. */
interface GraphView {
  shown: PlexusGraph;
  weighting: { weighting: EdgeWeighting; minCount: number } | undefined;
  metrics: boolean;
  positiveWeight: (attributes: EdgeAttributes) => number;
}

/** The key of a graph answer kept as JSON: the filter, whatever the order of its fields. */
const serializedKey = (filter: GraphFilter): string => JSON.stringify(filter, Object.keys(filter).sort());

/** The keys of the links that window rows (of one document, sorted by window) make. */
function pairKeys(rows: readonly WindowRow[]): Set<string> {
  const keys = new Set<string>();
  for (let start = 0; start < rows.length;) {
    let end = start;
    while (end < rows.length && rows[end].unit === rows[start].unit) end++;
    forEachWindowPair(
      rows.slice(start, end).map((row) => row.entity),
      (a, b) => keys.add(edgeKey(a, b)),
    );
    start = end;
  }
  return keys;
}

/** A document to store, with its extraction when one was made ahead of the writer. */
interface Extracting {
  input: DocumentInput;
  prior?: PriorExtraction;
}

function* extracting(inputs: Iterable<DocumentInput>): Generator<Extracting> {
  for (const input of inputs) yield { input };
}

const made = (slot: Ahead) => slot.prior !== undefined || slot.packed !== undefined;

/** Lets the event loop deliver the workers' answers. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Documents whose windows one step of a stepwise graph build adds: on bench documents, a few tens
 * of milliseconds, after which the event loop answers other requests.
 */
const BUILD_STEP_DOCUMENTS = 250;

/** Serialised graphs kept per filter; the explorer asks for a handful of them. */
const SERIALIZED_KEPT = 8;

/** What a stored document changes in a built graph, and the entities it merged into others. */
interface GraphChange {
  entities: NodeIncrement[];
  rows: WindowRow[];
  merged: { from: string; into: string }[];
}

/** What a stored document adds: to the graph, and to the corpus counts. */
interface Change {
  /** 'rebuild' when the graph cannot be grown in place (curation rules apply). */
  graph: GraphChange | 'rebuild';
  words: number;
  mentions: number;
}

type Counts = ReturnType<Store['counts']>;

export function openCorpus(options: CorpusOptions): Corpus {
  return new StoredCorpus(options);
}

class StoredCorpus implements Corpus {
  private readonly store: Store;
  private readonly curation: CurationStore;
  private readonly window: CooccurrenceWindow;
  private readonly lexicon: Lexicon;
  private readonly lexiconDir: string;
  private readonly extractOptions: ExtractOptions;
  private readonly extractorVersion: string;
  private registry: EntityRegistry;
  private cachedGraph: PlexusGraph | undefined;
  /** JSON of graph answers by filter, for the graph as it is now. */
  private readonly serialized = new Map<string, string>();
  /** The JSON of the whole graph in pieces, kept across changes that say what they touched. */
  private readonly wholeJson = new GraphJson();
  /** Documents, words and mentions, counted once and then kept up to date by each new document. */
  private counts: Counts | undefined;
  /** Documents and mentions per date, read once until the corpus changes (the timeline). */
  private dates: { date: string | null; documents: number; mentions: number }[] | undefined;
  /** Entities of the kept graph by type, counted once and then kept up to date with it. */
  private byType: CorpusStats['byType'] | undefined;
  /** Uploads extracted and waiting to be stored, with the outcomes of those of their documents already stored. */
  private pendingWrites: { items: Extracting[]; done: IngestOutcome[]; resolve: (outcomes: IngestOutcome[]) => void; reject: (error: unknown) => void }[] = [];
  /** The stepwise build of the kept graph under way (graphReady). */
  private building: Promise<void> | undefined;
  /** Counts the changes to the store, so that a stepwise build knows whether one came during it. */
  private changes = 0;
  /** The worker that extracts uploads (ingestInBackground), once there was one. */
  private background: { pool: ExtractPool } | undefined;

  constructor(options: CorpusOptions) {
    this.store = new Store(options.dbPath);
    this.curation = new CurationStore(this.store.db);
    this.window = options.window ?? 'sentence';
    this.lexiconDir = options.lexiconDir ?? path.join(findRepoRoot(), 'data', 'lexicons');
    this.lexicon = lexiconFrom(this.lexiconDir).lexicon;
    this.extractOptions = options.extract ?? DEFAULT_EXTRACT_OPTIONS;
    this.registry = this.loadRegistry();
    this.extractorVersion = extractorVersion(extractorDataDirs(this.lexiconDir));
    // An empty store is made by this extractor from its first document on.
    if (this.registry.size === 0 && this.store.counts().documents === 0) this.store.recordExtractorVersion(this.extractorVersion);
    // An empty store's graph is empty: kept from the start, it then grows document by document
    // instead of being built from every mention after a bulk ingest.
    if (this.registry.size === 0) this.cachedGraph = buildGraph([], []);
  }

  private loadRegistry(): EntityRegistry {
    const rows = this.store.registryRows();
    return EntityRegistry.from(rows.entities, rows.keys, rows.merges, rows.names);
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

  async ingestInBackground(inputs: readonly DocumentInput[]): Promise<IngestOutcome[]> {
    const pool = this.backgroundPool();
    let priors: (PriorExtraction | undefined)[] = [];
    if (pool) {
      try {
        priors = await Promise.all(inputs.map(async (input) => unpackExtraction(input.text, await pool.queued(input.text))));
      } catch {
        // A worker that failed is not used again; the texts are extracted here instead.
        this.closeBackgroundPool();
      }
    }
    // Stored in the middle of a stepwise build, the documents would make it start again.
    if (this.building) await this.building;
    return new Promise((resolve, reject) => {
      this.pendingWrites.push({ items: inputs.map((input, i) => ({ input, prior: priors[i] })), done: [], resolve, reject });
      if (this.pendingWrites.length === 1) setImmediate(() => this.storePendingWrites());
    });
  }

  /**
   * Stores the uploads whose extractions came back since the last turn of the event loop, in the
   * order they came, in shared transactions: a commit costs more than storing a small document.
   * Each document is still all or nothing; a document that fails fails its own upload only, and the
   * uploads after it are stored in the next turn.
   */
  private storePendingWrites(): void {
    const writes = this.pendingWrites;
    this.pendingWrites = [];
    const queue = writes.flatMap((write) => write.items.slice(write.done.length).map((item) => ({ ...item, write })));
    let reported = 0;
    const iterator = queue[Symbol.iterator]();
    const links: LinkResult[] = [];
    try {
      for (let done = false; !done;) {
        done = this.ingestBatch(
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
        else this.pendingWrites.push(write);
      }
      if (this.pendingWrites.length > 0) setImmediate(() => this.storePendingWrites());
    } finally {
      this.background?.pool.linked(links);
    }
  }

  /**
   * The worker that extracts uploads, started with the first of them and kept: a worker takes
   * about half a second to be ready. None where the extractor is not compiled (the worker thread
   * cannot load TypeScript sources): uploads are then extracted on this thread.
   */
  private backgroundPool(): ExtractPool | undefined {
    if (this.background) return this.background.pool;
    if (path.extname(__filename) !== '.js') return undefined;
    const { entities, keys } = this.store.registryRows();
    const pool = new ExtractPool(1, {
      lexiconDir: this.lexiconDir,
      tokenised: lexiconFrom(this.lexiconDir).tokenised,
      options: this.extractOptions,
      registry: { entities, keys },
    });
    pool.unref();
    this.background = { pool };
    return pool;
  }

  private closeBackgroundPool(): void {
    void this.background?.pool.close();
    this.background = undefined;
  }

  /**
   * The writer takes documents in input order. Extractions are made ahead by the workers, a few
   * documents each at a time; while the next document is still with a worker, the writer extracts
   * the first one nobody has taken, so that no core waits (worker start-up included).
   */
  async ingestParallel(inputs: Iterable<DocumentInput>, options: ParallelIngestOptions = {}): Promise<IngestOutcome[]> {
    // The workers' KnownTypes start from the stored entities and names; merges do not change them.
    const { entities, keys } = this.store.registryRows();
    const pool = new ExtractPool(options.workers ?? defaultWorkers(), {
      lexiconDir: this.lexiconDir,
      tokenised: lexiconFrom(this.lexiconDir).tokenised,
      options: this.extractOptions,
      registry: { entities, keys },
    });
    const outcomes: IngestOutcome[] = [];
    const iterator = inputs[Symbol.iterator]();
    const ahead: Ahead[] = [];
    const maxAhead = AHEAD_PER_WORKER * pool.size;
    let exhausted = false;
    const read = (): Ahead | undefined => {
      if (exhausted || ahead.length >= maxAhead) return undefined;
      const next = iterator.next();
      if (next.done) {
        exhausted = true;
        return undefined;
      }
      const slot: Ahead = { input: next.value };
      ahead.push(slot);
      return slot;
    };
    const untaken = () => ahead.find((slot) => !made(slot) && !slot.pending) ?? read();
    const dispatch = (depth?: number) => {
      for (let slot = pool.hasRoom(depth) ? untaken() : undefined; slot; slot = pool.hasRoom(depth) ? untaken() : undefined) {
        const taken = slot;
        taken.pending = pool.extract(taken.input.text, depth).then((packed) => {
          taken.packed = packed;
        });
        // A worker's failure is thrown where the writer awaits it, if it gets that far.
        taken.pending.catch(() => undefined);
      }
    };
    /**
     * The documents stored in the open transaction, should it have to be redone; their extractions
     * are not kept, so that they still die young (see Ahead), and a redo makes them again.
     */
    let stored: DocumentInput[] = [];
    let until = 0;
    let limits = FIRST_BATCH;
    const commit = () => {
      // The workers get more texts first, so that they keep extracting while the writer commits.
      dispatch(STALL_IN_FLIGHT_PER_WORKER);
      this.store.commit();
      stored = [];
    };
    try {
      for (;;) {
        pool.throwIfFailed();
        dispatch();
        const item = ahead[0] ?? read();
        if (!item) break;
        if (!made(item) && item.pending) {
          const spare = untaken();
          if (spare) {
            spare.prior = extractAhead(spare.input.text, this.lexicon, this.extractOptions, (name) => this.registry.knownType(name));
            await turn();
            continue;
          }
          await item.pending;
        }
        ahead.shift();
        if (!this.store.inTransaction) {
          this.store.begin();
          until = Date.now() + limits.ms;
        }
        const prior = item.prior ?? (item.packed && unpackExtraction(item.input.text, item.packed));
        const { outcome, link } = this.ingestOne(item.input, prior);
        stored.push(item.input);
        if (link) pool.linked([link]);
        outcomes.push(outcome);
        options.onProgress?.(outcome, outcomes.length);
        if (stored.length >= limits.documents || Date.now() >= until) {
          commit();
          if (limits !== LONG_BATCH) {
            // More documents after a full batch: a long ingest, as in ingest.
            this.store.beginBulkWrites();
            limits = LONG_BATCH;
          }
        }
        await turn();
      }
      commit();
    } catch (error) {
      // As in ingest: what was stored before the failure is kept, the failed document is not.
      this.store.rollback();
      throw this.redo(stored, error);
    } finally {
      if (limits === LONG_BATCH) this.store.endBulkWrites();
      await pool.close();
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
  private ingestBatch(inputs: Iterator<Extracting>, report: (outcome: IngestOutcome, link?: LinkResult) => void, limits: BatchLimits): boolean {
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
  private redo(stored: readonly DocumentInput[], failure: unknown): unknown {
    this.registry = this.loadRegistry();
    this.invalidate();
    if (stored.length === 0) return failure;
    try {
      this.store.transaction(() => {
        for (const input of stored) this.ingestOne(input);
      });
      return failure;
    } catch (again) {
      this.registry = this.loadRegistry();
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
   * and a failure is rare enough to be paid for by redoing its batch (redo). The kept graph and
   * counts take the document at once rather than when its batch commits: what this connection
   * reads already holds it, a batch's changes kept until its commit would outlive the young
   * generation of the heap, and a parallel ingest's writer would stall its workers while applying
   * them all at once. Should the batch be rolled back, redo drops them. Returns what linking the
   * document changed in the registry, which the workers of a parallel ingest are sent.
   */
  private ingestOne(input: DocumentInput, prior?: PriorExtraction): { outcome: IngestOutcome; link?: LinkResult } {
    const source = input.sourcePath || input.title;
    if (!/\S/.test(input.text)) return { outcome: { status: 'refused', source, reason: `${source}: the document is empty` } };
    const hash = prior?.hash ?? contentHash(input.text);
    const existing = this.store.findDocumentByHash(hash);
    if (existing) return { outcome: { status: 'duplicate', source, document: existing } };
    const processed = processDocument(input.text, this.lexicon, this.registry, this.extractOptions, prior, input.correspondents);
    this.store.applyLink(processed.link);
    const document = this.store.insertDocument(input, hash, processed.words, processed.sentences, processed.mentions);
    const id = document.id;
    // The curation rules hold for this document too; a merge by the resolver may move older
    // mentions. Without rules there is nothing to apply: a mention's entity is the resolver's.
    const rules = this.curation.rules();
    if (rules.length > 0) this.curation.apply(this.plan(rules), processed.link.merged.length > 0 ? undefined : id);
    // Under curation a mention's entity, label and type may differ from the resolver's: the graph
    // is built again from the store rather than grown from what the resolver said.
    const graph = rules.length > 0 ? ('rebuild' as const) : this.graphChange(id, processed.sentences, processed.mentions, processed.link.merged);
    this.changed({ graph, words: processed.words, mentions: document.mentions });
    return { outcome: { status: 'added', source, document }, link: processed.link };
  }

  /** A new document's entities and windows, as the graph counts them (see buildGraph). */
  private graphChange(doc: number, sentences: readonly Sentence[], mentions: readonly ResolvedMention[], merged: GraphChange['merged']): GraphChange {
    const entities = new Map<string, NodeIncrement>();
    const rows: WindowRow[] = [];
    for (const m of mentions) {
      let e = entities.get(m.entity);
      if (!e) {
        const registered = this.registry.get(m.entity);
        e = { id: m.entity, label: registered?.label ?? m.name, type: registered?.type ?? m.type, mentions: 0, reports: 0 };
        entities.set(m.entity, e);
      }
      if (m.source === 'text') e.mentions += 1;
      if (m.role === 'reporting') e.reports += 1;
      if (m.role === 'subject') {
        const unit = this.window === 'sentence' ? m.sentence : this.window === 'paragraph' ? sentences[m.sentence].paragraph : 0;
        rows.push({ doc, unit, entity: m.entity });
      }
    }
    rows.sort((a, b) => a.unit - b.unit);
    return { entities: [...entities.values()], rows, merged };
  }

  /** Answers derived from the store and the graph are dropped; the graph is built again when next asked for. */
  private invalidate(): void {
    this.forgetAnswers();
    this.cachedGraph = undefined;
  }

  /** Answers derived from the store (JSON, counts) are dropped; the kept graph stays, for the caller to update. */
  private forgetAnswers(): void {
    this.changes += 1;
    this.serialized.clear();
    this.wholeJson.clear();
    this.counts = undefined;
    this.byType = undefined;
    this.dates = undefined;
  }

  /**
   * The kept graph and counts after a stored document, updated in place: its entities and windows
   * are added, then every entity that absorbed another (a merge) has its node and links rebuilt
   * from the store, which by then holds the document.
   */
  private changed(change: Change): void {
    this.changes += 1;
    this.serialized.clear();
    this.dates = undefined;
    if (this.counts) {
      this.counts = { documents: this.counts.documents + 1, words: this.counts.words + change.words, mentions: this.counts.mentions + change.mentions };
    }
    const graph = this.cachedGraph;
    if (!graph) return;
    if (change.graph === 'rebuild') {
      this.cachedGraph = undefined;
      this.wholeJson.clear();
      this.byType = undefined;
      return;
    }
    const { entities, rows, merged } = change.graph;
    if (this.byType) for (const e of entities) if (!graph.hasNode(e.id)) this.byType[e.type] += 1;
    addDocument(graph, entities, rows);
    this.wholeJson.touchNodes(entities.map((e) => e.id));
    this.wholeJson.touchEdges(pairKeys(rows));
    if (merged.length === 0) return;
    this.byType = undefined;
    this.wholeJson.clear();
    const neighbours = new Set<string>();
    for (const { from } of merged) {
      if (!graph.hasNode(from)) continue;
      graph.forEachNeighbor(from, (neighbour) => neighbours.add(neighbour));
      graph.dropNode(from);
    }
    for (const into of new Set(merged.map((m) => this.registry.canonicalId(m.into)))) {
      const node = this.store.node(into);
      if (node) replaceNode(graph, node, this.store.windowRowsAround(into, this.window));
    }
    for (const id of neighbours) if (graph.hasNode(id)) graph.setNodeAttribute(id, 'degree', graph.degree(id));
  }

  /** The curation rules over the resolver as it is now. */
  private plan(rules: readonly CurationRule[] = this.curation.rules()): CurationPlan {
    return curationPlan(rules, {
      resolve: (id) => this.registry.canonicalId(id),
      typeOf: (id) => this.registry.get(id)?.type,
    });
  }

  /** The entity an id names now: after the resolver's merges and those people made. */
  private currentId(id: string, plan: CurationPlan = this.plan()): string {
    return plan.follow(this.registry.canonicalId(id));
  }

  curationRules(): CurationRule[] {
    return this.curation.rules().reverse();
  }

  curate(request: CurationRequest): CurationRule {
    const plan = this.plan();
    const graph = this.graphOf();
    const checked = checkCuration(request, {
      currentId: (id) => this.currentId(id, plan),
      has: (id) => graph.hasNode(id),
      label: (id) => graph.getNodeAttribute(id, 'label'),
      aliases: (id) => this.store.aliases(id).map((alias) => alias.name),
    });
    return this.changeCuration(() => this.curation.addRule(checked.request, checked.created));
  }

  undoCuration(): CurationRule {
    const last = this.curation.lastRule();
    if (!last) throw new NotFoundError('there is no curation to undo');
    return this.removeCurationRule(last.id);
  }

  removeCurationRule(id: number): CurationRule {
    return this.changeCuration(() => {
      const removed = this.curation.deleteRule(id);
      if (!removed) throw new NotFoundError(`no curation rule with id ${id}`);
      return removed;
    });
  }

  /** Changes the rules and applies them to every document, in one transaction; the graph is built again. */
  private changeCuration(change: () => CurationRule): CurationRule {
    const rule = this.store.transaction(() => {
      const changed = change();
      this.curation.apply(this.plan());
      return changed;
    });
    this.invalidate();
    return rule;
  }

  removeDocument(id: number): DocumentSummary {
    // Its windows as the graph counts them, read while it is stored.
    const rows = [...this.store.windowRows(this.window, { doc: id })];
    const entities = new Set(this.store.document(id)?.mentions.map((m) => m.entity));
    const rules = this.curation.rules();
    const removed = this.store.transaction(() => {
      const deleted = this.store.deleteDocument(id);
      if (!deleted) throw new NotFoundError(`no document with id ${id}`);
      if (rules.length > 0) this.curation.apply(this.plan(rules));
      return deleted;
    });
    this.registry = this.loadRegistry();
    // The upload worker knows the names of what was removed: it starts again from the store.
    this.closeBackgroundPool();
    this.forgetAnswers();
    const graph = this.cachedGraph;
    // Under curation the graph's entities are not the resolver's: it is built again, as after an ingest.
    if (!graph || rules.length > 0) {
      this.cachedGraph = undefined;
      return removed.summary;
    }
    const touched = removeWindows(graph, rows);
    for (const entity of entities) {
      if (!graph.hasNode(entity)) continue;
      const node = this.store.node(entity);
      if (!node || removed.deletedEntities.includes(entity)) {
        graph.forEachNeighbor(entity, (neighbour) => touched.add(neighbour));
        graph.dropNode(entity);
        continue;
      }
      graph.mergeNodeAttributes(entity, { label: node.label, type: node.type, mentions: node.mentions, documents: node.documents, reports: node.reports });
    }
    for (const node of touched) if (graph.hasNode(node)) graph.setNodeAttribute(node, 'degree', graph.degree(node));
    return removed.summary;
  }

  reingest(onProgress?: (outcome: IngestOutcome, done: number) => void): IngestOutcome[] {
    // One transaction around all of it: until it commits, readers see the corpus as it was, and a
    // failure half-way leaves every document where it was.
    try {
      return this.store.transaction(() => {
        const inputs = this.store.takeDocumentsForReingest();
        this.registry = this.loadRegistry();
        this.closeBackgroundPool();
        this.invalidate();
        const outcomes = this.ingest(inputs, onProgress);
        this.store.recordExtractorVersion(this.extractorVersion);
        return outcomes;
      });
    } catch (error) {
      this.registry = this.loadRegistry();
      this.invalidate();
      throw error;
    }
  }

  graphReady(): Promise<void> {
    if (this.cachedGraph) return Promise.resolve();
    this.building ??= this.buildInSteps().finally(() => {
      this.building = undefined;
    });
    return this.building;
  }

  /**
   * The graph built from the store as graphOf builds it, a few hundred documents a step, the event
   * loop free between the steps. Should the store change meanwhile, the graph is dropped, and the
   * next request builds it at once.
   */
  private async buildInSteps(): Promise<void> {
    const changes = this.changes;
    const graph = buildGraph(this.store.nodes(), []);
    await turn();
    const last = this.store.lastDocumentId();
    for (let after = 0; after < last && this.changes === changes; after += BUILD_STEP_DOCUMENTS) {
      addWindows(graph, this.store.windowRowsOfDocuments(this.window, after, after + BUILD_STEP_DOCUMENTS));
      await turn();
    }
    if (this.changes !== changes || this.cachedGraph) return;
    assignDegrees(graph);
    this.cachedGraph = graph;
    this.wholeJson.clear();
    this.byType = undefined;
  }

  extractorVersions(): { store: string | undefined; current: string } {
    return { store: this.store.extractorVersion(), current: this.extractorVersion };
  }

  layout(): NodePositions {
    return this.store.layoutPositions();
  }

  saveLayout(positions: NodePositions): number {
    const graph = this.graphOf();
    const kept = Object.entries(positions)
      .filter(([id]) => graph.hasNode(id))
      .map(([id, [x, y]]) => [id, x, y] as const);
    this.store.saveLayoutPositions(kept);
    return kept.length;
  }

  private graphOf(): PlexusGraph {
    if (!this.cachedGraph) {
      this.wholeJson.clear();
      this.cachedGraph = buildGraph(this.store.nodes(), this.store.windowRows(this.window));
      this.byType = undefined;
    }
    return this.cachedGraph;
  }

  graph(filter: GraphFilter = {}): SerializedGraph {
    const view = this.view(filter);
    return this.serializeView(view, view.metrics ? nodeMetrics(view.shown, { positiveWeight: view.positiveWeight }) : undefined);
  }

  /** What `graph` serves before its metrics: the graph filtered and weighted as the filter says. */
  private view(filter: GraphFilter): GraphView {
    const scope: DocumentScope = { doc: filter.doc, from: filter.from, to: filter.to };
    let base = this.scopedGraph(scope);
    // A weighting is applied before the filters, so that minWeight thresholds the chosen measure;
    // PMI's counts are those of the corpus (or of the one document), whatever the filters hide.
    const weighting = filter.weight ?? (filter.minCount === undefined ? undefined : 'count');
    const minCount = weighting && (filter.minCount ?? defaultMinCount(weighting));
    if (weighting) {
      const weighted: PlexusGraph = base.copy();
      const counts = weighting === 'pmi' || weighting === 'npmi' ? this.store.windowCounts(this.window, scope) : undefined;
      const statements = weighting === 'statements' ? this.statementCounts(base, scope) : undefined;
      edgeWeights.assign(weighted, { weighting, minCount, counts, statements });
      base = weighted;
    }
    const q = filter.q ? nameKey(filter.q) : '';
    const matches = q ? this.searchMatcher(q, base) : undefined;
    // Without a filter the graph is served as it is, metrics included: they are laid over its nodes as it is serialised.
    const unfiltered = !filter.types?.length && filter.minMentions === undefined && filter.minWeight === undefined && !q;
    const filtered = unfiltered ? base : filterGraph(base, filter, { matches });
    const shown = filter.top !== undefined && filtered.order > filter.top ? mostMentioned(filtered, filter.top) : filtered;
    // Metrics describe what is shown: they are computed on the filtered graph. PMI can be
    // negative, so PageRank and Louvain follow the co-occurrence count then.
    const positiveWeight = weighting === 'pmi' || weighting === 'npmi' ? (a: EdgeAttributes) => a.count ?? a.weight : (a: EdgeAttributes) => a.weight;
    return { shown, weighting: weighting && minCount !== undefined ? { weighting, minCount } : undefined, metrics: filter.metrics === true, positiveWeight };
  }

  /** Each link's distinct statements; a statement is a sentence, so the weighting needs sentence windows. */
  private statementCounts(graph: PlexusGraph, scope: DocumentScope): Map<string, number> {
    if (this.window !== 'sentence') {
      throw new InputError(`weight=statements counts sentences, but this store links entities by ${this.window}: choose another weighting`);
    }
    return this.store.statementCounts((entity) => graph.hasNode(entity), scope);
  }

  /** The graph of the scope's documents alone (the kept graph when it is every document), between the entities they mention. */
  private scopedGraph(scope: DocumentScope): PlexusGraph {
    if (!isScoped(scope)) return this.graphOf();
    if (scope.doc !== undefined && !this.store.documentHeader(scope.doc)) throw new NotFoundError(`no document with id ${scope.doc}`);
    const rows = [...this.store.windowRows(this.window, scope)];
    const inScope = new Set(rows.map((row) => row.entity));
    return buildGraph(
      this.store.nodes(scope).filter((n) => inScope.has(n.id)),
      rows,
    );
  }

  periodChanges(period: Period, vs: Period, limit: number): PeriodChanges {
    const documents = (scope: Period) => this.store.documentIdsNewestFirst(scope).length;
    return {
      period: { ...period, documents: documents(period) },
      vs: { ...vs, documents: documents(vs) },
      ...changesBetween(this.scopedGraph(vs), this.scopedGraph(period), limit),
    };
  }

  private serializeView(view: GraphView, metrics: Record<string, NodeMetrics> | undefined): SerializedGraph {
    return serializeGraph(view.shown, this.window, view.weighting, metrics && ((node) => metrics[node]));
  }

  async graphJsonInSteps(filter: GraphFilter = {}): Promise<string> {
    await this.graphReady();
    const key = serializedKey(filter);
    const kept = this.serialized.get(key);
    if (kept !== undefined || !filter.metrics) return kept ?? this.graphJson(filter);
    const changes = this.changes;
    const view = this.view(filter);
    const metrics = await nodeMetricsInSteps(view.shown, { positiveWeight: view.positiveWeight });
    // The graph changed while its metrics were computed: they are computed again, at once.
    if (this.changes !== changes) return this.graphJson(filter);
    return this.keepSerialized(key, JSON.stringify(this.serializeView(view, metrics)));
  }

  /** The graph answer as JSON, kept until the graph changes: the explorer asks for the same few. */
  graphJson(filter: GraphFilter = {}): string {
    const key = serializedKey(filter);
    const json = this.serialized.get(key);
    if (json !== undefined) return json;
    const whole = Object.values(filter).every((value) => value === undefined || value === false);
    return this.keepSerialized(key, whole ? this.wholeJson.serialize(this.graphOf(), this.window) : JSON.stringify(this.graph(filter)));
  }

  graphGzip(json: string): Buffer | undefined {
    return this.wholeJson.gzip(json);
  }

  private keepSerialized(key: string, json: string): string {
    if (this.serialized.size >= SERIALIZED_KEPT) this.serialized.delete(this.serialized.keys().next().value ?? '');
    this.serialized.set(key, json);
    return json;
  }

  /** Entities whose label or any name they are known by has a word that starts with the search text. */
  private searchMatcher(q: string, graph: PlexusGraph): (id: string) => boolean {
    const plan = this.plan();
    const hits = new Set([...this.registry.search(q)].map((id) => plan.follow(id)));
    // Labels given by curation (a rename, a split) are not the resolver's names.
    for (const [id, change] of plan.overrides) if (change.label !== undefined && graph.hasNode(id) && hasWordPrefix(nameKey(change.label), q)) hits.add(id);
    return (id) => hits.has(id);
  }

  entity(id: string, period: Period = {}): EntityDetail {
    const graph = this.graphOf();
    const plan = this.plan();
    const canonical = this.currentId(id, plan);
    if (!graph.hasNode(canonical)) throw new NotFoundError(`no entity with id '${id}'`);
    const node = graph.getNodeAttributes(canonical);
    const scoped = isScoped(period);
    // Within a period, its links are those of its windows in the period's documents.
    const links = scoped ? graphOfWindows(graph, this.store.windowRowsAround(canonical, this.window, period)) : graph;
    const reported = this.store
      .reported(canonical, period)
      .filter((r) => graph.hasNode(r.id))
      .map((r) => ({ id: r.id, label: graph.getNodeAttribute(r.id, 'label'), type: graph.getNodeAttribute(r.id, 'type'), count: r.count }));
    const titles = this.store.titles(canonical);
    const everywhere = this.store.entityDocuments(canonical);
    const documentList = scoped ? this.store.entityDocuments(canonical, period) : everywhere;
    return {
      id: canonical,
      label: node.label,
      type: node.type,
      ...(titles.length > 0 ? { title: titles[0].name } : {}),
      titles,
      aliases: this.store.aliases(canonical),
      merges: this.mergesInto(canonical, plan),
      mentions: scoped ? documentList.reduce((sum, doc) => sum + doc.mentions, 0) : node.mentions,
      documents: documentList.length,
      neighbours: neighboursOf(links, canonical),
      documentList,
      seen: seenIn(everywhere.map((doc) => doc.date)),
      reported,
    };
  }

  /** Why each name and entity belongs to this one: the resolver's reasons, then the merges people made. */
  private mergesInto(id: string, plan: CurationPlan): MergeRecord[] {
    const resolver = { names: this.store.namesWithReasons(id), merges: this.curation.resolverMerges(id) };
    // An entity merged by a person is still the resolver's, under its own label.
    const labelOf = (from: string) => (this.registry.canonicalId(from) === from ? (this.registry.get(from)?.label ?? null) : null);
    return mergeRecords(id, resolver, plan, labelOf);
  }

  evidence(source: string, target: string, limit = 50, period: Period = {}): EvidenceItem[] {
    const [a, b] = this.linkIds(source, target);
    const items: EvidenceItem[] = [];
    for (const { doc, unit } of this.linkWindows(a, b, period)) {
      const header = this.store.documentHeader(doc);
      for (const s of this.store.windowSentences(doc, this.window, unit, [a, b])) {
        items.push({
          document: header,
          sentence: { index: s.sentence.index, begin: s.sentence.begin, end: s.sentence.end, text: s.text },
          mentions: s.mentions.map((m) => ({ begin: m.begin, end: m.end, entity: m.entity_id, text: m.text })),
        });
      }
      if (items.length >= limit && mergeCopies(items).length >= limit) break;
    }
    return mergeCopies(items).slice(0, limit);
  }

  linkDocuments(source: string, target: string, period: Period = {}): { id: number; date: string | null; windows: number }[] {
    const [a, b] = this.linkIds(source, target);
    const documents = new Map<number, { id: number; date: string | null; windows: number }>();
    for (const { doc, date } of this.linkWindows(a, b, period)) {
      const found = documents.get(doc);
      if (found) found.windows += 1;
      else documents.set(doc, { id: doc, date, windows: 1 });
    }
    return [...documents.values()];
  }

  /** The graph's ids of two entities given by any id they had; NotFoundError for an unknown one, InputError for one entity twice. */
  private linkIds(source: string, target: string): [string, string] {
    const graph = this.graphOf();
    const plan = this.plan();
    const a = this.currentId(source, plan);
    const b = this.currentId(target, plan);
    for (const [given, id] of [
      [source, a],
      [target, b],
    ]) {
      if (!graph.hasNode(id)) throw new NotFoundError(`no entity with id '${given}'`);
    }
    if (a === b) throw new InputError('source and target must be two different entities');
    return [a, b];
  }

  /** The windows that make the link between a and b (as the graph counts them), newest document first. */
  private *linkWindows(a: string, b: string, period: Period): Generator<{ doc: number; date: string | null; unit: number }> {
    const graph = this.graphOf();
    for (const window of this.store.cooccurringWindows(a, b, this.window, period)) {
      const members = this.store.windowMembers(window.doc, this.window, window.unit).filter((id) => graph.hasNode(id));
      if (windowPartners(members, a).includes(b)) yield window;
    }
  }

  /**
   * One pass over the documents instead of `evidence` for each link, which for every link asks for
   * its windows and then for each window's sentences and mentions: an export of every link of a
   * 10,000-document corpus (440,000 of them) did not end in 150 s that way. The same windows,
   * sentences and mentions, in the same order (newest document first, then by window and sentence);
   * a sentence copied into several documents is listed for each (an export's row per document).
   */
  linksEvidence(links: Iterable<readonly [source: string, target: string]>, scope: DocumentScope = {}): Map<string, EvidenceItem[]> {
    const found = new Map<string, EvidenceItem[]>();
    for (const [source, target] of links) found.set(edgeKey(source, target), []);
    if (found.size === 0) return found;
    const graph = this.graphOf();
    const unitOf = (sentence: Sentence) => (this.window === 'sentence' ? sentence.index : this.window === 'paragraph' ? sentence.paragraph : 0);
    for (const id of this.store.documentIdsNewestFirst(scope)) {
      const stored = this.store.document(id);
      if (!stored) continue;
      const header = this.store.documentHeader(id);
      const inSentence = new Map<number, ResolvedMention[]>();
      const subjects = new Map<number, Set<string>>();
      for (const m of stored.mentions) {
        const list = inSentence.get(m.sentence);
        if (list) list.push(m);
        else inSentence.set(m.sentence, [m]);
        if (m.role !== 'subject') continue;
        const unit = unitOf(stored.sentences[m.sentence]);
        const set = subjects.get(unit);
        if (set) set.add(m.entity);
        else subjects.set(unit, new Set([m.entity]));
      }
      for (const unit of [...subjects.keys()].sort((a, b) => a - b)) {
        const sentences = stored.sentences.filter((s) => unitOf(s) === unit);
        forEachWindowPair(
          [...(subjects.get(unit) ?? [])].filter((id) => graph.hasNode(id)),
          (a, b) => {
            const items = found.get(edgeKey(a, b));
            if (!items) return;
            for (const sentence of sentences) {
              const mentions = (inSentence.get(sentence.index) ?? []).filter((m) => m.entity === a || m.entity === b);
              if (mentions.length === 0) continue;
              items.push({
                document: header,
                sentence: { index: sentence.index, begin: sentence.begin, end: sentence.end, text: stored.text.slice(sentence.begin, sentence.end) },
                mentions: mentions.map((m) => ({ begin: m.begin, end: m.end, entity: m.entity, text: m.text })),
              });
            }
          },
        );
      }
    }
    return found;
  }

  documents() {
    return this.store.documents();
  }

  documentsByDate(): { date: string | null; documents: number; mentions: number }[] {
    this.dates ??= this.store.documentsByDate();
    return this.dates;
  }

  document(id: number): DocumentDetail {
    const found = this.store.document(id);
    if (!found) throw new NotFoundError(`no document with id ${id}`);
    return { document: found.summary, text: found.text, sentences: found.sentences, mentions: found.mentions };
  }

  stats(): CorpusStats {
    const graph = this.graphOf();
    if (!this.byType) {
      const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as CorpusStats['byType'];
      graph.forEachNode((_id, attr) => {
        byType[attr.type] += 1;
      });
      this.byType = byType;
    }
    this.counts ??= this.store.counts();
    return { ...this.counts, entities: graph.order, edges: graph.size, byType: { ...this.byType }, window: this.window };
  }

  close(): void {
    this.closeBackgroundPool();
    this.store.close();
  }
}
