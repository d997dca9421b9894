/** Filters and focus decide what is drawn, over a graph they never change. */

import { edgeKey } from '#model/edge-key';
import {
  computeVisibility,
  countByType,
  entityLimit,
  neighbourhood,
  onlyWhatIsNew,
  OVERVIEW_ABOVE,
  OVERVIEW_STEP,
  viewFilterOf,
} from '../../client/src/state/visibility';
import { DEFAULT_VIEW, type Filters, type ViewState } from '../../client/src/state/types';
import { demoLikeGraph } from './fixtures';

const view = (filters: Partial<Filters> = {}, rest: Partial<ViewState> = {}): ViewState => ({
  ...DEFAULT_VIEW,
  ...rest,
  filters: { ...DEFAULT_VIEW.filters, ...filters },
});

describe('computeVisibility', () => {
  const graph = demoLikeGraph();
  const exported = JSON.stringify(graph.export());
  afterAll(() => {
    // No filter touched the graph.
    expect(JSON.stringify(graph.export())).toBe(exported);
  });

  it('shows everything by default', () => {
    const { nodes, edges } = computeVisibility(graph, view(), null);
    expect(nodes.size).toBe(graph.order);
    expect(edges.size).toBe(graph.size);
  });

  it('hides every entity of an unticked type, and their links', () => {
    const { nodes, edges } = computeVisibility(graph, view({ hiddenTypes: ['PERSON'] }), null);
    expect([...nodes].sort()).toEqual(['isil', 'reuters', 'russia', 'syria']);
    expect([...edges].sort()).toEqual(['russia~syria', 'syria~isil']);
  });

  it('drops links lighter than the minimum weight, and entities with fewer mentions', () => {
    const { nodes, edges } = computeVisibility(graph, view({ minWeight: 4, minMentions: 5 }), null);
    expect([...edges].sort()).toEqual(['bashar-al-assad~syria', 'russia~syria', 'vladimir-putin~russia']);
    expect(nodes.has('barack-obama')).toBe(false);
    expect(nodes.has('reuters')).toBe(false);
  });

  it('hides isolated entities on request, counting only drawn links', () => {
    const { nodes } = computeVisibility(graph, view({ hideIsolated: true, minWeight: 4 }), null);
    expect(nodes.has('reuters')).toBe(false);
    expect(nodes.has('barack-obama')).toBe(false);
    expect(nodes.has('isil')).toBe(false);
    expect(nodes.has('syria')).toBe(true);
  });

  it('keeps the selected entity drawn even when a filter would hide it', () => {
    const { nodes } = computeVisibility(graph, view({ hiddenTypes: ['PERSON'] }, { selected: 'barack-obama' }), null);
    expect(nodes.has('barack-obama')).toBe(true);
    expect(nodes.has('vladimir-putin')).toBe(false);
  });

  it('restricts to documents through their mask', () => {
    const mask = { nodes: new Set(['vladimir-putin', 'barack-obama', 'syria']), pairs: new Set([edgeKey('barack-obama', 'vladimir-putin')]) };
    const { nodes, edges } = computeVisibility(graph, view({ documents: [2] }), mask);
    expect([...nodes].sort()).toEqual(['barack-obama', 'syria', 'vladimir-putin']);
    expect([...edges]).toEqual(['vladimir-putin~barack-obama']);
  });

  it.each([
    [1, ['barack-obama', 'russia', 'syria', 'vladimir-putin']],
    [2, ['barack-obama', 'bashar-al-assad', 'isil', 'russia', 'syria', 'vladimir-putin']],
  ])('focuses on the neighbourhood of the selection, %i step(s)', (focus, expected) => {
    const { nodes, edges } = computeVisibility(graph, view({}, { selected: 'vladimir-putin', focus: focus === 1 ? 1 : 2 }), null);
    expect([...nodes].sort()).toEqual(expected);
    for (const edge of edges) expect(graph.extremities(edge).every((end) => nodes.has(end))).toBe(true);
  });

  it('follows only drawn links for the neighbourhood', () => {
    const drawn = computeVisibility(graph, view({ minWeight: 3 }), null).edges;
    expect([...neighbourhood(graph, 'vladimir-putin', 1, drawn)].sort()).toEqual(['russia', 'syria', 'vladimir-putin']);
  });

  it('counts entities by type', () => {
    expect(Object.fromEntries(countByType(graph))).toEqual({ PERSON: 3, LOCATION: 2, ORGANIZATION: 1, OUTLET: 1 });
  });
});

describe('viewFilterOf', () => {
  it('reads no filter from the defaults: every type, no minimum, no weight threshold', () => {
    expect(viewFilterOf(DEFAULT_VIEW.filters)).toEqual({ types: undefined, minMentions: 0, minWeight: undefined });
  });

  it('lists the types not hidden, in the display order, and none when every type is hidden', () => {
    expect(viewFilterOf({ ...DEFAULT_VIEW.filters, hiddenTypes: ['OUTLET', 'PERSON'] }).types).toEqual(['ORGANIZATION', 'LOCATION']);
    expect(viewFilterOf({ ...DEFAULT_VIEW.filters, hiddenTypes: ['PERSON', 'ORGANIZATION', 'LOCATION', 'OUTLET'] }).types).toEqual([]);
  });

  it('keeps a weight threshold above 0, and draws a negative PMI at 0', () => {
    expect(viewFilterOf({ ...DEFAULT_VIEW.filters, minWeight: 0.25 }).minWeight).toBe(0.25);
    const npmi = view({ weighting: 'npmi', minWeight: 0 });
    const graph = demoLikeGraph();
    graph.setEdgeAttribute('syria~isil', 'weight', -0.3);
    expect(computeVisibility(graph, npmi, null).edges.has('syria~isil')).toBe(true);
    expect(computeVisibility(graph, view({ weighting: 'npmi', minWeight: 0.1 }), null).edges.has('syria~isil')).toBe(false);
  });
});

describe('onlyWhatIsNew', () => {
  it('keeps the new entities, the new links and the entities they reach, within what the filters show', () => {
    const graph = demoLikeGraph();
    const all = { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) };
    const fresh = { nodes: new Set(['isil']), edges: new Set(['vladimir-putin~barack-obama']) };
    const shown = onlyWhatIsNew(graph, all, fresh);
    expect([...shown.nodes].sort()).toEqual(['barack-obama', 'isil', 'vladimir-putin']);
    expect([...shown.edges]).toEqual(['vladimir-putin~barack-obama']);
    const noPeople = { nodes: new Set(['russia', 'syria', 'isil', 'reuters']), edges: new Set(['russia~syria', 'syria~isil']) };
    expect(onlyWhatIsNew(graph, noPeople, fresh)).toEqual({ nodes: new Set(['isil']), edges: new Set() });
  });
});

describe('the overview of a large corpus', () => {
  /** A graph of `n` entities in a chain, entity i mentioned i times. */
  function chain(n: number) {
    const graph = demoLikeGraph();
    graph.clear();
    for (let i = 1; i <= n; i++) graph.addNode(`e${i}`, { label: `E${i}`, type: 'PERSON', mentions: i, documents: 1, degree: 0, reports: 0, x: 0, y: 0 });
    for (let i = 1; i < n; i++) graph.addUndirectedEdgeWithKey(`e${i}~e${i + 1}`, `e${i}`, `e${i + 1}`, { weight: 1, documents: 1 });
    return graph;
  }

  it('draws everything of a small corpus, and the largest entities of a large one', () => {
    expect(entityLimit(chain(50), DEFAULT_VIEW)).toBe(Infinity);
    const large = chain(OVERVIEW_ABOVE + 1);
    const shown = computeVisibility(large, DEFAULT_VIEW, null);
    expect(shown.nodes.size).toBe(OVERVIEW_STEP);
    expect(shown.nodes.has(`e${OVERVIEW_ABOVE + 1}`)).toBe(true);
    expect(shown.nodes.has('e1')).toBe(false);
    // Links only between entities drawn.
    expect(shown.edges.size).toBe(OVERVIEW_STEP - 1);
  });

  it('shows more when asked, all when asked, and keeps the selection and its focus', () => {
    const large = chain(OVERVIEW_ABOVE + 1);
    expect(computeVisibility(large, { ...DEFAULT_VIEW, top: 2 * OVERVIEW_STEP }, null).nodes.size).toBe(2 * OVERVIEW_STEP);
    expect(computeVisibility(large, { ...DEFAULT_VIEW, top: 'all' }, null).nodes.size).toBe(OVERVIEW_ABOVE + 1);
    expect(computeVisibility(large, { ...DEFAULT_VIEW, selected: 'e1' }, null).nodes.has('e1')).toBe(true);
    const focused = computeVisibility(large, { ...DEFAULT_VIEW, selected: 'e1', focus: 1 }, null);
    expect([...focused.nodes].sort()).toEqual(['e1', 'e2']);
  });
});
