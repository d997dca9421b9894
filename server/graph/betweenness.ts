/**
 * Normalised betweenness in hops, by Brandes' accumulation over one breadth-first search per
 * source; from a seeded sample of sources it is an estimate (pivot sampling). Many searches are
 * shared with a helper thread over the graph's index in shared memory (docs/development.md, "Design notes").
 */
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { NeighborhoodIndex } from 'graphology-indices/neighborhood';
import type { PlexusGraph } from './cooccurrence';
import { mulberry32 } from './random';

/** The first `k` of the indexes 0…n-1 in a seeded random order (a partial Fisher–Yates shuffle). */
function sampleSources(n: number, k: number, seed: number): Int32Array {
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const random = mulberry32(seed);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order.subarray(0, k);
}

/**
 * Brandes' accumulation over one breadth-first search from each of `sources`: adds to each node's
 * `centrality` the dependency of the sources on it. Plain typed arrays in and out, so that a
 * helper thread (betweenness-helper.ts) runs it too.
 */
export function accumulate(neighborhood: ArrayLike<number>, starts: ArrayLike<number>, sources: ArrayLike<number>, centrality: Float64Array): void {
  const n = centrality.length;
  const distance = new Int32Array(n).fill(-1);
  const paths = new Float64Array(n);
  const dependency = new Float64Array(n);
  /** The nodes reached, in the order the search reached them: nearer ones first. */
  const reached = new Int32Array(n);
  /**
   * The links on a shortest path, as found: from nearer[p] to farther[p], one hop farther from the
   * source. The search finds a node's links to farther nodes after every link that leads to that
   * node, so that read backwards, a node's dependency is complete before it is passed on. Each
   * link of the index is found at most once a search: the arrays are as long as the index.
   */
  const nearer = new Int32Array(neighborhood.length);
  const farther = new Int32Array(neighborhood.length);
  for (let s = 0; s < sources.length; s++) {
    const source = sources[s];
    let head = 0;
    let tail = 0;
    let links = 0;
    reached[tail++] = source;
    distance[source] = 0;
    paths[source] = 1;
    while (head < tail) {
      const v = reached[head++];
      const next = distance[v] + 1;
      for (let j = starts[v], end = starts[v + 1]; j < end; j++) {
        const w = neighborhood[j];
        if (distance[w] < 0) {
          distance[w] = next;
          reached[tail++] = w;
        }
        if (distance[w] === next) {
          paths[w] += paths[v];
          nearer[links] = v;
          farther[links++] = w;
        }
      }
    }
    while (links-- > 0) {
      const v = nearer[links];
      const w = farther[links];
      dependency[v] += (paths[v] * (1 + dependency[w])) / paths[w];
    }
    // The source lies on none of the paths from itself.
    for (let i = 1; i < tail; i++) centrality[reached[i]] += dependency[reached[i]];
    for (let i = 0; i < tail; i++) {
      const v = reached[i];
      distance[v] = -1;
      paths[v] = 0;
      dependency[v] = 0;
    }
  }
}

/** Where the searches run: beside a helper thread when they are many (the default), or on this thread alone. */
export type BetweennessThreads = 'auto' | 'alone' | 'helper';

export interface BetweennessOptions {
  seed?: number;
  /** 'helper' fails when no helper thread can run (tests use it to be sure one did). Default 'auto'. */
  threads?: BetweennessThreads;
  /**
   * The share of the sources the helper's part holds, from 0 to 1: a half (the default) when this
   * thread only waits for it, more when it has other work meanwhile (startBetweenness).
   */
  helperShare?: number;
}

/** Searches under way: the helper's part (if any) runs from the start; `finish` runs this thread's part and gives the figures. */
export interface BetweennessSearches {
  finish(): Record<string, number>;
  /**
   * The same figures as `finish`, this thread's searches a few at a time and the helper awaited,
   * the event loop free in between.
   */
  finishInSteps(): Promise<Record<string, number>>;
}

/** This thread's searches between two turns of the event loop in `finishInSteps`. */
const SEARCHES_PER_STEP = 16;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Each node's betweenness from `samples` source nodes (all of them when `samples` ≥ the order: the
 * exact figure), the same for the same graph, seed and share, wherever the searches ran.
 */
export function betweenness(graph: PlexusGraph, samples: number = graph.order, options: BetweennessOptions = {}): Record<string, number> {
  return startBetweenness(graph, samples, options).finish();
}

/**
 * Starts the searches of `betweenness`: what this thread does before `finish` runs beside the
 * helper's part. The sources are cut in two parts, summed in that order whether a helper searched
 * one of them or not: the figures are the same to the last bit either way.
 */
export function startBetweenness(graph: PlexusGraph, samples: number = graph.order, options: BetweennessOptions = {}): BetweennessSearches {
  const n = graph.order;
  const k = Math.min(samples, n);
  const index = new NeighborhoodIndex(graph);
  const sources = sampleSources(n, k, options.seed ?? 1);
  const share = Math.min(1, Math.max(0, options.helperShare ?? 0.5));
  const mine = sources.subarray(0, k - Math.floor(k * share));
  const theirs = sources.subarray(mine.length);
  const threads = options.threads ?? 'auto';
  const useHelper = theirs.length > 0 && (threads === 'helper' || (threads === 'auto' && helperWorthIt(k, index.neighborhood.length)));
  const helped = useHelper ? startHelper(index, theirs, threads === 'helper') : undefined;
  // Each pair is counted from both ends in an undirected graph: normalising over ordered pairs halves it.
  const scale = n <= 2 ? 1 : n / Math.max(1, k) / ((n - 1) * (n - 2));
  const byNode = (first: Float64Array, second: Float64Array): Record<string, number> => {
    const result: Record<string, number> = {};
    index.nodes.forEach((node, i) => {
      result[node] = (first[i] + second[i]) * scale;
    });
    return result;
  };
  return {
    finish() {
      const first = new Float64Array(n);
      const start = performance.now();
      accumulate(index.neighborhood, index.starts, mine, first);
      // Time for the helper's part, at this thread's pace, before it counts as lost.
      const perSearch = mine.length > 0 ? (performance.now() - start) / mine.length : 0;
      return byNode(first, helped?.wait(perSearch * theirs.length) ?? alone(index, theirs, n));
    },
    async finishInSteps() {
      // Searches accumulate source by source: in steps, the sums are made in the same order.
      const inSteps = async (sources: Int32Array): Promise<Float64Array> => {
        const centrality = new Float64Array(n);
        for (let from = 0; from < sources.length; from += SEARCHES_PER_STEP) {
          accumulate(index.neighborhood, index.starts, sources.subarray(from, from + SEARCHES_PER_STEP), centrality);
          await nextTurn();
        }
        return centrality;
      };
      const start = performance.now();
      const first = await inSteps(mine);
      const perSearch = mine.length > 0 ? (performance.now() - start) / mine.length : 0;
      return byNode(first, (await helped?.waitInTurn(perSearch * theirs.length)) ?? (await inSteps(theirs)));
    },
  };
}

function alone(index: NeighborhoodIndex, sources: Int32Array, n: number): Float64Array {
  const centrality = new Float64Array(n);
  accumulate(index.neighborhood, index.starts, sources, centrality);
  return centrality;
}

/**
 * The searches' work (sources × links of the index) below which a helper thread costs more than it
 * saves. A helper is ready in 23 to 30 ms (a star of 50 nodes took that much longer with one than
 * without), and a search costs about 8 ns a link of the index (400 searches over the 780,000 of the
 * 10,000-document bench graph: 2.6 s): this much work is about 160 ms of searches.
 */
export const HELPER_MIN_WORK = 20_000_000;

const cores = () => os.availableParallelism?.() ?? os.cpus().length;

function helperWorthIt(searches: number, links: number): boolean {
  return cores() > 1 && searches * links >= HELPER_MIN_WORK;
}

/** What a helper thread is given: the index and its sources, and where it writes (all in shared memory). */
export interface HelperJob {
  neighborhood: Int32Array;
  starts: Int32Array;
  sources: Int32Array;
  centrality: Float64Array;
  /** HELPER_RUNNING until the helper is done (HELPER_DONE) or failed (HELPER_FAILED). */
  state: Int32Array;
}

export const HELPER_RUNNING = 0;
export const HELPER_DONE = 1;
export const HELPER_FAILED = 2;

function sharedInts(values: ArrayLike<number>): Int32Array {
  const copy = new Int32Array(new SharedArrayBuffer(values.length * Int32Array.BYTES_PER_ELEMENT));
  copy.set(values);
  return copy;
}

/**
 * Starts a helper thread on `sources`; `wait` returns its centrality, or undefined when it failed
 * or has not answered 1 s plus three times `expectedMs` later (`strict`: throws instead);
 * `waitInTurn` the same without holding this thread.
 * Without the compiled helper beside this module (under ts-jest) there is none to start.
 */
function startHelper(
  index: NeighborhoodIndex,
  sources: Int32Array,
  strict: boolean,
): { wait(expectedMs: number): Float64Array | undefined; waitInTurn(expectedMs: number): Promise<Float64Array | undefined> } | undefined {
  const refuse = (why: string) => {
    if (strict) throw new Error(`betweenness: no helper thread: ${why}`);
    return undefined;
  };
  if (path.extname(__filename) !== '.js') return refuse('it runs from the compiled module only');
  const job: HelperJob = {
    neighborhood: sharedInts(index.neighborhood),
    starts: sharedInts(index.starts),
    sources: sharedInts(sources),
    centrality: new Float64Array(new SharedArrayBuffer(index.nodes.length * Float64Array.BYTES_PER_ELEMENT)),
    state: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)),
  };
  let worker: Worker;
  try {
    worker = new Worker(path.join(__dirname, 'betweenness-helper.js'), { workerData: job });
  } catch (error) {
    return refuse(error instanceof Error ? error.message : String(error));
  }
  // Its failure is read from job.state; the event, which comes later, must not bring the process down.
  worker.on('error', () => undefined);
  worker.unref();
  const result = (): Float64Array | undefined => {
    const state = Atomics.load(job.state, 0);
    void worker.terminate();
    if (state === HELPER_DONE) return job.centrality;
    return refuse(state === HELPER_FAILED ? 'the helper thread failed' : 'the helper thread did not answer in time');
  };
  return {
    wait(expectedMs) {
      Atomics.wait(job.state, 0, HELPER_RUNNING, 1000 + 3 * expectedMs);
      return result();
    },
    async waitInTurn(expectedMs) {
      const waited = Atomics.waitAsync(job.state, 0, HELPER_RUNNING, 1000 + 3 * expectedMs);
      if (waited.async) await waited.value;
      return result();
    },
  };
}
