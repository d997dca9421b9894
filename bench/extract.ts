/**
 * `bench extract`: words per second of the extraction + resolution pipeline (processDocument:
 * wink-nlp, mentions, resolution in the document and across the corpus) next to bare wink-nlp
 * `readDoc` with its default pipe, over the same texts in the same process. Each is run in turns:
 * the rates are the best turn's, and the ratio the median of the turns' ratios, each taken from
 * runs back to back, so that a burst of load elsewhere on the machine does not decide.
 */
import path from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { findRepoRoot } from '../server/config';
import { processDocument } from '../server/corpus/pipeline';
import { loadLexicon } from '../server/extract/lexicon';
import { analyse } from '../server/extract/nlp';
import { EntityRegistry } from '../server/resolve/registry';
import { benchCorpus, wordCount } from './corpus';
import { bar, barRows, figure, machine, median, printJson, printTable, since, type Row } from './report';

export interface ExtractFigures {
  documents: number;
  words: number;
  bareWordsPerSecond: number;
  analyseWordsPerSecond: number;
  pipelineWordsPerSecond: number;
  /** Pipeline over bare readDoc, each turn measured back to back; the median turn's. */
  ratio: number;
}

/** Best words/s of `turns` runs of `run` over all texts. */
function bestRate(texts: readonly string[], words: number, turns: number, run: (text: string) => void): number {
  let best = Infinity;
  for (let t = 0; t < turns; t++) {
    const start = performance.now();
    for (const text of texts) run(text);
    best = Math.min(best, since(start));
  }
  return (words / best) * 1000;
}

/** Bare wink-nlp: a fresh instance with the default pipe, reading each text and nothing more. */
export function bareReadDoc(): (text: string) => void {
  const bare = winkNLP(model);
  return (text) => {
    bare.readDoc(text);
  };
}

export function measureExtract(docs: number, seed: number, turns = 5): ExtractFigures {
  const texts = [...benchCorpus(docs, { seed })].map((d) => d.text);
  const words = texts.reduce((n, t) => n + wordCount(t), 0);
  const lexicon = loadLexicon(path.join(findRepoRoot(), 'data', 'lexicons'));
  const readDoc = bareReadDoc();
  // Warm up both: the first documents pay for JIT compilation and lazy model tables.
  for (const text of texts.slice(0, 20)) {
    readDoc(text);
    processDocument(text, lexicon, new EntityRegistry());
  }
  let bare = 0;
  let analysed = 0;
  let pipeline = 0;
  // The ratio is taken within each turn, so that a change of load between turns does not decide it.
  const ratios: number[] = [];
  for (let t = 0; t < turns; t++) {
    const bareTurn = bestRate(texts, words, 1, readDoc);
    analysed = Math.max(analysed, bestRate(texts, words, 1, analyse));
    // A fresh registry per turn: the corpus knowledge grows as it would in one ingest.
    const registry = new EntityRegistry();
    const pipelineTurn = bestRate(texts, words, 1, (text) => processDocument(text, lexicon, registry));
    bare = Math.max(bare, bareTurn);
    pipeline = Math.max(pipeline, pipelineTurn);
    ratios.push(pipelineTurn / bareTurn);
  }
  return { documents: docs, words, bareWordsPerSecond: bare, analyseWordsPerSecond: analysed, pipelineWordsPerSecond: pipeline, ratio: median(ratios) };
}

/**
 * Words/s of the pipeline alone over `docs` documents (after a warm-up), the best of `turns`: what
 * one core extracts, for the ceiling the parallel bench measures with two of these side by side.
 */
export function pipelineRate(docs: number, seed: number, turns = 3): number {
  const texts = [...benchCorpus(docs, { seed })].map((d) => d.text);
  const words = texts.reduce((n, t) => n + wordCount(t), 0);
  const lexicon = loadLexicon(path.join(findRepoRoot(), 'data', 'lexicons'));
  for (const text of texts.slice(0, 20)) processDocument(text, lexicon, new EntityRegistry());
  let best = 0;
  for (let t = 0; t < turns; t++) {
    const registry = new EntityRegistry();
    best = Math.max(
      best,
      bestRate(texts, words, 1, (text) => processDocument(text, lexicon, registry)),
    );
  }
  return best;
}

export function extractBench(options: { docs: number; seed: number }): void {
  const f = measureExtract(options.docs, options.seed);
  // 0.4: the bar for extraction with the learned tagger (the rules alone were held to 0.5).
  const bars = [bar('extract / bare readDoc', f.ratio, 'min', 0.4)];
  const rows: Row[] = [
    ['documents', f.documents],
    ['words', figure(f.words)],
    ['bare readDoc words/s', figure(f.bareWordsPerSecond), 'wink-nlp default pipe, readDoc only'],
    ['analyse words/s', figure(f.analyseWordsPerSecond), 'readDoc + tokens, offsets, sentences'],
    ['pipeline words/s', figure(f.pipelineWordsPerSecond), 'extract + resolve (document and corpus)'],
    ...barRows(bars),
  ];
  printTable(`extract (${options.docs} documents, seed ${options.seed})`, rows);
  printJson({ bench: 'extract', machine: machine(), ...f, bars });
}
