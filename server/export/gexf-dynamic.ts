/**
 * GEXF over time, for Gephi's timeline: GEXF 1.2draft in dynamic mode (what Gephi plays and
 * networkx, Debian's 2.8 included, reads), written with xmlbuilder2 since graphology-gexf writes
 * static graphs only. Each entity and link has spells (the periods whose documents name it) and its
 * count per period (`mentions_in_period`, `weight_in_period`) beside its totals.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { Corpus, GraphFilter } from '../corpus/types';
import { bucketLast, timelineOf, unitFor } from '#model/timeline';
import { edgeKey } from '#model/edge-key';
import { EDGE_COLUMNS, NODE_COLUMNS, presentColumns, type ExportGraph } from './export-graph';

const GEXF_NS = 'http://www.gexf.net/1.2draft';
const VIZ_NS = 'http://www.gexf.net/1.2draft/viz';
const GEXF_TYPES = { string: 'string', int: 'integer', double: 'double' } as const;
/** In `viz` elements or the element itself, not attributes. */
const NOT_ATTRIBUTES = new Set(['label', 'color', 'size', 'x', 'y', 'weight']);

/** One period of the export: its days (inclusive), each entity's mentions and each link's weight in it, by edgeKey. */
export interface PeriodSlice {
  start: string;
  end: string;
  mentions: ReadonlyMap<string, number>;
  weights: ReadonlyMap<string, number>;
}

/**
 * The export's periods: the buckets of the corpus's timeline in the unit its span suits (days up to
 * four months, weeks up to two years, months beyond), those with documents, each counted as the
 * graph of its documents alone, weighted as the export is. Undated documents are in no period.
 */
export function periodSlices(corpus: Corpus, filter: GraphFilter): PeriodSlice[] {
  const dated = corpus
    .documents()
    .map((doc) => doc.date)
    .filter((date): date is string => date !== null)
    .filter((date) => (filter.from === undefined || date >= filter.from) && (filter.to === undefined || date <= filter.to))
    .sort();
  const unit = unitFor(dated[0] ?? null, dated[dated.length - 1] ?? null);
  const timeline = timelineOf(
    dated.map((date) => ({ date, mentions: 0 })),
    unit,
  );
  return timeline.buckets
    .filter((bucket) => bucket.documents > 0)
    .map((bucket) => {
      const end = bucketLast(bucket.start, unit);
      const graph = corpus.graph({ doc: filter.doc, from: bucket.start, to: end, weight: filter.weight, minCount: filter.minCount });
      return {
        start: bucket.start,
        end,
        mentions: new Map(graph.nodes.map((node) => [node.key, node.attributes.mentions])),
        weights: new Map(graph.edges.map((edge) => [edgeKey(edge.source, edge.target), edge.attributes.weight])),
      };
    });
}

const dayAfter = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The periods in which a count is above zero, as dated values and as spells: periods that follow
 * each other without a day between them are one spell. No spells element when there is none (an
 * element named only in undated documents).
 */
function overTime(slices: readonly PeriodSlice[], count: (slice: PeriodSlice) => number | undefined, element: XMLBuilder, attribute: string): void {
  const values = element.ele('attvalues');
  const spells: { start: string; end: string }[] = [];
  for (const slice of slices) {
    const value = count(slice) ?? 0;
    if (value === 0) continue;
    values.ele('attvalue', { for: attribute, value: String(value), start: slice.start, end: slice.end });
    const last = spells[spells.length - 1];
    if (last !== undefined && dayAfter(last.end) === slice.start) last.end = slice.end;
    else spells.push({ start: slice.start, end: slice.end });
  }
  if (spells.length === 0) return;
  const parent = element.ele('spells');
  for (const spell of spells) parent.ele('spell', spell);
}

function declare(
  graph: XMLBuilder,
  kind: 'node' | 'edge',
  mode: 'static' | 'dynamic',
  columns: readonly { name: string; type: keyof typeof GEXF_TYPES }[],
): void {
  const attributes = graph.ele('attributes', { class: kind, mode });
  for (const column of columns) attributes.ele('attribute', { id: column.name, title: column.name, type: GEXF_TYPES[column.type] });
}

/** '#4e79a7' → { r: '78', g: '121', b: '167' }; anything else is left out. */
function rgb(colour: string): Record<string, string> | undefined {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  return hex ? { r: String(parseInt(hex[1], 16)), g: String(parseInt(hex[2], 16)), b: String(parseInt(hex[3], 16)) } : undefined;
}

export function writeDynamicGexf(graph: ExportGraph, slices: readonly PeriodSlice[], date: Date): string {
  const nodeColumns = presentColumns(
    NODE_COLUMNS,
    graph.mapNodes((_key, attributes) => attributes),
  ).filter((column) => !NOT_ATTRIBUTES.has(column.name));
  const edgeColumns = presentColumns(
    EDGE_COLUMNS,
    graph.mapEdges((_key, attributes) => attributes),
  ).filter((column) => !NOT_ATTRIBUTES.has(column.name));
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(GEXF_NS, 'gexf', { 'xmlns:viz': VIZ_NS, version: '1.2' });
  root
    .ele('meta', { lastmodifieddate: date.toISOString().slice(0, 10) })
    .ele('creator')
    .txt('Plexus');
  const body = root.ele('graph', { defaultedgetype: 'undirected', mode: 'dynamic', timeformat: 'date' });
  declare(body, 'node', 'static', nodeColumns);
  declare(body, 'node', 'dynamic', [{ name: 'mentions_in_period', type: 'int' }]);
  declare(body, 'edge', 'static', edgeColumns);
  declare(body, 'edge', 'dynamic', [{ name: 'weight_in_period', type: 'double' }]);
  const nodes = body.ele('nodes');
  graph.forEachNode((key, attributes) => {
    const node = nodes.ele('node', { id: key, label: attributes.label });
    overTime(slices, (slice) => slice.mentions.get(key), node, 'mentions_in_period');
    const values = node.first();
    for (const column of nodeColumns) {
      const value = attributes[column.name];
      if (value !== undefined) values.ele('attvalue', { for: column.name, value: String(value) });
    }
    const colour = rgb(attributes.color);
    if (colour) node.ele(VIZ_NS, 'viz:color', colour);
    node.ele(VIZ_NS, 'viz:size', { value: String(attributes.size) });
    node.ele(VIZ_NS, 'viz:position', { x: String(attributes.x), y: String(attributes.y), z: '0' });
  });
  const edges = body.ele('edges');
  graph.forEachEdge((key, attributes, source, target) => {
    const edge = edges.ele('edge', { id: key, source, target, weight: String(attributes.weight) });
    overTime(slices, (slice) => slice.weights.get(edgeKey(source, target)), edge, 'weight_in_period');
    const values = edge.first();
    for (const column of edgeColumns) {
      const value = attributes[column.name];
      if (value !== undefined) values.ele('attvalue', { for: column.name, value: String(value) });
    }
  });
  return root.end({ prettyPrint: true });
}
