/**
 * The corpus behind the map: the answers the explorer opens on, the graph fetched again and
 * updated in place when the corpus or the weighting changes, the rest of a large graph after the
 * overview it opened on, and the list of documents after the first frame.
 */

import type { CorpusStats, EdgeWeighting, NodePositions } from '#model/types';
import { api } from '../api';
import { extendInSteps, graphFromWire, updateGraph, type GraphChanges } from '../state/graph';
import { SETTLE_BEFORE_FIRST_FRAME_UP_TO } from '../state/layout';
import { clearSelection } from '../state/store';
import type { ClientGraph, ViewState } from '../state/types';
import { OVERVIEW_STEP } from '../state/visibility';
import { plural } from '../ui/dom';
import { afterNextFrame, nextTask } from './schedule';
import { reasonOf, type Controller, type Shared } from './shared';

/** What the explorer opens on. */
export interface Opening {
  graph: ClientGraph;
  savedMap: NodePositions;
  stats: CorpusStats;
  /** A graph too large to settle before its first frame opens on its overview; the rest follows. */
  overviewFirst: boolean;
}

export interface CorpusController extends Controller {
  /**
   * Fetches the graph again and updates the one on screen in place; null when a newer reload
   * overtook it, so that a quick change of mind wins.
   */
  reload(): Promise<GraphChanges | null>;
  /** An entity's label, or the one it had when it left the graph (rules about it still name it). */
  labelOf(id: string): string;
}

/** Entities and links added to the graph between two turns of the page: a frame's worth of work on software WebGL. */
const WHOLE_GRAPH_BATCH = 20_000;

/** How the view weighs links: what the graph is fetched with. */
function weighingOf(view: ViewState): { weighting: EdgeWeighting; minCount: number | null } {
  return { weighting: view.filters.weighting, minCount: view.filters.minCount };
}

export async function openCorpus(view: ViewState): Promise<Opening> {
  const [stats, savedMap] = await Promise.all([api.stats(), api.layout()]);
  const overviewFirst = stats.entities > SETTLE_BEFORE_FIRST_FRAME_UP_TO;
  const wire = await api.graph({ ...weighingOf(view), ...(overviewFirst ? { top: OVERVIEW_STEP } : {}) });
  return { graph: graphFromWire(wire, savedMap, !overviewFirst), savedMap, stats, overviewFirst };
}

export function mountCorpus(shared: Shared, opening: Opening): CorpusController {
  return new CorpusLink(shared, opening);
}

class CorpusLink implements CorpusController {
  /** Counts the graph's fetches: an answer to an older one is dropped. */
  private reloads = 0;
  private readonly formerLabels = new Map<string, string>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly shared: Shared,
    opening: Opening,
  ) {
    this.unsubscribe = shared.store.subscribe((view, previous) => {
      if (JSON.stringify(weighingOf(previous)) === JSON.stringify(weighingOf(view))) return;
      this.reload().catch((error: unknown) => shared.status.say(`The graph could not be weighted again: ${reasonOf(error)}`));
    });
    // The list of documents (megabytes on a large store) is asked for after the first frame: asked
    // for first, the server answered it before the requests that frame waits for.
    afterNextFrame()
      .then(() => api.documents())
      .then((list) => {
        // A reload in the meantime brought a newer list.
        if (this.reloads > 0) return;
        shared.documents = list;
        shared.events.emit('listed');
      })
      .catch((error: unknown) => shared.status.say(`The documents could not be listed: ${reasonOf(error)}`));
    if (opening.overviewFirst) this.growFromOverview();
  }

  async reload(): Promise<GraphChanges | null> {
    const { shared } = this;
    const ticket = ++this.reloads;
    const [wire, stats, documents] = await Promise.all([api.graph(weighingOf(shared.store.get())), api.stats(), api.documents()]);
    if (ticket !== this.reloads) return null;
    // Entities may leave the graph (merged, hidden); rules about them still name them by label.
    shared.graph.forEachNode((id, attributes) => this.formerLabels.set(id, attributes.label));
    const changes = updateGraph(shared.graph, wire);
    // The selection may have gone (hidden, or merged into another entity by curation).
    const view = shared.store.get();
    if ((view.selected !== null && !shared.graph.hasNode(view.selected)) || (view.edge !== null && !view.edge.every((id) => shared.graph.hasNode(id)))) {
      shared.store.set(clearSelection(view));
    }
    shared.stats = stats;
    shared.documents = documents;
    shared.events.emit('reloaded');
    return changes;
  }

  labelOf(id: string): string {
    const { graph } = this.shared;
    return graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : (this.formerLabels.get(id) ?? id);
  }

  kill(): void {
    this.unsubscribe();
  }

  /** The whole graph, asked for once the overview is on screen so that parsing it does not hold up that frame. */
  private growFromOverview(): void {
    const { shared } = this;
    shared.status.say(`Showing the ${plural(shared.graph.order, 'most mentioned entity', 'most mentioned entities')} while the rest of the graph loads…`);
    const ticket = this.reloads;
    afterNextFrame()
      .then(() => api.graph(weighingOf(shared.store.get())))
      .then(async (whole) => {
        // Batches between which the map is drawn and answers; a reload in the meantime brought the whole graph already.
        const steps = extendInSteps(shared.graph, whole, shared.savedMap, WHOLE_GRAPH_BATCH);
        while (ticket === this.reloads && !steps.next().done) await nextTask();
        shared.whole = true;
        shared.events.emit('grown');
      })
      .catch((error: unknown) => shared.status.say(`The rest of the graph could not be loaded: ${reasonOf(error)}`));
  }
}
