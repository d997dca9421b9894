/**
 * `npm run bench -- load`: reads of the graph while uploads pour in. A copy of the 1,000-document
 * bench store is served by `plexus serve` in a process of its own on 127.0.0.1; readers ask for
 * `/api/graph` first alone (idle), then beside uploaders that each send new bench documents one
 * after another, for a fixed time. At the end every upload answered 201 must be stored exactly once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentSummary } from '#model/types';
import { get } from './api';
import { benchCorpus } from './corpus';
import { benchStorePath, ingestInChild } from './ingest';
import { serve, stopServer } from './processes';
import { figure, median, printJson, printTable, quantile, since } from './report';

export interface LoadOptions {
  docs: number;
  seed: number;
  uploaders: number;
  readers: number;
  seconds: number;
}

/**
 * Times each `/api/graph` read of one reader until `until` (ms since the epoch): to the last byte of
 * the gzip answer a browser asks for, not decompressed here, so that the figure is the server's.
 */
async function readLoop(url: string, until: number, times: number[]): Promise<void> {
  while (Date.now() < until) {
    const answer = await get(`${url}/api/graph`, true);
    if (answer.status !== 200) throw new Error(`/api/graph answered ${answer.status}`);
    times.push(answer.ms);
  }
}

/** What the uploaders did: the hashes of the documents stored, each upload's time, and why any was refused. */
interface Uploads {
  sent: string[];
  times: number[];
  refused: string[];
}

/** Uploads the next document of `fresh`, one at a time, until `until` (ms since the epoch). */
async function uploadLoop(url: string, fresh: Iterator<{ title: string; text: string }>, until: number, uploads: Uploads): Promise<void> {
  while (Date.now() < until) {
    const next = fresh.next();
    if (next.done) return;
    const doc = next.value;
    const form = new FormData();
    form.append('files', new Blob([doc.text]), `${doc.title.replace(/[^\w]+/g, '-').slice(0, 60)}.txt`);
    const start = performance.now();
    const response = await fetch(`${url}/api/documents`, { method: 'POST', body: form });
    const body = (await response.json()) as { outcomes?: { status: string; document?: DocumentSummary }[]; error?: string };
    uploads.times.push(since(start));
    if (response.status === 201 && body.outcomes?.[0]?.status === 'added' && body.outcomes[0].document) uploads.sent.push(body.outcomes[0].document.hash);
    else uploads.refused.push(`${response.status} ${body.error ?? body.outcomes?.[0]?.status ?? ''}`);
  }
}

/** Of the documents sent, how many the store lost, and how many it holds more than once. */
async function storedOnce(url: string, sent: readonly string[]): Promise<{ lost: number; doubled: number }> {
  const { documents } = (await (await fetch(`${url}/api/documents`)).json()) as { documents: DocumentSummary[] };
  const stored = new Map<string, number>();
  for (const d of documents) stored.set(d.hash, (stored.get(d.hash) ?? 0) + 1);
  return { lost: sent.filter((hash) => !stored.has(hash)).length, doubled: [...stored.values()].filter((n) => n > 1).length };
}

export async function loadBench(options: LoadOptions): Promise<void> {
  const source = benchStorePath(options.seed, options.docs);
  if (!fs.existsSync(source)) {
    process.stderr.write(`bench load: no store of ${options.docs} documents yet; ingesting it first\n`);
    ingestInChild(options.docs, options.seed, 1);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plexus-load-'));
  const db = path.join(dir, 'plexus.db');
  fs.copyFileSync(source, db);
  const { url, child } = await serve(db);
  try {
    // The graph is built and kept by a first read, as the explorer's first visit does.
    await fetch(`${url}/api/graph`).then((r) => r.arrayBuffer());
    const idle: number[] = [];
    const idleUntil = Date.now() + Math.min(10, options.seconds) * 1000;
    await Promise.all(Array.from({ length: options.readers }, () => readLoop(url, idleUntil, idle)));

    // New documents, after those of the store; each uploader takes the next one in turn.
    const fresh = benchCorpus(options.docs + 100_000, { seed: options.seed }, options.docs);
    const uploads: Uploads = { sent: [], times: [], refused: [] };
    const until = Date.now() + options.seconds * 1000;
    const busy: number[] = [];
    await Promise.all([
      ...Array.from({ length: options.uploaders }, () => uploadLoop(url, fresh, until, uploads)),
      ...Array.from({ length: options.readers }, () => readLoop(url, until, busy)),
    ]);

    const { sent, times: uploadTimes, refused } = uploads;
    const { lost, doubled } = await storedOnce(url, sent);
    const p95 = quantile(busy, 0.95);
    printTable(
      `load: ${options.uploaders} uploaders and ${options.readers} readers of /api/graph for ${options.seconds} s on a ${figure(options.docs)}-document store`,
      [
        ['graph read, idle: median / p95', `${figure(median(idle))} / ${figure(quantile(idle, 0.95))} ms`, `${idle.length} reads`],
        ['graph read, under uploads: median / p95', `${figure(median(busy))} / ${figure(p95)} ms`, `${busy.length} reads; bar: p95 ≤ 1,000 ms`],
        [
          'uploads stored',
          `${sent.length}`,
          `${figure(sent.length / options.seconds)} a second; median ${figure(median(uploadTimes))} ms, p95 ${figure(quantile(uploadTimes, 0.95))} ms`,
        ],
        ['uploads refused', `${refused.length}`, refused.slice(0, 3).join('; ')],
        ['uploads lost / doubled', `${lost} / ${doubled}`, 'bar: 0 / 0'],
      ],
    );
    printJson({
      uploaders: options.uploaders,
      readers: options.readers,
      seconds: options.seconds,
      idleMedianMs: median(idle),
      idleP95Ms: quantile(idle, 0.95),
      busyMedianMs: median(busy),
      busyP95Ms: p95,
      reads: busy.length,
      uploads: sent.length,
      refused: refused.length,
      lost,
      doubled,
    });
    if (lost > 0 || doubled > 0) throw new Error(`${lost} uploads lost and ${doubled} doubled`);
  } finally {
    await stopServer(child);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
