/**
 * `bench parallel`: the single-threaded ingest and the parallel one of the same sizes, in turns,
 * each in its own process (as `bench ingest` runs them), with the most that two cores give the
 * extraction on this machine beside them.
 */
import { spawn } from 'node:child_process';
import { bareRates, bareRows, fastestInTurns, ofRuns, type IngestFigures, type IngestRun } from './ingest';
import { bar, barRows, figure, machine, mib, printJson, printTable, type Bar, type Row } from './report';

/** The pipeline's words/s in a child process of its own (`extract-run`). */
function extractInChild(seed: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [require.resolve('./main'), 'extract-run', '--seed', String(seed)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`extract-run failed (exit ${code})`));
      const lines = out.trim().split('\n');
      resolve((JSON.parse(lines[lines.length - 1]) as { wordsPerSecond: number }).wordsPerSecond);
    });
  });
}

/**
 * What two cores of this machine give the extraction: the pipeline alone in one process, then in
 * two processes at once (no shared work, nothing to wait for), their words/s summed over the one
 * alone. Below 2 when the cores share caches, memory bandwidth or a host; no parallel ingest, which
 * also has a writer to feed, can gain more than this over one thread. Alone and two at once take
 * `repeat` turns, and the best of each counts, as for the ingests.
 */
async function extractionCeiling(seed: number, repeat = 1): Promise<{ alone: number; sideBySide: number[]; ratio: number; turns: number }> {
  let alone = 0;
  let sideBySide = [0, 0];
  for (let turn = 0; turn < Math.max(1, repeat); turn++) {
    alone = Math.max(alone, await extractInChild(seed));
    const pair = await Promise.all([extractInChild(seed), extractInChild(seed)]);
    if (pair[0] + pair[1] > sideBySide[0] + sideBySide[1]) sideBySide = pair;
  }
  return { alone, sideBySide, ratio: (sideBySide[0] + sideBySide[1]) / alone, turns: Math.max(1, repeat) };
}

/** Cores a run kept busy on average: its processor time, all threads, over its wall time. */
const busyCores = (run: IngestRun) => run.cpuMs / (run.ingestMs + run.graphMs);

/**
 * The most that `cores` can give over a single-threaded run, which already keeps more than one core
 * busy: V8 compiles hot code and collects garbage on threads of its own, beside the one running
 * JavaScript, and those helpers take part of the second core before any extraction worker does.
 */
const coresCeiling = (run: IngestRun, cores: number) => cores / busyCores(run);

/** `bench parallel`: the single-threaded ingest and the parallel one of the same sizes, side by side. */
export async function parallelBench(options: { sizes: number[]; seed: number; workers: number; repeat: number; serial?: IngestFigures }): Promise<void> {
  // The single-threaded ingests this bench compares with are its own, in turns with the parallel
  // ones; `all` passes the bare readDoc rates of its ingest bench rather than measuring them again.
  const turns = options.sizes.map((docs) => fastestInTurns(docs, options.seed, [0, options.workers], options.repeat));
  const serial = turns.map(([run]) => run);
  const parallel = turns.map(([, run]) => run);
  const known = options.serial;
  const reuse = known !== undefined && known.runs[known.runs.length - 1].documents === parallel[parallel.length - 1].documents;
  const bare = reuse ? known.bare : bareRates(options.seed, parallel[parallel.length - 1].documents, options.repeat);
  const rows: Row[] = bareRows(bare);
  const bars: Bar[] = [];
  const cores = machine().cpus;
  const busy = options.sizes.map((docs, i) => ({
    docs,
    single: busyCores(serial[i]),
    parallel: busyCores(parallel[i]),
    ceiling: coresCeiling(serial[i], cores),
  }));
  options.sizes.forEach((docs, i) => {
    const n = figure(docs);
    rows.push(
      [
        `${n} docs: single thread words/s`,
        figure(serial[i].wordsPerSecond),
        `${figure((serial[i].ingestMs + serial[i].graphMs) / 1000)} s, peak RSS ${figure(mib(serial[i].peakRssBytes))} MiB${ofRuns(serial[i])}`,
      ],
      [
        `${n} docs: ${options.workers} worker${options.workers === 1 ? '' : 's'} words/s`,
        figure(parallel[i].wordsPerSecond),
        `${figure((parallel[i].ingestMs + parallel[i].graphMs) / 1000)} s, peak RSS ${figure(mib(parallel[i].peakRssBytes))} MiB${ofRuns(parallel[i])}`,
      ],
      [
        `${n} docs: cores busy, single thread`,
        figure(busy[i].single),
        `processor time ${figure(serial[i].cpuMs / 1000)} s over the wall time; with ${options.workers} worker${options.workers === 1 ? '' : 's'} ${figure(busy[i].parallel)}`,
      ],
      [`${n} docs: ${cores} cores / single thread's busy cores`, figure(busy[i].ceiling), 'the most the parallel ingest can gain, before any cost of its own'],
      [
        `${n} docs: same graph`,
        serial[i].entities === parallel[i].entities && serial[i].edges === parallel[i].edges ? 'yes' : 'NO',
        `${figure(parallel[i].entities)} entities, ${figure(parallel[i].edges)} links`,
      ],
    );
    bars.push(bar(`parallel / single thread (${n})`, parallel[i].wordsPerSecond / serial[i].wordsPerSecond, 'min', 1.6));
  });
  const ceiling = await extractionCeiling(options.seed, options.repeat);
  rows.push([
    'two cores extracting / one',
    figure(ceiling.ratio),
    `the pipeline alone ${figure(ceiling.alone)} words/s; two processes at once ${ceiling.sideBySide.map((r) => figure(r)).join(' + ')} words/s${ceiling.turns > 1 ? `, best of ${ceiling.turns} turns each` : ''}`,
  ]);
  const largest = parallel[parallel.length - 1];
  bars.push(bar(`parallel words/s / bare readDoc (${figure(largest.documents)})`, largest.wordsPerSecond / bare.same, 'min', 0.35));
  bars.push(bar(`parallel peak RSS GiB (${figure(largest.documents)})`, largest.peakRssBytes / 1024 ** 3, 'max', 1));
  printTable(`parallel ingest (${options.workers} extraction worker${options.workers === 1 ? '' : 's'} and the writer, on ${cores} cores)`, [
    ...rows,
    ...barRows(bars),
  ]);
  printJson({ bench: 'parallel', machine: machine(), seed: options.seed, workers: options.workers, bare, serial, parallel, busy, ceiling, bars });
}
