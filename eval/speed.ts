/**
 * Speed of extraction next to wink-nlp alone: words per second of the whole extraction (tokens,
 * candidates, typing, resolution; wink-nlp with only the steps it needs) and of a bare `readDoc`
 * with the same model and wink-nlp's default pipe, over the same texts in the same process, so
 * that the ratio does not depend on the machine.
 */
import { performance } from 'node:perf_hooks';
import type { ExtractOptions } from '../server/extract/options';
import type { Lexicon } from '../server/extract/lexicon';
import { defaultPipeNlp } from '../server/extract/nlp';
import { predict, type EvalDocument } from '../server/corpus/predict';

export interface Speed {
  words: number;
  extractWordsPerSecond: number;
  readDocWordsPerSecond: number;
}

/**
 * Best of `rounds` timings of each (ten by default), after one warm-up round; the two alternate
 * round by round, so that a busy moment on a shared machine does not fall on one of them only.
 */
export function measureSpeed(docs: readonly EvalDocument[], lexicon: Lexicon, options: ExtractOptions, rounds = 10): Speed {
  const engine = defaultPipeNlp();
  const bare = () => {
    for (const doc of docs) engine.readDoc(doc.text);
  };
  let words = 0;
  const extract = () => {
    words = predict(docs, lexicon, options).words;
  };
  bare();
  extract();
  const time = (run: () => void): number => {
    const start = performance.now();
    run();
    return (performance.now() - start) / 1000;
  };
  let readDocSeconds = Infinity;
  let extractSeconds = Infinity;
  for (let r = 0; r < rounds; r++) {
    readDocSeconds = Math.min(readDocSeconds, time(bare));
    extractSeconds = Math.min(extractSeconds, time(extract));
  }
  return { words, extractWordsPerSecond: words / extractSeconds, readDocWordsPerSecond: words / readDocSeconds };
}
