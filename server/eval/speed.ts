/**
 * Speed of extraction next to wink-nlp alone: words per second of the whole extraction (tokens,
 * candidates, typing, resolution) and of a bare `readDoc` with the same model and default pipe,
 * over the same texts in the same process, so that the ratio does not depend on the machine.
 */
import { performance } from 'node:perf_hooks';
import type { ExtractOptions } from '../extract/mentions';
import type { Lexicon } from '../extract/lexicon';
import { nlp } from '../extract/nlp';
import { predict, type EvalDocument } from './predict';

export interface Speed {
  words: number;
  extractWordsPerSecond: number;
  readDocWordsPerSecond: number;
}

/** Best of `rounds` timings of each, after one warm-up round, so that a busy moment counts less. */
export function measureSpeed(docs: readonly EvalDocument[], lexicon: Lexicon, options: ExtractOptions, rounds = 3): Speed {
  const engine = nlp();
  const bare = () => {
    for (const doc of docs) engine.readDoc(doc.text);
  };
  let words = 0;
  const extract = () => {
    words = predict(docs, lexicon, options).words;
  };
  bare();
  extract();
  const best = (run: () => void): number => {
    let fastest = Infinity;
    for (let r = 0; r < rounds; r++) {
      const start = performance.now();
      run();
      fastest = Math.min(fastest, performance.now() - start);
    }
    return fastest / 1000;
  };
  const readDocSeconds = best(bare);
  const extractSeconds = best(extract);
  return { words, extractWordsPerSecond: words / extractSeconds, readDocWordsPerSecond: words / readDocSeconds };
}
