/**
 * `plexus worker` processes on a real PostgreSQL: two at once extract every queued document once,
 * none twice and none lost; the batch of a worker killed with SIGKILL in the middle of it is taken
 * by another once its lease has run out, and the committer then stores each document once.
 */
import type { Client } from 'pg';
import { benchCorpus } from '../../bench/corpus';
import { openCorpus } from '../../server/corpus';
import { runCommitter } from '../../server/queue/committer';
import { connectQueue } from '../../server/queue/connection';
import { enqueue } from '../../server/queue/enqueue';
import { Notices } from '../../server/queue/notices';
import { startCli, type CliProcess } from '../helpers/cli-process';
import { usePostgres } from '../helpers/postgres';
import { freshStore } from '../helpers/store';

const postgres = usePostgres();

/** A child process's start (transpiling the sources, loading the model) takes seconds on a busy machine. */
const TIMEOUT = 240_000;

let client: Client;
let url: string;

beforeEach(async () => {
  url = await postgres.database();
  client = await connectQueue(url, 'test');
});

afterEach(async () => {
  await client.end();
});

interface Row {
  seq: number;
  claims: number;
  claimed_by: string | null;
  extracted_by: string | null;
  extracted: boolean;
}

async function rows(): Promise<Row[]> {
  const result = await client.query<Row & { seq: string }>(
    'SELECT seq, claims, claimed_by, extracted_by, extraction IS NOT NULL AS extracted FROM plexus_queue.documents ORDER BY seq',
  );
  return result.rows.map((row) => ({ ...row, seq: Number(row.seq) }));
}

/** Resolves once every queued document has its extraction, looking again at each notice of the queue. */
async function allExtracted(): Promise<void> {
  const notices = await Notices.listen(client);
  while ((await rows()).some((row) => !row.extracted)) await notices.wait(['extracted'], 1000);
}

/** The worker id a process announced ('worker host:pid:abc123 ready'). */
async function workerId(worker: CliProcess): Promise<string> {
  const line = await worker.line(/^worker \S+ ready$/);
  return line.split(' ')[1];
}

describe('two plexus worker processes at once', () => {
  it(
    'extract every queued document exactly once between them, each claimed once',
    async () => {
      // No committer runs here: --ahead lets the workers extract the whole queue without one.
      const args = ['worker', '--queue', url, '--batch', '3', '--ahead', '90', '--follow'];
      const workers = [startCli(args), startCli(args)];
      try {
        // Both wait for documents before any is queued, so that both take part.
        const ids = await Promise.all(workers.map(workerId));
        await enqueue(client, [...benchCorpus(90, { seed: 5, words: 150 })]);
        await allExtracted();
        for (const worker of workers) worker.child.kill('SIGTERM');
        expect(await Promise.all(workers.map((worker) => worker.exited))).toEqual([0, 0]);

        const queued = await rows();
        expect(queued).toHaveLength(90);
        expect(queued.every((row) => row.claims === 1 && row.extracted)).toBe(true);
        const byWorker = ids.map((id) => queued.filter((row) => row.extracted_by === id).length);
        expect(byWorker[0] + byWorker[1]).toBe(90);
        expect(byWorker.every((n) => n > 0)).toBe(true);
        // Each says how many it extracted, and together they extracted each document once.
        const told = workers.map((worker) => Number(/Extracted (\d+) documents/.exec(worker.output())?.[1]));
        expect(told).toEqual(byWorker);
      } finally {
        for (const worker of workers) worker.child.kill('SIGKILL');
      }
    },
    TIMEOUT,
  );
});

describe('a worker killed with SIGKILL in the middle of a batch', () => {
  it(
    'loses nothing: another takes the batch once the lease runs out, and every document is stored once',
    async () => {
      // Long documents, so that the batch is still being extracted when the kill lands.
      await enqueue(client, [...benchCorpus(4, { seed: 9, words: 30_000 })]);
      const killed = startCli(['worker', '--queue', url, '--batch', '4', '--lease', '3']);
      const killedId = await workerId(killed);
      await killed.line(/^claimed documents 1–4$/);
      killed.child.kill('SIGKILL');
      expect(await killed.exited).toBe('SIGKILL');
      const claimedByKilled = await rows();
      expect(claimedByKilled.map((row) => [row.claimed_by, row.extracted])).toEqual(Array.from({ length: 4 }, () => [killedId, false]));

      const next = startCli(['worker', '--queue', url, '--batch', '4']);
      const nextId = await workerId(next);
      expect(await next.exited).toBe(0);
      expect(next.output()).toMatch(/Extracted 4 documents in 1 batches /);
      const taken = await rows();
      expect(taken.map((row) => [row.extracted_by, row.claims])).toEqual(Array.from({ length: 4 }, () => [nextId, 2]));

      const dbPath = freshStore();
      const outcomes: string[] = [];
      await runCommitter({ url, corpus: { dbPath }, log: () => undefined, onOutcome: (outcome) => outcomes.push(outcome.status) });
      expect(outcomes).toEqual(['added', 'added', 'added', 'added']);
      const corpus = openCorpus({ dbPath });
      try {
        expect(
          corpus
            .documents()
            .map((d) => d.sourcePath)
            .sort(),
        ).toEqual(['bench/00001.txt', 'bench/00002.txt', 'bench/00003.txt', 'bench/00004.txt']);
      } finally {
        corpus.close();
      }
    },
    TIMEOUT,
  );
});
