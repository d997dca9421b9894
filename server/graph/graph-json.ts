/**
 * The JSON of the whole graph (no filter, no metrics), kept in pieces, one per entity and link:
 * after a new document only the pieces of what it touched are written again. While uploads change
 * the graph many times a second, every read would otherwise serialise all of it again.
 */
import type { CooccurrenceWindow } from '../model/types';
import type { PlexusGraph } from './cooccurrence';
import { GRAPH_OPTIONS } from './filter';

export class GraphJson {
  private readonly nodes = new Map<string, string>();
  private readonly edges = new Map<string, string>();

  /** Entities whose attributes changed: their pieces are written again. */
  touchNodes(ids: Iterable<string>): void {
    for (const id of ids) this.nodes.delete(id);
  }

  /** Links whose attributes changed: their pieces are written again. */
  touchEdges(keys: Iterable<string>): void {
    for (const key of keys) this.edges.delete(key);
  }

  /** Every piece is written again: for changes that are not told piece by piece (a merge, a removal). */
  clear(): void {
    this.nodes.clear();
    this.edges.clear();
  }

  /** The same text as `JSON.stringify(serializeGraph(graph, window))`. */
  serialize(graph: PlexusGraph, window: CooccurrenceWindow): string {
    const nodes = graph
      .nodes()
      .sort()
      .map((key) => {
        let piece = this.nodes.get(key);
        if (piece === undefined) {
          piece = JSON.stringify({ key, attributes: graph.getNodeAttributes(key) });
          this.nodes.set(key, piece);
        }
        return piece;
      });
    const edges: string[] = [];
    graph.forEachEdge((key, attributes, source, target) => {
      let piece = this.edges.get(key);
      if (piece === undefined) {
        piece = JSON.stringify({ key, source, target, attributes, undirected: true });
        this.edges.set(key, piece);
      }
      edges.push(piece);
    });
    const attributes = JSON.stringify({ window, nodes: graph.order, edges: graph.size });
    return `{"attributes":${attributes},"options":${JSON.stringify(GRAPH_OPTIONS)},"nodes":[${nodes.join(',')}],"edges":[${edges.join(',')}]}`;
  }
}
