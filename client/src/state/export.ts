/**
 * The server's data exports (`GET /api/export`, server/api/export.ts) as links built from the view:
 * the filters the client applies that the server understands travel with the link, so that the
 * file holds what is on screen. A click sends the link's query as `POST /api/export` with where
 * each entity is on the map, so that the file keeps the analyst's arrangement (the plain link,
 * which the server answers at the explorer's first map, is what is left when that fails). Pure, so
 * that it is tested in plain Node.
 */

import type { ExportFormat } from '#model/export-formats';
import { ENTITY_TYPES, type NodePositions } from '#model/types';
import type { ClientGraph, ViewState } from './types';
import { viewFilterOf } from './visibility';

export interface ExportChoice {
  format: ExportFormat;
  label: string;
  title: string;
  /** Whether the file holds the entities' positions (the evidence table does not). */
  positions: boolean;
}

/** The exports the toolbar offers, in its order. */
export const EXPORT_CHOICES: readonly ExportChoice[] = [
  { format: 'gexf', label: 'GEXF', title: 'GEXF 1.3 for Gephi, with positions, colours, sizes and metrics', positions: true },
  { format: 'gexf-dynamic', label: 'GEXF over time', title: 'GEXF 1.2 in dynamic mode, for Gephi’s timeline: spells and counts per period', positions: true },
  { format: 'graphml', label: 'GraphML', title: 'GraphML for yEd, Cytoscape, networkx, igraph', positions: true },
  { format: 'json', label: 'JSON', title: 'graphology’s serialised graph as JSON', positions: true },
  { format: 'csv', label: 'CSV (zip)', title: 'nodes.csv and edges.csv in a zip', positions: true },
  { format: 'evidence.csv', label: 'Evidence CSV', title: 'one row per sentence behind each exported link', positions: false },
];

/**
 * The query of an export of the view: the types shown (omitted when every type is), the edge
 * weighting and its minimum count, minWeight, minMentions, the document when exactly one is chosen,
 * and the period. The filters the server has no
 * parameter for (several documents, isolated entities, focus) are not carried.
 */
export function exportParams(format: ExportFormat, view: ViewState): URLSearchParams {
  const params = new URLSearchParams({ format });
  const { filters } = view;
  const { types, minWeight } = viewFilterOf(filters);
  if (types !== undefined) params.set('types', types.join(','));
  if (filters.weighting !== 'count') params.set('weight', filters.weighting);
  if (filters.minCount !== null) params.set('minCount', String(filters.minCount));
  if (minWeight !== undefined) params.set('minWeight', String(minWeight));
  if (filters.minMentions > 0) params.set('minMentions', String(filters.minMentions));
  const [only, ...others] = filters.documents ?? [];
  if (only !== undefined && others.length === 0) params.set('doc', String(only));
  if (view.period !== null) {
    params.set('from', view.period.from);
    params.set('to', view.period.to);
  }
  return params;
}

export function exportHref(format: ExportFormat, view: ViewState): string {
  return `/api/export?${exportParams(format, view).toString()}`;
}

/** Whether the view's export would hold what is on screen: not when every type is hidden (the server reads no types as all). */
export function canExport(view: ViewState): boolean {
  return view.filters.hiddenTypes.length < ENTITY_TYPES.length;
}

/** `POST /api/export`'s body: every entity's position on the map, hidden ones too (the server's filters may keep them). */
export function exportPositions(graph: ClientGraph): { positions: NodePositions } {
  const positions: Record<string, [number, number]> = {};
  graph.forEachNode((node, { x, y }) => {
    if (Number.isFinite(x) && Number.isFinite(y)) positions[node] = [x, y];
  });
  return { positions };
}

/** The file name in a Content-Disposition header (Express writes `filename=` and, beyond ASCII, `filename*=UTF-8''…`). */
export function attachmentName(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // Not valid percent-encoding: the plain name, if there is one.
    }
  }
  const plain = /filename="((?:[^"\\]|\\.)*)"|filename=([^;]+)/i.exec(disposition);
  const name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2]?.trim();
  return name || fallback;
}
