/**
 * The colour legend when entities are coloured by community: each community drawn, by size, named
 * by its most mentioned members, so that a colour on the map can be read without hovering.
 */

import { communityColour } from '../render/appearance';
import type { ClientGraph } from './types';

export interface CommunityKey {
  community: number | undefined;
  colour: string;
  /** Its most mentioned members' labels, most mentioned first. */
  names: string[];
  /** Members drawn. */
  size: number;
}

/** Communities listed, at most: beyond ten the palette repeats, and the rest are summed up. */
export const LEGEND_COMMUNITIES = 10;
const NAMES_PER_COMMUNITY = 3;

export function communityLegend(graph: ClientGraph, shown: ReadonlySet<string>): { keys: CommunityKey[]; others: number } {
  const members = new Map<number | undefined, { label: string; mentions: number }[]>();
  for (const id of shown) {
    if (!graph.hasNode(id)) continue;
    const { community, label, mentions } = graph.getNodeAttributes(id);
    const list = members.get(community) ?? [];
    list.push({ label, mentions });
    members.set(community, list);
  }
  const keys = [...members]
    .map(([community, list]) => ({
      community,
      colour: communityColour(community),
      names: list
        .sort((a, b) => b.mentions - a.mentions || a.label.localeCompare(b.label))
        .slice(0, NAMES_PER_COMMUNITY)
        .map((member) => member.label),
      size: list.length,
    }))
    .sort((a, b) => b.size - a.size || (a.community ?? Infinity) - (b.community ?? Infinity));
  const listed = keys.slice(0, LEGEND_COMMUNITIES);
  return { keys: listed, others: keys.slice(LEGEND_COMMUNITIES).reduce((sum, key) => sum + key.size, 0) };
}
