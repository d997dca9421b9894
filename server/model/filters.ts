/**
 * The view filters, one rule each, for the server's graph answers and the explorer's map alike:
 * which entities and links a filter keeps, and which entities an overview keeps. Pure functions
 * over plain attributes; the server and the client each walk their own graph with them.
 */
import type { EntityType } from './types';

/** What a view keeps of a graph. A field left out keeps everything. */
export interface ViewFilter {
  /** The entity types shown; an empty list shows none. */
  types?: readonly EntityType[];
  /** Entities mentioned fewer times are not shown. */
  minMentions?: number;
  /** Links lighter than this, under the weighting in use, are not shown. Left out, no threshold: a negative PMI shows too. */
  minWeight?: number;
}

export function entityShown(entity: { type: EntityType; mentions: number }, filter: ViewFilter): boolean {
  return (filter.types === undefined || filter.types.includes(entity.type)) && entity.mentions >= (filter.minMentions ?? 0);
}

/** Whether a link passes the weight threshold; that both its entities are shown is for the caller to ask. */
export function linkShown(link: { weight: number }, filter: ViewFilter): boolean {
  return filter.minWeight === undefined || link.weight >= filter.minWeight;
}

/** The `top` largest of `ids` by `size`, the largest first and ties by id: the overview a large graph opens on. */
export function largest(ids: Iterable<string>, top: number, size: (id: string) => number): string[] {
  return [...ids].sort((a, b) => size(b) - size(a) || (a < b ? -1 : 1)).slice(0, top);
}
