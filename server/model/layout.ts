/**
 * A layout a person recognises when they come back: every entity starts at a position derived
 * from a hash of its id (not Math.random), then ForceAtlas2 runs a fixed number of synchronous
 * iterations before the first frame. Same corpus, same map. Entities that arrive later (an upload)
 * start beside the entities they are linked with, so that the rest of the map does not move.
 *
 * Shared, as appearance.ts is: the explorer lays its map out with it, and an export that is given
 * no positions lays its nodes out the same way, so that Gephi opens the explorer's first map.
 * Pure arithmetic over a graphology graph with `x` and `y` node attributes; no Node or DOM import.
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
