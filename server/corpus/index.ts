/**
 * The corpus service over a SQLite store: ingests documents through the pipeline, one
 * transaction per document, and answers the queries of the API and the CLI. The graph is built
 * from the store when first asked for and kept until the next ingest changes it.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { findRepoRoot } from '../config';
import { loadLexicon, type Lexicon } from '../extract/lexicon';
import { DEFAULT_EXTRACT_OPTIONS, type ExtractOptions } from '../extract/mentions';
import { nameKey } from '../extract/normalize';
import { communities } from '../graph/communities';
import { buildGraph, type PlexusGraph } from '../graph/cooccurrence';
import { filterGraph, serializeGraph } from '../graph/filter';
import { nodeMetrics } from '../graph/metrics';
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
  type EdgeAttributes,
  type EntityDetail,
  type EvidenceItem,
  type IngestOutcome,
  type MergeRecord,
  type SerializedGraph,
} from '../model/types';
import { curationPlan, type CurationPlan } from '../curation/rules';
import { EntityRegistry } from '../resolve/registry';
import { CurationStore } from '../store/curation';
import { Store } from '../store/store';
import { checkCuration, mergeRecords } from './curation';
import { processDocument } from './pipeline';
import type { Corpus, GraphFilter } from './types';

export type { Corpus, GraphFilter } from './types';

export interface CorpusOptions {
  dbPath: string;
  window?: CooccurrenceWindow;
  /** Folder of the lexicon files; default `data/lexicons` of the repository. */
  lexiconDir?: string;
  extract?: ExtractOptions;
}

/** SHA-256 of a document's text: the same text is stored once, whatever its file name. */
export function contentHash(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

let sharedLexicon: { dir: string; lexicon: Lexicon } | undefined;

/** Lexicons are read once per process and folder. */
function lexiconFrom(dir: string): Lexicon {
  if (sharedLexicon?.dir !== dir) sharedLexicon = { dir, lexicon: loadLexicon(dir) };
  return sharedLexicon.lexicon;
}

export function openCorpus(options: CorpusOptions): Corpus {
  return new StoredCorpus(options);
}

class StoredCorpus implements Corpus {
  private readonly store: Store;
  private readonly curation: CurationStore;
  private readonly window: CooccurrenceWindow;
  private readonly lexicon: Lexicon;
  private readonly extractOptions: ExtractOptions;
  private registry: EntityRegistry;
  private cachedGraph: PlexusGraph | undefined;

  constructor(options: CorpusOptions) {
    this.store = new Store(options.dbPath);
    this.curation = new CurationStore(this.store.db);
    this.window = options.window ?? 'sentence';
    this.lexicon = lexiconFrom(options.lexiconDir ?? path.join(findRepoRoot(), 'data', 'lexicons'));
    this.extractOptions = options.extract ?? DEFAULT_EXTRACT_OPTIONS;
    this.registry = this.loadRegistry();
  }

  private loadRegistry(): EntityRegistry {
    const rows = this.store.registryRows();
    return EntityRegistry.from(rows.entities, rows.keys, rows.merges);
  }

  ingest(inputs: Iterable<DocumentInput>, onProgress?: (outcome: IngestOutcome, done: number) => void): IngestOutcome[] {
    const outcomes: IngestOutcome[] = [];
    for (const input of inputs) {
      const outcome = this.ingestOne(input);
      outcomes.push(outcome);
      onProgress?.(outcome, outcomes.length);
    }
    return outcomes;
  }

  private ingestOne(input: DocumentInput): IngestOutcome {
    const source = input.sourcePath || input.title;
    if (input.text.trim() === '') return { status: 'refused', source, reason: `${source}: the document is empty` };
    const hash = contentHash(input.text);
    const existing = this.store.findDocumentByHash(hash);
    if (existing) return { status: 'duplicate', source, document: existing };
    try {
      const docId = this.store.transaction(() => {
        const processed = processDocument(input.text, this.lexicon, this.registry, this.extractOptions);
        this.store.applyLink(processed.link);
        const id = this.store.insertDocument(input, hash, processed.words, processed.sentences, processed.mentions);
        // The curation rules hold for this document too; a merge by the resolver may move older
        // mentions. Without rules there is nothing to apply: a mention's entity is the resolver's.
        const rules = this.curation.rules();
        if (rules.length > 0) this.curation.apply(this.plan(rules), processed.link.merged.length > 0 ? undefined : id);
        return id;
      });
      this.cachedGraph = undefined;
      const document = this.store.documentSummary(docId);
      if (!document) throw new Error(`document ${docId} was not stored`);
      return { status: 'added', source, document };
    } catch (error) {
      // The transaction rolled back; the registry in memory may have moved on, so reload it.
      this.registry = this.loadRegistry();
      this.cachedGraph = undefined;
      throw error;
    }
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
    this.cachedGraph = undefined;
    return rule;
  }

  reingest(onProgress?: (outcome: IngestOutcome, done: number) => void): IngestOutcome[] {
    // One transaction around all of it: until it commits, readers see the corpus as it was, and a
    // failure half-way leaves every document where it was.
    try {
      return this.store.transaction(() => {
        const inputs = this.store.takeDocumentsForReingest();
        this.registry = this.loadRegistry();
        this.cachedGraph = undefined;
        return this.ingest(inputs, onProgress);
      });
    } catch (error) {
      this.registry = this.loadRegistry();
      this.cachedGraph = undefined;
      throw error;
    }
  }

  private graphOf(): PlexusGraph {
    this.cachedGraph ??= buildGraph(this.store.nodes(), this.store.windowRows(this.window));
    return this.cachedGraph;
  }

  graph(filter: GraphFilter = {}): SerializedGraph {
    let base = this.graphOf();
    if (filter.doc !== undefined) {
      if (!this.store.documentHeader(filter.doc)) throw new NotFoundError(`no document with id ${filter.doc}`);
      const docEntities = new Set<string>();
      for (const row of this.store.windowRows(this.window, filter.doc)) docEntities.add(row.entity);
      const nodes = this.store.nodes().filter((n) => docEntities.has(n.id));
      base = buildGraph(nodes, this.store.windowRows(this.window, filter.doc));
    }
    // A weighting is applied before the filters, so that minWeight thresholds the chosen measure;
    // PMI's counts are those of the corpus (or of the one document), whatever the filters hide.
    const weighting = filter.weight ?? (filter.minCount === undefined ? undefined : 'count');
    const minCount = weighting && (filter.minCount ?? defaultMinCount(weighting));
    if (weighting) {
      const weighted: PlexusGraph = base.copy();
      const counts = weighting === 'pmi' || weighting === 'npmi' ? this.store.windowCounts(this.window, filter.doc) : undefined;
      edgeWeights.assign(weighted, { weighting, minCount, counts });
      base = weighted;
    }
    const q = filter.q ? nameKey(filter.q) : '';
    const matches = q ? this.searchMatcher(q, base) : undefined;
    const filtered = filterGraph(base, filter, { matches });
    if (filter.metrics) {
      // Metrics describe what is shown: they are computed on the filtered graph. PMI can be
      // negative, so PageRank and Louvain follow the co-occurrence count then.
      const positive = weighting === 'pmi' || weighting === 'npmi' ? (a: EdgeAttributes) => a.count ?? a.weight : (a: EdgeAttributes) => a.weight;
      nodeMetrics.assign(filtered, { walkWeight: positive });
      communities.assign(filtered, { weight: positive });
    }
    return serializeGraph(filtered, this.window, weighting && minCount !== undefined ? { weighting, minCount } : undefined);
  }

  /** Entities whose label or any name they are known by contains the search text. */
  private searchMatcher(q: string, graph: PlexusGraph): (id: string) => boolean {
    const plan = this.plan();
    const hits = new Set([...this.registry.search(q)].map((id) => plan.follow(id)));
    // Labels given by curation (a rename, a split) are not the resolver's names.
    for (const [id, change] of plan.overrides) if (change.label !== undefined && graph.hasNode(id) && nameKey(change.label).includes(q)) hits.add(id);
    return (id) => hits.has(id);
  }

  entity(id: string): EntityDetail {
    const graph = this.graphOf();
    const plan = this.plan();
    const canonical = this.currentId(id, plan);
    if (!graph.hasNode(canonical)) throw new NotFoundError(`no entity with id '${id}'`);
    const node = graph.getNodeAttributes(canonical);
    const neighbours = graph
      .mapEdges(canonical, (_key, attr, source, target) => {
        const other = source === canonical ? target : source;
        const o = graph.getNodeAttributes(other);
        return { id: other, label: o.label, type: o.type, weight: attr.weight, documents: attr.documents };
      })
      .sort((a, b) => b.weight - a.weight || b.documents - a.documents || a.label.localeCompare(b.label));
    const reported = this.store
      .reported(canonical)
      .filter((r) => graph.hasNode(r.id))
      .map((r) => ({ id: r.id, label: graph.getNodeAttribute(r.id, 'label'), type: graph.getNodeAttribute(r.id, 'type'), count: r.count }));
    return {
      id: canonical,
      label: node.label,
      type: node.type,
      aliases: this.store.aliases(canonical),
      merges: this.mergesInto(canonical, plan),
      mentions: node.mentions,
      documents: node.documents,
      neighbours,
      documentList: this.store.entityDocuments(canonical),
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

  evidence(source: string, target: string, limit = 50): EvidenceItem[] {
    const graph = this.graphOf();
    const plan = this.plan();
    const a = this.currentId(source, plan);
    const b = this.currentId(target, plan);
    for (const [given, id] of [[source, a], [target, b]]) {
      if (!graph.hasNode(id)) throw new NotFoundError(`no entity with id '${given}'`);
    }
    if (a === b) throw new InputError('source and target must be two different entities');
    const items: EvidenceItem[] = [];
    for (const { doc, unit } of this.store.cooccurringWindows(a, b, this.window, limit)) {
      const header = this.store.documentHeader(doc);
      for (const s of this.store.windowSentences(doc, this.window, unit, [a, b])) {
        items.push({
          document: header,
          sentence: { index: s.sentence.index, begin: s.sentence.begin, end: s.sentence.end, text: s.text },
          mentions: s.mentions.map((m) => ({ begin: m.begin, end: m.end, entity: m.entity_id, text: m.text })),
        });
      }
      if (items.length >= limit) break;
    }
    return items.slice(0, limit);
  }

  documents() {
    return this.store.documents();
  }

  document(id: number): DocumentDetail {
    const found = this.store.document(id);
    if (!found) throw new NotFoundError(`no document with id ${id}`);
    return { document: found.summary, text: found.text, sentences: found.sentences, mentions: found.mentions };
  }

  stats(): CorpusStats {
    const graph = this.graphOf();
    const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as CorpusStats['byType'];
    graph.forEachNode((_id, attr) => {
      byType[attr.type] += 1;
    });
    return { ...this.store.counts(), entities: graph.order, edges: graph.size, byType, window: this.window };
  }

  close(): void {
    this.store.close();
  }
}
