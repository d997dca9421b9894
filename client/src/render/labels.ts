/**
 * The label layer: which entities may be labelled (the most important of a large map), where each
 * label goes in a frame (./label-placement, by real text width, none overlapping), and drawing it
 * there. Sigma calls `draw` for each label; the placement is worked out once per frame.
 */

import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData } from 'sigma/types';
import type { ClientGraph } from '../state/types';
import { nodeLook } from './appearance';
import { placeLabels, type LabelCandidate, type PlacedLabel } from './label-placement';
import type { LookContext } from './look';

/**
 * Entities whose labels are placed in a frame, at most: the most important of a large map. Sigma
 * is asked for all of them, and each placement is worked out once per frame.
 */
export const LABEL_CANDIDATES = 3000;

export const LABEL_SIZE = 13;
/** Height of a label's box: the text's size and a little room for descenders. */
const LABEL_HEIGHT = LABEL_SIZE + 4;

/** Display data as the reducer leaves it: sigma's, and whether the entity must be labelled. */
export type LabelData = Partial<NodeDisplayData> & { key: string; mustLabel?: boolean };

/** A placed label, with where its entity was when it was placed. */
type AnchoredLabel = PlacedLabel & { anchor: { x: number; y: number } };

export interface LabelLayer {
  /** Chooses again which entities may be labelled, after the view changed. */
  choose(): void;
  /** Whether an entity is among those that may be labelled. */
  isCandidate(node: string): boolean;
  /** Forgets the last frame's placement: a new frame is being drawn. */
  newFrame(): void;
  /** Sigma's label drawer. */
  draw(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void;
  /** The last frame's labels, with their boxes on screen, in CSS pixels of the container. */
  placed(): ReadonlyMap<string, AnchoredLabel>;
}

/** The label layer of a sigma that `sigma()` gives once it exists (its settings name `draw` before it does). */
export function labelLayer(graph: ClientGraph, look: () => LookContext, sigma: () => Sigma): LabelLayer {
  let candidates = new Set<string>();
  let placement: Map<string, PlacedLabel> | undefined;
  let lastPlacement = new Map<string, AnchoredLabel>();
  const widths = new Map<string, number>();

  const anchorOf = (node: string): { x: number; y: number } => {
    const data = sigma().getNodeDisplayData(node);
    return data === undefined ? { x: 0, y: 0 } : sigma().framedGraphToViewport({ x: data.x, y: data.y });
  };
  const widthOf = (context: CanvasRenderingContext2D, label: string): number => {
    let width = widths.get(label);
    if (width === undefined) {
      width = context.measureText(label).width;
      widths.set(label, width);
    }
    return width;
  };
  return {
    choose() {
      const { visibility, highlight, scale } = look();
      const shown = [...visibility.nodes].filter((node) => graph.hasNode(node));
      if (shown.length > LABEL_CANDIDATES) {
        const sizes = new Map(shown.map((node) => [node, nodeLook(node, graph.getNodeAttributes(node), visibility, highlight, scale).size]));
        shown.sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0));
      }
      candidates = new Set(shown.slice(0, LABEL_CANDIDATES));
    },
    isCandidate: (node) => candidates.has(node),
    newFrame() {
      placement = undefined;
    },
    draw(context, data, settings) {
      const live = context.canvas === sigma().getCanvases()['labels'];
      if (live && placement === undefined) {
        placement = placeFrame(sigma(), candidates, look().highlight.hovered, context, settings, widthOf);
        lastPlacement = new Map([...placement].map(([id, placed]) => [id, { ...placed, anchor: anchorOf(id) }]));
      }
      const placed = lastPlacement.get(data.key);
      // The hovered and highlighted entities' labels are drawn by sigma's hover layer, in their box.
      const drawnBySigma = data.highlighted === true || data.key === look().highlight.hovered;
      if (placed === undefined || !data.label || data.x === undefined || data.y === undefined || drawnBySigma) return;
      const scale = settings.labelSize / LABEL_SIZE;
      drawText(
        context,
        data.label,
        data.x + (placed.box.x - placed.anchor.x) * scale,
        data.y + (placed.box.y + placed.box.height / 2 - placed.anchor.y) * scale,
        settings,
      );
    },
    placed: () => lastPlacement,
  };
}

/** Where each candidate's label goes in this frame, the hovered entity's included. */
function placeFrame(
  sigma: Sigma,
  candidates: ReadonlySet<string>,
  hovered: string | null,
  context: CanvasRenderingContext2D,
  settings: Settings,
  widthOf: (context: CanvasRenderingContext2D, label: string) => number,
): Map<string, PlacedLabel> {
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const list: LabelCandidate[] = [];
  const add = (node: string): void => {
    const data = sigma.getNodeDisplayData(node) as LabelData | undefined;
    if (data === undefined || data.hidden || !data.label || data.x === undefined || data.y === undefined) return;
    const { x, y } = sigma.framedGraphToViewport({ x: data.x, y: data.y });
    // Sigma draws the hovered and the highlighted entities' labels itself, on their right, in a box.
    const boxed = node === hovered || data.highlighted === true;
    const radius = sigma.scaleSize(data.size ?? 1);
    const width = widthOf(context, data.label);
    list.push({
      id: node,
      x,
      y,
      radius,
      width,
      height: LABEL_HEIGHT,
      must: data.mustLabel === true || boxed,
      importance: data.size ?? 0,
      side: boxed ? 'right' : undefined,
    });
  };
  for (const node of candidates) add(node);
  if (hovered !== null && !candidates.has(hovered)) add(hovered);
  const { width, height } = sigma.getDimensions();
  return placeLabels(list, { x: 0, y: 0, width, height });
}

/** A label's text at (x, y), its middle on y, with a white edge that keeps it readable over links. */
function drawText(context: CanvasRenderingContext2D, label: string, x: number, y: number, settings: Settings): void {
  const scale = settings.labelSize / LABEL_SIZE;
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  context.textBaseline = 'middle';
  context.lineWidth = 3 * scale;
  context.strokeStyle = 'rgba(255, 255, 255, 0.9)';
  context.strokeText(label, x, y);
  context.fillStyle = settings.labelColor.color ?? '#000';
  context.fillText(label, x, y);
  context.textBaseline = 'alphabetic';
}
