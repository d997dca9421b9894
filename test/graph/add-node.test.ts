/**
 * Nodes whose links start in a dictionary (server/graph/add-node.ts): a graph built that way is
 * the graph graphology builds, and on the graphology and V8 that Plexus runs on the swap happens.
 */
import v8 from 'node:v8';
import { UndirectedGraph } from 'graphology';
import { addNode, nodeRecord } from '../../server/graph/add-node';

type Attributes = { label: string };

/** The same 60 nodes and their links, seeded. */
function buildBoth(): [plain: UndirectedGraph<Attributes>, swapped: UndirectedGraph<Attributes>] {
  const ids = Array.from({ length: 60 }, (_, i) => `entity-${i}`);
  const plain = new UndirectedGraph<Attributes>();
  const swapped = new UndirectedGraph<Attributes>();
  for (const id of ids) {
    plain.addNode(id, { label: id.toUpperCase() });
    addNode(swapped, id, { label: id.toUpperCase() });
  }
  let seed = 7;
  const next = () => Math.floor((seed = (seed * 1103515245 + 12345) % 2147483648) / 65536) % ids.length;
  for (let n = 0; n < 400; n++) {
    const [a, b] = [ids[next()], ids[next()]];
    if (a === b || plain.hasEdge(a, b)) continue;
    plain.addUndirectedEdgeWithKey(`${a}~${b}`, a, b);
    swapped.addUndirectedEdgeWithKey(`${a}~${b}`, a, b);
  }
  return [plain, swapped];
}

describe('addNode', () => {
  it('gives the graph that graphology alone gives: nodes, links, neighbours, degrees and look-ups', () => {
    const [plain, swapped] = buildBoth();
    expect(plain.size).toBeGreaterThan(300);
    expect(swapped.export()).toEqual(plain.export());
    plain.forEachNode((node) => {
      expect(swapped.neighbors(node)).toEqual(plain.neighbors(node));
      expect(swapped.degree(node)).toBe(plain.degree(node));
      expect(swapped.edges(node)).toEqual(plain.edges(node));
    });
    for (const [a, b] of plain
      .edges()
      .slice(0, 20)
      .map((edge) => plain.extremities(edge))
      .concat([
        ['entity-1', 'entity-2'],
        ['entity-3', 'entity-4'],
      ])) {
      expect(swapped.hasEdge(a, b)).toBe(plain.hasEdge(a, b));
      expect(swapped.edge(a, b)).toBe(plain.edge(a, b));
    }
  });

  it('keeps them the same graph as links and nodes are dropped', () => {
    const [plain, swapped] = buildBoth();
    plain.addNode('new', { label: 'NEW' });
    addNode(swapped, 'new', { label: 'NEW' });
    for (const graph of [plain, swapped]) {
      graph.dropNode('entity-5');
      graph.dropEdge(graph.edges()[10]);
      graph.addUndirectedEdgeWithKey('new~entity-6', 'new', 'entity-6');
    }
    expect(swapped.export()).toEqual(plain.export());
  });

  it("files a new node's links in a dictionary on this graphology, so that adding them makes no hidden classes", () => {
    // If this fails after an upgrade of graphology, its record of a node changed: adapt add-node.ts, or drop it if graphology no longer keeps links in plain objects.
    v8.setFlagsFromString('--allow-natives-syntax');
    const hasFastProperties = new Function('object', 'return %HasFastProperties(object)') as (object: object) => boolean;
    const [plain, swapped] = buildBoth();
    const links = (graph: UndirectedGraph<Attributes>, node: string) => nodeRecord(graph, node)?.undirected as object;
    expect(swapped.degree('entity-0')).toBeGreaterThan(0);
    expect(Object.getPrototypeOf(links(swapped, 'entity-0'))).toBe(Object.prototype);
    expect(hasFastProperties(links(swapped, 'entity-0'))).toBe(false);
    // What the swap avoids: graphology's own object for a node with few links.
    plain.addNode('one', { label: 'ONE' });
    plain.addUndirectedEdgeWithKey('one~entity-0', 'one', 'entity-0');
    expect(hasFastProperties(links(plain, 'one'))).toBe(true);
  });
});
