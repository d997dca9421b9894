/**
 * The explorer's composition root: loads the corpus, builds the graph once, mounts sigma, the
 * layout worker and the UI, and keeps them in step with the view state. Filters, hover, selection,
 * focus and paths only recompute the look context the reducers read; the graph is never rebuilt.
 * `startExplorer` returns a handle whose `kill` tears everything down.
 */

import type { CorpusStats, CurationRule, DocumentSummary, EntityType } from '../../server/model/types';
import { api, ApiError, type CurationAnswer } from './api';
import { isKnownType, sizeValue } from './render/appearance';
import { mountLayoutWorker } from './render/layout-worker';
import { mountRenderer, type LookContext } from './render/renderer';
import { layoutIterations, SETTLE_BEFORE_FIRST_FRAME_UP_TO } from './state/layout';
import { extendInSteps, graphFromWire, updateGraph, type GraphChanges } from './state/graph';
import { describeRule } from './state/curation';
import { attachmentName, exportPositions } from './state/export';
import { bindHistory } from './state/history';
import { shortestPath, type GraphPath } from './state/path';
import { download, mapPng, mapSvgBlob } from './render/image-export';
import { caption, keyEntries } from './state/caption';
import { communityLegend } from './state/legend';
import { clearSelection, createStore, escapeView, selectEntity } from './state/store';
import type { ClientGraph, ViewState } from './state/types';
import { decodeView } from './state/url';
import { computeVisibility, entityLimit, onlyWhatIsNew, OVERVIEW_STEP, countByType, type Visibility } from './state/visibility';
import { createMasks } from './state/masks';
import { button, plural, replaceChildren } from './ui/dom';
import type { PathReport } from './ui/entity-panel';
import { mountFilters } from './ui/filters';
import { mountDrawers } from './ui/drawers';
import { bindKeyboard } from './ui/keyboard';
import { reader } from './ui/reader';
import { mountSearch } from './ui/search';
import { mountSidePanel } from './ui/side-panel';
import { mountToolbar } from './ui/toolbar';
import { mountUpload } from './ui/upload';
import { mountTimeline } from './ui/timeline';

/**
 * A read-only window onto what is drawn, for the end-to-end tests and for curious people at the
 * console (`plexusExplorer.renderedNodes()`). It reads sigma's own display data, after the reducers.
 */
export interface ExplorerInspector {
  renderedNodes(): { id: string; type: string; label: string }[];
  /** The links drawn, with the weight the server sent and the thickness sigma draws. */
  renderedEdges(): { source: string; target: string; weight: number; size: number }[];
  viewportPosition(id: string): { x: number; y: number } | null;
  /** Where an entity is on the map, in graph coordinates (what the store saves). */
  graphPosition(id: string): { x: number; y: number } | null;
  camera(): { x: number; y: number; ratio: number };
  /** The entities drawn marked (the selection, and what the last upload added). */
  marked(): string[];
  /** The labels drawn in the last frame, with their boxes in CSS pixels of the map. */
  labels(): { id: string; box: { x: number; y: number; width: number; height: number } }[];
}

declare global {
  interface Window {
    plexusExplorer?: ExplorerInspector;
  }
}

export interface Explorer {
  kill(): void;
}

interface Elements {
  graph: HTMLElement;
  stage: HTMLElement;
  filters: HTMLElement;
  upload: HTMLElement;
  panel: HTMLElement;
  readerSlot: HTMLElement;
  searchSlot: HTMLElement;
  toolbar: HTMLElement;
  status: HTMLElement;
}

function required(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`Plexus: the page has no #${id} element (is index.html from this build?)`);
  return element;
}

export async function startExplorer(): Promise<Explorer> {
  const dom: Elements = {
    graph: required('graph'),
    stage: required('stage'),
    filters: required('filters'),
    upload: required('upload'),
    panel: required('panel'),
    readerSlot: required('reader-slot'),
    searchSlot: required('search-slot'),
    toolbar: required('toolbar'),
    status: required('status'),
  };
  const isType = (name: string): name is EntityType => isKnownType(name);
  const store = createStore(decodeView(window.location.search, isType));
  const weighingOf = (view: ViewState) => ({ weighting: view.filters.weighting, minCount: view.filters.minCount });
  // The list of documents (megabytes on a large store) fills the panels after the first frame.
  const firstDocuments = api.documents();
  const [firstStats, savedMap] = await Promise.all([api.stats(), api.layout()]);
  // A graph too large to settle before its first frame opens on its overview; the rest follows.
  const overviewFirst = firstStats.entities > SETTLE_BEFORE_FIRST_FRAME_UP_TO;
  const wire = await api.graph({ ...weighingOf(store.get()), ...(overviewFirst ? { top: OVERVIEW_STEP } : {}) });
  let stats: CorpusStats = firstStats;
  let documents: DocumentSummary[] = [];
  const graph: ClientGraph = graphFromWire(wire, savedMap, !overviewFirst);

  const masks = createMasks(
    api.graph,
    () => recompute(store.get()),
    (message) => setStatus(message),
  );

  let hovered: string | null = null;
  let path: GraphPath | null = null;
  // What the last upload added: marked until the next action; `onlyFresh` shows nothing else.
  let fresh: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } = { nodes: new Set(), edges: new Set() };
  let onlyFresh = false;
  let visibility: Visibility = { nodes: new Set(), edges: new Set() };
  let context: LookContext;

  const pathFor = (view: ViewState): GraphPath | null => (view.path === null ? null : shortestPath(graph, view.path[0], view.path[1]));
  /** The entities drawn linked with `node`. */
  const shownNeighbours = (node: string | null): Set<string> => {
    const neighbours = new Set<string>();
    if (node !== null && graph.hasNode(node)) {
      graph.forEachEdge(node, (edge, _attributes, source, target) => {
        if (visibility.edges.has(edge)) neighbours.add(source === node ? target : source);
      });
    }
    return neighbours;
  };
  const buildContext = (view: ViewState): LookContext => {
    const hoveredNeighbours = shownNeighbours(hovered);
    const selectedNeighbours = shownNeighbours(view.selected);
    const edge = view.edge !== null && graph.hasNode(view.edge[0]) && graph.hasNode(view.edge[1]) ? (graph.edge(view.edge[0], view.edge[1]) ?? null) : null;
    let max = 0;
    graph.forEachNode((_node, attributes) => {
      max = Math.max(max, sizeValue(attributes, view.sizeBy));
    });
    let maxWeight = 0;
    graph.forEachEdge((_edge, attributes) => {
      maxWeight = Math.max(maxWeight, attributes.weight);
    });
    return {
      visibility,
      highlight: {
        hovered,
        hoveredNeighbours,
        selected: view.selected,
        selectedNeighbours,
        fresh: fresh.nodes,
        freshEdges: fresh.edges,
        edge,
        edgeEnds: edge === null ? [] : graph.extremities(edge),
        path,
      },
      scale: { sizeBy: view.sizeBy, max, colourBy: view.colourBy },
      edgeScale: { weighting: view.filters.weighting, max: maxWeight },
    };
  };
  context = {
    visibility,
    highlight: {
      hovered: null,
      hoveredNeighbours: new Set(),
      selected: null,
      selectedNeighbours: new Set(),
      fresh: new Set(),
      freshEdges: new Set(),
      edge: null,
      edgeEnds: [],
      path: null,
    },
    scale: { sizeBy: 'mentions', max: 1, colourBy: 'type' },
    edgeScale: { weighting: 'count', max: 1 },
  };

  const renderer = mountRenderer(dom.graph, graph, () => context, {
    hover(node) {
      hovered = node;
      context = buildContext(store.get());
      renderer.refresh();
    },
    clickNode(node) {
      store.update((view) => selectEntity(view, node));
    },
    clickEdge(edge) {
      const [source, target] = graph.extremities(edge);
      store.update((view) => ({ ...view, selected: view.selected === target ? target : source, edge: [source, target] }));
    },
    clickStage() {
      store.update(clearSelection);
    },
    camera: debounce((camera) => store.update((view) => ({ ...view, camera })), 250),
  });

  const layout = mountLayoutWorker(graph, (running) => toolbar.setLayoutRunning(running));

  const setStatus = (text: string): void => {
    dom.status.textContent = text;
  };
  /** Keeps the map as the analyst left it with the store: the next visit and the exports show it. */
  const saveMap = async (): Promise<void> => {
    try {
      const { saved } = await api.saveLayout(exportPositions(graph).positions);
      setStatus(`Map saved with the store (${plural(saved, 'entity', 'entities')})`);
    } catch (error) {
      const reason = error instanceof ApiError && error.status === 401 ? 'this server asks a token for changes' : (error as Error).message;
      setStatus(`Map not saved: ${reason}`);
    }
  };
  function recompute(view: ViewState): void {
    path = pathFor(view);
    visibility = computeVisibility(graph, view, masks.current());
    if (onlyFresh) visibility = onlyWhatIsNew(graph, visibility, fresh);
    context = buildContext(view);
    renderer.refresh();
    filters.setLegend(view.colourBy === 'community' ? communityLegend(graph, visibility.nodes) : null);
    setStatus(`${visibility.nodes.size} of ${graph.order} entities · ${visibility.edges.size} of ${graph.size} links shown`);
    offerMore(view);
    if (fresh.nodes.size + fresh.edges.size > 0) offerWhatIsNew(view);
  }

  /** When the view draws only the largest entities of what the filters leave, the offer to draw more. */
  function offerMore(view: ViewState): void {
    const limit = entityLimit(graph, view);
    if (limit === Infinity || view.focus > 0 || visibility.nodes.size < limit) return;
    const all = computeVisibility(graph, { ...view, top: 'all' }, masks.current()).nodes.size;
    if (all <= visibility.nodes.size) return;
    const more = button(
      `Show ${Math.min(OVERVIEW_STEP, all - limit)} more`,
      () => store.update((v) => ({ ...v, top: limit + OVERVIEW_STEP >= all ? 'all' : limit + OVERVIEW_STEP })),
      {
        className: 'link-button',
        attrs: { id: 'show-more' },
      },
    );
    const everything = button('Show all', () => store.update((v) => ({ ...v, top: 'all' })), { className: 'link-button', attrs: { id: 'show-all' } });
    dom.status.append(` · the largest by ${view.sizeBy} of ${all} · `, more, ' · ', everything);
  }

  /** The status line's offer to show only what the last upload added, or everything again. */
  function offerWhatIsNew(view: ViewState): void {
    const toggle = button(
      onlyFresh ? 'Show everything' : 'Show only what is new',
      () => {
        onlyFresh = !onlyFresh;
        recompute(view);
        renderer.fitShown();
      },
      { className: 'link-button', attrs: { id: 'only-new' } },
    );
    dom.status.append(
      ' · ',
      `${fresh.nodes.size} new ${fresh.nodes.size === 1 ? 'entity' : 'entities'}, ${fresh.edges.size} new ${fresh.edges.size === 1 ? 'link' : 'links'} · `,
      toggle,
    );
  }

  const pathReport = (view: ViewState): PathReport => {
    if (view.path === null) return null;
    const to = view.path[1];
    const toLabel = graph.hasNode(to) ? graph.getNodeAttribute(to, 'label') : to;
    if (path === null) return { found: false, to: toLabel };
    return { found: true, labels: path.nodes.map((node) => graph.getNodeAttribute(node, 'label')) };
  };

  const select = (id: string, centre = true): void => {
    if (!graph.hasNode(id)) {
      setStatus(`“${id}” is not in the graph.`);
      return;
    }
    store.update((view) => selectEntity(view, id));
    // Centre once the reducers have drawn it (it may just have been unhidden).
    if (centre) requestAnimationFrame(() => renderer.centreOn(id));
  };
  let readerScroll: number | null = null;
  const openDocument = (id: number, sentenceBegin: number): void => {
    readerScroll = sentenceBegin >= 0 ? sentenceBegin : null;
    store.update((view) => ({ ...view, document: id }));
  };

  const filters = mountFilters(dom.filters, store);
  const drawers = mountDrawers(document.querySelector<HTMLElement>('header.top') ?? document.body);
  const filterData = () => {
    let maxWeight = 0;
    let maxMentions = 0;
    graph.forEachEdge((_edge, attributes) => (maxWeight = Math.max(maxWeight, attributes.weight)));
    graph.forEachNode((_node, attributes) => (maxMentions = Math.max(maxMentions, attributes.mentions)));
    const counts = countByType(graph);
    // The display order is the server's (CorpusStats.byType follows ENTITY_TYPES).
    const types = Object.keys(stats.byType).filter(isType);
    return { types, typeCounts: counts, maxWeight, maxMentions, documents };
  };
  filters.setData(filterData());

  const search = mountSearch({
    id: 'search',
    label: 'Search entities',
    placeholder: 'Search people, organisations, places… ( / )',
    accept: (result) => graph.hasNode(result.id),
    onChoose: (result) => select(result.id),
  });
  dom.searchSlot.append(search.element);

  /**
   * An export with the map as it is now: the positions go with the request and the file comes back
   * under the server's name. Where the server wants a token for that (PLEXUS_TOKEN), the plain link
   * downloads it at the explorer's first map instead, and the note says so.
   */
  const exportData = async (href: string): Promise<string | null> => {
    try {
      const { blob, disposition } = await api.exportFile(href, exportPositions(graph));
      saveBlob(blob, attachmentName(disposition, 'plexus-export'));
      return null;
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 401) throw error;
      saveHref(href);
      return 'Exported at the first map’s positions: this server asks a token for the current ones';
    }
  };

  const toolbar = mountToolbar(dom.toolbar, store, {
    toggleLayout: () => {
      if (!layout.isRunning()) return layout.start();
      layout.stop();
      void saveMap();
    },
    undoCuration: () => undoCuration(),
    fit: () => renderer.setCamera(null),
    async exportImage(format, scale) {
      const view = store.get();
      const key = keyEntries(view, view.colourBy === 'community' ? communityLegend(graph, visibility.nodes).keys : []);
      const now = new Date();
      const text = caption(view, { documents: stats.documents, entities: graph.order, shown: visibility.nodes.size, links: visibility.edges.size }, now);
      const name = `plexus-map_${now.toISOString().slice(0, 10)}`;
      if (format === 'svg') download(mapSvgBlob(renderer, key, text), `${name}.svg`);
      else download(await mapPng(renderer, scale, key, text), `${name}${scale > 1 ? `_${scale}x` : ''}.png`);
    },
    exportData: (href) => exportData(href),
  });

  const panel = mountSidePanel(dom.panel, {
    graph,
    stats: () => stats,
    documents: () => documents,
    path: pathReport,
    entity: {
      select,
      showLink: (source, target) => store.update((view) => ({ ...view, selected: source, edge: [source, target] })),
      openDocument: (id) => openDocument(id, -1),
      setFocus: (focus) => store.update((view) => ({ ...view, focus })),
      pathTo: (id) => store.update((view) => (view.selected === null ? view : { ...view, path: [view.selected, id] })),
      clearPath: () => store.update((view) => ({ ...view, path: null })),
      inGraph: (result) => graph.hasNode(result.id),
      curate: (request) => runCuration(() => api.curate(request)),
    },
    evidence: { select, openDocument },
  });

  let readerKey = '';
  const syncReader = (view: ViewState): void => {
    const key = JSON.stringify([view.document, view.selected]);
    if (key === readerKey) return;
    readerKey = key;
    if (view.document === null) {
      replaceChildren(dom.readerSlot);
      dom.readerSlot.hidden = true;
      return;
    }
    const id = view.document;
    const scroll = readerScroll;
    readerScroll = null;
    api
      .document(id)
      .then((detail) => {
        if (store.get().document !== id) return;
        dom.readerSlot.hidden = false;
        const close = (): void => store.update((v) => ({ ...v, document: null }));
        replaceChildren(
          dom.readerSlot,
          reader(
            detail,
            store.get().selected,
            { select: (entity) => select(entity), close, remove: () => removeDocument(id, detail.document.title, close) },
            scroll,
          ),
        );
      })
      .catch((error: unknown) => setStatus(`Document ${id} could not be opened: ${error instanceof Error ? error.message : String(error)}`));
  };

  /**
   * Fetches the graph again (the corpus or the weighting changed) and updates the one on screen in
   * place. Answers that arrive after a newer request are dropped, so a quick change of mind wins.
   */
  let reloads = 0;
  const formerLabels = new Map<string, string>();
  const reload = async (): Promise<GraphChanges | null> => {
    const ticket = ++reloads;
    const [nextWire, nextStats, nextDocuments] = await Promise.all([api.graph(weighingOf(store.get())), api.stats(), api.documents()]);
    if (ticket !== reloads) return null;
    // Entities may leave the graph (merged, hidden); rules about them still name them by label.
    graph.forEachNode((id, attributes) => formerLabels.set(id, attributes.label));
    const changes = updateGraph(graph, nextWire);
    // The selection may have gone (hidden, or merged into another entity by curation).
    const view = store.get();
    if ((view.selected !== null && !graph.hasNode(view.selected)) || (view.edge !== null && !view.edge.every((id) => graph.hasNode(id)))) {
      store.set(clearSelection(view));
    }
    stats = nextStats;
    documents = nextDocuments;
    masks.clear();
    masks.update(store.get());
    timeline.refresh();
    filters.setData(filterData());
    recompute(store.get());
    panel.invalidate(store.get());
    return changes;
  };

  /**
   * Curation: the server applies the rule to every document; the graph is then fetched again and
   * updated in place (no reload), and the undo control names the newest rule.
   */
  const labelOf = (id: string): string => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : (formerLabels.get(id) ?? id));
  const showRules = (rules: readonly CurationRule[]): void => {
    const [last] = rules;
    toolbar.setUndo(last === undefined ? null : describeRule(last, labelOf));
  };
  let curating = false;
  const runCuration = (send: () => Promise<CurationAnswer>): void => {
    if (curating) return;
    curating = true;
    send()
      .then(async (answer) => {
        const done = answer.rule ?? answer.undone;
        const words = done === undefined ? '' : describeRule(done, labelOf);
        await reload();
        showRules(answer.rules);
        setStatus(`${answer.undone === undefined ? 'Done' : 'Undone'}: ${words} · ${dom.status.textContent ?? ''}`);
      })
      .catch((error: unknown) => setStatus(`Curation failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        curating = false;
      });
  };
  const undoCuration = (): void => runCuration(() => api.undoCuration());
  api
    .curationRules()
    .then(showRules)
    .catch((error: unknown) => setStatus(`The curation rules could not be read: ${error instanceof Error ? error.message : String(error)}`));

  const removeDocument = (id: number, title: string, close: () => void): void => {
    api
      .removeDocument(id)
      .then(async () => {
        close();
        await reload();
        setStatus(`Removed “${title}” · ${dom.status.textContent ?? ''}`);
      })
      .catch((error: unknown) => setStatus(`“${title}” could not be removed: ${error instanceof Error ? error.message : String(error)}`));
  };

  mountUpload(dom.upload, document.body, async () => {
    const changes = await reload();
    if (changes === null) return;
    fresh = { nodes: new Set(changes.added), edges: new Set(changes.addedEdges) };
    onlyFresh = false;
    recompute(store.get());
  });

  const apply = (view: ViewState, previous: ViewState | null, source: 'user' | 'history'): void => {
    if (previous !== null && JSON.stringify(weighingOf(previous)) !== JSON.stringify(weighingOf(view))) {
      reload().catch((error: unknown) => setStatus(`The graph could not be weighted again: ${error instanceof Error ? error.message : String(error)}`));
    }
    masks.update(view);
    const onlyCamera = previous !== null && sameExceptCamera(previous, view);
    if (!onlyCamera && (fresh.nodes.size > 0 || fresh.edges.size > 0)) {
      // The next action ends the marks of the last upload.
      fresh = { nodes: new Set(), edges: new Set() };
      onlyFresh = false;
    }
    if (!onlyCamera) {
      recompute(view);
      filters.sync(view);
      toolbar.sync(view);
      panel.sync(view);
      syncReader(view);
    }
    // On a narrow window, choosing an entity or a link brings its details out.
    if (
      source === 'user' &&
      previous !== null &&
      (view.selected !== previous.selected || JSON.stringify(view.edge) !== JSON.stringify(previous.edge)) &&
      (view.selected !== null || view.edge !== null)
    ) {
      drawers.open('panel');
    }
    // A filter, a focus or a path changes what is drawn: the camera frames what is left.
    if (
      source === 'user' &&
      previous !== null &&
      JSON.stringify([previous.filters, previous.focus, previous.path, previous.top]) !== JSON.stringify([view.filters, view.focus, view.path, view.top])
    ) {
      renderer.fitShown();
    }
    if (source === 'history' || previous === null) {
      if (view.camera !== null) renderer.setCamera(view.camera);
      else if (previous?.camera != null) renderer.setCamera(null);
    }
  };
  const timeline = mountTimeline(required('timeline'), store, api, required('changes-slot'));
  const unsubscribe = store.subscribe((view, previous, source) => apply(view, previous, source));
  const unbindHistory = bindHistory(store, isType);
  const unbindKeys = bindKeyboard({
    focusSearch: () => search.input.focus(),
    escape: () => store.update(escapeView),
    undoCuration,
  });
  apply(store.get(), null, 'history');

  window.plexusExplorer = {
    renderedNodes: () =>
      graph
        .filterNodes((node) => renderer.sigma.getNodeDisplayData(node)?.hidden === false)
        .map((id) => ({
          id,
          type: graph.getNodeAttribute(id, 'type'),
          label: graph.getNodeAttribute(id, 'label'),
        })),
    renderedEdges: () =>
      graph
        .filterEdges((edge) => renderer.sigma.getEdgeDisplayData(edge)?.hidden === false)
        .map((edge) => ({
          source: graph.source(edge),
          target: graph.target(edge),
          weight: graph.getEdgeAttribute(edge, 'weight'),
          size: renderer.sigma.getEdgeDisplayData(edge)?.size ?? 0,
        })),
    viewportPosition: (id) => renderer.viewportPosition(id),
    graphPosition: (id) => (graph.hasNode(id) ? { x: graph.getNodeAttribute(id, 'x'), y: graph.getNodeAttribute(id, 'y') } : null),
    camera: () => renderer.camera(),
    marked: () => graph.filterNodes((node) => renderer.sigma.getNodeDisplayData(node)?.highlighted === true),
    labels: () => renderer.labels(),
  };
  document.body.dataset['explorer'] = 'ready';
  firstDocuments
    .then((list) => {
      // A reload in the meantime brought a newer list.
      if (reloads > 0) return;
      documents = list;
      filters.setData(filterData());
      // Only the corpus overview lists documents; an entity's panel may hold what the analyst is typing.
      const view = store.get();
      if (view.selected === null && view.edge === null) panel.invalidate(view);
    })
    .catch((error: unknown) => setStatus(`The documents could not be listed: ${error instanceof Error ? error.message : String(error)}`));
  // A large graph was drawn at its seeded positions; it settles now, in the worker, on screen.
  const settleLarge = (): void => {
    if (graph.order > SETTLE_BEFORE_FIRST_FRAME_UP_TO && Object.keys(savedMap).length === 0) layout.settle(layoutIterations(graph.order));
    document.body.dataset['graph'] = 'whole';
  };
  void afterFirstFrame().then(() => (document.body.dataset['firstFrame'] = String(Math.round(performance.now()))));
  if (!overviewFirst) settleLarge();
  else {
    setStatus(`Showing the ${plural(graph.order, 'most mentioned entity', 'most mentioned entities')} while the rest of the graph loads…`);
    const ticket = reloads;
    // Asked for once the overview is on screen, so that parsing it does not hold up that frame.
    afterFirstFrame()
      .then(() => api.graph(weighingOf(store.get())))
      .then(async (whole) => {
        // Batches between which the map is drawn and answers; a reload in the meantime brought the whole graph already.
        const steps = extendInSteps(graph, whole, savedMap, WHOLE_GRAPH_BATCH);
        while (ticket === reloads && !steps.next().done) await nextTask();
        filters.setData(filterData());
        recompute(store.get());
        settleLarge();
      })
      .catch((error: unknown) => setStatus(`The rest of the graph could not be loaded: ${error instanceof Error ? error.message : String(error)}`));
  }

  return {
    kill() {
      delete window.plexusExplorer;
      drawers.kill();
      unbindKeys();
      unbindHistory();
      unsubscribe();
      timeline.kill();
      layout.kill();
      renderer.kill();
    },
  };
}

/** Entities and links added to the graph between two turns of the page: a frame's worth of work on software WebGL. */
const WHOLE_GRAPH_BATCH = 20_000;

/** Resolves once the page has drawn the frame that follows this moment. */
function afterFirstFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Resolves in a later task, after the page has drawn and handled input. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}

function sameExceptCamera(a: ViewState, b: ViewState): boolean {
  return JSON.stringify({ ...a, camera: null }) === JSON.stringify({ ...b, camera: null });
}

function debounce<T>(run: (value: T) => void, ms: number): (value: T) => void {
  let timer: number | undefined;
  return (value) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => run(value), ms);
  };
}

/** Saves `blob` as a download named `fileName`. */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  saveHref(url, fileName);
  // After the click has handed the file over; revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Follows `href` as a download (the server's Content-Disposition names it unless `fileName` does). */
function saveHref(href: string, fileName = ''): void {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
}
