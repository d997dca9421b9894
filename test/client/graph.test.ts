/** The client's graph from the wire (client/src/state/graph.ts): the first map, or the map saved with the store. */
import { extendGraph, graphFromWire } from '../../client/src/state/graph';
import { seededPosition } from '../../client/src/state/layout';
import type { SerializedGraph } from '#model/types';
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

describe('extendGraph: the rest of a large graph, after its overview', () => {
  const full = wire();
  const overviewOf = (keys: string[]): SerializedGraph => {
    const kept = new Set(keys);
    return { ...full, nodes: full.nodes.filter((n) => kept.has(n.key)), edges: full.edges.filter((e) => kept.has(e.source) && kept.has(e.target)) };
  };
  const firstKeys = full.nodes.slice(0, 4).map((n) => n.key);

  it('opens the overview at seeded positions, unsettled, as the whole graph has them', () => {
    const overview = graphFromWire(overviewOf(firstKeys), {}, false);
    overview.forEachNode((node, { x, y }) => expect({ x, y }).toEqual(seededPosition(node)));
  });

  it('adds every entity and link the overview lacks, and moves none of those it had', () => {
    const graph = graphFromWire(overviewOf(firstKeys), {}, false);
    const before = new Map(graph.mapNodes((node, { x, y }) => [node, { x, y }]));
    expect(extendGraph(graph, full)).toBe(full.nodes.length - firstKeys.length);
    expect(graph.nodes().sort()).toEqual(full.nodes.map((n) => n.key).sort());
    expect(graph.edges().sort()).toEqual(full.edges.map((e) => e.key).sort());
    for (const [node, at] of before) expect(graph.getNodeAttributes(node)).toMatchObject(at);
    graph.forEachNode((node, { x, y }) => expect({ x, y }).toEqual(seededPosition(node)));
  });

  it('puts what it adds where the saved map has it, else beside its links', () => {
    const graph = graphFromWire(overviewOf(['vladimir-putin']), { syria: [-50, 40] }, false);
    extendGraph(graph, full, { syria: [-50, 40] });
    expect(graph.getNodeAttributes('syria')).toMatchObject({ x: -50, y: 40 });
    const assad = graph.getNodeAttributes('bashar-al-assad');
    expect(Math.hypot(assad.x + 50, assad.y - 40)).toBeLessThan(Math.hypot(assad.x, assad.y));
  });

  it('adds nothing when the graph already holds everything', () => {
    const graph = graphFromWire(full);
    expect(extendGraph(graph, full)).toBe(0);
  });
});
