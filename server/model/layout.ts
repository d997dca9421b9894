/**
 * A layout a person recognises when they come back: positions seeded from a hash of each id, then
 * a fixed number of ForceAtlas2 iterations; later entities start beside their links. Shared by the
 * explorer and the exports, so that a file given no positions opens on the explorer's first map.
 */

import forceAtlas2 from 'graphology-layout-forceatlas2';
import type Graph from 'graphology-types';

/** FNV-1a, 32 bits: small, fast and well spread for short ids. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A point in the disc of the given radius, the same for the same id. */
export function seededPosition(id: string, radius = 100): { x: number; y: number } {
  const angle = (hashString(id) / 0x100000000) * 2 * Math.PI;
  // The square root spreads points evenly over the disc rather than bunching them at the centre.
  const distance = Math.sqrt(hashString(id, 0x9e3779b9) / 0x100000000) * radius;
  return { x: Math.cos(angle) * distance, y: Math.sin(angle) * distance };
}

/** Fewer iterations on a big graph keep the first frame within a second or so. */
export function layoutIterations(order: number): number {
  return Math.max(30, Math.min(300, Math.round(60_000 / Math.max(order, 1))));
}

/**
 * ForceAtlas2's settings for this graph's size, with strong gravity: a corpus has entities without
 * links (outlets cited only as sources), and plain gravity lets them drift far off, shrinking the
 * connected map into a corner of the screen.
 */
export function layoutSettings(graph: Graph): ReturnType<typeof forceAtlas2.inferSettings> {
  return { ...forceAtlas2.inferSettings(graph), strongGravityMode: true, gravity: 1 };
}

/**
 * Up to this many entities the layout settles before the first frame. Above it the iterations take
 * seconds (a 20,000-entity graph: about ten): the first frame shows the seeded positions and the
 * same number of iterations then runs in the layout worker, the map settling on screen.
 */
export const SETTLE_BEFORE_FIRST_FRAME_UP_TO = 2000;

/** Seeds every position from the ids, then (for a graph that is not large) settles them with ForceAtlas2. Deterministic. */
export function initialLayout(graph: Graph): void {
  graph.forEachNode((node) => graph.mergeNodeAttributes(node, seededPosition(node)));
  if (graph.order < 2 || graph.order > SETTLE_BEFORE_FIRST_FRAME_UP_TO) return;
  forceAtlas2.assign(graph, { iterations: layoutIterations(graph.order), settings: layoutSettings(graph) });
}

/**
 * A position for an entity that joins a laid-out graph: the centre of its positioned neighbours,
 * nudged by its hash so that two newcomers do not overlap; its seeded position when it has none.
 */
export function placeNewcomer(graph: Graph, node: string, positioned: ReadonlySet<string>): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let count = 0;
  graph.forEachNeighbor(node, (neighbour, attributes) => {
    if (!positioned.has(neighbour)) return;
    x += attributes.x;
    y += attributes.y;
    count++;
  });
  const seed = seededPosition(node, 10);
  if (count === 0) return seededPosition(node);
  return { x: x / count + seed.x, y: y / count + seed.y };
}
