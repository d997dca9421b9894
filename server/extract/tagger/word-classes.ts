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

/** Hexadecimal digits of a path in the model file. */
const PATH_DIGITS = 3;

/**
 * The table as the model file keeps it: the words in code-unit order, each followed by its path
 * in PATH_DIGITS hexadecimal digits and a space ('london2ce paris2cf ').
 */
export interface WordClassesFile {
  lines: string;
}

/**
 * Words of printable ASCII but the space: a token holds no space, and a file of ASCII alone with
 * no line breaks to escape is read and parsed about twice as fast (the vocabulary's few others
 * are quote marks and currency signs).
 */
const FILED_WORD = /^[!-~]+$/;

export function serializeWordClasses(classes: WordClasses): WordClassesFile {
  return {
    lines: classes
      .entries()
      .filter(([w]) => FILED_WORD.test(w))
      .map(([w, p]) => `${w}${p.toString(16).padStart(PATH_DIGITS, '0')} `)
      .join(''),
  };
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

/** The path of `word` in the sorted entries, searched by halves of the string itself. */
function searchLines(lines: string, word: string): number | undefined {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const start = lines.lastIndexOf(' ', mid - 1) + 1;
    const end = lines.indexOf(' ', start);
    const c = compareAt(word, lines, start, end - PATH_DIGITS);
    if (c === 0) return parseInt(lines.slice(end - PATH_DIGITS, end), 16);
    if (c < 0) high = start;
    else low = end + 1;
  }
  return undefined;
}

/** Distinct words whose lookups are kept. */
const LOOKUP_CACHE_SIZE = 50_000;
const ENTRY = new RegExp(`^[!-~]+[0-9a-f]{${PATH_DIGITS}}$`);

/**
 * The table of a model file, or undefined when its first or last entry is not a word and a path.
 * The entries stay one string, searched by halves: splitting several hundred thousand words into a
 * Map would take longer than the rest of the model takes to load, and a text meets few of them.
 */
export function parseWordClasses(file: WordClassesFile): WordClasses | undefined {
  const { lines } = file;
  if (
    lines !== '' &&
    (!lines.endsWith(' ') || !ENTRY.test(lines.slice(0, lines.indexOf(' '))) || !ENTRY.test(lines.slice(lines.lastIndexOf(' ', lines.length - 2) + 1, -1)))
  ) {
    return undefined;
  }
  const found = boundedMemo(LOOKUP_CACHE_SIZE, (lower) => (lower === '' ? -1 : (searchLines(lines, lower) ?? -1)));
  const entries = (): [string, number][] =>
    lines
      .split(' ')
      .slice(0, -1)
      .map((entry) => [entry.slice(0, -PATH_DIGITS), parseInt(entry.slice(-PATH_DIGITS), 16)]);
  return {
    get size() {
      let n = 0;
      for (let at = lines.indexOf(' '); at >= 0; at = lines.indexOf(' ', at + 1)) n++;
      return n;
    },
    pathOf: (lower) => {
      const path = found(lower);
      return path < 0 ? undefined : path;
    },
    entries,
  };
}
