/**
 * The view state and the address bar kept in step: each choice (a filter, a selection) is a
 * history entry, so that back undoes it; camera moves and quick successive changes (a slider being
 * dragged) replace the current entry instead of flooding the history. Back and forward set the state.
 */

import type { EntityType } from '#model/types';
import type { Store } from './store';
import { decodeView, isHistoryStep, viewSearch } from './url';

/** Changes closer together than this are one step of history. */
const COALESCE_MS = 700;

export function bindHistory(store: Store, isType: (name: string) => name is EntityType): () => void {
  // Not 0: performance.now() counts from the page's load, and a first choice within COALESCE_MS of
  // it would replace the entry the page opened with, so that back would leave the explorer.
  let lastPush = -Infinity;
  const unsubscribe = store.subscribe((view, previous, source) => {
    if (source === 'history') return;
    const url = `${window.location.pathname}${viewSearch(view)}`;
    if (url === `${window.location.pathname}${window.location.search}`) return;
    const now = performance.now();
    if (isHistoryStep(previous, view) && now - lastPush > COALESCE_MS) {
      window.history.pushState(null, '', url);
      lastPush = now;
    } else {
      window.history.replaceState(null, '', url);
      if (isHistoryStep(previous, view)) lastPush = now;
    }
  });
  const onPop = (): void => store.set(decodeView(window.location.search, isType), 'history');
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
