/**
 * Edge weighting: how a link is counted, by windows (`count`), documents, distinct statements
 * (./statements) or PMI / NPMI over the corpus's windows (docs/export.md gives the formulas).
 * PMI favours rare pairs, so pairs seen in fewer than `minCount` windows are dropped.
 */
import type { EdgeAttributes, EdgeWeighting } from '#model/types';
import { InputError } from '#model/errors';
import type { PlexusGraph } from './cooccurrence';

/** What PMI needs besides the pair counts of the edges. */
export interface WindowCounts {
  /** N: the number of windows. */
  windows: number;
  /** n_a: for each entity, the number of windows in which it occurs. */
  entities: ReadonlyMap<string, number>;
}

export interface WeightingOptions {
  weighting: EdgeWeighting;
  /** Edges seen in fewer windows are dropped; default `defaultMinCount(weighting)`. */
  minCount?: number;
  /** Required for `pmi` and `npmi`. */
  counts?: WindowCounts;
  /** Required for `statements`: each link's distinct statements, by edge key (./statements countStatements). */
  statements?: ReadonlyMap<string, number>;
}

export const PMI_MIN_COUNT = 2;

export function defaultMinCount(weighting: EdgeWeighting): number {
  return weighting === 'pmi' || weighting === 'npmi' ? PMI_MIN_COUNT : 1;
}

/** PMI in bits of a pair seen together in `nab` of `n` windows, each alone in `na` and `nb`. */
export function pmi(nab: number, na: number, nb: number, n: number): number {
  if (!(nab > 0 && na >= nab && nb >= nab && n >= na && n >= nb)) {
    throw new InputError(`PMI needs 0 < n_ab ≤ n_a, n_b ≤ N; got n_ab=${nab}, n_a=${na}, n_b=${nb}, N=${n}`);
  }
  return Math.log2((nab * n) / (na * nb));
}

/** PMI divided by -log2 p(a,b): 1 for a pair always seen together, 0 for independence, towards -1 for avoidance. */
export function npmi(nab: number, na: number, nb: number, n: number): number {
  const value = pmi(nab, na, nb, n);
  // p(a,b) = 1: both occur in every window, the strongest association there is.
  if (nab === n) return 1;
  return value / -Math.log2(nab / n);
}

/** The window count of an edge, whether or not a weighting was applied to it before. */
function countOf(attributes: EdgeAttributes): number {
  return attributes.count ?? attributes.weight;
}

/** The weight of every edge seen in at least `minCount` windows, under the chosen weighting. */
export function edgeWeights(graph: PlexusGraph, options: WeightingOptions): Record<string, number> {
  const minCount = options.minCount ?? defaultMinCount(options.weighting);
  const counts = options.counts;
  if ((options.weighting === 'pmi' || options.weighting === 'npmi') && counts === undefined) {
    throw new InputError(`the ${options.weighting} weighting needs the window counts of the corpus`);
  }
  if (options.weighting === 'statements' && options.statements === undefined) {
    throw new InputError('the statements weighting needs the statement counts of the links');
  }
  const windowsOf = (id: string): number => {
    const n = counts?.entities.get(id);
    if (n === undefined) throw new InputError(`no window count for entity '${id}'`);
    return n;
  };
  const weights: Record<string, number> = {};
  graph.forEachEdge((key, attributes, source, target) => {
    const count = countOf(attributes);
    if (count < minCount) return;
    switch (options.weighting) {
      case 'count':
        weights[key] = count;
        break;
      case 'documents':
        weights[key] = attributes.documents;
        break;
      case 'statements':
        weights[key] = options.statements?.get(key) ?? count;
        break;
      case 'pmi':
        weights[key] = pmi(count, windowsOf(source), windowsOf(target), counts?.windows ?? 0);
        break;
      case 'npmi':
        weights[key] = npmi(count, windowsOf(source), windowsOf(target), counts?.windows ?? 0);
        break;
    }
  });
  return weights;
}

/**
 * Writes the weights into the graph: `weight` becomes the chosen measure, `count` keeps the windows,
 * and edges seen in fewer than `minCount` windows are dropped. Node degrees are updated.
 */
edgeWeights.assign = function assignEdgeWeights(graph: PlexusGraph, options: WeightingOptions): void {
  const weights = edgeWeights(graph, options);
  for (const key of graph.edges()) {
    const weight = weights[key];
    if (weight === undefined) graph.dropEdge(key);
    else graph.mergeEdgeAttributes(key, { weight, count: countOf(graph.getEdgeAttributes(key)) });
  }
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'degree', graph.degree(node)));
};
