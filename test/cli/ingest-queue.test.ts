/**
 * `plexus ingest --queue URL PATH…` and `plexus ingest --from-queue URL`: the same refusals, lines
 * and exit codes as `plexus ingest`, how many documents were queued, and the usage errors of both.
 */
import fs from 'node:fs';
import path from 'node:path';
import { main } from '../../server/cli/main';
import { tempDir } from '../helpers/fixtures';
import { usePostgres } from '../helpers/postgres';
import { captureOutput, type Captured } from './output';
import { freshStore } from '../helpers/store';

const postgres = usePostgres();

const MERKEL = 'German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Tuesday.\n';
const BIDEN = '# Washington talks\n\nJoe Biden spoke to Olaf Scholz in Washington on Friday.\n';

let dir: string;
let inputs: string;
let output: Captured;

beforeEach(() => {
  dir = tempDir('plexus-ingest-queue-');
  inputs = path.join(dir, 'inputs');
  fs.mkdirSync(inputs);
  fs.writeFileSync(path.join(inputs, 'biden.md'), BIDEN);
  fs.writeFileSync(path.join(inputs, 'copy.txt'), MERKEL);
  fs.writeFileSync(path.join(inputs, 'merkel.txt'), MERKEL);
  fs.writeFileSync(path.join(inputs, 'notes.pdf'), '%PDF-1.7');
  output = captureOutput();
});

afterEach(() => {
  output.restore();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('plexus ingest --queue', () => {
  it('refuses what plexus ingest refuses, with the same reason, queues the rest and says how many (exit 1)', async () => {
    const url = await postgres.database();
    expect(await main(['ingest', '--queue', url, inputs])).toBe(1);
    expect(output.stderr().trimEnd().split('\n')).toEqual([
      `[1/4] queued ${inputs}/biden.md`,
      `[2/4] queued ${inputs}/copy.txt`,
      `[3/4] queued ${inputs}/merkel.txt`,
      `[4/4] refused: ${inputs}/notes.pdf: is not a readable PDF (Invalid PDF structure.)`,
    ]);
    expect(output.stdout()).toBe(`Queued 3 of 4 inputs in ${url} (1 refused).\n`);
  });

  it('then --from-queue reports each document as plexus ingest does, and the store it filled (exit 0)', async () => {
    const url = await postgres.database();
    const db = freshStore();
    const files = ['biden.md', 'copy.txt', 'merkel.txt'].map((name) => path.join(inputs, name));
    expect(await main(['ingest', '--queue', url, ...files])).toBe(0);
    expect(await main(['worker', '--queue', url])).toBe(0);
    output.restore();
    output = captureOutput();
    expect(await main(['ingest', '--from-queue', url, '--db', db])).toBe(0);
    expect(output.stderr().trimEnd().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^\\[1/3\\] added  ${inputs}/biden\\.md \\(\\d+ mentions\\)$`)),
      expect.stringMatching(new RegExp(`^\\[2/3\\] added  ${inputs}/copy\\.txt \\(\\d+ mentions\\)$`)),
      `[3/3] duplicate ${inputs}/merkel.txt (already present)`,
    ]);
    expect(output.stdout()).toMatch(
      new RegExp(
        `^Ingested 3 inputs: 2 added, 1 already present, 0 refused from ${url} \\(0 extracted again here; \\d+\\.\\d s waiting for workers\\)\\. ${db} holds 2 documents and \\d+ entities\\.\\n$`,
      ),
    );
  }, 120_000);

  it('says which queue it cannot reach, queueing nothing (exit 1)', async () => {
    expect(await main(['ingest', '--queue', 'postgres://plexus@127.0.0.1:1/queue', inputs])).toBe(1);
    expect(output.stderr()).toMatch(/^plexus ingest: cannot reach the queue at postgres:\/\/plexus@127\.0\.0\.1:1\/queue: connect ECONNREFUSED/);
  });
});

describe('usage errors of the queue (exit 2)', () => {
  it.each([
    [['--queue', 'postgres://h/q'], '--queue wants at least one file or folder to enqueue'],
    [['--queue', 'postgres://h/q', '--from-queue', 'postgres://h/q', 'a.txt'], '--queue enqueues and --from-queue stores: give one of them'],
    [['--queue', 'postgres://h/q', '--db', 'x.db', 'a.txt'], '--queue puts documents in the queue, not in a store: --db goes with --from-queue'],
    [['--queue', 'postgres://h/q', '--workers', '2', 'a.txt'], '--queue takes no --again or --workers'],
    [['--from-queue', 'postgres://h/q', 'a.txt'], "--from-queue stores what is queued and takes no file or folder, got 'a.txt'"],
    [['--from-queue', 'http://h/q'], "the queue must be a PostgreSQL connection string (postgres://…), got one for 'http'"],
  ])('plexus ingest %j: %s', async (args, problem) => {
    expect(await main(['ingest', ...args])).toBe(2);
    expect(output.stderr().startsWith(`plexus ingest: ${problem}\nusage: plexus ingest`)).toBe(true);
  });
});
