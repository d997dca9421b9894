/** Louvain communities: the obvious groups found, numbered by size, the same for the same seed. */
import { UndirectedGraph } from 'graphology';
import { communities } from '../../server/graph/communities';
import type { PlexusGraph } from '../../server/graph/cooccurrence';
import { mulberry32 } from '../../server/graph/random';

function graphOf(edges: [string, string][], isolated: string[] = []): PlexusGraph {
  const graph: PlexusGraph = new UndirectedGraph();
  const add = (id: string) => graph.mergeNode(id, { label: id, type: 'PERSON', mentions: 1, documents: 1, degree: 0, reports: 0 });
  for (const [source, target] of edges) {
    add(source);
    add(target);
    graph.addUndirectedEdgeWithKey(`${source}~${target}`, source, target, { weight: 1, documents: 1 });
  }
  isolated.forEach(add);
  return graph;
}

// Two cliques bridged by one edge, a square {a,b,c,d} (6 edges) and a triangle {x,y,z}, c—x between:
// modularity is highest with one community per clique; the larger is numbered 0, the isolated q last.
const bridged = () =>
  graphOf(
    [
      ['a', 'b'],
      ['a', 'c'],
      ['a', 'd'],
      ['b', 'c'],
      ['b', 'd'],
      ['c', 'd'],
      ['x', 'y'],
      ['x', 'z'],
      ['y', 'z'],
      ['c', 'x'],
    ],
    ['q'],
  );

describe('communities', () => {
  it('finds the two cliques, numbered by decreasing size', () => {
    expect(communities(bridged())).toEqual({ a: 0, b: 0, c: 0, d: 0, x: 1, y: 1, z: 1, q: 2 });
  });

  it('gives the same answer for the same seed, run after run', () => {
    // A ring of 12 nodes has many equally good partitions: only the seed decides between them.
    const ring = () => graphOf(Array.from({ length: 12 }, (_, i): [string, string] => [`n${i}`, `n${(i + 1) % 12}`]));
    const first = communities(ring(), { seed: 7 });
    for (let run = 0; run < 5; run++) expect(communities(ring(), { seed: 7 })).toEqual(first);
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => JSON.stringify(communities(ring(), { seed })));
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });
});

describe('mulberry32', () => {
  it('repeats its sequence for a seed, within [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const draws = Array.from({ length: 100 }, () => a());
    expect(draws).toEqual(Array.from({ length: 100 }, () => b()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(draws[0]);
  });
});
