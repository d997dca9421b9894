import { edgeKey } from '#model/edge-key';
import { buildGraph, type NodeInfo } from '../../server/graph/cooccurrence';
import { filterGraph, serializeGraph } from '../../server/graph/filter';

const node = (id: string, type: NodeInfo['type'], mentions = 1): NodeInfo => ({ id, label: id.toUpperCase(), type, mentions, documents: 1, reports: 0 });
const nodes = [node('putin', 'PERSON', 5), node('obama', 'PERSON', 2), node('russia', 'LOCATION', 9), node('isil', 'ORGANIZATION', 3)];
// doc 1: sentence 0 {putin, obama, russia}, sentence 1 {putin, russia}; doc 2: sentence 0 {putin, obama}
const rows = [
  { doc: 1, unit: 0, entity: 'putin' },
  { doc: 1, unit: 0, entity: 'obama' },
  { doc: 1, unit: 0, entity: 'russia' },
  { doc: 1, unit: 1, entity: 'putin' },
  { doc: 1, unit: 1, entity: 'russia' },
  { doc: 1, unit: 1, entity: 'russia' },
  { doc: 2, unit: 0, entity: 'obama' },
  { doc: 2, unit: 0, entity: 'putin' },
];

describe('buildGraph', () => {
  const graph = buildGraph(nodes, rows);

  it('links entities that share a window, counting windows and distinct documents', () => {
    expect(graph.getEdgeAttributes(edgeKey('putin', 'russia'))).toEqual({ weight: 2, documents: 1 });
    expect(graph.getEdgeAttributes(edgeKey('obama', 'putin'))).toEqual({ weight: 2, documents: 2 });
    expect(graph.getEdgeAttributes(edgeKey('obama', 'russia'))).toEqual({ weight: 1, documents: 1 });
  });

  it('never links an entity to itself when it is named twice in a window', () => {
    expect(graph.hasEdge('russia', 'russia')).toBe(false);
  });

  it('keeps entities without co-occurrences as isolated nodes, with their degree', () => {
    expect(graph.getNodeAttribute('isil', 'degree')).toBe(0);
    expect(graph.getNodeAttribute('putin', 'degree')).toBe(2);
  });

  it('uses the same edge key whichever way round the pair is named', () => {
    expect(edgeKey('b', 'a')).toBe(edgeKey('a', 'b'));
  });
});

describe('filterGraph', () => {
  const graph = buildGraph(nodes, rows);

  it('keeps only the chosen entity types', () => {
    const people = filterGraph(graph, { types: ['PERSON'] });
    expect(people.nodes().sort()).toEqual(['obama', 'putin']);
    expect(people.size).toBe(1);
  });

  it('drops edges under the minimum weight and nodes under the minimum mentions', () => {
    const g = filterGraph(graph, { minWeight: 2, minMentions: 3 });
    expect(g.nodes().sort()).toEqual(['isil', 'putin', 'russia']);
    expect(g.edges()).toEqual([edgeKey('putin', 'russia')]);
    expect(g.getNodeAttribute('putin', 'degree')).toBe(1);
  });

  it('keeps a search hit with its neighbours', () => {
    const g = filterGraph(graph, { q: 'obama' }, { matches: (id) => id === 'obama' });
    expect(g.nodes().sort()).toEqual(['obama', 'putin', 'russia']);
  });

  it('leaves the graph it was given unchanged', () => {
    filterGraph(graph, { types: ['LOCATION'] });
    expect(graph.order).toBe(4);
  });
});

describe('serializeGraph', () => {
  it("writes graphology's serialised form, which graphology reads back", () => {
    const { UndirectedGraph } = jest.requireActual<typeof import('graphology')>('graphology');
    const wire = serializeGraph(buildGraph(nodes, rows), 'sentence');
    expect(wire.attributes).toEqual({ window: 'sentence', nodes: 4, edges: 3 });
    const back = UndirectedGraph.from(wire);
    expect(back.order).toBe(4);
    expect(back.getNodeAttribute('putin', 'label')).toBe('PUTIN');
  });
});
