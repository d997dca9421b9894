/**
 * The side panel of a selected entity: label, type, aliases with counts, mention and document
 * counts (in the period shown), when it was named, neighbours by link weight (click to move there,
 * or to read the link's sentences), the documents it appears in, and the focus controls: its
 * neighbourhood, a shortest path to another.
 */

import type { SearchResult } from '#model/types';
import { ENTITY_TYPES, type CurationRequest, type EntityDetail } from '#model/types';
import type { Timeline } from '#model/timeline';
import { describeMerge } from '../state/curation';
import { typeColour } from '../render/appearance';
import type { PathReport } from '../state/path';
import type { FocusDepth, ViewState } from '../state/types';
import { button, el, plural, swatch } from './dom';
import { mountSearch } from './search';
import { whenNamed } from './sparkline';

export interface EntityActions {
  select(id: string): void;
  showLink(source: string, target: string): void;
  openDocument(id: number): void;
  setFocus(depth: FocusDepth): void;
  pathTo(id: string): void;
  clearPath(): void;
  /** Whether a search result can be a path's far end (it is in the graph on screen). */
  inGraph(result: SearchResult): boolean;
  /** A curation action on the entities (server/curation); the app applies it and refreshes the graph. */
  curate(request: CurationRequest): void;
}

export function entityPanel(detail: EntityDetail, timeline: Timeline | null, view: ViewState, path: PathReport, actions: EntityActions): HTMLElement {
  return el(
    'section',
    { className: 'entity', attrs: { 'aria-label': `Entity: ${detail.label}`, 'data-entity': detail.id } },
    el('h2', { className: 'entity-label' }, swatch(typeColour(detail.type)), detail.label),
    ...(detail.title === undefined ? [] : [el('p', { className: 'entity-title', attrs: { 'aria-label': 'Title' } }, detail.title)]),
    el(
      'p',
      { className: 'meta' },
      el('span', { className: 'type' }, detail.type),
      ` · ${plural(detail.mentions, 'mention')} · ${plural(detail.documents, 'document')}`,
      view.period === null ? '' : ` from ${view.period.from} to ${view.period.to}`,
    ),
    whenNamed(detail.seen, timeline, view.period),
    el('h3', {}, 'Aliases'),
    aliasList(detail, actions),
    ...mergeReasons(detail),
    curation(detail, actions),
    el('h3', {}, 'Focus'),
    focusControls(view, actions),
    pathBlock(detail, path, actions),
    el('h3', {}, `Neighbours (${detail.neighbours.length})`),
    detail.neighbours.length === 0 ? el('p', { className: 'muted' }, 'No links.') : neighbourList(detail, actions),
    el('h3', {}, 'Documents'),
    documentList(detail, actions),
    ...reportedOn(detail, actions),
  );
}

/** The entity's names with their counts; each can be split off when there are several. */
function aliasList(detail: EntityDetail, actions: EntityActions): HTMLElement {
  const splittable = detail.aliases.length > 1;
  return el(
    'ul',
    { className: 'aliases', attrs: { 'aria-label': 'Aliases' } },
    ...detail.aliases.map((alias) =>
      el(
        'li',
        {},
        el('span', { className: 'alias' }, alias.name),
        el('span', { className: 'count' }, `×${alias.count}`),
        splittable &&
          button('split off', () => actions.curate({ action: 'split', entity: detail.id, alias: alias.name }), {
            className: 'small',
            title: `Make “${alias.name}” an entity of its own`,
            attrs: { 'data-split': alias.name },
          }),
      ),
    ),
  );
}

/** Why the names were taken as one entity, when any were merged. */
function mergeReasons(detail: EntityDetail): HTMLElement[] {
  if (detail.merges.length === 0) return [];
  return [
    el('h3', {}, 'Why these names'),
    el(
      'ul',
      { className: 'merges', attrs: { 'aria-label': 'Merge reasons' } },
      ...detail.merges.map((record) => el('li', { attrs: { 'data-by': record.by } }, describeMerge(record))),
    ),
  ];
}

/** The whole graph, or the entity's neighbourhood one or two steps out. */
function focusControls(view: ViewState, actions: EntityActions): HTMLElement {
  return el(
    'div',
    { className: 'segmented', attrs: { role: 'group', 'aria-label': 'Show neighbourhood' } },
    ...([0, 1, 2] as const).map((depth) =>
      button(depth === 0 ? 'Whole graph' : depth === 1 ? '1 step' : '2 steps', () => actions.setFocus(depth), {
        attrs: { 'aria-pressed': String(view.focus === depth), 'data-focus': String(depth) },
      }),
    ),
  );
}

/** The search for a path's far end, and the path found (or that there is none). */
function pathBlock(detail: EntityDetail, path: PathReport, actions: EntityActions): HTMLElement {
  const pathSearch = mountSearch({
    id: 'path-search',
    label: 'Shortest path to',
    placeholder: 'Shortest path to…',
    accept: (result) => result.id !== detail.id && actions.inGraph(result),
    onChoose: (result) => actions.pathTo(result.id),
  });
  const block = el('div', { className: 'path' }, pathSearch.element);
  if (path !== null) {
    block.append(
      path.found
        ? el('p', { className: 'path-result' }, `Path (${plural(path.labels.length - 1, 'step')}): ${path.labels.join(' → ')}`)
        : el('p', { className: 'path-result warning' }, `No chain of links joins ${detail.label} and ${path.to}.`),
      button('Clear path', () => actions.clearPath()),
    );
  }
  return block;
}

/** The neighbours by link weight: click one to move there, or to read the link's sentences. */
function neighbourList(detail: EntityDetail, actions: EntityActions): HTMLElement {
  return el(
    'ol',
    { className: 'neighbours', attrs: { 'aria-label': 'Neighbours' } },
    ...detail.neighbours.map((neighbour) =>
      el(
        'li',
        {},
        button(
          [
            swatch(typeColour(neighbour.type)),
            el('span', { className: 'label' }, neighbour.label),
            el('span', { className: 'count', title: 'link weight' }, String(neighbour.weight)),
          ],
          () => actions.select(neighbour.id),
          { className: 'link-button entity-row neighbour', attrs: { 'data-entity': neighbour.id } },
        ),
        button('sentences', () => actions.showLink(detail.id, neighbour.id), {
          className: 'small',
          title: `The sentences in which ${detail.label} and ${neighbour.label} occur together`,
          attrs: { 'data-evidence': neighbour.id },
        }),
      ),
    ),
  );
}

function documentList(detail: EntityDetail, actions: EntityActions): HTMLElement {
  return el(
    'ul',
    { className: 'documents' },
    ...detail.documentList.map((doc) =>
      el(
        'li',
        {},
        button(doc.title, () => actions.openDocument(doc.id), { className: 'link-button' }),
        el('span', { className: 'count', title: doc.date ?? 'undated' }, `${doc.date ?? 'undated'} · ${doc.mentions}`),
      ),
    ),
  );
}

/** For an outlet, the entities it reported on. */
function reportedOn(detail: EntityDetail, actions: EntityActions): HTMLElement[] {
  if (detail.reported.length === 0) return [];
  return [
    el('h3', {}, 'Reported on'),
    el(
      'ul',
      { className: 'reported' },
      ...detail.reported.map((r) =>
        el(
          'li',
          {},
          button(r.label, () => actions.select(r.id), { className: 'link-button' }),
          el('span', { className: 'count' }, String(r.count)),
        ),
      ),
    ),
  ];
}

/**
 * Curation of the entity: rename, change type, hide, and merge another entity into this one
 * (picked by search). Each is a rule the server keeps and applies to every document.
 */
function curation(detail: EntityDetail, actions: EntityActions): HTMLElement {
  const name = el('input', { attrs: { id: 'rename-input', type: 'text', 'aria-label': 'New label', maxlength: '500' } });
  name.value = detail.label;
  const rename = el('form', { className: 'curate-row' }, name, el('button', { attrs: { type: 'submit', id: 'rename-entity' } }, 'Rename'));
  rename.addEventListener('submit', (event) => {
    event.preventDefault();
    const label = name.value.trim();
    if (label !== '' && label !== detail.label) actions.curate({ action: 'rename', entity: detail.id, label });
  });

  const type = el(
    'select',
    { attrs: { id: 'retype-select', 'aria-label': 'Entity type' } },
    ...ENTITY_TYPES.map((option) => el('option', { attrs: { value: option } }, option)),
  );
  type.value = detail.type;
  type.addEventListener('change', () => {
    const chosen = ENTITY_TYPES.find((option) => option === type.value);
    if (chosen !== undefined && chosen !== detail.type) actions.curate({ action: 'retype', entity: detail.id, type: chosen });
  });
  const hide = button('Hide', () => actions.curate({ action: 'hide', entity: detail.id }), {
    attrs: { id: 'hide-entity' },
    title: `Put ${detail.label} on the stop list: not drawn, not linked, in this and later documents`,
  });

  const merge = mountSearch({
    id: 'merge-search',
    label: `Merge into ${detail.label}`,
    placeholder: `Merge another entity into this one…`,
    accept: (result) => result.id !== detail.id && actions.inGraph(result),
    onChoose: (result) => actions.curate({ action: 'merge', entity: result.id, into: detail.id }),
  });
  return el(
    'div',
    { className: 'curation', attrs: { role: 'group', 'aria-label': 'Curate' } },
    el('h3', {}, 'Curate'),
    rename,
    el('div', { className: 'curate-row' }, type, hide),
    merge.element,
  );
}
