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
  const { sizeSelect, colourSelect } = appearanceSelects(store);
  const status = el('span', { className: 'export-status', attrs: { role: 'status' } });
  const report = (work: Promise<string | null | void>, note: string): void => {
    status.textContent = note;
    work
      .then((done) => (status.textContent = done ?? ''))
      .catch((error: unknown) => (status.textContent = `Export failed: ${error instanceof Error ? error.message : String(error)}`));
  };
  const data = dataExportMenu(store, (href) => report(actions.exportData(href), 'Exporting…'));
  container.append(
    layout,
    undo,
    sizeSelect,
    colourSelect,
    button('Fit', () => actions.fit(), { title: 'Show the whole graph' }),
    imageExportMenu((format, scale) => report(actions.exportImage(format, scale), 'Drawing…')),
    status,
    data.element,
  );

  return {
    sync(view) {
      sizeSelect.value = view.sizeBy;
      colourSelect.value = view.colourBy;
      data.sync(view);
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

/** The size and colour choices, which write into the view. */
function appearanceSelects(store: Store): { sizeSelect: HTMLSelectElement; colourSelect: HTMLSelectElement } {
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
  return { sizeSelect, colourSelect };
}

/** The picture exports: PNG at the screen's size, 2× or 4×, and SVG. */
function imageExportMenu(image: (format: 'png' | 'svg', scale: number) => void): HTMLElement {
  const choices: [label: string, id: string, format: 'png' | 'svg', scale: number, title?: string][] = [
    ['PNG', 'export-png', 'png', 1, 'At the size of the screen'],
    ['PNG, 2× larger', 'export-png-2', 'png', 2],
    ['PNG, 4× larger', 'export-png-4', 'png', 4],
    ['SVG (vector)', 'export-svg', 'svg', 1],
  ];
  return el(
    'details',
    { className: 'data-exports', attrs: { id: 'image-exports' } },
    el('summary', { title: 'A picture of the map as it is shown, with its key and a caption' }, 'Export image'),
    el(
      'ul',
      {},
      ...choices.map(([label, id, format, scale, title]) =>
        el(
          'li',
          {},
          button(label, () => image(format, scale), { className: 'link-button', attrs: { id }, ...(title ? { title } : {}) }),
        ),
      ),
    ),
  );
}

/**
 * The data exports as plain download links whose hrefs follow the view (`sync`), so that a click
 * downloads what is shown; a plain click on one that carries positions goes through `withPositions`.
 */
function dataExportMenu(store: Store, withPositions: (href: string) => void): { element: HTMLElement; sync(view: ViewState): void } {
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
      withPositions(href);
    });
  }
  const element = el(
    'details',
    { className: 'data-exports', attrs: { id: 'data-exports' } },
    el('summary', { title: 'The graph with the filters applied (types, weighting, minimum weight and mentions), as a file' }, 'Export data'),
    el('ul', {}, ...exportLinks.map(({ link }) => el('li', {}, link))),
  );
  return {
    element,
    sync(view) {
      const possible = canExport(view);
      for (const { choice, link } of exportLinks) {
        link.setAttribute('href', exportHref(choice.format, view));
        link.setAttribute('aria-disabled', String(!possible));
        link.hidden = !possible;
      }
    },
  };
}
