/**
 * The graph built from the store, and the answers derived from it (JSON of graph answers, counts,
 * the timeline), kept until the store changes. The graph is built when first asked for; a new or
 * removed document then updates it in place where it can, and everything derived from it is dropped.
 */
import { addDocument, addWindows, assignDegrees, buildGraph, removeWindows, replaceNode, type PlexusGraph, type WindowRow } from '../graph/cooccurrence';
import { GraphJson } from '../graph/graph-json';
import { PeriodIndex, type Period } from '../graph/period-index';
import { ENTITY_TYPES, type CooccurrenceWindow, type CorpusStats, type DocumentSummary } from '#model/types';
import type { Store } from '../store/store';
import type { JsonAnswer } from './types';
import { pairKeys, type Change } from './graph-change';
import type { Resolution } from './resolution';

/**
 * Documents whose windows one step of a stepwise graph build adds: on bench documents, a few tens
 * of milliseconds, after which the event loop answers other requests.
 */
const BUILD_STEP_DOCUMENTS = 250;

/** Serialised graphs kept per filter; the explorer asks for a handful of them. */
const SERIALIZED_KEPT = 8;

type Counts = ReturnType<Store['documents']['counts']>;

/** Lets the event loop answer other requests. */
export const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class GraphCache {
  private kept: PlexusGraph | undefined;
  /** JSON of graph answers by key, for the graph as it is now. */
  private readonly serialized = new Map<string, JsonAnswer>();
  /** The JSON of the whole graph in pieces, kept across changes that say what they touched. */
  private readonly wholeJson = new GraphJson();
  /** Documents, words and mentions, counted once and then kept up to date by each new document. */
  private counts: Counts | undefined;
  /** Documents and mentions per date, read once until the corpus changes (the timeline). */
  private dates: { date: string | null; documents: number; mentions: number }[] | undefined;
  /** The documents' summaries, read once until the corpus changes: each counts its mentions. */
  private summaries: DocumentSummary[] | undefined;
  /** Entities of the kept graph by type, counted once and then kept up to date with it. */
  private byType: CorpusStats['byType'] | undefined;
  /** The stepwise build of the kept graph under way (ready). */
  private stepwise: Promise<void> | undefined;
  /** Counts the changes to the store, so that work done in steps knows whether one came meanwhile. */
  private changes = 0;
  /** Each dated document's share of the graph, from which any period's graph is summed; made when a period is first asked for. */
  private periods: PeriodIndex | undefined;

  constructor(
    private readonly store: Store,
    private readonly window: CooccurrenceWindow,
    private readonly resolution: Resolution,
  ) {
    // An empty store's graph is empty: kept from the start, it then grows document by document
    // instead of being built from every mention after a bulk ingest.
    if (resolution.registry.size === 0) this.kept = buildGraph([], []);
    // Another process's write (a shared PostgreSQL store) is not in what is kept: built again when asked.
    store.onOtherWrites(() => this.invalidate());
  }

  /** The number of changes so far: an answer computed in steps is stale when it moved meanwhile. */
  get version(): number {
    return this.changes;
  }

  /** The stepwise build under way, if one is. */
  get building(): Promise<void> | undefined {
    return this.stepwise;
  }

  graph(): PlexusGraph {
    if (!this.kept) {
      this.wholeJson.clear();
      this.kept = this.store.read(() => buildGraph(this.store.graph.nodes(), this.store.graph.windowRows(this.window)));
      this.byType = undefined;
    }
    return this.kept;
  }

  /** Resolves once the graph is kept, building it in steps between which the event loop is free. */
  ready(): Promise<void> {
    if (this.kept) return Promise.resolve();
    this.stepwise ??= this.buildInSteps().finally(() => {
      this.stepwise = undefined;
    });
    return this.stepwise;
  }

  /**
   * The graph built from the store as `graph` builds it, a few hundred documents a step. Should the
   * store change meanwhile, the graph is dropped, and the next request builds it at once.
   */
  private async buildInSteps(): Promise<void> {
    const changes = this.changes;
    const graph = buildGraph(this.store.graph.nodes(), []);
    await turn();
    const last = this.store.documents.lastId();
    for (let after = 0; after < last && this.changes === changes; after += BUILD_STEP_DOCUMENTS) {
      addWindows(graph, this.store.graph.windowRowsOfDocuments(this.window, after, after + BUILD_STEP_DOCUMENTS));
      await turn();
    }
    if (this.changes !== changes || this.kept) return;
    assignDegrees(graph);
    this.kept = graph;
    this.wholeJson.clear();
    this.byType = undefined;
  }

  /** A graph answer kept as JSON under this key, if there is one. */
  json(key: string): JsonAnswer | undefined {
    return this.serialized.get(key);
  }

  /** Keeps a graph answer's JSON until the graph changes; the oldest goes first. */
  keepJson<Json extends JsonAnswer>(key: string, json: Json): Json {
    if (this.serialized.size >= SERIALIZED_KEPT) this.serialized.delete(this.serialized.keys().next().value ?? '');
    this.serialized.set(key, json);
    return json;
  }

  /** The JSON of the whole graph, from pieces kept across changes. */
  wholeGraphJson(): string {
    return this.wholeJson.serialize(this.graph(), this.window);
  }

  gzip(json: JsonAnswer): Buffer | undefined {
    return typeof json === 'string' ? this.wholeJson.gzip(json) : undefined;
  }

  stats(): CorpusStats {
    const graph = this.graph();
    if (!this.byType) {
      const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as CorpusStats['byType'];
      graph.forEachNode((_id, attr) => {
        byType[attr.type] += 1;
      });
      this.byType = byType;
    }
    this.counts ??= this.store.documents.counts();
    return { ...this.counts, entities: graph.order, edges: graph.size, byType: { ...this.byType }, window: this.window };
  }

  /** The graph of the documents dated within the period, as `buildGraph` makes it of their rows. */
  periodGraph(period: Period): PlexusGraph {
    return this.periodIndex().graph(period);
  }

  /** The JSON of `periodGraph(period)` as `serializeGraph` writes it, in UTF-8, without building the graph. */
  periodJson(period: Period): Buffer {
    return this.periodIndex().jsonBytes(period, this.window);
  }

  private periodIndex(): PeriodIndex {
    if (!this.periods) {
      const whole = this.graph();
      const shown = (id: string) => (whole.hasNode(id) ? whole.getNodeAttributes(id) : undefined);
      this.periods = this.store.read(() => new PeriodIndex(this.store.documents.dates(), this.store.graph.periodMentions(this.window), shown));
    }
    return this.periods;
  }

  documents(): readonly DocumentSummary[] {
    this.summaries ??= this.store.documents.list();
    return this.summaries;
  }

  documentsByDate(): { date: string | null; documents: number; mentions: number }[] {
    this.dates ??= this.store.documents.byDate();
    return this.dates;
  }

  /** Everything derived from the store is dropped; the graph is built again when next asked for. */
  invalidate(): void {
    this.forgetAnswers();
    this.kept = undefined;
  }

  /** Answers derived from the store (JSON, counts) are dropped; the kept graph stays, for the caller to update. */
  private forgetAnswers(): void {
    this.changes += 1;
    this.serialized.clear();
    this.wholeJson.clear();
    this.counts = undefined;
    this.byType = undefined;
    this.dates = undefined;
    this.summaries = undefined;
    this.periods = undefined;
  }

  /**
   * The kept graph and counts after a stored document, updated in place: its entities and windows
   * are added, then every entity that absorbed another (a merge) has its node and links rebuilt
   * from the store, which by then holds the document.
   */
  added(change: Change): void {
    this.changes += 1;
    this.serialized.clear();
    this.dates = undefined;
    this.summaries = undefined;
    this.periods = undefined;
    if (this.counts) {
      this.counts = { documents: this.counts.documents + 1, words: this.counts.words + change.words, mentions: this.counts.mentions + change.mentions };
    }
    const graph = this.kept;
    if (!graph) return;
    if (change.graph === 'rebuild') {
      this.kept = undefined;
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
    for (const into of new Set(merged.map((m) => this.resolution.registry.canonicalId(m.into)))) {
      const node = this.store.graph.node(into);
      if (node) replaceNode(graph, node, this.store.graph.windowRowsAround(into, this.window));
    }
    for (const id of neighbours) if (graph.hasNode(id)) graph.setNodeAttribute(id, 'degree', graph.degree(id));
  }

  /**
   * The kept graph after a document was removed, given its windows and entities as they were:
   * under curation (`rebuild`) it is built again, as after an ingest; otherwise its windows are
   * taken out, and its entities dropped or given their counts as the store now has them.
   */
  removed(removed: { rows: readonly WindowRow[]; entities: ReadonlySet<string>; deletedEntities: readonly string[]; rebuild: boolean }): void {
    this.forgetAnswers();
    const graph = this.kept;
    if (!graph || removed.rebuild) {
      this.kept = undefined;
      return;
    }
    const touched = removeWindows(graph, removed.rows);
    for (const entity of removed.entities) {
      if (!graph.hasNode(entity)) continue;
      const node = this.store.graph.node(entity);
      if (!node || removed.deletedEntities.includes(entity)) {
        graph.forEachNeighbor(entity, (neighbour) => touched.add(neighbour));
        graph.dropNode(entity);
        continue;
      }
      graph.mergeNodeAttributes(entity, { label: node.label, type: node.type, mentions: node.mentions, documents: node.documents, reports: node.reports });
    }
    for (const node of touched) if (graph.hasNode(node)) graph.setNodeAttribute(node, 'degree', graph.degree(node));
  }
}
