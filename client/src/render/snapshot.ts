/** The map as it is drawn, for the image exports: a canvas at a larger scale (PNG), or a scene of shapes (SVG). */

import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { NodeDisplayData } from 'sigma/types';
import type { ClientGraph } from '../state/types';
import type { LabelLayer } from './labels';
import { LABEL_SIZE } from './labels';
import type { MapScene } from './svg';

/** The map drawn `scale` times larger than on screen, from the same camera. */
export function canvasAt(sigma: Sigma, scale: number): Promise<HTMLCanvasElement> {
  const { width, height } = sigma.getDimensions();
  const nodeReducer = sigma.getSetting('nodeReducer');
  const edgeReducer = sigma.getSetting('edgeReducer');
  return drawOnCanvas(sigma, {
    width: width * scale,
    height: height * scale,
    backgroundColor: '#ffffff',
    cameraState: sigma.getCamera().getState(),
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
}

/** What is drawn, in CSS pixels of the container, with the labels where the last frame placed them. */
export function sceneOf(sigma: Sigma, graph: ClientGraph, labels: LabelLayer): Omit<MapScene, 'key' | 'caption'> {
  const { width, height } = sigma.getDimensions();
  const anchorOf = (node: string): { x: number; y: number } => {
    const data = sigma.getNodeDisplayData(node);
    return data === undefined ? { x: 0, y: 0 } : sigma.framedGraphToViewport({ x: data.x, y: data.y });
  };
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
  const placed = [...labels.placed()].map(([id, label]) => ({
    text: graph.getNodeAttribute(id, 'label'),
    x: label.box.x,
    y: label.box.y,
    height: label.box.height,
  }));
  return { width, height, nodes: byZ(nodes), edges: byZ(edges), labels: placed };
}
