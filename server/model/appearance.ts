/**
 * How entities look wherever they are drawn or exported: a colour per entity type and a size by
 * area. Pure data and arithmetic, with no Node or DOM import, so that the client can import it too
 * and exported files (GEXF, GraphML, JSON) look like the explorer.
 */
import type { EntityType } from './types';

/** Colour-blind-safe (Tableau 10) and distinct from a dimmed grey. Complete: the compiler checks it. */
export const TYPE_COLOURS: Readonly<Record<EntityType, string>> = {
  PERSON: '#4e79a7',
  ORGANIZATION: '#f28e2b',
  LOCATION: '#59a14f',
  OUTLET: '#b07aa1',
};

export const UNKNOWN_TYPE_COLOUR = '#9c9c9c';

export function typeColour(type: string): string {
  return Object.entries(TYPE_COLOURS).find(([name]) => name === type)?.[1] ?? UNKNOWN_TYPE_COLOUR;
}

export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 18;

/** Sizes by area: the square root, so that an entity with 4× the mentions looks 4× as big, not 16×. */
export function nodeSize(value: number, max: number): number {
  if (max <= 0) return MIN_NODE_SIZE;
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(Math.max(0, value) / max);
}
