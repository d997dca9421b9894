/** The community legend: the communities drawn, largest first, each named by its most mentioned members. */

import { COMMUNITY_COLOURS } from '../../client/src/render/appearance';
import { communityLegend } from '../../client/src/state/legend';
import { demoLikeGraph } from './fixtures';

function withCommunities() {
  const graph = demoLikeGraph();
  const communities: Record<string, number> = { 'vladimir-putin': 0, 'barack-obama': 0, russia: 0, 'bashar-al-assad': 1, syria: 1, isil: 1, reuters: 2 };
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'community', communities[node]));
  return graph;
}

describe('communityLegend', () => {
  it('lists the communities drawn by size, named by their most mentioned members, in their colours', () => {
    const graph = withCommunities();
    const { keys, others } = communityLegend(graph, new Set(graph.nodes()));
    expect(keys.map((key) => [key.size, key.names])).toEqual([
      [3, ['Russia', 'Vladimir Putin', 'Barack Obama']],
      [3, ['Syria', 'Bashar al-Assad', 'Islamic State of Iraq and the Levant']],
      [1, ['Reuters']],
    ]);
    expect(keys.map((key) => key.colour)).toEqual([COMMUNITY_COLOURS[0], COMMUNITY_COLOURS[1], COMMUNITY_COLOURS[2]]);
    expect(others).toBe(0);
  });

  it('counts only what is drawn', () => {
    const graph = withCommunities();
    const { keys } = communityLegend(graph, new Set(['syria', 'reuters']));
    expect(keys.map((key) => [key.size, key.names])).toEqual([
      [1, ['Syria']],
      [1, ['Reuters']],
    ]);
  });
});
