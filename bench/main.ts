/**
 * `npm run bench -- <corpus|extract|ingest|parallel|api|client|scale|all> [options]`: the speed and
 * scale benchmarks. Each prints a table and, last, one JSON line. Run from dist/ (compiled code).
 */
import { runProgram } from '../server/cli/args';
import { defaultWorkers } from '../server/corpus/extract-pool';
import { parseArgs } from 'node:util';
import { apiBench } from './api';
import { clientBench } from './client';
import { corpusBench } from './corpus-command';
import { crowdedBench } from './crowded';
import { loadBench } from './load';
import { extractBench, pipelineRate } from './extract';
import { formatsBench } from './formats';
import { bareRateOnce, ingestBench, ingestRun, type IngestFigures } from './ingest';
import { parallelBench } from './parallel';
import { printJson } from './report';
import { scaleBench } from './scale';

export const BENCH_USAGE = `usage: npm run bench -- <command> [options]

commands:
  corpus     write the bench corpus (text files) and print its size
  extract    words/s of the pipeline next to bare wink-nlp readDoc
  ingest     end-to-end ingest into a fresh store (1k and 10k documents), peak RSS, one more document;
             then formats
  formats    how fast each input format is read (200 documents in each), bytes to documents
  parallel   the same ingest with extraction in worker threads
  api        latency and sizes of the API on the 10k store, next to bare serialisation
  client     first frame and frame times in headless chromium, explorer next to a bare sigma page
  crowded    one sentence naming thousands of people: ingest time, memory added, the graph after it
  load       /api/graph read times while 12 clients upload, on the 1k store, in a server of its own
  scale      the corpus through the PostgreSQL queue (a throwaway cluster) with 1 and 2 worker processes,
             next to the single-threaded SQLite ingest: documents/s of each (10k documents); then the
             graph and evidence latencies of two servers on a PostgreSQL store while it is filled
  all        corpus, extract, ingest, parallel, api and client, in that order (7 to 18 minutes on 2 idle cores with --repeat 3)

options:
  --docs N       documents (corpus: 1000; extract: 300; ingest/parallel: 1000,10000; api, scale: 10000; formats: 200)
  --seed N       corpus seed (default 1)
  --workers N    extraction worker threads for parallel (default: one per core but the writer's)
  --repeat N     ingest/parallel: runs of each size, the fastest kept; client: rounds of both pages (default 2; a busy machine only slows a run)
  --out DIR      where corpus writes its files
  --nodes N --edges N   the client bench graph (default 20000 and 100000)
  --names N      crowded: names in the sentence (default 8000)
  --seconds N    load: how long the uploads run (default 30)`;

function sizes(value: string | undefined, fallback: number[]): number[] {
  if (value === undefined) return fallback;
  const list = value.split(',').map((v) => Number(v));
  if (list.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--docs wants whole numbers, got '${value}'`);
  return list;
}

export async function benchCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      docs: { type: 'string' },
      seed: { type: 'string' },
      workers: { type: 'string' },
      repeat: { type: 'string' },
      out: { type: 'string' },
      nodes: { type: 'string' },
      edges: { type: 'string' },
      names: { type: 'string' },
      seconds: { type: 'string' },
      'no-more': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (values.help || command === undefined) {
    process.stdout.write(`${BENCH_USAGE}\n`);
    return command === undefined && !values.help ? 2 : 0;
  }
  const seed = Number(values.seed ?? 1);
  const workers = Number(values.workers ?? defaultWorkers());
  const repeat = Number(values.repeat ?? 2);
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat wants a whole number of runs, got '${values.repeat}'`);
  let serial: IngestFigures | undefined;
  const commands: Record<string, () => Promise<void> | void> = {
    corpus: () => corpusBench({ docs: sizes(values.docs, [1000])[0], seed, out: values.out }),
    extract: () => extractBench({ docs: sizes(values.docs, [300])[0], seed }),
    ingest: async () => {
      serial = ingestBench({ sizes: sizes(values.docs, [1000, 10000]), seed, workers: 0, repeat, title: 'ingest (single thread)' });
      await formatsBench({ docs: 200, seed, repeat });
    },
    formats: async () => {
      await formatsBench({ docs: sizes(values.docs, [200])[0], seed, repeat });
    },
    parallel: async () => {
      await parallelBench({ sizes: sizes(values.docs, [1000, 10000]), seed, workers, repeat, serial });
    },
    api: () => apiBench({ docs: Math.max(...sizes(values.docs, [10000])), seed }),
    client: () => clientBench({ nodes: Number(values.nodes ?? 20000), edges: Number(values.edges ?? 100000), seed, rounds: repeat }),
    crowded: () => crowdedBench({ names: sizes(values.names, [8000])[0] }),
    scale: () => scaleBench({ docs: sizes(values.docs, [10000])[0], seed }),
    load: () => loadBench({ docs: sizes(values.docs, [1000])[0], seed, uploaders: 12, readers: 4, seconds: sizes(values.seconds, [30])[0] }),
  };
  if (command === 'extract-run') {
    // The child process of the parallel bench's ceiling: the pipeline's words/s in this process.
    printJson({ wordsPerSecond: pipelineRate(sizes(values.docs, [200])[0], seed) });
    return 0;
  }
  if (command === 'bare-run') {
    // The child process of ingest and parallel: bare readDoc over an ingest's documents, once each.
    printJson({ wordsPerSecond: bareRateOnce(seed, sizes(values.docs, [1000])[0]) });
    return 0;
  }
  if (command === 'ingest-run') {
    // The child process of ingest and parallel: one size, figures as one JSON line.
    printJson(await ingestRun({ docs: sizes(values.docs, [1000])[0], seed, workers: Number(values.workers ?? 0), oneMore: values['no-more'] !== true }));
    return 0;
  }
  const run = command === 'all' ? Object.keys(commands) : [command];
  for (const name of run) {
    const bench = commands[name];
    if (!bench) {
      process.stderr.write(`bench: unknown command '${name}'\n${BENCH_USAGE}\n`);
      return 2;
    }
    await bench();
  }
  return 0;
}

if (require.main === module) runProgram('bench', benchCommand);
