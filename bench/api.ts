/**
 * `bench api`: latency (median, p95) of the API on the store the 10k ingest left behind, through
 * the real server on an ephemeral port and real HTTP, next to `JSON.stringify(graph.export())` of
 * the same graph in the same process; response sizes with and without gzip.
 */
import fs from 'node:fs';
import http from 'node:http';
import { UndirectedGraph } from 'graphology';
import { startServer } from '../server/cli/serve';
import { loadConfig, type Config } from '../server/config';
import { mulberry32 } from '../server/graph/random';
import type { SerializedGraph } from '#model/types';
import { bucketLast, type Timeline } from '#model/timeline';
import { benchStorePath, ingestInChild } from './ingest';
import { bar, barRows, figure, machine, median, mib, printJson, printTable, quantile, since, type Row } from './report';

interface Answer {
  status: number;
  bytes: number;
  ms: number;
  body: Buffer;
}

/** One GET, the whole body read; `gzip` asks for a compressed answer, else none is accepted. */
export function get(url: string, gzip = false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const request = http.get(url, { agent: false, headers: { 'accept-encoding': gzip ? 'gzip' : 'identity' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: response.statusCode ?? 0, bytes: body.length, ms: since(start), body });
      });
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

interface Latency {
  name: string;
  median: number;
  p95: number;
  requests: number;
  bytes: number;
}

async function latency(name: string, urls: readonly string[], gzip = false): Promise<Latency> {
  const times: number[] = [];
  let bytes = 0;
  for (const url of urls) {
    const answer = await get(url, gzip);
    if (answer.status !== 200) throw new Error(`${url} answered ${answer.status}: ${answer.body.toString('utf8').slice(0, 200)}`);
    times.push(answer.ms);
    bytes = Math.max(bytes, answer.bytes);
  }
  return { name, median: median(times), p95: quantile(times, 0.95), requests: urls.length, bytes };
}

const repeat = (url: string, n: number) => Array.from({ length: n }, () => url);

export async function apiBench(options: { docs: number; seed: number }): Promise<void> {
  const db = benchStorePath(options.seed, options.docs);
  if (!fs.existsSync(db)) {
    process.stderr.write(`bench api: no store of ${options.docs} documents yet; ingesting it first\n`);
    ingestInChild(options.docs, options.seed, 1);
  }
  const config = loadConfig({}, { dbPath: db, port: 0, host: '127.0.0.1' });
  // What the explorer waits for when it opens on a server just started (or after a curation, which
  // also builds the graph again): the graph built from the store, then its metrics.
  const coldExplorer = await firstExplorerGraph(config);
  const server = await startServer(config, { log: () => undefined });
  try {
    const base = server.url.replace(/\/$/, '');
    // The first request builds the graph from the store; it is reported, not counted. Each request
    // has its own connection (agent: false): a kept-alive socket may be closed by the server while
    // this process is busy serialising, and reusing it would fail.
    const first = await get(`${base}/api/graph`);
    const wire = JSON.parse(first.body.toString('utf8')) as SerializedGraph;
    const graph = UndirectedGraph.from(wire);
    const bare = bareSerialiseMs(graph);
    const measured = await measureApi(base, graph, options.seed);
    reportApi(options.docs, graph, { first: first.ms, coldExplorer, bare }, measured);
  } finally {
    await server.close();
  }
}

/** The median time of `JSON.stringify(graph.export())` in this process, over 15 runs. */
function bareSerialiseMs(graph: UndirectedGraph): number {
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    JSON.stringify(graph.export());
    times.push(since(start));
  }
  return median(times);
}

interface ApiLatencies {
  unfiltered: Latency;
  gzipped: Latency;
  entities: Latency;
  evidence: Latency;
  time: Awaited<ReturnType<typeof timeBench>>;
  firstExplorer: Answer;
  /** Every latency measured, in the order reported. */
  all: Latency[];
}

/** Each request's latency on a deterministic sample of entities (any, not only hubs) and links. */
async function measureApi(base: string, graph: UndirectedGraph, seed: number): Promise<ApiLatencies> {
  const random = mulberry32(seed);
  const nodes = graph.nodes();
  const edges = graph.edges();
  const someNodes = Array.from({ length: 100 }, () => nodes[Math.floor(random() * nodes.length)]);
  const someEdges = Array.from({ length: 100 }, () => graph.extremities(edges[Math.floor(random() * edges.length)]));
  const hub = nodes.reduce((a, b) => (graph.degree(b) > graph.degree(a) ? b : a));

  const unfiltered = await latency('/api/graph', repeat(`${base}/api/graph`, 20));
  const filtered = await latency('/api/graph?types=PERSON,ORGANIZATION&minWeight=2', repeat(`${base}/api/graph?types=PERSON,ORGANIZATION&minWeight=2`, 20));
  const searched = await latency(
    '/api/graph?q=… (a search, new each time)',
    someNodes.slice(0, 10).map((id) => `${base}/api/graph?q=${encodeURIComponent(graph.getNodeAttribute(id, 'label'))}`),
  );
  const gzipped = await latency('/api/graph (gzip)', repeat(`${base}/api/graph`, 10), true);
  const entities = await latency(
    '/api/entities/:id',
    someNodes.map((id) => `${base}/api/entities/${encodeURIComponent(id)}`),
  );
  const hubEntity = await latency('/api/entities/:id (the largest hub)', repeat(`${base}/api/entities/${encodeURIComponent(hub)}`, 10));
  const evidence = await latency(
    '/api/evidence',
    someEdges.map(([s, t]) => `${base}/api/evidence?${new URLSearchParams({ source: s, target: t }).toString()}`),
  );
  const stats = await latency('/api/stats', repeat(`${base}/api/stats`, 20));
  const time = await timeBench(base);
  // The explorer's own request: the whole graph with PageRank, betweenness and communities,
  // computed by the first such request after the graph changed and kept for the next ones. Here
  // the graph is already built, as after an upload, which adds to the kept graph.
  const firstExplorer = await get(`${base}/api/graph?metrics=true`);
  const explorer = await latency('/api/graph?metrics=true (the explorer, after its first)', repeat(`${base}/api/graph?metrics=true`, 10));
  const all = [unfiltered, filtered, searched, gzipped, entities, hubEntity, evidence, stats, explorer, ...time.latencies];
  return { unfiltered, gzipped, entities, evidence, time, firstExplorer, all };
}

function reportApi(docs: number, graph: UndirectedGraph, firsts: { first: number; coldExplorer: number; bare: number }, measured: ApiLatencies): void {
  const { unfiltered, gzipped, entities, evidence, time, firstExplorer, all } = measured;
  const bars = [
    bar('/api/graph median / bare serialisation', unfiltered.median / firsts.bare, 'max', 2),
    bar('/api/evidence median ms', evidence.median, 'max', 20),
    bar('/api/entities/:id median ms', entities.median, 'max', 20),
    bar('/api/graph?from=&to= (a month) median / unfiltered', time.month.median / unfiltered.median, 'max', 2),
    bar('/api/graph?from=&to= (a month) median ms', time.month.median, 'max', 200),
    bar('/api/timeline median ms', time.timeline.median, 'max', 50),
  ];
  const rows: Row[] = [
    ['graph', `${figure(graph.order)} entities`, `${figure(graph.size)} links, from ${figure(docs)} documents`],
    ['first /api/graph (builds the graph)', `${figure(firsts.first)} ms`],
    [
      'first /api/graph?metrics=true, after a start',
      `${figure(firsts.coldExplorer)} ms`,
      'what the explorer first waits for: the graph built, then its metrics',
    ],
    ['first /api/graph?metrics=true, graph built', `${figure(firstExplorer.ms)} ms`, 'what it waits for after an upload: the metrics'],
    ['bare JSON.stringify(graph.export())', `${figure(firsts.bare)} ms`, 'median of 15, same process'],
    ...all.map((l): Row => [l.name, `${figure(l.median)} ms`, `p95 ${figure(l.p95)} ms, ${l.requests} requests, ${figure(l.bytes / 1024)} KiB`]),
    ['/api/graph size', `${figure(mib(unfiltered.bytes))} MiB`, `gzip ${figure(mib(gzipped.bytes))} MiB`],
    ...barRows(bars),
  ];
  printTable(`api (store of ${figure(docs)} documents, real HTTP)`, rows);
  printJson({
    bench: 'api',
    machine: machine(),
    documents: docs,
    entities: graph.order,
    links: graph.size,
    firstGraphMs: firsts.first,
    firstExplorerGraphMs: firstExplorer.ms,
    firstExplorerGraphAfterStartMs: firsts.coldExplorer,
    bareSerialiseMs: firsts.bare,
    latency: all,
    graphBytes: unfiltered.bytes,
    graphGzipBytes: gzipped.bytes,
    bars,
  });
}

/**
 * Time on the store: the timeline, and the graph of one month, each month of the corpus once (an
 * answer is kept per filter, so a month asked again is served from memory; that is reported too).
 * The months are asked of a warm server: the first period asked for makes the index every period
 * is summed from (once per change of the corpus), so one day is asked first and reported apart.
 */
async function timeBench(base: string): Promise<{ month: Latency; timeline: Latency; latencies: Latency[] }> {
  const timeline = await latency('/api/timeline', repeat(`${base}/api/timeline`, 20));
  const weeks = await latency('/api/timeline?unit=week', repeat(`${base}/api/timeline?unit=week`, 20));
  const read = JSON.parse((await get(`${base}/api/timeline`)).body.toString('utf8')) as Timeline;
  const months = read.buckets
    .filter((bucket) => bucket.documents > 0)
    .map((bucket) => `${base}/api/graph?from=${bucket.start}&to=${bucketLast(bucket.start, 'month')}`);
  if (months.length === 0) throw new Error('bench api: the store has no dated document');
  const firstDay = read.buckets.find((bucket) => bucket.documents > 0)?.start ?? '';
  const index = await latency('/api/graph?from=&to= (a first period: one day, makes the index)', [`${base}/api/graph?from=${firstDay}&to=${firstDay}`]);
  const month = await latency(`/api/graph?from=&to= (a month, each of ${months.length} once)`, months);
  const again = await latency('/api/graph?from=&to= (the same month again)', repeat(months[0], 10));
  return { month, timeline, latencies: [index, month, again, timeline, weeks] };
}

/** The time of the first `/api/graph?metrics=true` of a server started for it on the store. */
async function firstExplorerGraph(config: Config): Promise<number> {
  const server = await startServer(config, { log: () => undefined });
  try {
    return (await get(`${server.url.replace(/\/$/, '')}/api/graph?metrics=true`)).ms;
  } finally {
    await server.close();
  }
}
