/**
 * The last part of `bench scale`: two `plexus serve` processes on one PostgreSQL store, each read
 * (its graph, then a link's evidence, in turn) while the queue's committer stores documents into
 * that store; the latency of each read, how soon both servers hold the last documents, and whether
 * both then serve the store's graph.
 */
import { isDeepStrictEqual } from 'node:util';
import type { ChildProcess } from 'node:child_process';
import { openCorpus } from '../server/corpus';
import { connectQueue } from '../server/queue/connection';
import { enqueue } from '../server/queue/enqueue';
import type { CorpusStats, DocumentInput, SerializedGraph } from '#model/types';
import { get } from './api';
import { benchCorpus, namePools } from './corpus';
import type { Cluster } from './postgres-cluster';
import { plexus, serve, stopServer } from './processes';
import { figure, median, quantile, type Row } from './report';

interface Latencies {
  medianMs: number;
  p95Ms: number;
  reads: number;
}

export interface ServersRun {
  /** Documents stored before the servers started, then while they were read. */
  before: number;
  during: number;
  /** From the start of the committer and its worker to the committer's end: the first half unread, the second half read. */
  beforeMs: number;
  commitMs: number;
  /** Per server: its graph and a link's evidence, read in turn while the committer stored. */
  servers: { graph: Latencies; evidence: Latencies }[];
  /** From the committer's end until both servers counted every document. */
  seenAfterMs: number;
  /** Whether each server then served the store's graph. */
  sameGraph: boolean[];
}

/** Enqueues `documents` into the queue at `url`, then stores them into the store at the same address (a committer and one worker). */
async function commitThroughQueue(url: string, documents: readonly DocumentInput[]): Promise<void> {
  const client = await connectQueue(url, 'bench');
  try {
    await enqueue(client, documents);
  } finally {
    await client.end();
  }
  await Promise.all([plexus(['ingest', '--from-queue', url, '--db', url]), plexus(['worker', '--queue', url])]);
}

const latencies = (times: readonly number[]): Latencies => ({ medianMs: median(times), p95Ms: quantile(times, 0.95), reads: times.length });

/** Reads the graph (gzip, as a browser asks) and the evidence of `link` in turn until `done` says to stop. */
async function readLoop(url: string, link: string, done: () => boolean, times: { graph: number[]; evidence: number[] }): Promise<void> {
  while (!done()) {
    const graph = await get(`${url}/api/graph`, true);
    const evidence = await get(`${url}/api/evidence?${link}`);
    if (graph.status !== 200 || evidence.status !== 200) throw new Error(`a server answered ${graph.status} and ${evidence.status}`);
    times.graph.push(graph.ms);
    times.evidence.push(evidence.ms);
  }
}

/** The heaviest link of a graph, as the query of /api/evidence. */
function heaviestLink(graph: SerializedGraph): string {
  const edge = [...graph.edges].sort((a, b) => b.attributes.weight - a.attributes.weight)[0];
  if (!edge) throw new Error('the store holds no link');
  return new URLSearchParams({ source: edge.source, target: edge.target }).toString();
}

/** Asks each server for its statistics, one after the other, until it counts `documents`. */
async function untilCounted(urls: readonly string[], documents: number): Promise<void> {
  for (const url of urls) {
    for (;;) {
      const stats = JSON.parse((await get(`${url}/api/stats`)).body.toString()) as CorpusStats;
      if (stats.documents === documents) break;
    }
  }
}

export async function serversRun(cluster: Cluster, options: { docs: number; seed: number }): Promise<ServersRun> {
  const url = await cluster.createDatabase(`servers_${Date.now()}`);
  const documents = [...benchCorpus(options.docs, { seed: options.seed }, 0, namePools(options.seed))];
  const before = Math.floor(documents.length / 2);
  // The first half is stored before the servers start: a graph to read, and a link to ask about.
  const beforeStart = performance.now();
  await commitThroughQueue(url, documents.slice(0, before));
  const beforeMs = performance.now() - beforeStart;
  const children: ChildProcess[] = [];
  try {
    const servers = await Promise.all([serve(url), serve(url)]);
    children.push(...servers.map((server) => server.child));
    const urls = servers.map((server) => server.url);
    // Each builds and keeps its graph first, as the explorer's first visit makes it.
    const graphs = await Promise.all(urls.map(async (server) => JSON.parse((await get(`${server}/api/graph`)).body.toString()) as SerializedGraph));
    const link = heaviestLink(graphs[0]);
    const times = urls.map(() => ({ graph: [] as number[], evidence: [] as number[] }));
    let done = false;
    const start = performance.now();
    let commitMs = 0;
    const committing = commitThroughQueue(url, documents.slice(before)).finally(() => {
      done = true;
      commitMs = performance.now() - start;
    });
    await Promise.all([committing, ...urls.map((server, i) => readLoop(server, link, () => done, times[i]))]);
    const seenStart = performance.now();
    await untilCounted(urls, documents.length);
    const seenAfterMs = performance.now() - seenStart;
    const corpus = openCorpus({ dbPath: url });
    const expected = JSON.parse(corpus.graphJson()) as unknown;
    corpus.close();
    const served = await Promise.all(urls.map(async (server) => JSON.parse((await get(`${server}/api/graph`)).body.toString()) as unknown));
    return {
      before,
      during: documents.length - before,
      beforeMs,
      commitMs,
      servers: times.map((t) => ({ graph: latencies(t.graph), evidence: latencies(t.evidence) })),
      seenAfterMs,
      sameGraph: served.map((graph) => isDeepStrictEqual(graph, expected)),
    };
  } finally {
    await Promise.all(children.map(stopServer));
  }
}

/** The run's rows in the scale table. */
export function serversRows(run: ServersRun): Row[] {
  const both = (pick: (server: ServersRun['servers'][number]) => Latencies) =>
    run.servers.map((server) => `${figure(pick(server).medianMs)} / ${figure(pick(server).p95Ms)} ms`).join('; ');
  return [
    [
      `two servers on the PostgreSQL store`,
      `${figure(run.during)} documents`,
      `stored in ${figure(run.commitMs / 1000)} s (committer and 1 worker) into a store of ${figure(run.before)}, while read`,
    ],
    ['  the first half, before the servers', `${figure(run.beforeMs / 1000)} s`, `${figure(run.before)} documents into an empty store, unread`],
    ['  /api/graph, median / p95, each server', both((s) => s.graph), `${run.servers.map((s) => s.graph.reads).join(' and ')} reads`],
    ['  /api/evidence of the heaviest link, median / p95', both((s) => s.evidence)],
    ['  every document counted by both', `${figure(run.seenAfterMs)} ms`, "after the committer's end"],
    ["  both serve the store's graph", run.sameGraph.every(Boolean) ? 'yes' : 'NO'],
  ];
}
