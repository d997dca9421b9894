/**
 * The side panel shows one thing at a time, chosen by the view state: the evidence of the selected
 * link, else the selected entity, else an overview of the corpus. Details are fetched from the API
 * and cached until the corpus changes; an answer that arrives after the view moved on is dropped.
 */

import { api } from '../api';
import { edgeKey } from '#model/edge-key';
import type { CorpusStats, DocumentSummary, EntityDetail, EvidenceItem } from '#model/types';
import { nodeColour } from '../render/appearance';
import type { PathReport } from '../state/path';
import { unitFor } from '../state/timeline';
import type { Timeline } from '#model/timeline';
import type { ClientGraph, ColourBy, ViewState } from '../state/types';
import { button, el, plural, replaceChildren, swatch } from './dom';
import { entityPanel, type EntityActions } from './entity-panel';
import { evidencePanel, type EvidenceActions } from './evidence-panel';

export interface SidePanelDeps {
  graph: ClientGraph;
  stats(): CorpusStats | null;
  documents(): DocumentSummary[];
  path(view: ViewState): PathReport;
  entity: EntityActions;
  evidence: EvidenceActions;
}

export interface SidePanel {
  sync(view: ViewState): void;
  /** Forget cached details (after an upload) and redraw. */
  invalidate(view: ViewState): void;
}

export function mountSidePanel(container: HTMLElement, deps: SidePanelDeps): SidePanel {
  const entities = new Map<string, Promise<[EntityDetail, Timeline | null]>>();
  const evidence = new Map<string, Promise<EvidenceItem[]>>();
  const periodKey = (view: ViewState) => (view.period === null ? '' : `${view.period.from},${view.period.to}`);
  let shown = '';
  let token = 0;

  const show = (content: HTMLElement, current: number): void => {
    if (current !== token) return;
    replaceChildren(container, content);
  };
  const failure = (what: string, error: unknown): HTMLElement =>
    el('p', { className: 'error', attrs: { role: 'alert' } }, `${what}: ${error instanceof Error ? error.message : String(error)}`);

  /** Shows what `load` gives, kept in `cache` under `key`, or why it failed; the panel is busy meanwhile. */
  const showLoaded = <T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>, draw: (value: T) => HTMLElement, failed: string): void => {
    const current = token;
    if (!cache.has(key)) cache.set(key, load());
    container.setAttribute('aria-busy', 'true');
    cache
      .get(key)
      ?.then((value) => show(draw(value), current))
      .catch((error: unknown) => {
        cache.delete(key);
        show(failure(failed, error), current);
      })
      .finally(() => container.removeAttribute('aria-busy'));
  };

  const render = (view: ViewState): void => {
    const current = ++token;
    if (view.edge !== null) {
      const [source, target] = view.edge;
      const ends = [source, target].map((id) => ({ id, label: deps.graph.hasNode(id) ? deps.graph.getNodeAttribute(id, 'label') : id }));
      const edge = deps.graph.hasNode(source) && deps.graph.hasNode(target) ? deps.graph.edge(source, target) : undefined;
      const weight = edge === undefined ? null : deps.graph.getEdgeAttribute(edge, 'weight');
      const load = () => api.evidence(source, target, view.period);
      const draw = (items: EvidenceItem[]) => evidencePanel(ends, weight, items, deps.evidence);
      showLoaded(evidence, `${edgeKey(source, target)} ${periodKey(view)}`, load, draw, 'The sentences could not be loaded');
    } else if (view.selected !== null) {
      const id = view.selected;
      const draw = ([detail, timeline]: [EntityDetail, Timeline | null]) => entityPanel(detail, timeline, view, deps.path(view), deps.entity);
      showLoaded(entities, `${id} ${periodKey(view)}`, () => entityOf(id, view), draw, `“${id}” could not be loaded`);
    } else {
      show(overview(deps, view.colourBy), current);
    }
  };

  return {
    sync(view) {
      const key = keyOf(view, deps.stats());
      if (key === shown) return;
      shown = key;
      render(view);
    },
    invalidate(view) {
      entities.clear();
      evidence.clear();
      shown = keyOf(view, deps.stats());
      render(view);
    },
  };
}

/** The entity in the period, and its timeline in the unit its span suits. */
async function entityOf(id: string, view: ViewState): Promise<[EntityDetail, Timeline | null]> {
  const detail = await api.entity(id, view.period);
  const timeline = await api.timeline(unitFor(detail.seen.first, detail.seen.last), detail.id).catch(() => null);
  return [detail, timeline];
}

/** What the panel shows for a view: it is drawn again only when this changes. */
function keyOf(view: ViewState, stats: CorpusStats | null): string {
  return JSON.stringify([
    view.selected,
    view.edge,
    view.focus,
    view.path,
    view.period,
    view.selected === null && view.edge === null ? [stats?.documents, view.colourBy] : null,
  ]);
}

/** Nothing selected: the corpus in numbers, its most mentioned entities (in the map's colours), its documents. */
function overview(deps: SidePanelDeps, colourBy: ColourBy): HTMLElement {
  const stats = deps.stats();
  const top = deps.graph
    .mapNodes((id, attributes) => ({ id, ...attributes }))
    .sort((a, b) => b.mentions - a.mentions || a.label.localeCompare(b.label))
    .slice(0, 12);
  const documents = deps.documents();
  const latest = [...documents].sort((a, b) => b.id - a.id).slice(0, LATEST_DOCUMENTS);
  return el(
    'section',
    { className: 'overview', attrs: { 'aria-label': 'Overview' } },
    el('h2', {}, 'The corpus'),
    stats &&
      el(
        'p',
        { className: 'meta' },
        `${plural(stats.documents, 'document')} · ${plural(stats.entities, 'entity', 'entities')} · ${plural(stats.edges, 'link')} (co-occurrence in the same ${stats.window})`,
      ),
    el(
      'p',
      { className: 'muted' },
      'Hover an entity to see its neighbours; click it for its aliases and links, click a link for the sentences behind it. Press / to search, Esc to clear.',
    ),
    el('h3', {}, 'Most mentioned'),
    el(
      'ol',
      { className: 'top-entities' },
      ...top.map((node) =>
        el(
          'li',
          {},
          button(
            [swatch(nodeColour(node, colourBy)), el('span', { className: 'label' }, node.label), el('span', { className: 'count' }, String(node.mentions))],
            () => deps.entity.select(node.id),
            {
              className: 'link-button entity-row',
              attrs: { 'data-entity': node.id },
            },
          ),
        ),
      ),
    ),
    el('h3', {}, documents.length > LATEST_DOCUMENTS ? 'Latest documents' : 'Documents'),
    el(
      'ul',
      { className: 'documents' },
      ...latest.map((doc) =>
        el(
          'li',
          {},
          button(doc.title, () => deps.evidence.openDocument(doc.id, -1), { className: 'link-button', attrs: { 'data-document': String(doc.id) } }),
        ),
      ),
    ),
    documents.length > LATEST_DOCUMENTS &&
      el('p', { className: 'muted' }, `and ${documents.length - LATEST_DOCUMENTS} more: search them under Documents, with the filters`),
  );
}

/** Documents the corpus overview lists, the latest first: the filters' document list finds the rest. */
const LATEST_DOCUMENTS = 12;
