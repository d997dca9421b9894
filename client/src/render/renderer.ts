/**
 * Sigma on a container: settings, edge program, reducers and pointer events. Deliberately thin:
 * what each entity and link looks like is decided in appearance.ts from a context the app computes
 * once per change; here the reducers only apply it. `mountRenderer` starts sigma, `kill` ends it.
 */

import Sigma from 'sigma';
import { EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { Camera, ClientGraph } from '../state/types';
import type { Visibility } from '../state/visibility';
import { edgeLook, nodeLook, type EdgeScale, type Highlight, type SizeScale } from './appearance';

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
  setCamera(camera: Camera | null): void;
  /** Where an entity is on screen, in CSS pixels of the container; null when it is not drawn. */
  viewportPosition(node: string): { x: number; y: number } | null;
  kill(): void;
}

/**
 * Above this many links, sigma's line program (one pixel, several times cheaper than the default
 * rectangles) keeps the frame rate up, software WebGL included. Below it, rectangles show weight
 * as thickness and are easier to click.
 */
export const LINE_PROGRAM_ABOVE_EDGES = 1500;

export function mountRenderer(container: HTMLElement, graph: ClientGraph, look: () => LookContext, events: RendererEvents): Renderer {
  const cheapEdges = graph.size > LINE_PROGRAM_ABOVE_EDGES;
  const sigma = new Sigma(graph, container, {
    defaultEdgeType: 'plain',
    edgeProgramClasses: { plain: cheapEdges ? EdgeLineProgram : EdgeRectangleProgram },
    renderEdgeLabels: false,
    enableEdgeEvents: true,
    zIndex: true,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 13,
    labelWeight: '600',
    labelColor: { color: '#1f2328' },
    // Fewer, larger-spaced labels: each stays readable instead of overlapping at every zoom level.
    labelDensity: 0.6,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: 8,
    minCameraRatio: 0.03,
    maxCameraRatio: 8,
    nodeReducer: (node, data) => {
      const { visibility, highlight, scale } = look();
      // Sigma reads `type` as the name of the node program; ours is the entity type, so it is overridden.
      return { ...data, ...nodeLook(node, graph.getNodeAttributes(node), visibility, highlight, scale), type: 'circle' };
    },
    edgeReducer: (edge, data) => {
      const { visibility, highlight, edgeScale } = look();
      const [source, target] = graph.extremities(edge);
      return { ...data, ...edgeLook(edge, graph.getEdgeAttributes(edge), source, target, visibility, highlight, edgeScale) };
    },
  });

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
  const onCamera = (): void => {
    const { x, y, ratio } = camera.getState();
    events.camera({ x, y, ratio });
  };
  camera.on('updated', onCamera);

  return {
    sigma,
    refresh: () => sigma.refresh({ skipIndexation: true }),
    centreOn(node) {
      const data = sigma.getNodeDisplayData(node);
      if (data === undefined) return;
      void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.getState().ratio, 0.6) }, { duration: 450 });
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
    kill() {
      camera.off('updated', onCamera);
      sigma.kill();
    },
  };
}
