/**
 * Adding a node to a graphology graph that will get many links.
 *
 * graphology (0.26) files a node's links in a plain object keyed by neighbour id. V8 gives such
 * an object a new hidden class for each of its first keys, and since every node has neighbours of
 * its own, those hidden classes serve one object each: a graph of 34,000 entities and 440,000
 * links made hundreds of thousands of them, a third of the time of adding the links and much of
 * the garbage collector's (graphology's issue 188 discusses Maps instead). An object that starts
 * as a dictionary skips them. It keeps Object's prototype, which graphology's `hasEdge(a, b)`
 * calls `hasOwnProperty` from, and behaves as the plain object in every other way.
 *
 * The links object is swapped only while the node has no link yet, and only when graphology's
 * record of the node looks as expected; otherwise the node is added as graphology adds it, which
 * is as correct and only slower. test/graph/add-node.test.ts says when a graphology upgrade
 * stops the swap.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';

/** An empty object in V8's dictionary mode: deleting a property other than the last one added turns an object into one. */
function emptyDictionary(): Record<string, unknown> {
  const links: Record<string, unknown> = {};
  links.first = undefined;
  links.second = undefined;
  delete links.first;
  delete links.second;
  return links;
}

function isEmptyObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

/** graphology's record of a node: what the swap reads and writes of it. */
interface NodeRecord {
  undirected?: unknown;
}

/** graphology's record of `key`, if the graph keeps its nodes where graphology 0.26 does. */
export function nodeRecord(graph: AbstractGraph, key: string): NodeRecord | undefined {
  const nodes = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(nodes instanceof Map)) return undefined;
  const record: unknown = nodes.get(key);
  return typeof record === 'object' && record !== null ? (record as NodeRecord) : undefined;
}

/** graph.addNode(key, attributes), with the node's links filed in a dictionary from the start. */
export function addNode<N extends Attributes>(graph: AbstractGraph<N>, key: string, attributes: N): void {
  graph.addNode(key, attributes);
  const record = nodeRecord(graph as unknown as AbstractGraph, key);
  if (record && isEmptyObject(record.undirected)) record.undirected = emptyDictionary();
}
