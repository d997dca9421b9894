/**
 * Sigma on a container: settings, edge program, reducers and pointer events. Deliberately thin:
 * what each entity and link looks like is decided in appearance.ts from a context the map computes
 * once per change; here the reducers only apply it. `mountRenderer` starts sigma, `kill` ends it.
 */

import Sigma from 'sigma';
import { EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { Camera, ClientGraph } from '../state/types';
import { edgeLook, nodeLook } from './appearance';
import { frameAround, frameOf } from './frame';
import type { Box } from './label-placement';
import { LABEL_SIZE, labelLayer } from './labels';
import type { LookContext } from './look';
import { bindPointer } from './pointer';
import { canvasAt, sceneOf } from './snapshot';
import type { MapScene } from './svg';

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
 * Above this many links, sigma's line program (one pixel, several times cheaper than the default
 * rectangles) keeps the frame rate up, software WebGL included. Below it, rectangles show weight
 * as thickness and are easier to click.
 */
export const LINE_PROGRAM_ABOVE_EDGES = 1500;

export function mountRenderer(container: HTMLElement, graph: ClientGraph, look: () => LookContext, events: RendererEvents): Renderer {
  const cheapEdges = graph.size > LINE_PROGRAM_ABOVE_EDGES;
  const labels = labelLayer(graph, look, () => sigma);
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
    defaultDrawNodeLabel: labels.draw as Settings['defaultDrawNodeLabel'],
    minCameraRatio: 0.03,
    maxCameraRatio: 8,
    nodeReducer: (node, data) => {
      const { visibility, highlight, scale } = look();
      const own = nodeLook(node, graph.getNodeAttributes(node), visibility, highlight, scale);
      // Sigma reads `type` as the name of the node program; ours is the entity type, so it is overridden.
      return { ...data, ...own, forceLabel: labels.isCandidate(node) || own.forceLabel, mustLabel: own.forceLabel, type: 'circle' };
    },
    edgeReducer: (edge, data) => {
      const { visibility, highlight, edgeScale } = look();
      const [source, target] = graph.extremities(edge);
      return { ...data, ...edgeLook(edge, graph.getEdgeAttributes(edge), source, target, visibility, highlight, edgeScale) };
    },
  });
  sigma.on('beforeRender', () => labels.newFrame());
  labels.choose();
  sigma.refresh();
  const unbind = bindPointer(sigma, container, events);
  const camera = sigma.getCamera();
  const drawn = (node: string) => sigma.getNodeDisplayData(node)?.hidden === false;
  const positionOf = (node: string) => sigma.getNodeDisplayData(node) as { x: number; y: number };

  return {
    sigma,
    refresh() {
      labels.choose();
      sigma.refresh({ skipIndexation: true });
    },
    centreOn(node) {
      const data = sigma.getNodeDisplayData(node);
      if (data === undefined) return;
      void camera.animate(frameAround(data, graph.filterNeighbors(node, drawn).map(positionOf)), { duration: 450 });
    },
    fitShown() {
      const frame = frameOf(graph.filterNodes(drawn).map(positionOf));
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
    canvasAt: (scale) => canvasAt(sigma, scale),
    scene: () => sceneOf(sigma, graph, labels),
    labels() {
      return [...labels.placed()].map(([id, placed]) => ({ id, box: placed.box }));
    },
    kill() {
      unbind();
      sigma.kill();
    },
  };
}
