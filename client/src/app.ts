/**
 * The explorer's composition root: it opens the corpus, then mounts the controllers (the map, the
 * corpus behind it, the reader, curation, uploads, the timeline and the panels) over one shared
 * state, and returns a handle whose `kill` ends them in the reverse order.
 */

import { TypedEventEmitter } from 'sigma/types';
import { mountCorpus, openCorpus } from './controllers/corpus';
import { mountCuration } from './controllers/curation';
import { mountMap } from './controllers/map';
import { mountPanels } from './controllers/panels';
import { mountReader } from './controllers/reader';
import { statusLine, type Controller, type Shared } from './controllers/shared';
import { mountTimelineStrip } from './controllers/timeline';
import { mountUploads } from './controllers/upload';
import { isKnownType } from './render/appearance';
import { bindHistory } from './state/history';
import { createStore } from './state/store';
import { decodeView } from './state/url';

export interface Explorer {
  kill(): void;
}

function required(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`Plexus: the page has no #${id} element (is index.html from this build?)`);
  return element;
}

export async function startExplorer(): Promise<Explorer> {
  const status = statusLine(required('status'));
  const store = createStore(decodeView(window.location.search, isKnownType));
  const opening = await openCorpus(store.get());
  const shared: Shared = {
    store,
    graph: opening.graph,
    savedMap: opening.savedMap,
    stats: opening.stats,
    documents: [],
    whole: !opening.overviewFirst,
    visibility: { nodes: new Set(), edges: new Set() },
    path: null,
    status,
    events: new TypedEventEmitter(),
  };
  // Mounted in this order, they hear a change of the view, and each other's events, in this order.
  const map = mountMap(shared, required('graph'));
  const corpus = mountCorpus(shared, opening);
  const reader = mountReader(shared, required('reader-slot'), map, corpus);
  const curation = mountCuration(shared, corpus);
  const controllers: Controller[] = [
    map,
    corpus,
    reader,
    curation,
    mountUploads(required('upload'), corpus, map),
    mountTimelineStrip(shared, required('timeline'), required('changes-slot')),
    mountPanels(
      shared,
      {
        filters: required('filters'),
        panel: required('panel'),
        search: required('search-slot'),
        toolbar: required('toolbar'),
        top: document.querySelector<HTMLElement>('header.top') ?? document.body,
      },
      { map, reader, curation },
    ),
  ];
  const unbindHistory = bindHistory(store, isKnownType);
  document.body.dataset['explorer'] = 'ready';
  return {
    kill() {
      unbindHistory();
      for (const controller of controllers.reverse()) controller.kill();
    },
  };
}
