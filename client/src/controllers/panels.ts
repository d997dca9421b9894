/**
 * The panels around the map: the filters, the details of the selection (drawers on a narrow
 * window), the search box, the toolbar and the page's keys. They redraw from the view and from
 * what the map drew; what a person asks of them goes to the map, the reader or curation.
 */

import { isKnownType } from '../render/appearance';
import { communityLegend } from '../state/legend';
import { pathReport } from '../state/path';
import { escapeView, sameExceptCamera } from '../state/store';
import type { ViewState } from '../state/types';
import { countByType } from '../state/visibility';
import { mountDrawers, type Drawers } from '../ui/drawers';
import { mountFilters, type FilterData, type FilterPanel } from '../ui/filters';
import { bindKeyboard } from '../ui/keyboard';
import { mountSearch, type SearchBox } from '../ui/search';
import { mountSidePanel, type SidePanel, type SidePanelDeps } from '../ui/side-panel';
import { mountToolbar, type Toolbar } from '../ui/toolbar';
import type { CurationController } from './curation';
import { exportData, exportImage } from './exports';
import type { MapController } from './map';
import type { ReaderController } from './reader';
import type { Controller, Shared } from './shared';

export interface PanelSlots {
  filters: HTMLElement;
  panel: HTMLElement;
  search: HTMLElement;
  toolbar: HTMLElement;
  /** The top bar, whose buttons open the drawers. */
  top: HTMLElement;
}

/** The controllers the panels hand work to. */
export interface PanelPeers {
  map: MapController;
  reader: ReaderController;
  curation: CurationController;
}

export function mountPanels(shared: Shared, slots: PanelSlots, peers: PanelPeers): Controller {
  return new Panels(shared, slots, peers);
}

class Panels implements Controller {
  private readonly filters: FilterPanel;
  private readonly drawers: Drawers;
  private readonly search: SearchBox;
  private readonly toolbar: Toolbar;
  private readonly side: SidePanel;
  private readonly unbindKeys: () => void;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly shared: Shared,
    slots: PanelSlots,
    private readonly peers: PanelPeers,
  ) {
    const { store, graph, events } = shared;
    this.filters = mountFilters(slots.filters, store);
    this.drawers = mountDrawers(slots.top);
    this.filters.setData(filterData(shared));
    this.search = mountSearch({
      id: 'search',
      label: 'Search entities',
      placeholder: 'Search people, organisations, places… ( / )',
      accept: (result) => graph.hasNode(result.id),
      onChoose: (result) => peers.map.select(result.id),
    });
    slots.search.append(this.search.element);
    this.toolbar = mountToolbar(slots.toolbar, store, {
      toggleLayout: () => peers.map.toggleLayout(),
      undoCuration: () => peers.curation.undo(),
      fit: () => peers.map.renderer.setCamera(null),
      exportImage: (format, scale) => exportImage(shared, peers.map.renderer, format, scale),
      exportData: (href) => exportData(graph, href),
    });
    this.side = mountSidePanel(slots.panel, this.sidePanelDeps());
    this.unbindKeys = bindKeyboard({
      focusSearch: () => this.search.input.focus(),
      escape: () => store.update(escapeView),
      undoCuration: () => peers.curation.undo(),
    });
    this.unsubscribe = store.subscribe((view, previous, source) => this.follow(view, previous, source));
    events.on('drawn', this.onDrawn).on('reloaded', this.onReloaded).on('listed', this.onListed).on('grown', this.onGrown);
    events.on('layout', this.onLayout).on('undoable', this.onUndoable);
    this.sync(store.get());
    this.onDrawn();
  }

  kill(): void {
    const { events } = this.shared;
    events.off('drawn', this.onDrawn).off('reloaded', this.onReloaded).off('listed', this.onListed).off('grown', this.onGrown);
    events.off('layout', this.onLayout).off('undoable', this.onUndoable);
    this.unsubscribe();
    this.unbindKeys();
    this.drawers.kill();
  }

  private sync(view: ViewState): void {
    this.filters.sync(view);
    this.toolbar.sync(view);
    this.side.sync(view);
  }

  private follow(view: ViewState, previous: ViewState, source: 'user' | 'history'): void {
    if (!sameExceptCamera(previous, view)) this.sync(view);
    // On a narrow window, choosing an entity or a link brings its details out.
    const chosen = view.selected !== previous.selected || JSON.stringify(view.edge) !== JSON.stringify(previous.edge);
    if (source === 'user' && chosen && (view.selected !== null || view.edge !== null)) this.drawers.open('panel');
  }

  private sidePanelDeps(): SidePanelDeps {
    const { shared, peers } = this;
    const { store, graph } = shared;
    return {
      graph,
      stats: () => shared.stats,
      documents: () => shared.documents,
      path: (view) => pathReport(graph, view, shared.path),
      entity: {
        select: (id) => peers.map.select(id),
        showLink: (source, target) => store.update((view) => ({ ...view, selected: source, edge: [source, target] })),
        openDocument: (id) => peers.reader.open(id, -1),
        setFocus: (focus) => store.update((view) => ({ ...view, focus })),
        pathTo: (id) => store.update((view) => (view.selected === null ? view : { ...view, path: [view.selected, id] })),
        clearPath: () => store.update((view) => ({ ...view, path: null })),
        inGraph: (result) => graph.hasNode(result.id),
        curate: (request) => peers.curation.curate(request),
      },
      evidence: {
        select: (id) => peers.map.select(id),
        openDocument: (id, sentenceBegin) => peers.reader.open(id, sentenceBegin),
      },
    };
  }

  private readonly onDrawn = (): void => {
    const { graph, visibility, store } = this.shared;
    this.filters.setLegend(store.get().colourBy === 'community' ? communityLegend(graph, visibility.nodes) : null);
  };

  private readonly onReloaded = (): void => {
    this.filters.setData(filterData(this.shared));
    this.side.invalidate(this.shared.store.get());
  };

  private readonly onListed = (): void => {
    this.filters.setData(filterData(this.shared));
    // Only the corpus overview lists documents; an entity's panel may hold what the analyst is typing.
    const view = this.shared.store.get();
    if (view.selected === null && view.edge === null) this.side.invalidate(view);
  };

  private readonly onGrown = (): void => this.filters.setData(filterData(this.shared));
  private readonly onLayout = (running: boolean): void => this.toolbar.setLayoutRunning(running);
  private readonly onUndoable = (last: string | null): void => this.toolbar.setUndo(last);
}

/** What the filter panel offers: the types in the server's order with their counts, the sliders' ranges, the documents. */
function filterData(shared: Shared): FilterData {
  const { graph } = shared;
  let maxWeight = 0;
  let maxMentions = 0;
  graph.forEachEdge((_edge, attributes) => (maxWeight = Math.max(maxWeight, attributes.weight)));
  graph.forEachNode((_node, attributes) => (maxMentions = Math.max(maxMentions, attributes.mentions)));
  // The display order is the server's (CorpusStats.byType follows ENTITY_TYPES).
  const types = Object.keys(shared.stats.byType).filter(isKnownType);
  return { types, typeCounts: countByType(graph), maxWeight, maxMentions, documents: shared.documents };
}
