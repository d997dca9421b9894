/**
 * `bench ingest`: end-to-end ingest (extract, resolve, store, graph) of the bench corpus into a
 * fresh SQLite store through openCorpus, for each size in its own process so that the peak RSS is
 * that size's; then the cost of one more document in the full store next to the same document in
 * an empty one. The bare readDoc rate is measured in the same run, over the same documents as the
 * largest ingest, read once each in a process of its own, as the ingest reads them.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openCorpus } from '../server/corpus';
import type { Corpus } from '../server/corpus/types';
import type { DocumentInput } from '#model/types';
import { benchCorpus, namePools, wordCount } from './corpus';
import { bareReadDoc } from './extract';
import { BENCH_DIR, bar, barRows, figure, machine, median, mib, peakRss, printJson, printTable, since, type Bar, type Row } from './report';

export interface IngestRun {
  documents: number;
  words: number;
  /** Extraction worker threads; 0 for the single-threaded ingest. */
  workers: number;
  ingestMs: number;
  graphMs: number;
  /** Processor time of the ingest and graph, all threads: wall time inflated by a busy machine shows here. */
  cpuMs: number;
  docsPerSecond: number;
  wordsPerSecond: number;
  peakRssBytes: number;
  entities: number;
  edges: number;
  /** One more document (ingest and graph ready): into the full store, and into an empty one. */
  oneMoreMs: number;
  oneIntoEmptyMs: number;
  db: string;
}

/** The store the api bench reads: the one the ingest bench of that size left behind. */
export function benchStorePath(seed: number, docs: number): string {
  return path.join(BENCH_DIR, `store-${seed}-${docs}.db`);
}

function removeStore(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}

type Ingest = (corpus: Corpus, docs: DocumentInput[]) => Promise<void>;

const serialIngest: Ingest = async (corpus, docs) => {
  corpus.ingest(docs);
};

const parallelIngest =
  (workers: number): Ingest =>
  async (corpus, docs) => {
    await corpus.ingestParallel(docs, { workers });
  };

/** Ingest then the graph: stats() needs it, as the first request after an ingest would. */
async function addAndGraph(corpus: Corpus, docs: DocumentInput[], ingest: Ingest): Promise<number> {
  const start = performance.now();
  await ingest(corpus, docs);
  corpus.stats();
  return since(start);
}

/** One ingest of `docs` documents, in this process; then, unless `oneMore` is false, one more document five times over. */
export async function ingestRun(options: { docs: number; seed: number; workers: number; oneMore?: boolean }): Promise<IngestRun> {
  const ingest = options.workers > 0 ? parallelIngest(options.workers) : serialIngest;
  const pools = namePools(options.seed);
  const docs = [...benchCorpus(options.docs, { seed: options.seed }, 0, pools)];
  const words = docs.reduce((n, d) => n + wordCount(d.text), 0);
  const db = benchStorePath(options.seed, options.docs);
  removeStore(db);
  fs.mkdirSync(path.dirname(db), { recursive: true });
  const corpus = openCorpus({ dbPath: db });
  const cpu = process.cpuUsage();
  const start = performance.now();
  await ingest(corpus, docs);
  const ingestMs = since(start);
  const graphStart = performance.now();
  const stats = corpus.stats();
  const graphMs = since(graphStart);
  const totalMs = ingestMs + graphMs;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const peakRssBytes = peakRss();

  // One more document, five times over (the median counts): into the full store, and into an empty
  // store. One document goes through the single-threaded path whatever the bulk ingest used.
  const extra = options.oneMore === false ? [] : [...benchCorpus(options.docs + 5, { seed: options.seed }, options.docs, pools)];
  const more: number[] = [];
  const empty: number[] = [];
  for (const doc of extra) {
    more.push(await addAndGraph(corpus, [doc], serialIngest));
    const emptyDb = path.join(BENCH_DIR, `empty-${process.pid}.db`);
    removeStore(emptyDb);
    const fresh = openCorpus({ dbPath: emptyDb });
    empty.push(await addAndGraph(fresh, [doc], serialIngest));
    fresh.close();
    removeStore(emptyDb);
  }
  corpus.close();
  return {
    documents: options.docs,
    words,
    workers: options.workers,
    ingestMs,
    graphMs,
    cpuMs,
    docsPerSecond: (options.docs / totalMs) * 1000,
    wordsPerSecond: (words / totalMs) * 1000,
    peakRssBytes,
    entities: stats.entities,
    edges: stats.edges,
    oneMoreMs: median(more),
    oneIntoEmptyMs: median(empty),
    db,
  };
}

/** Runs a bench sub-command in a child process of its own and reads its last line, its JSON. */
function childJson<T>(args: string[], what: string): T {
  const child = spawnSync(process.execPath, [require.resolve('./main'), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`${what} failed (exit ${child.status})`);
  const lines = child.stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1]) as T;
}

/** Runs `ingest-run` in a child process and reads its JSON line; `oneMore` false leaves the store as the ingest left it. */
export function ingestInChild(docs: number, seed: number, workers: number, oneMore = true): IngestRun {
  const args = ['ingest-run', '--docs', String(docs), '--seed', String(seed), '--workers', String(workers), ...(oneMore ? [] : ['--no-more'])];
  return childJson<IngestRun>(args, `ingest of ${docs} documents`);
}

/** The fastest of several runs of one ingest, and the times of all of them (ingest and graph). */
export type FastestRun = IngestRun & { repeat: number; allMs: number[] };

/** How a run's time was chosen, when there were several. */
export const ofRuns = (run: FastestRun) => (run.repeat > 1 ? `, fastest of ${run.repeat}: ${run.allMs.map((ms) => figure(ms / 1000)).join(' s, ')} s` : '');

/**
 * The fastest of several ingests of one size, each in its own process, with the highest peak RSS
 * of them: on a shared machine a run can be slowed by others, never sped up, so the fastest is the
 * nearest to what the code costs; the memory bar is held against the worst run.
 */
function fastestOf(runs: IngestRun[]): FastestRun {
  const total = (run: IngestRun) => run.ingestMs + run.graphMs;
  const fastest = runs.reduce((best, run) => (total(run) < total(best) ? run : best));
  return { ...fastest, peakRssBytes: Math.max(...runs.map((run) => run.peakRssBytes)), repeat: runs.length, allMs: runs.map(total) };
}

/** The fastest of `repeat` ingests of one size (fastestOf). */
export function fastestInChild(docs: number, seed: number, workers: number, repeat: number): FastestRun {
  return fastestInTurns(docs, seed, [workers], repeat)[0];
}

/**
 * The fastest of `repeat` ingests of one size for each number of workers, the runs taking turns
 * (0, 1, 0, 1, …) so that each sees the machine as the other does: compared run after run, a
 * machine that slows down for a minute would count against whichever ran in it.
 */
export function fastestInTurns(docs: number, seed: number, workers: number[], repeat: number): FastestRun[] {
  const runs: IngestRun[][] = workers.map(() => []);
  for (let turn = 0; turn < Math.max(1, repeat); turn++) workers.forEach((w, i) => runs[i].push(ingestInChild(docs, seed, w)));
  return runs.map(fastestOf);
}

/**
 * Bare readDoc words/s over the first documents of the same corpus, the best of three turns after a
 * warm-up: readDoc at its fastest, every word of the texts already in wink-nlp's caches.
 */
export function bareRate(seed: number, docs = 300): number {
  const texts = [...benchCorpus(docs, { seed })].map((d) => d.text);
  const words = texts.reduce((n, t) => n + wordCount(t), 0);
  const readDoc = bareReadDoc();
  for (const text of texts.slice(0, 20)) readDoc(text);
  let best = Infinity;
  for (let turn = 0; turn < 3; turn++) {
    const start = performance.now();
    for (const text of texts) readDoc(text);
    best = Math.min(best, since(start));
  }
  return (words / best) * 1000;
}

/**
 * Bare readDoc words/s over the `docs` documents that an ingest of that size reads, each read once
 * in a fresh process after a warm-up on 20 other texts, as the ingest meets them: the same work for
 * readDoc as for the ingest, the new names of each document included.
 */
export function bareRateOnce(seed: number, docs: number): number {
  const warm = [...benchCorpus(docs + 20, { seed }, docs)].map((d) => d.text);
  const texts = [...benchCorpus(docs, { seed })].map((d) => d.text);
  const words = texts.reduce((n, t) => n + wordCount(t), 0);
  const readDoc = bareReadDoc();
  for (const text of warm) readDoc(text);
  const start = performance.now();
  for (const text of texts) readDoc(text);
  return (words / since(start)) * 1000;
}

/** Runs `bare-run` in a child process and reads its words/s. */
function bareOnceInChild(seed: number, docs: number): number {
  return childJson<{ wordsPerSecond: number }>(['bare-run', '--docs', String(docs), '--seed', String(seed)], `bare readDoc over ${docs} documents`)
    .wordsPerSecond;
}

/** The readDoc rates an ingest bar is held against: over the ingest's own documents (the bar), and at its fastest. */
export interface BareRates {
  /** readDoc over the same documents as the ingest, once each, in a process of its own: the bar's; the fastest of `repeat` runs. */
  same: number;
  documents: number;
  repeat: number;
  /** readDoc over 300 of them, best of three turns, its caches warm: readDoc at its fastest. */
  hot: number;
}

/** As the ingest it is held against, the fastest of `repeat` runs, each in its own process, counts. */
export function bareRates(seed: number, docs: number, repeat: number): BareRates {
  return bareOf(
    Array.from({ length: Math.max(1, repeat) }, () => bareOnceInChild(seed, docs)),
    seed,
    docs,
  );
}

/** The fastest of the bare readDoc runs over `docs` documents, with readDoc at its fastest beside it. */
function bareOf(rates: number[], seed: number, docs: number): BareRates {
  return { same: Math.max(...rates), documents: docs, repeat: rates.length, hot: bareRate(seed) };
}

export function bareRows(bare: BareRates): Row[] {
  return [
    [
      'bare readDoc words/s',
      figure(bare.same),
      `the same ${figure(bare.documents)} documents, once each, a process of its own${bare.repeat > 1 ? `, fastest of ${bare.repeat}` : ''}`,
    ],
    ['bare readDoc words/s, hot', figure(bare.hot), '300 of them, best of 3 turns, caches warm'],
  ];
}

function runRows(run: FastestRun): Row[] {
  const n = figure(run.documents);
  return [
    [`${n} docs: words`, figure(run.words)],
    [`${n} docs: ingest`, `${figure(run.ingestMs / 1000)} s`, `+ graph ${figure(run.graphMs)} ms; processor time ${figure(run.cpuMs / 1000)} s${ofRuns(run)}`],
    [`${n} docs: docs/s`, figure(run.docsPerSecond)],
    [`${n} docs: words/s`, figure(run.wordsPerSecond)],
    [`${n} docs: peak RSS`, `${figure(mib(run.peakRssBytes))} MiB`, run.repeat > 1 ? `the highest of the ${run.repeat} runs` : ''],
    [`${n} docs: graph`, `${figure(run.entities)} entities`, `${figure(run.edges)} links`],
    [`${n} docs: one more doc`, `${figure(run.oneMoreMs)} ms`, `into an empty store ${figure(run.oneIntoEmptyMs)} ms`],
  ];
}

export interface IngestFigures {
  bare: BareRates;
  runs: FastestRun[];
  bars: Bar[];
}

/**
 * The ingest of `docs` documents and bare readDoc over the same documents, taking turns (readDoc,
 * ingest, readDoc, …) so that the bar's two sides see the machine alike, the fastest of each.
 */
function ingestBesideBare(docs: number, seed: number, workers: number, repeat: number): { run: FastestRun; bare: BareRates } {
  const runs: IngestRun[] = [];
  const rates: number[] = [];
  for (let turn = 0; turn < Math.max(1, repeat); turn++) {
    rates.push(bareOnceInChild(seed, docs));
    runs.push(ingestInChild(docs, seed, workers));
  }
  return { run: fastestOf(runs), bare: bareOf(rates, seed, docs) };
}

export function ingestBench(options: { sizes: number[]; seed: number; workers: number; repeat: number; title: string }): IngestFigures {
  const smaller = options.sizes.slice(0, -1).map((docs) => fastestInChild(docs, options.seed, options.workers, options.repeat));
  const { run: largest, bare } = ingestBesideBare(options.sizes[options.sizes.length - 1], options.seed, options.workers, options.repeat);
  const runs = [...smaller, largest];
  const bars: Bar[] = [
    bar(`words/s / bare readDoc (${figure(largest.documents)})`, largest.wordsPerSecond / bare.same, 'min', 0.35),
    bar(`peak RSS GiB (${figure(largest.documents)})`, largest.peakRssBytes / 1024 ** 3, 'max', 1),
    bar('one more doc / into empty store', largest.oneMoreMs / largest.oneIntoEmptyMs, 'max', 2),
  ];
  printTable(options.title, [
    ...bareRows(bare),
    ...runs.flatMap(runRows),
    ['words/s / bare readDoc, hot', figure(largest.wordsPerSecond / bare.hot), 'for comparison: against readDoc at its fastest'],
    ...barRows(bars),
  ]);
  printJson({ bench: options.workers > 0 ? 'parallel' : 'ingest', machine: machine(), seed: options.seed, bare, runs, bars });
  return { bare, runs, bars };
}
