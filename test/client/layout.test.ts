/** A map a person recognises: the same corpus lays out the same way, and uploads move nothing already placed. */

import { graphFromWire, updateGraph } from '../../client/src/state/graph';
import { hashString, seededPosition } from '../../client/src/state/layout';
import type { SerializedGraph } from '#model/types';
import { demoLikeGraph } from './fixtures';

function wire(): SerializedGraph {
  const graph = demoLikeGraph();
  return {
    attributes: { window: 'sentence', nodes: graph.order, edges: graph.size },
    options: { type: 'undirected', multi: false, allowSelfLoops: false },
    nodes: graph.mapNodes((key, { x: _x, y: _y, ...attributes }) => ({ key, attributes })),
    edges: graph.mapEdges((key, attributes, source, target) => ({ key, source, target, attributes, undirected: true as const })),
  };
}

const positions = (graph: ReturnType<typeof graphFromWire>) => graph.mapNodes((node, { x, y }) => [node, x, y]);

describe('layout', () => {
  it('seeds positions from the id alone', () => {
    expect(hashString('vladimir-putin')).toBe(hashString('vladimir-putin'));
    expect(hashString('vladimir-putin')).not.toBe(hashString('barack-obama'));
    expect(seededPosition('russia')).toEqual(seededPosition('russia'));
    const { x, y } = seededPosition('russia', 10);
    expect(Math.hypot(x, y)).toBeLessThanOrEqual(10);
  });

  it('lays out the same graph the same way every time', () => {
    const first = positions(graphFromWire(wire()));
    expect(positions(graphFromWire(wire()))).toEqual(first);
    expect(first.every(([, x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
  });

  it('keeps places when the graph is updated, and puts newcomers beside their links', () => {
    const graph = graphFromWire(wire());
    const before = Object.fromEntries(graph.mapNodes((node, { x, y }) => [node, { x, y }]));
    const next = wire();
    next.nodes.push({ key: 'john-kerry', attributes: { label: 'John Kerry', type: 'PERSON', mentions: 2, documents: 1, degree: 1, reports: 0 } });
    next.edges.push({ key: 'john-kerry~russia', source: 'john-kerry', target: 'russia', attributes: { weight: 1, documents: 1 }, undirected: true });
    next.nodes = next.nodes.filter((node) => node.key !== 'reuters');
    const changes = updateGraph(graph, next);
    expect(changes).toEqual({ added: ['john-kerry'], removed: ['reuters'], addedEdges: ['john-kerry~russia'] });
    for (const node of graph.nodes()) if (node !== 'john-kerry') expect(graph.getNodeAttributes(node)).toMatchObject(before[node] ?? {});
    const kerry = graph.getNodeAttributes('john-kerry');
    const russia = graph.getNodeAttributes('russia');
    expect(Math.hypot(kerry.x - russia.x, kerry.y - russia.y)).toBeLessThanOrEqual(10);
    expect(graph.hasEdge('john-kerry', 'russia')).toBe(true);
  });
});
