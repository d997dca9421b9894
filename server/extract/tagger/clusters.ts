/**
 * Word classes from word vectors, at training time: the vectors are split in two (spherical
 * 2-means, seeded) and each half again, TREE_DEPTH times, so that a word's turns down the tree
 * are its path and any prefix of it a class, coarse or fine, as Brown clusters are read.
 */
import { mulberry32 } from '../../graph/random';
import { classesFromMap, TREE_DEPTH, type WordClasses } from './word-classes';

/** Unit-length vectors, `dims` numbers per word, in the order of `words`. */
export interface WordVectors {
  words: readonly string[];
  dims: number;
  vectors: Float32Array;
}

const ITERATIONS = 12;

function dot(v: Float32Array, a: number, c: Float64Array, dims: number): number {
  let s = 0;
  for (let d = 0; d < dims; d++) s += v[a + d] * c[d];
  return s;
}

function copyInto(c: Float64Array, v: Float32Array, at: number, dims: number): void {
  for (let d = 0; d < dims; d++) c[d] = v[at + d];
}

/** Two starting centres: a member drawn at random, and one drawn with odds growing with its distance from it (k-means++). */
function seedCentres(wv: WordVectors, members: Int32Array, next: () => number): [Float64Array, Float64Array] {
  const { vectors, dims } = wv;
  const left = new Float64Array(dims);
  const right = new Float64Array(dims);
  copyInto(left, vectors, members[Math.floor(next() * members.length)] * dims, dims);
  const far = Float64Array.from(members, (m) => Math.max(0, 1 - dot(vectors, m * dims, left, dims)));
  let pick = next() * far.reduce((a, b) => a + b, 0);
  let chosen = members.length - 1;
  for (let k = 0; k < members.length; k++) {
    pick -= far[k];
    if (pick < 0) {
      chosen = k;
      break;
    }
  }
  copyInto(right, vectors, members[chosen] * dims, dims);
  return [left, right];
}

/** Sets c to the unit-length mean of the members on `side`. */
function recentre(wv: WordVectors, members: Int32Array, sides: Uint8Array, side: number, c: Float64Array): void {
  const { vectors, dims } = wv;
  c.fill(0);
  for (let k = 0; k < members.length; k++) {
    if (sides[k] !== side) continue;
    const at = members[k] * dims;
    for (let d = 0; d < dims; d++) c[d] += vectors[at + d];
  }
  const norm = Math.hypot(...c);
  if (norm > 0) for (let d = 0; d < dims; d++) c[d] /= norm;
}

/** Which half each member goes to (0 or 1), and the halves' centres. */
export function splitInTwo(wv: WordVectors, members: Int32Array, next: () => number): { sides: Uint8Array; centres?: [Float64Array, Float64Array] } {
  const sides = new Uint8Array(members.length);
  if (members.length < 2) return { sides };
  const { vectors, dims } = wv;
  const [left, right] = seedCentres(wv, members, next);
  for (let round = 0; round < ITERATIONS; round++) {
    let moved = 0;
    for (let k = 0; k < members.length; k++) {
      const at = members[k] * dims;
      const side = dot(vectors, at, right, dims) > dot(vectors, at, left, dims) ? 1 : 0;
      if (side !== sides[k] || round === 0) moved++;
      sides[k] = side;
    }
    if (moved === 0) break;
    recentre(wv, members, sides, 0, left);
    recentre(wv, members, sides, 1, right);
  }
  return { sides, centres: [left, right] };
}

/** The centres of each split, by the node's number: 1 for the root, then 2n and 2n + 1 for n's halves. */
type Splits = Map<number, [Float64Array, Float64Array]>;

/**
 * Each word's path down a tree of TREE_DEPTH splits of the first `core` words; the other words
 * follow the splits down, each to the nearer centre, without moving them. The same seed gives
 * the same paths.
 */
export function clusterWords(wv: WordVectors, core: number, seed: number): WordClasses {
  const next = mulberry32(seed);
  const path = new Uint16Array(wv.words.length);
  const splits: Splits = new Map();
  let nodes: Int32Array[] = [Int32Array.from({ length: Math.min(core, wv.words.length) }, (_, i) => i)];
  for (let level = 0; level < TREE_DEPTH; level++) {
    const children: Int32Array[] = [];
    for (const members of nodes) {
      const node = (1 << level) | path[members[0]];
      const { sides, centres } = splitInTwo(wv, members, next);
      if (centres !== undefined) splits.set(node, centres);
      const halves: number[][] = [[], []];
      members.forEach((m, k) => {
        path[m] = (path[m] << 1) | sides[k];
        halves[sides[k]].push(m);
      });
      for (const half of halves) if (half.length > 0) children.push(Int32Array.from(half));
    }
    nodes = children;
  }
  for (let m = core; m < wv.words.length; m++) path[m] = descend(wv, m, splits);
  return classesFromMap(new Map(wv.words.map((w, i) => [w, path[i]])));
}

/** The path of word m down splits made without it. */
function descend(wv: WordVectors, m: number, splits: Splits): number {
  let path = 0;
  const at = m * wv.dims;
  for (let level = 0; level < TREE_DEPTH; level++) {
    const centres = splits.get((1 << level) | path);
    const side = centres !== undefined && dot(wv.vectors, at, centres[1], wv.dims) > dot(wv.vectors, at, centres[0], wv.dims) ? 1 : 0;
    path = (path << 1) | side;
  }
  return path;
}
