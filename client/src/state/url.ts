/**
 * The view state in the URL's query string and back. Only what differs from the default is
 * written, so that the plain page is `/`; decoding is forgiving (a stale or hand-edited link gives
 * the nearest valid view, never an error) because links outlive the corpus they were made on.
 */

import { EDGE_WEIGHTINGS, type EdgeWeighting, type EntityType } from '#model/types';
import { COLOUR_BY, DEFAULT_VIEW, SIZE_BY, type Camera, type ColourBy, type DayRange, type FocusDepth, type SizeBy, type ViewState } from './types';

/** Parameter names, short because they end up in shared links. */
const P = {
  hide: 'hide',
  weighting: 'weight',
  minCount: 'minCount',
  minWeight: 'minWeight',
  minMentions: 'minMentions',
  docs: 'docs',
  isolated: 'isolated',
  selected: 'entity',
  edge: 'link',
  focus: 'focus',
  path: 'path',
  document: 'doc',
  sizeBy: 'size',
  colourBy: 'colour',
  camera: 'cam',
  top: 'top',
  period: 'period',
  compare: 'vs',
} as const;

/** Decimal places of the camera in the URL: enough to be exact on screen, short enough to share. */
const CAMERA_DIGITS = 4;

export function encodeView(view: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  const { filters } = view;
  if (filters.hiddenTypes.length > 0) params.set(P.hide, filters.hiddenTypes.join(','));
  if (filters.weighting !== DEFAULT_VIEW.filters.weighting) params.set(P.weighting, filters.weighting);
  if (filters.minCount !== null) params.set(P.minCount, String(filters.minCount));
  if (filters.minWeight > 0) params.set(P.minWeight, String(filters.minWeight));
  if (filters.minMentions > 0) params.set(P.minMentions, String(filters.minMentions));
  if (filters.documents !== null) params.set(P.docs, filters.documents.join(','));
  if (filters.hideIsolated) params.set(P.isolated, 'hide');
  if (view.selected !== null) params.set(P.selected, view.selected);
  if (view.edge !== null) params.set(P.edge, view.edge.join(','));
  if (view.focus > 0) params.set(P.focus, String(view.focus));
  if (view.path !== null) params.set(P.path, view.path.join(','));
  if (view.document !== null) params.set(P.document, String(view.document));
  if (view.sizeBy !== DEFAULT_VIEW.sizeBy) params.set(P.sizeBy, view.sizeBy);
  if (view.colourBy !== DEFAULT_VIEW.colourBy) params.set(P.colourBy, view.colourBy);
  if (view.top !== null) params.set(P.top, String(view.top));
  if (view.period !== null) params.set(P.period, `${view.period.from},${view.period.to}`);
  if (view.compare !== null) params.set(P.compare, `${view.compare.from},${view.compare.to}`);
  if (view.camera !== null) {
    const { x, y, ratio } = view.camera;
    params.set(P.camera, [x, y, ratio].map((n) => Number(n.toFixed(CAMERA_DIGITS))).join(','));
  }
  return params;
}

/** The query string of a view, with its '?' (or '' for the default view). */
export function viewSearch(view: ViewState): string {
  const query = encodeView(view).toString();
  return query === '' ? '' : `?${query}`;
}

/**
 * The view a query string describes. `isType` says which entity type names are known; entity ids
 * and document ids are not checked here (the graph may not be loaded yet), only their form.
 */
export function decodeView(search: string | URLSearchParams, isType: (name: string) => name is EntityType): ViewState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const text = (name: string): string | null => {
    const value = params.get(name);
    return value === null || value.trim() === '' ? null : value;
  };
  const list = (name: string): string[] =>
    (text(name) ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  const pair = (name: string): [string, string] | null => {
    const items = list(name);
    return items.length === 2 && items[0] !== undefined && items[1] !== undefined && items[0] !== items[1] ? [items[0], items[1]] : null;
  };

  const documentList = text(P.docs) === null && !params.has(P.docs) ? null : list(P.docs).map(Number).filter(isDocumentId);
  const document = Number(text(P.document));
  const sizeBy = text(P.sizeBy);
  const colourBy = text(P.colourBy);
  const weighting = text(P.weighting);
  const minCount = wholeNumber(text(P.minCount));
  return {
    filters: {
      hiddenTypes: [...new Set(list(P.hide).filter(isType))],
      weighting: EDGE_WEIGHTINGS.find((option): option is EdgeWeighting => option === weighting) ?? DEFAULT_VIEW.filters.weighting,
      minCount: minCount > 0 ? minCount : null,
      minWeight: threshold(text(P.minWeight)),
      minMentions: wholeNumber(text(P.minMentions)),
      documents: documentList === null ? null : [...new Set(documentList)].sort((a, b) => a - b),
      hideIsolated: text(P.isolated) === 'hide',
    },
    selected: text(P.selected),
    edge: pair(P.edge),
    focus: focusDepth(text(P.focus)),
    path: pair(P.path),
    document: isDocumentId(document) ? document : null,
    sizeBy: SIZE_BY.find((option): option is SizeBy => option === sizeBy) ?? DEFAULT_VIEW.sizeBy,
    colourBy: COLOUR_BY.find((option): option is ColourBy => option === colourBy) ?? DEFAULT_VIEW.colourBy,
    camera: camera(text(P.camera)),
    period: dayRange(list(P.period)),
    compare: dayRange(list(P.compare)),
    top: topOf(text(P.top)),
  };
}

function isDocumentId(value: number): boolean {
  return Number.isSafeInteger(value) && value > 0;
}

function wholeNumber(value: string | null): number {
  if (value === null || !/^\d+$/.test(value)) return 0;
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : 0;
}

/** A non-negative decimal ('2', '0.25'): PMI and NPMI thresholds are fractions. */
function threshold(value: string | null): number {
  if (value === null || !/^\d+(\.\d+)?$/.test(value)) return 0;
  const number = Number(value);
  return Number.isFinite(number) ? number : 0;
}

function topOf(value: string | null): number | 'all' | null {
  if (value === 'all') return 'all';
  const number = wholeNumber(value);
  return number > 0 ? number : null;
}

function focusDepth(value: string | null): FocusDepth {
  return value === '1' ? 1 : value === '2' ? 2 : 0;
}

/** 'from,to': two days written YYYY-MM-DD, the first not after the second; else null. */
function dayRange([from, to, ...rest]: string[]): DayRange | null {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (from === undefined || to === undefined || rest.length > 0 || !day.test(from) || !day.test(to) || from > to) return null;
  return { from, to };
}

function camera(value: string | null): Camera | null {
  const parts = (value ?? '').split(',').map(Number);
  if (parts.length !== 3 || !parts.every(Number.isFinite)) return null;
  const [x = 0, y = 0, ratio = 1] = parts;
  return ratio > 0 ? { x, y, ratio } : null;
}

/**
 * Whether going from one view to the next is a step worth a history entry. Camera moves are not:
 * they replace the current entry, so that the back button undoes choices, not every pan.
 */
export function isHistoryStep(before: ViewState, after: ViewState): boolean {
  const withoutCamera = (view: ViewState): string => encodeViewWithout(view, P.camera);
  return withoutCamera(before) !== withoutCamera(after);
}

function encodeViewWithout(view: ViewState, name: string): string {
  const params = encodeView(view);
  params.delete(name);
  return params.toString();
}
