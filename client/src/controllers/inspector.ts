/**
 * A read-only window onto what is drawn, for the end-to-end tests and for curious people at the
 * console (`plexusExplorer.renderedNodes()`). It reads sigma's own display data, after the reducers.
 */

import type { Renderer } from '../render/renderer';
import type { ClientGraph } from '../state/types';

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

export function inspectorOf(graph: ClientGraph, renderer: Renderer): ExplorerInspector {
  const { sigma } = renderer;
  return {
    renderedNodes: () =>
      graph
        .filterNodes((node) => sigma.getNodeDisplayData(node)?.hidden === false)
        .map((id) => ({
          id,
          type: graph.getNodeAttribute(id, 'type'),
          label: graph.getNodeAttribute(id, 'label'),
        })),
    renderedEdges: () =>
      graph
        .filterEdges((edge) => sigma.getEdgeDisplayData(edge)?.hidden === false)
        .map((edge) => ({
          source: graph.source(edge),
          target: graph.target(edge),
          weight: graph.getEdgeAttribute(edge, 'weight'),
          size: sigma.getEdgeDisplayData(edge)?.size ?? 0,
        })),
    viewportPosition: (id) => renderer.viewportPosition(id),
    graphPosition: (id) => (graph.hasNode(id) ? { x: graph.getNodeAttribute(id, 'x'), y: graph.getNodeAttribute(id, 'y') } : null),
    camera: () => renderer.camera(),
    marked: () => graph.filterNodes((node) => sigma.getNodeDisplayData(node)?.highlighted === true),
    labels: () => renderer.labels(),
  };
}
