/**
 * `bench scale`: the bench corpus through the PostgreSQL queue on a throwaway cluster, with 1 and 2
 * worker processes beside the committer (plexus ingest --from-queue), each process its own, next to
 * the single-threaded SQLite ingest of the same documents; documents per second for each, and
 * whether the three stores hold the same graph. Then two API servers on a PostgreSQL store, read
 * while the committer stores into it (scale-servers.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { openCorpus } from '../server/corpus';
import { connectQueue } from '../server/queue/connection';
import { enqueue } from '../server/queue/enqueue';
import { benchCorpus, namePools } from './corpus';
import { ingestInChild } from './ingest';
import { startCluster, type Cluster } from './postgres-cluster';
import { plexus } from './processes';
import { serversRows, serversRun, type ServersRun } from './scale-servers';
import { BENCH_DIR, figure, machine, printJson, printTable, since, type Row } from './report';

export interface QueueRun {
  workers: number;
  enqueueMs: number;
  /** From the start of the committer and the workers to the committer's end (its store's graph included). */
  ingestMs: number;
  /** From the same start to the last worker's end: every document extracted. */
  extractMs: number;
  /** Documents the committer extracted again, their extraction no longer holding when their turn came. */
  extractedAgain: number;
  /** Seconds the committer waited for workers; each worker's seconds extracting and waiting for something to claim. */
  committerWaitingS: number;
  workerS: { extracting: number; waiting: number }[];
  docsPerSecond: number;
  /** Bytes on disk of the queue's tables (indexes and TOAST included), and of the SQLite store the committer filled. */
  queueBytes: number;
  storeBytes: number;
  db: string;
}

/** A figure of seconds that a command's summary gives after `label` ('12.3 s waiting'), 0 when it gives none. */
const secondsIn = (summary: string, label: string) => Number(new RegExp(`([\\d.]+) s ${label}`).exec(summary)?.[1] ?? 0);

function removeStore(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}

/** The documents enqueued into a new database of `cluster`, then the committer and `workers` worker processes at once. */
async function queueRun(cluster: Cluster, options: { docs: number; seed: number; workers: number }): Promise<QueueRun> {
  const url = await cluster.createDatabase(`scale_${options.workers}_${Date.now()}`);
  const documents = [...benchCorpus(options.docs, { seed: options.seed }, 0, namePools(options.seed))];
  const client = await connectQueue(url, 'bench');
  try {
    const enqueueStart = performance.now();
    await enqueue(client, documents);
    const enqueueMs = since(enqueueStart);
    const db = path.join(BENCH_DIR, `scale-${options.seed}-${options.docs}-${options.workers}.db`);
    removeStore(db);
    fs.mkdirSync(BENCH_DIR, { recursive: true });
    const start = performance.now();
    let extractMs = 0;
    const workers = Promise.all(Array.from({ length: options.workers }, () => plexus(['worker', '--queue', url]))).then((outputs) => {
      extractMs = since(start);
      return outputs;
    });
    const [committed, extracted] = await Promise.all([plexus(['ingest', '--from-queue', url, '--db', db]), workers]);
    const ingestMs = since(start);
    const { rows } = await client.query<{ again: number; bytes: string }>(
      `SELECT count(*) FILTER (WHERE (outcome->>'extractedAgain')::boolean)::int AS again,
              (SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = 'plexus_queue' AND c.relkind = 'r') AS bytes
       FROM plexus_queue.documents`,
    );
    return {
      workers: options.workers,
      enqueueMs,
      ingestMs,
      extractMs,
      extractedAgain: rows[0]?.again ?? 0,
      committerWaitingS: secondsIn(committed, 'waiting'),
      workerS: extracted.map((summary) => ({ extracting: secondsIn(summary, 'extracting'), waiting: secondsIn(summary, 'waiting') })),
      docsPerSecond: (options.docs / ingestMs) * 1000,
      queueBytes: Number(rows[0]?.bytes ?? 0),
      storeBytes: fs.statSync(db).size,
      db,
    };
  } finally {
    await client.end();
  }
}

/** The graph a store serves, as JSON: equal strings, equal graphs. */
function graphOf(db: string): string {
  const corpus = openCorpus({ dbPath: db });
  try {
    return JSON.stringify(corpus.graph());
  } finally {
    corpus.close();
  }
}

export async function scaleBench(options: { docs: number; seed: number }): Promise<void> {
  // The store as the ingest left it, without the bench's one more document: the graph the queue's must equal.
  const single = ingestInChild(options.docs, options.seed, 0, false);
  const cluster = await startCluster({ durable: true });
  const runs: QueueRun[] = [];
  let servers: ServersRun;
  try {
    for (const workers of [1, 2]) runs.push(await queueRun(cluster, { ...options, workers }));
    servers = await serversRun(cluster, options);
  } finally {
    await cluster.stop();
  }
  const singleMs = single.ingestMs + single.graphMs;
  const reference = graphOf(single.db);
  const same = runs.map((run) => graphOf(run.db) === reference);
  const [one, two] = runs;
  const rows: Row[] = [
    [`SQLite, one thread (${figure(singleMs / 1000)} s)`, figure(single.docsPerSecond), 'documents/s, plexus ingest --workers 0 as the ingest bench runs it'],
    ...runs.flatMap((run, i): Row[] => [
      [
        `queue, ${run.workers} worker${run.workers === 1 ? '' : 's'} (${figure(run.ingestMs / 1000)} s)`,
        figure(run.docsPerSecond),
        "documents/s, committer and workers started at once, to the committer's end",
      ],
      [`  all extracted after`, `${figure(run.extractMs / 1000)} s`, `${figure((options.docs / run.extractMs) * 1000)} documents/s`],
      [`  extracted again by the committer`, run.extractedAgain, `of ${options.docs}`],
      [`  committer waiting for workers`, `${figure(run.committerWaitingS)} s`],
      [`  each worker extracting, waiting`, run.workerS.map((w) => `${figure(w.extracting)} s, ${figure(w.waiting)} s`).join('; ')],
      [`  enqueued in`, `${figure(run.enqueueMs / 1000)} s`, `${figure((options.docs / run.enqueueMs) * 1000)} documents/s`],
      [
        `  queue, store on disk per document`,
        `${figure(run.queueBytes / options.docs / 1024)} KiB`,
        `${figure(run.storeBytes / options.docs / 1024)} KiB in SQLite`,
      ],
      [`  same graph as SQLite's one thread`, same[i] ? 'yes' : 'NO'],
    ]),
    ['2 workers / 1 worker', figure(two.docsPerSecond / one.docsPerSecond), 'the issue asks for ≥ 1.5'],
    ['1 worker / SQLite one thread', figure(one.docsPerSecond / single.docsPerSecond)],
    ...serversRows(servers),
  ];
  printTable(`scale: ${options.docs} documents through the PostgreSQL queue (one run each, ${machine().cpus} cores)`, rows);
  printJson({
    bench: 'scale',
    documents: options.docs,
    seed: options.seed,
    single: { ms: singleMs, docsPerSecond: single.docsPerSecond },
    queue: runs,
    sameGraph: same,
    servers,
    machine: machine(),
  });
}
