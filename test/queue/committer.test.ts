/**
 * The queue's committer on a real PostgreSQL: files enqueued, extracted by two worker processes and
 * committed give the store that `plexus ingest` of the same files gives (the same exported graph and
 * evidence, byte for byte); a malformed row is refused with the reason, an extraction it cannot use
 * is made again, a second committer is refused, and a restart stores nothing twice.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Client } from 'pg';
import { benchCorpus } from '../../bench/corpus';
import { main } from '../../server/cli/main';
import { openCorpus } from '../../server/corpus';
import type { IngestOutcome } from '#model/types';
import { becomeCommitter } from '../../server/queue/commits';
import { runCommitter } from '../../server/queue/committer';
import { connectQueue } from '../../server/queue/connection';
import { enqueue } from '../../server/queue/enqueue';
import { captureOutput } from '../cli/output';
import { startCli } from '../helpers/cli-process';
import { DEMO_DIR, tempDir } from '../helpers/fixtures';
import { usePostgres } from '../helpers/postgres';
import { freshStore } from '../helpers/store';

const postgres = usePostgres();

let dir: string;
let url: string;
let client: Client;

beforeEach(async () => {
  dir = tempDir('plexus-committer-');
  url = await postgres.database();
  client = await connectQueue(url, 'test');
});

afterEach(async () => {
  await client.end();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs the committer into `db`, returning each document's outcome and what it logged. */
async function commit(db: string): Promise<{ outcomes: IngestOutcome[]; log: string[] }> {
  const outcomes: IngestOutcome[] = [];
  const log: string[] = [];
  await runCommitter({ url, corpus: { dbPath: db }, log: (line) => log.push(line), onOutcome: (outcome) => outcomes.push(outcome) });
  return { outcomes, log };
}

/** A folder of articles: the demo's, generated ones, a copy, and a file that is no PDF. */
function articles(): string {
  const folder = path.join(dir, 'articles');
  fs.mkdirSync(folder);
  for (const name of fs.readdirSync(DEMO_DIR)) fs.copyFileSync(path.join(DEMO_DIR, name), path.join(folder, name));
  let n = 0;
  for (const document of benchCorpus(50, { seed: 6, words: 300 }))
    fs.writeFileSync(path.join(folder, `bench-${String(++n).padStart(3, '0')}.txt`), document.text);
  fs.copyFileSync(path.join(folder, 'bench-007.txt'), path.join(folder, 'copy-of-7.txt'));
  fs.writeFileSync(path.join(folder, 'notes.pdf'), '%PDF-1.7');
  return folder;
}

/** The graph and the evidence of a store, as `plexus export` writes them. */
async function exported(db: string): Promise<string[]> {
  const files: string[] = [];
  const output = captureOutput();
  try {
    for (const format of ['json', 'evidence.csv']) {
      const out = path.join(dir, `${path.basename(db)}.${format}`);
      expect(await main(['export', '--db', db, '--format', format, '--out', out])).toBe(0);
      files.push(fs.readFileSync(out, 'utf8'));
    }
  } finally {
    output.restore();
  }
  return files;
}

describe('plexus ingest --queue, two plexus workers, and plexus ingest --from-queue', () => {
  it('store the same entities, links and evidence as plexus ingest of the same files in one process', async () => {
    const folder = articles();
    const reference = freshStore('ingest');
    const queued = freshStore('queued');
    const output = captureOutput();
    try {
      expect(await main(['ingest', folder, '--db', reference, '--workers', '0'])).toBe(1);
      expect(await main(['ingest', '--queue', url, folder])).toBe(1);
      expect(output.stdout()).toMatch(new RegExp(`Queued 53 of 54 inputs in ${url} \\(1 refused\\)\\.\\n$`));
    } finally {
      output.restore();
    }
    const workers = [
      startCli(['worker', '--queue', url, '--batch', '4', '--ahead', '12']),
      startCli(['worker', '--queue', url, '--batch', '4', '--ahead', '12']),
    ];
    try {
      const { outcomes } = await commit(queued);
      expect(outcomes.map((o) => o.status)).toEqual([...Array(50).fill('added'), 'duplicate', 'added', 'added']);
      expect(await Promise.all(workers.map((worker) => worker.exited))).toEqual([0, 0]);
    } finally {
      for (const worker of workers) worker.child.kill('SIGKILL');
    }
    expect(await exported(queued)).toEqual(await exported(reference));
    const { rows } = await client.query<{ committed: number; resolved: boolean }>(
      `SELECT count(*) FILTER (WHERE committed_at IS NOT NULL)::int AS committed,
              (SELECT resolved_to FROM plexus_queue.committer) = max(seq) AS resolved
       FROM plexus_queue.documents`,
    );
    expect(rows).toEqual([{ committed: 53, resolved: true }]);
  }, 300_000);
});

describe('runCommitter', () => {
  /** Queued documents with the extractions a worker would store, made here by a worker in this process. */
  async function extractedQueue(n: number): Promise<void> {
    await enqueue(client, [...benchCorpus(n, { seed: 12, words: 120 })]);
    const output = captureOutput();
    try {
      expect(await main(['worker', '--queue', url, '--ahead', String(n)])).toBe(0);
    } finally {
      output.restore();
    }
  }

  it('refuses a row with malformed metadata, with the reason, and stores the others', async () => {
    await extractedQueue(3);
    await client.query(`UPDATE plexus_queue.documents SET meta = '{"title": 7}' WHERE seq = 2`);
    const { outcomes } = await commit(freshStore());
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'refused', 'added']);
    const reason = 'queued document 2 has malformed metadata: title Invalid input: expected string, received number';
    expect(outcomes[1]).toEqual({ status: 'refused', source: 'queued document 2', reason });
    const { rows } = await client.query<{ outcome: unknown }>('SELECT outcome FROM plexus_queue.documents ORDER BY seq');
    expect(rows.map((row) => row.outcome)).toEqual([
      { status: 'added', document: 1, extractedAgain: false },
      { status: 'refused', reason },
      { status: 'added', document: 2, extractedAgain: false },
    ]);
  }, 120_000);

  it('extracts again what another extractor made, or what is malformed, and says why for the latter', async () => {
    await extractedQueue(3);
    await client.query(`UPDATE plexus_queue.documents SET extractor = 'e0-000000000000' WHERE seq = 1`);
    await client.query(`UPDATE plexus_queue.documents SET extraction = '{"words": -1}' WHERE seq = 3`);
    const { outcomes, log } = await commit(freshStore());
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'added', 'added']);
    expect(log).toEqual([expect.stringMatching(/^queued document 3: malformed extraction: words .*; extracting it here$/)]);
    const { rows } = await client.query<{ again: boolean }>(`SELECT (outcome->>'extractedAgain')::boolean AS again FROM plexus_queue.documents ORDER BY seq`);
    expect(rows.map((row) => row.again)).toEqual([true, false, true]);
  }, 120_000);

  it('stores nothing twice when it starts again after a stop between the store and the queue', async () => {
    await extractedQueue(4);
    const db = freshStore();
    await commit(db);
    // As if it stopped after the store committed and before the queue recorded it.
    await client.query('UPDATE plexus_queue.documents SET committed_at = NULL, outcome = NULL WHERE seq >= 3');
    const { outcomes } = await commit(db);
    expect(outcomes.map((o) => o.status)).toEqual(['duplicate', 'duplicate']);
    const corpus = openCorpus({ dbPath: db });
    try {
      expect(corpus.stats().documents).toBe(4);
    } finally {
      corpus.close();
    }
  }, 120_000);

  it('refuses to start while another committer stores the same queue', async () => {
    await becomeCommitter(client);
    await expect(commit(freshStore())).rejects.toMatchObject({
      name: 'QueueError',
      message: 'another committer is already storing this queue: one runs at a time, so that documents are resolved in queue order',
    });
  });
});
