/**
 * The toolbar over the graph: the layout's start/stop control, undo of the last curation, size by mentions, degree, PageRank
 * or betweenness, colour by type or community, fit the view, and export. Pictures (PNG, SVG) are
 * made here from the current view; data exports (GEXF, GraphML, JSON, CSV, evidence CSV) are the server's
 * (`/api/export`), offered as download links that carry the filters applied. A click on one whose
 * file holds positions sends the map's positions with it (`exportData`); the link itself is the
 * fallback, and what a middle click or "save link as" gets.
 */

import { canExport, EXPORT_CHOICES, exportHref } from '../state/export';
import type { Store } from '../state/store';
import { COLOUR_BY, SIZE_BY, type ColourBy, type SizeBy, type ViewState } from '../state/types';
import { button, el } from './dom';

export interface ToolbarActions {
  toggleLayout(): void;
  /** Removes the newest curation rule (also Ctrl+Z / Cmd+Z). */
  undoCuration(): void;
  fit(): void;
  /** Downloads a picture of the map: PNG at `scale` times the screen's size, or SVG. */
  exportImage(format: 'png' | 'svg', scale: number): Promise<void>;
  /** Downloads the export at `href` with the entities where the map shows them; resolves to a note when it fell back to the plain link. */
  exportData(href: string): Promise<string | null>;
}

export interface Toolbar {
  sync(view: ViewState): void;
  setLayoutRunning(running: boolean): void;
  /** The newest curation rule, in words, or null when there is none to undo. */
  setUndo(last: string | null): void;
}

export function mountToolbar(container: HTMLElement, store: Store, actions: ToolbarActions): Toolbar {
  const layout = button('▶ Run layout', () => actions.toggleLayout(), {
    attrs: { id: 'layout-toggle', 'aria-pressed': 'false' },
    title: 'ForceAtlas2 in a background worker; stop it when the map looks settled',
  });
  const undo = button('↶ Undo curation', () => actions.undoCuration(), { attrs: { id: 'undo-curation', disabled: '' }, title: 'Nothing to undo' });
  const sizeSelect = el(
    'select',
    { attrs: { id: 'size-by', 'aria-label': 'Size entities by' } },
    el('option', { attrs: { value: 'mentions' } }, 'Size: mentions'),
    el('option', { attrs: { value: 'degree' } }, 'Size: links (degree)'),
    el('option', { attrs: { value: 'pagerank' } }, 'Size: PageRank'),
    el('option', { attrs: { value: 'betweenness' } }, 'Size: betweenness'),
  );
  sizeSelect.addEventListener('change', () => {
    const sizeBy: SizeBy = SIZE_BY.find((option) => option === sizeSelect.value) ?? 'mentions';
    store.update((view) => ({ ...view, sizeBy }));
  });
  const colourSelect = el(
    'select',
    { attrs: { id: 'colour-by', 'aria-label': 'Colour entities by' } },
    el('option', { attrs: { value: 'type' } }, 'Colour: type'),
    el('option', { attrs: { value: 'community' } }, 'Colour: community'),
  );
  colourSelect.addEventListener('change', () => {
    const colourBy: ColourBy = COLOUR_BY.find((option) => option === colourSelect.value) ?? 'type';
    store.update((view) => ({ ...view, colourBy }));
  });
  const status = el('span', { className: 'export-status', attrs: { role: 'status' } });
  const image = (format: 'png' | 'svg', scale: number): void => {
    status.textContent = 'Drawing…';
    actions
      .exportImage(format, scale)
      .then(() => (status.textContent = ''))
      .catch((error: unknown) => (status.textContent = `Export failed: ${error instanceof Error ? error.message : String(error)}`));
  };
  const imageExports = el(
    'details',
    { className: 'data-exports', attrs: { id: 'image-exports' } },
    el('summary', { title: 'A picture of the map as it is shown, with its key and a caption' }, 'Export image'),
    el(
      'ul',
      {},
      el(
        'li',
        {},
        button('PNG', () => image('png', 1), { className: 'link-button', attrs: { id: 'export-png' }, title: 'At the size of the screen' }),
      ),
      el(
        'li',
        {},
        button('PNG, 2× larger', () => image('png', 2), { className: 'link-button', attrs: { id: 'export-png-2' } }),
      ),
      el(
        'li',
        {},
        button('PNG, 4× larger', () => image('png', 4), { className: 'link-button', attrs: { id: 'export-png-4' } }),
      ),
      el(
        'li',
        {},
        button('SVG (vector)', () => image('svg', 1), { className: 'link-button', attrs: { id: 'export-svg' } }),
      ),
    ),
  );
  // Plain download links; their hrefs follow the view (sync), so a click downloads what is shown.
  const exportLinks = EXPORT_CHOICES.map((choice) => ({
    choice,
    link: el(
      'a',
      { attrs: { id: `export-${choice.format.replace('.', '-')}`, href: exportHref(choice.format, store.get()), download: '' }, title: choice.title },
      choice.label,
    ),
  }));
  for (const { choice, link } of exportLinks) {
    if (!choice.positions) continue;
    link.addEventListener('click', (event) => {
      const href = link.getAttribute('href');
      // Modified clicks (a new tab, "save as") keep the plain link.
      if (!href || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      status.textContent = 'Exporting…';
      actions
        .exportData(href)
        .then((note) => (status.textContent = note ?? ''))
        .catch((error: unknown) => (status.textContent = `Export failed: ${error instanceof Error ? error.message : String(error)}`));
    });
  }
  const dataExports = el(
    'details',
    { className: 'data-exports', attrs: { id: 'data-exports' } },
    el('summary', { title: 'The graph with the filters applied (types, weighting, minimum weight and mentions), as a file' }, 'Export data'),
    el('ul', {}, ...exportLinks.map(({ link }) => el('li', {}, link))),
  );
  container.append(
    layout,
    undo,
    sizeSelect,
    colourSelect,
    button('Fit', () => actions.fit(), { title: 'Show the whole graph' }),
    imageExports,
    status,
    dataExports,
  );

  return {
    sync(view) {
      sizeSelect.value = view.sizeBy;
      colourSelect.value = view.colourBy;
      const possible = canExport(view);
      for (const { choice, link } of exportLinks) {
        link.setAttribute('href', exportHref(choice.format, view));
        link.setAttribute('aria-disabled', String(!possible));
        link.hidden = !possible;
      }
    },
    setUndo(last) {
      undo.disabled = last === null;
      undo.title = last === null ? 'Nothing to undo' : `Undo: ${last} (Ctrl+Z)`;
    },
    setLayoutRunning(running) {
      layout.textContent = running ? '■ Stop layout' : '▶ Run layout';
      layout.setAttribute('aria-pressed', String(running));
    },
  };
}
