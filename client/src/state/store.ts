/**
 * The one holder of the view state: `set` replaces it and tells every subscriber, which re-render
 * from it. It knows nothing of the URL or the DOM; history.ts binds it to the address bar.
 */

import type { ViewState } from './types';

export interface Store {
  get(): ViewState;
  /** `source: 'history'` marks a change that came from the address bar (back, forward), not from the person. */
  set(next: ViewState, source?: 'user' | 'history'): void;
  update(change: (view: ViewState) => ViewState): void;
  subscribe(listener: (view: ViewState, previous: ViewState, source: 'user' | 'history') => void): () => void;
}

export function createStore(initial: ViewState): Store {
  let view = initial;
  const listeners = new Set<(view: ViewState, previous: ViewState, source: 'user' | 'history') => void>();
  const store: Store = {
    get: () => view,
    set(next, source = 'user') {
      if (next === view) return;
      const previous = view;
      view = next;
      for (const listener of [...listeners]) listener(view, previous, source);
    },
    update(change) {
      store.set(change(view));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return store;
}

/** The view with another entity selected: the link, path and focus that belonged to the old one go. */
export function selectEntity(view: ViewState, id: string | null): ViewState {
  return { ...view, selected: id, edge: null, path: id === null ? null : view.path, focus: id === null ? 0 : view.focus };
}

/** The view with nothing selected. Filters, the camera and the open document stay. */
export function clearSelection(view: ViewState): ViewState {
  return { ...view, selected: null, edge: null, path: null, focus: 0 };
}

/** What Esc does: it closes the document reader first, as it closes any window on top; then it clears the selection. */
export function escapeView(view: ViewState): ViewState {
  return view.document !== null ? { ...view, document: null } : clearSelection(view);
}

/** Whether two views differ in their camera alone (a pan or a zoom). */
export function sameExceptCamera(a: ViewState, b: ViewState): boolean {
  return JSON.stringify({ ...a, camera: null }) === JSON.stringify({ ...b, camera: null });
}
