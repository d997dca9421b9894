/**
 * Sigma on a container: settings, edge program, reducers and pointer events. Deliberately thin:
 * what each entity and link looks like is decided in appearance.ts from a context the app computes
 * once per change; here the reducers only apply it. `mountRenderer` starts sigma, `kill` ends it.
 */

import { drawOnCanvas } from '@sigma/export-image';
import Sigma from 'sigma';
import { EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData } from 'sigma/types';
import type { Camera, ClientGraph } from '../state/types';
import type { Visibility } from '../state/visibility';
import { edgeLook, nodeLook, type EdgeScale, type Highlight, type SizeScale } from './appearance';
import { placeLabels, type Box, type LabelCandidate, type PlacedLabel } from './label-placement';
import { frameAround, frameOf } from './frame';
import type { MapScene } from './svg';
import { wheelZoomRatio } from './wheel';

/** What the reducers need, computed by the app after each change of the view. */
export interface LookContext {
  visibility: Visibility;
  highlight: Highlight;
  scale: SizeScale;
  edgeScale: EdgeScale;
}

export interface RendererEvents {
  hover(node: string | null): void;
  clickNode(node: string): void;
  clickEdge(edge: string): void;
  clickStage(): void;
  /** The camera moved (by the person or an animation). */
  camera(camera: Camera): void;
}

export interface Renderer {
  /** Untyped attributes: sigma's plugins (the PNG export) take a plain Sigma; the reducers read the typed graph. */
  readonly sigma: Sigma;
  /** Re-applies the reducers after the view changed; the graph's index is left alone. */
  refresh(): void;
  /** Moves the camera onto an entity. */
  centreOn(node: string): void;
  /** Frames the entities drawn, so that what a filter left is not lost in empty space. */
  fitShown(): void;
  setCamera(camera: Camera | null): void;
  /** Where an entity is on screen, in CSS pixels of the container; null when it is not drawn. */
  viewportPosition(node: string): { x: number; y: number } | null;
  /** Where the camera is now. */
  camera(): Camera;
  /** The map drawn `scale` times larger than on screen, with the labels where the map placed them. */
  canvasAt(scale: number): Promise<HTMLCanvasElement>;
  /** What is drawn, in CSS pixels of the container: for an SVG of the map. */
  scene(): Omit<MapScene, 'key' | 'caption'>;
  /** The labels of the last frame and their boxes on screen, in CSS pixels of the container. */
  labels(): { id: string; box: Box }[];
  kill(): void;
}

/**
 * Entities whose labels are placed in a frame, at most: the most important of a large map. Sigma
 * is asked for all of them, and each placement is worked out once per frame.
 */
export const LABEL_CANDIDATES = 3000;

const LABEL_SIZE = 13;
/** Height of a label's box: the text's size and a little room for descenders. */
const LABEL_HEIGHT = LABEL_SIZE + 4;

/** Display data as the reducer leaves it: sigma's, and whether the entity must be labelled. */
type LabelData = Partial<NodeDisplayData> & { key: string; mustLabel?: boolean };

/**
 * Above this many links, sigma's line program (one pixel, several times cheaper than the default
 * rectangles) keeps the frame rate up, software WebGL included. Below it, rectangles show weight
 * as thickness and are easier to click.
 */
export const LINE_PROGRAM_ABOVE_EDGES = 1500;

export function mountRenderer(container: HTMLElement, graph: ClientGraph, look: () => LookContext, events: RendererEvents): Renderer {
  const cheapEdges = graph.size > LINE_PROGRAM_ABOVE_EDGES;
  // The entities that may be labelled, chosen again at each refresh; their labels are placed once a frame.
  let candidates = new Set<string>();
  let placement: Map<string, PlacedLabel> | undefined;
  const widths = new Map<string, number>();
  const chooseCandidates = (): void => {
    const { visibility, scale } = look();
    const shown = [...visibility.nodes].filter((node) => graph.hasNode(node));
    if (shown.length > LABEL_CANDIDATES) {
      const size = (node: string) => nodeLook(node, graph.getNodeAttributes(node), look().visibility, look().highlight, scale).size;
      const sizes = new Map(shown.map((node) => [node, size(node)]));
      shown.sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0));
    }
    candidates = new Set(shown.slice(0, LABEL_CANDIDATES));
  };
  const placeFrame = (context: CanvasRenderingContext2D, settings: Settings): Map<string, PlacedLabel> => {
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const hovered = look().highlight.hovered;
    const list: LabelCandidate[] = [];
    const add = (node: string): void => {
      const data = sigma.getNodeDisplayData(node) as LabelData | undefined;
      if (data === undefined || data.hidden || !data.label || data.x === undefined || data.y === undefined) return;
      const { x, y } = sigma.framedGraphToViewport({ x: data.x, y: data.y });
      let width = widths.get(data.label);
      if (width === undefined) {
        width = context.measureText(data.label).width;
        widths.set(data.label, width);
      }
      // Sigma draws the hovered and the highlighted entities' labels itself, on their right, in a box.
      const boxed = node === hovered || data.highlighted === true;
      const must = data.mustLabel === true || boxed;
      list.push({
        id: node,
        x,
        y,
        radius: sigma.scaleSize(data.size ?? 1),
        width,
        height: LABEL_HEIGHT,
        must,
        importance: data.size ?? 0,
        side: boxed ? 'right' : undefined,
      });
    };
    for (const node of candidates) add(node);
    if (hovered !== null && !candidates.has(hovered)) add(hovered);
    const { width, height } = sigma.getDimensions();
    return placeLabels(list, { x: 0, y: 0, width, height });
  };
  // The last frame's labels, with where their entity was: an image export draws them there, scaled.
  let lastPlacement = new Map<string, PlacedLabel & { anchor: { x: number; y: number } }>();
  const drawLabel = (context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void => {
    const live = context.canvas === sigma.getCanvases()['labels'];
    if (live && placement === undefined) {
      placement = placeFrame(context, settings);
      lastPlacement = new Map([...placement].map(([id, placed]) => [id, { ...placed, anchor: anchorOf(id) }]));
    }
    const placed = lastPlacement.get(data.key);
    // The hovered and highlighted entities' labels are drawn by sigma's hover layer, in their box.
    if (
      placed === undefined ||
      !data.label ||
      data.x === undefined ||
      data.y === undefined ||
      data.highlighted === true ||
      data.key === look().highlight.hovered
    )
      return;
    const scale = settings.labelSize / LABEL_SIZE;
    const x = data.x + (placed.box.x - placed.anchor.x) * scale;
    const y = data.y + (placed.box.y + placed.box.height / 2 - placed.anchor.y) * scale;
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    context.textBaseline = 'middle';
    // A white edge keeps the text readable over links.
    context.lineWidth = 3 * scale;
    context.strokeStyle = 'rgba(255, 255, 255, 0.9)';
    context.strokeText(data.label, x, y);
    context.fillStyle = settings.labelColor.color ?? '#000';
    context.fillText(data.label, x, y);
    context.textBaseline = 'alphabetic';
  };
  const anchorOf = (node: string): { x: number; y: number } => {
    const data = sigma.getNodeDisplayData(node);
    return data === undefined ? { x: 0, y: 0 } : sigma.framedGraphToViewport({ x: data.x, y: data.y });
  };
  const sigma = new Sigma(graph, container, {
    defaultEdgeType: 'plain',
    edgeProgramClasses: { plain: cheapEdges ? EdgeLineProgram : EdgeRectangleProgram },
    renderEdgeLabels: false,
    enableEdgeEvents: true,
    zIndex: true,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: LABEL_SIZE,
    labelWeight: '600',
    labelColor: { color: '#1f2328' },
    // Sigma's own label grid picks none: every candidate is asked for, and label-placement.ts decides.
    labelDensity: 0,
    labelRenderedSizeThreshold: Infinity,
    defaultDrawNodeLabel: drawLabel as Settings['defaultDrawNodeLabel'],
    minCameraRatio: 0.03,
    maxCameraRatio: 8,
    nodeReducer: (node, data) => {
      const { visibility, highlight, scale } = look();
      const own = nodeLook(node, graph.getNodeAttributes(node), visibility, highlight, scale);
      // Sigma reads `type` as the name of the node program; ours is the entity type, so it is overridden.
      return { ...data, ...own, forceLabel: candidates.has(node) || own.forceLabel, mustLabel: own.forceLabel, type: 'circle' };
    },
    edgeReducer: (edge, data) => {
      const { visibility, highlight, edgeScale } = look();
      const [source, target] = graph.extremities(edge);
      return { ...data, ...edgeLook(edge, graph.getEdgeAttributes(edge), source, target, visibility, highlight, edgeScale) };
    },
  });
  sigma.on('beforeRender', () => {
    placement = undefined;
  });
  chooseCandidates();
  sigma.refresh();

  sigma.on('enterNode', ({ node }) => events.hover(node));
  sigma.on('leaveNode', () => events.hover(null));
  sigma.on('clickNode', ({ node }) => events.clickNode(node));
  sigma.on('clickEdge', ({ edge }) => events.clickEdge(edge));
  sigma.on('clickStage', () => events.clickStage());
  // Hovering a link shows the hand: it can be clicked for its sentences.
  sigma.on('enterEdge', () => container.classList.add('pointer'));
  sigma.on('leaveEdge', () => container.classList.remove('pointer'));
  sigma.on('enterNode', () => container.classList.add('pointer'));
  sigma.on('leaveNode', () => container.classList.remove('pointer'));
  const camera = sigma.getCamera();
  sigma.getMouseCaptor().on('wheel', (coords) => {
    const wheel = coords.original as WheelEvent;
    // Sigma copies the wheel coordinates after making preventSigmaDefault, which then flags the
    // original; the copy it checks is flagged here.
    coords.preventSigmaDefault();
    coords.sigmaDefaultPrevented = true;
    const ratio = camera.getBoundedRatio(wheelZoomRatio(camera.getState().ratio, wheel.deltaY, wheel.deltaMode));
    camera.setState(sigma.getViewportZoomedState(coords, ratio));
  });
  const onCamera = (): void => {
    const { x, y, ratio } = camera.getState();
    events.camera({ x, y, ratio });
  };
  camera.on('updated', onCamera);

  return {
    sigma,
    refresh() {
      chooseCandidates();
      sigma.refresh({ skipIndexation: true });
    },
    centreOn(node) {
      const data = sigma.getNodeDisplayData(node);
      if (data === undefined) return;
      const neighbours = graph
        .filterNeighbors(node, (neighbour) => sigma.getNodeDisplayData(neighbour)?.hidden === false)
        .map((neighbour) => sigma.getNodeDisplayData(neighbour) as { x: number; y: number });
      void camera.animate(frameAround(data, neighbours), { duration: 450 });
    },
    fitShown() {
      const frame = frameOf(
        graph.filterNodes((node) => sigma.getNodeDisplayData(node)?.hidden === false).map((node) => sigma.getNodeDisplayData(node) as { x: number; y: number }),
      );
      if (frame === null) void camera.animatedReset({ duration: 300 });
      else void camera.animate(frame, { duration: 300 });
    },
    setCamera(state) {
      if (state === null) void camera.animatedReset({ duration: 300 });
      else camera.setState(state);
    },
    viewportPosition(node) {
      const data = sigma.getNodeDisplayData(node);
      if (data === undefined || data.hidden) return null;
      return sigma.framedGraphToViewport({ x: data.x, y: data.y });
    },
    camera() {
      const { x, y, ratio } = camera.getState();
      return { x, y, ratio };
    },
    canvasAt(scale) {
      const { width, height } = sigma.getDimensions();
      const nodeReducer = sigma.getSetting('nodeReducer');
      const edgeReducer = sigma.getSetting('edgeReducer');
      return drawOnCanvas(sigma, {
        width: width * scale,
        height: height * scale,
        backgroundColor: '#ffffff',
        cameraState: camera.getState(),
        sigmaSettings: {
          labelSize: LABEL_SIZE * scale,
          nodeReducer: (node, data) => {
            const out = nodeReducer ? nodeReducer(node, data) : data;
            return { ...out, size: (out.size ?? 1) * scale };
          },
          edgeReducer: (edge, data) => {
            const out = edgeReducer ? edgeReducer(edge, data) : data;
            return { ...out, size: (out.size ?? 1) * scale };
          },
        },
      });
    },
    scene() {
      const { width, height } = sigma.getDimensions();
      const shown = (node: string) => sigma.getNodeDisplayData(node)?.hidden === false;
      const nodes = graph.filterNodes(shown).map((node) => {
        const data = sigma.getNodeDisplayData(node) as NodeDisplayData;
        return { ...anchorOf(node), radius: sigma.scaleSize(data.size), colour: data.color, zIndex: data.zIndex ?? 0 };
      });
      const edges = graph
        .filterEdges((edge) => sigma.getEdgeDisplayData(edge)?.hidden === false && graph.extremities(edge).every(shown))
        .map((edge) => {
          const data = sigma.getEdgeDisplayData(edge);
          const [a, b] = graph.extremities(edge).map(anchorOf);
          return { x1: a.x, y1: a.y, x2: b.x, y2: b.y, colour: data?.color ?? '#ccc', thickness: data?.size ?? 1, zIndex: data?.zIndex ?? 0 };
        });
      const byZ = <T extends { zIndex: number }>(list: T[]) => list.sort((p, q) => p.zIndex - q.zIndex).map(({ zIndex: _z, ...rest }) => rest);
      const labels = [...lastPlacement].map(([id, placed]) => ({
        text: graph.getNodeAttribute(id, 'label'),
        x: placed.box.x,
        y: placed.box.y,
        height: placed.box.height,
      }));
      return { width, height, nodes: byZ(nodes), edges: byZ(edges), labels };
    },
    labels() {
      return [...lastPlacement].map(([id, placed]) => ({ id, box: placed.box }));
    },
    kill() {
      camera.off('updated', onCamera);
      sigma.kill();
    },
  };
}
