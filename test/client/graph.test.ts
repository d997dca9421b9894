/** The client's graph from the wire (client/src/state/graph.ts): the first map, or the map saved with the store. */
import { graphFromWire } from '../../client/src/state/graph';
import type { SerializedGraph } from '../../server/model/types';
import { demoLikeGraph } from './fixtures';

function wire(): SerializedGraph {
  const graph = demoLikeGraph();
  return {
    nodes: graph.mapNodes((key, { x: _x, y: _y, ...attributes }) => ({ key, attributes })),
    edges: graph.mapEdges((key, attributes, source, target) => ({ key, source, target, attributes })),
  } as SerializedGraph;
}

describe('graphFromWire', () => {
  it('lays the graph out the same way each time when no map was saved', () => {
    const first = graphFromWire(wire());
    const second = graphFromWire(wire());
    first.forEachNode((node, { x, y }) => expect(second.getNodeAttributes(node)).toMatchObject({ x, y }));
    expect(new Set(first.mapNodes((_node, { x }) => x)).size).toBeGreaterThan(1);
  });

  it('puts the entities where the saved map has them, and the others beside their links', () => {
    const saved = { 'vladimir-putin': [100, 200], syria: [-50, 40], russia: [10, 10] } as const;
    const graph = graphFromWire(wire(), saved);
    expect(graph.getNodeAttributes('vladimir-putin')).toMatchObject({ x: 100, y: 200 });
    expect(graph.getNodeAttributes('syria')).toMatchObject({ x: -50, y: 40 });
    // Linked to Syria alone: placed near it, not at the origin.
    const assad = graph.getNodeAttributes('bashar-al-assad');
    expect(Math.hypot(assad.x + 50, assad.y - 40)).toBeLessThan(Math.hypot(assad.x, assad.y));
  });
});
