/** A small client graph shaped like the demo corpus's, for the client's pure-logic tests. */

import { UndirectedGraph } from 'graphology';
import type { ClientGraph, ClientNodeAttributes } from '../../client/src/state/types';
import type { EntityType } from '#model/types';

const NODES: [string, string, EntityType, number][] = [
  ['vladimir-putin', 'Vladimir Putin', 'PERSON', 13],
  ['barack-obama', 'Barack Obama', 'PERSON', 4],
  ['bashar-al-assad', 'Bashar al-Assad', 'PERSON', 9],
  ['russia', 'Russia', 'LOCATION', 20],
  ['syria', 'Syria', 'LOCATION', 15],
  ['isil', 'Islamic State of Iraq and the Levant', 'ORGANIZATION', 5],
  ['reuters', 'Reuters', 'OUTLET', 2],
];

/** [source, target, weight, documents] */
const EDGES: [string, string, number][] = [
  ['vladimir-putin', 'barack-obama', 2],
  ['vladimir-putin', 'russia', 6],
  ['vladimir-putin', 'syria', 3],
  ['bashar-al-assad', 'syria', 4],
  ['russia', 'syria', 5],
  ['syria', 'isil', 1],
];

export function demoLikeGraph(): ClientGraph {
  const graph: ClientGraph = new UndirectedGraph();
  for (const [key, label, type, mentions] of NODES) {
    const attributes: ClientNodeAttributes = { label, type, mentions, documents: 1, degree: 0, reports: 0, x: 0, y: 0 };
    graph.addNode(key, attributes);
  }
  for (const [source, target, weight] of EDGES) graph.addUndirectedEdgeWithKey(`${source}~${target}`, source, target, { weight, documents: 1 });
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'degree', graph.degree(node)));
  return graph;
}
