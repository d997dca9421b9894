/** Graphs made for tests of the graph algorithms. */
import { UndirectedGraph } from 'graphology';
import type { PlexusGraph } from '../../server/graph/cooccurrence';
import { mulberry32 } from '../../server/graph/random';

export const person = (label: string) => ({ label, type: 'PERSON' as const, mentions: 1, documents: 1, reports: 0, degree: 0 });

/** `order` people and `size` links with skewed ends: a few hubs, as co-occurrence graphs have; the same for the same seed. */
export function randomGraph(order: number, size: number, seed: number): PlexusGraph {
  const random = mulberry32(seed);
  const graph: PlexusGraph = new UndirectedGraph();
  for (let i = 0; i < order; i++) graph.addNode(`n${i}`, person(`n${i}`));
  while (graph.size < size) {
    const a = `n${Math.floor(random() ** 2 * order)}`;
    const b = `n${Math.floor(random() * order)}`;
    if (a !== b && !graph.hasEdge(a, b)) graph.addEdge(a, b, { weight: 1, documents: 1 });
  }
  return graph;
}
