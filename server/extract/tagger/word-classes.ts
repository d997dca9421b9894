/**
 * Word classes learnt without labels: each word of a table has a path in a binary tree of
 * clusters of word vectors (made at training time, ./clusters), and its classes at a few depths
 * are that path's prefixes, as Brown clusters are read. A word not in the table has none.
 */
import { boundedMemo } from '../memo';

/** The prefix lengths read as classes: 16, 64, 256 and 1,024 classes. */
export const CLASS_DEPTHS = [4, 6, 8, 10] as const;
/** The depth of the tree, which every path has. */
export const TREE_DEPTH = 10;
/** The class of a word not in the table, at any depth. */
export const NO_CLASS = '?';

export interface WordClasses {
  /** How many words have a class. */
  readonly size: number;
  /** A lower-case word's path as a TREE_DEPTH-bit number (the first split in the highest bit), or undefined. */
  pathOf(lower: string): number | undefined;
  /** Every word and its path, by word in code-unit order. */
  entries(): [string, number][];
}

const byWord = (a: [string, number], b: [string, number]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** A table held in a Map, as training makes it. */
export function classesFromMap(paths: ReadonlyMap<string, number>): WordClasses {
  return { size: paths.size, pathOf: (lower) => paths.get(lower), entries: () => [...paths].sort(byWord) };
}

export const NO_WORD_CLASSES: WordClasses = classesFromMap(new Map());

/** The classes of every path at CLASS_DEPTHS (its prefixes as strings of bits, '0110'), made once: there are 1,024 paths. */
const CLASSES_OF_PATH: readonly (readonly string[])[] = Array.from({ length: 2 ** TREE_DEPTH }, (_, path) => {
  const bits = path.toString(2).padStart(TREE_DEPTH, '0');
  return CLASS_DEPTHS.map((depth) => bits.slice(0, depth));
});
const NO_CLASSES: readonly string[] = CLASS_DEPTHS.map(() => NO_CLASS);

/** A lower-case word's classes at CLASS_DEPTHS, coarse to fine. */
export function classesOf(classes: WordClasses, lower: string): readonly string[] {
  const path = classes.pathOf(lower);
  return path === undefined ? NO_CLASSES : CLASSES_OF_PATH[path];
}

/** The table as the model file keeps it: the words in code-unit order one a line, and their paths as 16-bit numbers in base64. */
export interface WordClassesFile {
  words: string;
  paths: string;
}

export function serializeWordClasses(classes: WordClasses): WordClassesFile {
  const entries = classes.entries();
  const paths = Buffer.alloc(entries.length * 2);
  entries.forEach(([, p], i) => paths.writeUInt16LE(p, i * 2));
  return { words: entries.map(([w]) => w).join('\n'), paths: paths.toString('base64') };
}

/** -1, 0 or 1 as `word` sorts before, with or after text[begin, end), by code units. */
function compareAt(word: string, text: string, begin: number, end: number): number {
  const n = Math.min(word.length, end - begin);
  for (let k = 0; k < n; k++) {
    const d = word.charCodeAt(k) - text.charCodeAt(begin + k);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return word.length === end - begin ? 0 : word.length < end - begin ? -1 : 1;
}

/** Distinct words whose lookups are kept. */
const LOOKUP_CACHE_SIZE = 50_000;

/**
 * The table of a model file, or undefined when its words and paths do not pair up. The words stay
 * one string, searched by halves: a Map of several hundred thousand words would take longer to
 * build than the rest of the model takes to load, and a text meets few of them.
 */
export function parseWordClasses(file: WordClassesFile): WordClasses | undefined {
  const { words } = file;
  const starts: number[] = words === '' ? [] : [0];
  for (let at = words.indexOf('\n'); at >= 0; at = words.indexOf('\n', at + 1)) starts.push(at + 1);
  const bytes = Buffer.from(file.paths, 'base64');
  const size = starts.length;
  if (bytes.length !== size * 2) return undefined;
  const endOf = (i: number): number => (i + 1 < size ? starts[i + 1] - 1 : words.length);
  const search = (lower: string): number | undefined => {
    let low = 0;
    let high = size - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const c = compareAt(lower, words, starts[mid], endOf(mid));
      if (c === 0) return bytes.readUInt16LE(mid * 2);
      if (c < 0) high = mid - 1;
      else low = mid + 1;
    }
    return undefined;
  };
  const found = boundedMemo(LOOKUP_CACHE_SIZE, (lower) => search(lower) ?? -1);
  return {
    size,
    pathOf: (lower) => {
      const path = found(lower);
      return path < 0 ? undefined : path;
    },
    entries: () => Array.from({ length: size }, (_, i) => [words.slice(starts[i], endOf(i)), bytes.readUInt16LE(i * 2)]),
  };
}
