/**
 * The graph as the API asks for it: filtered, weighted, scoped to a document or a period, with its
 * metrics, as JSON kept by the graph cache; what changed between two periods; the saved map.
 */
import { hasWordPrefix, nameKey } from '../extract/normalize';
import { changesBetween } from '../graph/changes';
import { buildGraph, type PlexusGraph } from '../graph/cooccurrence';
import { filterGraph, mostMentioned, serializeGraph } from '../graph/filter';
import { nodeMetrics, nodeMetricsInSteps, type NodeMetrics } from '../graph/metrics';
import { defaultMinCount, edgeWeights } from '../graph/weighting';
import { InputError, NotFoundError } from '#model/errors';
import type { CooccurrenceWindow, EdgeAttributes, EdgeWeighting, NodePositions, Period, SerializedGraph } from '#model/types';
import { isScoped, type DocumentScope, type Store } from '../store/store';
import type { GraphCache } from './graph-cache';
import type { Resolution } from './resolution';
import type { PeriodChanges } from '#model/changes';
import type { GraphFilter, JsonAnswer } from './types';

/** A graph answer as `graph` serves it, before its metrics. */
interface GraphView {
  shown: PlexusGraph;
  weighting: { weighting: EdgeWeighting; minCount: number } | undefined;
  metrics: boolean;
  positiveWeight: (attributes: EdgeAttributes) => number;
}

/** The key of a graph answer kept as JSON: the filter, whatever the order of its fields. */
const serializedKey = (filter: GraphFilter): string => JSON.stringify(filter, Object.keys(filter).sort());

export class GraphQueries {
  constructor(
    private readonly store: Store,
    private readonly resolution: Resolution,
    private readonly cache: GraphCache,
    private readonly window: CooccurrenceWindow,
  ) {}

  graph(filter: GraphFilter = {}): SerializedGraph {
    const view = this.view(filter);
    return this.serializeView(view, view.metrics ? nodeMetrics(view.shown, { positiveWeight: view.positiveWeight }) : undefined);
  }

  /** The graph answer as JSON, kept until the graph changes: the explorer asks for the same few. */
  graphJson(filter: GraphFilter = {}): string {
    const json = this.keptOrFreshJson(filter);
    return typeof json === 'string' ? json : json.toString();
  }

  private keptOrFreshJson(filter: GraphFilter): JsonAnswer {
    const key = serializedKey(filter);
    return this.cache.json(key) ?? this.cache.keepJson(key, this.freshJson(filter));
  }

  /** The answer's JSON, written straight from what is kept when the filter is none, or a period alone. */
  private freshJson(filter: GraphFilter): JsonAnswer {
    const { from, to, ...rest } = filter;
    const plain = Object.values(rest).every((value) => value === undefined || value === false);
    if (plain && from === undefined && to === undefined) return this.cache.wholeGraphJson();
    if (plain) return this.cache.periodJson({ from, to });
    return JSON.stringify(this.graph(filter));
  }

  async graphJsonInSteps(filter: GraphFilter = {}): Promise<JsonAnswer> {
    await this.cache.ready();
    const key = serializedKey(filter);
    const kept = this.cache.json(key);
    if (kept !== undefined || !filter.metrics) return kept ?? this.keptOrFreshJson(filter);
    const version = this.cache.version;
    const view = this.view(filter);
    const metrics = await nodeMetricsInSteps(view.shown, { positiveWeight: view.positiveWeight });
    // The graph changed while its metrics were computed: they are computed again, at once.
    if (this.cache.version !== version) return this.graphJson(filter);
    return this.cache.keepJson(key, JSON.stringify(this.serializeView(view, metrics)));
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
      const counts = weighting === 'pmi' || weighting === 'npmi' ? this.store.graph.windowCounts(this.window, scope) : undefined;
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
    return this.store.graph.statementCounts((entity) => graph.hasNode(entity), scope);
  }

  /** The graph of the scope's documents alone (the kept graph when it is every document), between the entities they mention. */
  private scopedGraph(scope: DocumentScope): PlexusGraph {
    if (!isScoped(scope)) return this.cache.graph();
    if (scope.doc === undefined) return this.cache.periodGraph(scope);
    if (!this.store.documents.header(scope.doc)) throw new NotFoundError(`no document with id ${scope.doc}`);
    const rows = [...this.store.graph.windowRows(this.window, scope)];
    const inScope = new Set(rows.map((row) => row.entity));
    return buildGraph(
      this.store.graph.nodes(scope).filter((n) => inScope.has(n.id)),
      rows,
    );
  }

  periodChanges(period: Period, vs: Period, limit: number): PeriodChanges {
    const documents = (scope: Period) => this.store.documents.idsNewestFirst(scope).length;
    return {
      period: { ...period, documents: documents(period) },
      vs: { ...vs, documents: documents(vs) },
      ...changesBetween(this.scopedGraph(vs), this.scopedGraph(period), limit),
    };
  }

  private serializeView(view: GraphView, metrics: Record<string, NodeMetrics> | undefined): SerializedGraph {
    return serializeGraph(view.shown, this.window, view.weighting, metrics && ((node) => metrics[node]));
  }

  /** Entities whose label or any name they are known by has a word that starts with the search text. */
  private searchMatcher(q: string, graph: PlexusGraph): (id: string) => boolean {
    const plan = this.resolution.plan();
    const hits = new Set([...this.resolution.registry.search(q)].map((id) => plan.follow(id)));
    // Labels given by curation (a rename, a split) are not the resolver's names.
    for (const [id, change] of plan.overrides) if (change.label !== undefined && graph.hasNode(id) && hasWordPrefix(nameKey(change.label), q)) hits.add(id);
    return (id) => hits.has(id);
  }

  layout(): NodePositions {
    return this.store.layout.positions();
  }

  saveLayout(positions: NodePositions): number {
    const graph = this.cache.graph();
    const kept = Object.entries(positions)
      .filter(([id]) => graph.hasNode(id))
      .map(([id, [x, y]]) => [id, x, y] as const);
    this.store.layout.save(kept);
    return kept.length;
  }
}
