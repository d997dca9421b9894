/**
 * The toolbar over the graph: the layout's start/stop control, size by mentions or degree, fit
 * the view, and export. The PNG is made here from the current view; data exports (GEXF, CSV…)
 * are the server's job and arrive with its export API: their place is marked, with no dead button.
 */

import type { Store } from '../state/store';
import type { SizeBy, ViewState } from '../state/types';
import { button, el } from './dom';

export interface ToolbarActions {
  toggleLayout(): void;
  fit(): void;
  exportPng(): Promise<void>;
}

export interface Toolbar {
  sync(view: ViewState): void;
  setLayoutRunning(running: boolean): void;
}

export function mountToolbar(container: HTMLElement, store: Store, actions: ToolbarActions): Toolbar {
  const layout = button('▶ Run layout', () => actions.toggleLayout(), {
    attrs: { id: 'layout-toggle', 'aria-pressed': 'false' },
    title: 'ForceAtlas2 in a background worker; stop it when the map looks settled',
  });
  const sizeSelect = el(
    'select',
    { attrs: { id: 'size-by', 'aria-label': 'Size entities by' } },
    el('option', { attrs: { value: 'mentions' } }, 'Size: mentions'),
    el('option', { attrs: { value: 'degree' } }, 'Size: links (degree)'),
  );
  sizeSelect.addEventListener('change', () => {
    const sizeBy: SizeBy = sizeSelect.value === 'degree' ? 'degree' : 'mentions';
    store.update((view) => ({ ...view, sizeBy }));
  });
  const status = el('span', { className: 'export-status', attrs: { role: 'status' } });
  const png = button('Export PNG', () => {
    status.textContent = 'Drawing…';
    actions
      .exportPng()
      .then(() => (status.textContent = ''))
      .catch((error: unknown) => (status.textContent = `Export failed: ${error instanceof Error ? error.message : String(error)}`));
  }, { attrs: { id: 'export-png' }, title: 'Download the current view as a PNG image' });
  const dataExports = el(
    'span',
    { className: 'placeholder', attrs: { id: 'data-exports' }, title: 'GEXF, GraphML and CSV exports come with the server export API (a later issue)' },
    'Data exports: coming with the server’s export API',
  );
  container.append(layout, sizeSelect, button('Fit', () => actions.fit(), { title: 'Show the whole graph' }), png, status, dataExports);

  return {
    sync(view) {
      sizeSelect.value = view.sizeBy;
    },
    setLayoutRunning(running) {
      layout.textContent = running ? '■ Stop layout' : '▶ Run layout';
      layout.setAttribute('aria-pressed', String(running));
    },
  };
}
