/**
 * The map: sigma and the layout worker on the graph, what the view draws (filters, focus, the
 * masks of the chosen documents and period, the marks of the last upload) counted in the status
 * line, and the camera as the view moves. Sigma does the drawing; this decides what it is told.
 */

import { api, ApiError } from '../api';
import { mountLayoutWorker, type LayoutControl } from '../render/layout-worker';
import { lookContext, NOTHING_DRAWN, type LookContext } from '../render/look';
import { mountRenderer, type Renderer, type RendererEvents } from '../render/renderer';
import { exportPositions } from '../state/export';
import type { GraphChanges } from '../state/graph';
import { layoutIterations, SETTLE_BEFORE_FIRST_FRAME_UP_TO } from '../state/layout';
import { createMasks, type Masks } from '../state/masks';
import { shortestPath } from '../state/path';
import { clearSelection, sameExceptCamera, selectEntity } from '../state/store';
import type { ViewState } from '../state/types';
import { computeVisibility, onlyWhatIsNew, type Visibility } from '../state/visibility';
import { plural } from '../ui/dom';
import { inspectorOf } from './inspector';
import { offerMore, offerWhatIsNew } from './map-offers';
import { afterNextFrame, debounce } from './schedule';
import { reasonOf, type Controller, type Shared } from './shared';

export interface MapController extends Controller {
  readonly renderer: Renderer;
  /** Selects an entity and centres the map on it once it is drawn. */
  select(id: string): void;
  /** Marks what an upload added, until the next action. */
  markNew(changes: GraphChanges): void;
  /** Starts the layout, or stops it and saves the map with the store. */
  toggleLayout(): void;
}

export function mountMap(shared: Shared, container: HTMLElement): MapController {
  return new MapView(shared, container);
}

const NOTHING: Visibility = { nodes: new Set(), edges: new Set() };

class MapView implements MapController {
  readonly renderer: Renderer;
  private readonly layout: LayoutControl;
  private readonly masks: Masks;
  private hovered: string | null = null;
  /** What the last upload added: marked until the next action; `onlyFresh` shows nothing else. */
  private fresh: Visibility = NOTHING;
  private onlyFresh = false;
  private context: LookContext = NOTHING_DRAWN;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly shared: Shared,
    container: HTMLElement,
  ) {
    const { graph, store, status, events } = shared;
    this.masks = createMasks(
      api.graph,
      () => this.recompute(store.get()),
      (message) => status.say(message),
      (message) => status.say(message),
    );
    this.renderer = mountRenderer(container, graph, () => this.context, this.pointerEvents());
    this.layout = mountLayoutWorker(graph, (running) => events.emit('layout', running));
    this.unsubscribe = store.subscribe((view, previous, source) => this.follow(view, previous, source));
    events.on('reloaded', this.onReloaded).on('grown', this.onGrown);

    const view = store.get();
    this.masks.update(view);
    this.recompute(view);
    if (view.camera !== null) this.renderer.setCamera(view.camera);
    window.plexusExplorer = inspectorOf(graph, this.renderer);
    void afterNextFrame().then(() => (document.body.dataset['firstFrame'] = String(Math.round(performance.now()))));
    if (shared.whole) this.settle();
  }

  select(id: string): void {
    if (!this.shared.graph.hasNode(id)) {
      this.shared.status.say(`“${id}” is not in the graph.`);
      return;
    }
    this.shared.store.update((view) => selectEntity(view, id));
    // Centre once the reducers have drawn it (it may just have been unhidden).
    requestAnimationFrame(() => this.renderer.centreOn(id));
  }

  markNew(changes: GraphChanges): void {
    this.fresh = { nodes: new Set(changes.added), edges: new Set(changes.addedEdges) };
    this.onlyFresh = false;
    this.recompute(this.shared.store.get());
  }

  toggleLayout(): void {
    if (!this.layout.isRunning()) return this.layout.start();
    this.layout.stop();
    void this.saveMap();
  }

  kill(): void {
    delete window.plexusExplorer;
    this.unsubscribe();
    this.shared.events.off('reloaded', this.onReloaded).off('grown', this.onGrown);
    this.layout.kill();
    this.renderer.kill();
  }

  /** What is drawn, computed again from the view; the graph itself is left as it is. */
  private recompute(view: ViewState): void {
    const { shared } = this;
    const { graph } = shared;
    shared.path = view.path === null ? null : shortestPath(graph, view.path[0], view.path[1]);
    shared.visibility = computeVisibility(graph, view, this.masks.current());
    if (this.onlyFresh) shared.visibility = onlyWhatIsNew(graph, shared.visibility, this.fresh);
    this.context = this.look(view);
    this.renderer.refresh();
    const { nodes, edges } = shared.visibility;
    shared.status.say(`${nodes.size} of ${graph.order} entities · ${edges.size} of ${graph.size} links shown`);
    offerMore(shared, view, this.masks.current());
    if (this.fresh.nodes.size + this.fresh.edges.size > 0) {
      offerWhatIsNew(shared.status, this.fresh, this.onlyFresh, () => {
        this.onlyFresh = !this.onlyFresh;
        this.recompute(view);
        this.renderer.fitShown();
      });
    }
    shared.events.emit('drawn');
  }

  private look(view: ViewState): LookContext {
    const { visibility, path } = this.shared;
    return lookContext(this.shared.graph, view, { visibility, path, hovered: this.hovered, fresh: this.fresh });
  }

  /** Follows a change of the view: what is drawn, and where the camera looks. */
  private follow(view: ViewState, previous: ViewState, source: 'user' | 'history'): void {
    this.masks.update(view);
    if (!sameExceptCamera(previous, view)) {
      // The next action ends the marks of the last upload.
      this.fresh = NOTHING;
      this.onlyFresh = false;
      this.recompute(view);
    }
    // A filter, a focus or a path changes what is drawn: the camera frames what is left.
    if (source === 'user' && reframes(previous, view)) this.renderer.fitShown();
    if (source === 'history') {
      if (view.camera !== null) this.renderer.setCamera(view.camera);
      else if (previous.camera !== null) this.renderer.setCamera(null);
    }
  }

  private pointerEvents(): RendererEvents {
    const { graph, store } = this.shared;
    return {
      hover: (node) => {
        this.hovered = node;
        this.renderer.refresh();
      },
      clickNode: (node) => store.update((view) => selectEntity(view, node)),
      clickEdge: (edge) => {
        const [source, target] = graph.extremities(edge);
        store.update((view) => ({ ...view, selected: view.selected === target ? target : source, edge: [source, target] }));
      },
      clickStage: () => store.update(clearSelection),
      camera: debounce((camera) => store.update((view) => ({ ...view, camera })), 250),
    };
  }

  private readonly onReloaded = (): void => {
    this.masks.clear();
    this.masks.update(this.shared.store.get());
    this.recompute(this.shared.store.get());
  };

  private readonly onGrown = (): void => {
    this.recompute(this.shared.store.get());
    this.settle();
  };

  /** A large graph was drawn at its seeded positions; it settles now, in the worker, on screen. */
  private settle(): void {
    const { graph, savedMap } = this.shared;
    if (graph.order > SETTLE_BEFORE_FIRST_FRAME_UP_TO && Object.keys(savedMap).length === 0) this.layout.settle(layoutIterations(graph.order));
    document.body.dataset['graph'] = 'whole';
  }

  /** Keeps the map as the analyst left it with the store: the next visit and the exports show it. */
  private async saveMap(): Promise<void> {
    try {
      const { saved } = await api.saveLayout(exportPositions(this.shared.graph).positions);
      this.shared.status.say(`Map saved with the store (${plural(saved, 'entity', 'entities')})`);
    } catch (error) {
      const reason = error instanceof ApiError && error.status === 401 ? 'this server asks a token for changes' : reasonOf(error);
      this.shared.status.say(`Map not saved: ${reason}`);
    }
  }
}

/** Whether the change draws another set of entities, which the camera then frames. */
function reframes(previous: ViewState, view: ViewState): boolean {
  return JSON.stringify([previous.filters, previous.focus, previous.path, previous.top]) !== JSON.stringify([view.filters, view.focus, view.path, view.top]);
}
