/** The context the reducers read: what is highlighted around the pointer and the selection, and the scales. */

import { lookContext, shownNeighbours } from '../../client/src/render/look';
import { shortestPath } from '../../client/src/state/path';
import { DEFAULT_VIEW, type ViewState } from '../../client/src/state/types';
import { computeVisibility } from '../../client/src/state/visibility';
import { demoLikeGraph } from './fixtures';

const graph = demoLikeGraph();
const nothingNew = { nodes: new Set<string>(), edges: new Set<string>() };
const view = (rest: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_VIEW, ...rest });

describe('shownNeighbours', () => {
  it('lists the entities drawn linked with an entity, through drawn links only', () => {
    const everything = computeVisibility(graph, view(), null);
    expect([...shownNeighbours(graph, everything, 'syria')].sort()).toEqual(['bashar-al-assad', 'isil', 'russia', 'vladimir-putin']);
    const heavy = computeVisibility(graph, view({ filters: { ...DEFAULT_VIEW.filters, minWeight: 4 } }), null);
    expect([...shownNeighbours(graph, heavy, 'syria')].sort()).toEqual(['bashar-al-assad', 'russia']);
  });

  it('is empty for no entity, or one the graph does not hold', () => {
    const everything = computeVisibility(graph, view(), null);
    expect(shownNeighbours(graph, everything, null).size).toBe(0);
    expect(shownNeighbours(graph, everything, 'nobody').size).toBe(0);
  });
});

describe('lookContext', () => {
  it('highlights the hovered and the selected entity with their drawn neighbours, and the chosen link', () => {
    const shown = view({ selected: 'barack-obama', edge: ['barack-obama', 'vladimir-putin'] });
    const visibility = computeVisibility(graph, shown, null);
    const { highlight } = lookContext(graph, shown, { visibility, hovered: 'isil', fresh: nothingNew, path: null });
    expect(highlight.hovered).toBe('isil');
    expect([...highlight.hoveredNeighbours]).toEqual(['syria']);
    expect([...highlight.selectedNeighbours]).toEqual(['vladimir-putin']);
    expect(highlight.edge).toBe('vladimir-putin~barack-obama');
    expect([...highlight.edgeEnds].sort()).toEqual(['barack-obama', 'vladimir-putin']);
  });

  it('scales sizes to the largest value of the size measure, and thicknesses to the heaviest link', () => {
    const shown = view({ sizeBy: 'degree', colourBy: 'community' });
    const context = lookContext(graph, shown, { visibility: computeVisibility(graph, shown, null), hovered: null, fresh: nothingNew, path: null });
    expect(context.scale).toEqual({ sizeBy: 'degree', max: 4, colourBy: 'community' });
    expect(context.edgeScale).toEqual({ weighting: 'count', max: 6 });
  });

  it('carries the marks of the last upload and the path it is given', () => {
    const path = shortestPath(graph, 'barack-obama', 'isil');
    const fresh = { nodes: new Set(['isil']), edges: new Set(['syria~isil']) };
    const { highlight } = lookContext(graph, view(), { visibility: computeVisibility(graph, view(), null), hovered: null, fresh, path });
    expect([...highlight.fresh]).toEqual(['isil']);
    expect([...highlight.freshEdges]).toEqual(['syria~isil']);
    expect(highlight.path).toBe(path);
  });

  it('has no link when the chosen one joins an entity the graph does not hold', () => {
    const shown = view({ edge: ['barack-obama', 'nobody'] });
    const { highlight } = lookContext(graph, shown, { visibility: computeVisibility(graph, shown, null), hovered: null, fresh: nothingNew, path: null });
    expect(highlight.edge).toBeNull();
    expect(highlight.edgeEnds).toEqual([]);
  });
});
