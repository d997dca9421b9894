/**
 * Adds a node whose links object starts as a dictionary, so that V8 makes no hidden class per
 * node for graphology's per-node link objects; otherwise it is graphology's own addNode (why:
 * docs/development.md, "Design notes"; test/graph/add-node.test.ts says when an upgrade stops it).
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
