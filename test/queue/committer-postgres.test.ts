/**
 * The queue's committer storing into a PostgreSQL store (`plexus ingest --from-queue URL --db
 * postgres://…`), here the queue's own database: the store `plexus ingest` makes of the same files
 * in SQLite, and a corpus serving that store meanwhile hears each batch as it commits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { benchCorpus } from '../../bench/corpus';
import { main } from '../../server/cli/main';
import { openCorpus } from '../../server/corpus';
import { captureOutput } from '../cli/output';
import { DEMO_DIR, tempDir } from '../helpers/fixtures';
import { usePostgres } from '../helpers/postgres';

const postgres = usePostgres();
/** How long the serving corpus may take to hear the committer's last batch. */
const HEARD_MS = 5_000;

/** Runs a command in this process, its output kept; fails with that output unless it ends with `code`. */
async function run(args: string[], code = 0): Promise<string> {
  const output = captureOutput();
  let end: number;
  try {
    end = await main(args);
  } finally {
    output.restore();
  }
  if (end !== code) throw new Error(`plexus ${args.join(' ')} ended with ${end}:\n${output.stdout()}${output.stderr()}`);
  return output.stdout();
}

describe('plexus ingest --from-queue into a PostgreSQL store', () => {
  it('stores what plexus ingest stores into SQLite, heard by a corpus serving the store', async () => {
    const dir = tempDir('plexus-committer-pg-');
    const folder = path.join(dir, 'articles');
    fs.mkdirSync(folder);
    for (const name of fs.readdirSync(DEMO_DIR)) fs.copyFileSync(path.join(DEMO_DIR, name), path.join(folder, name));
    let n = 0;
    for (const document of benchCorpus(30, { seed: 13, words: 200 }))
      fs.writeFileSync(path.join(folder, `bench-${String(++n).padStart(3, '0')}.txt`), document.text);
    const url = await postgres.database();
    const reference = path.join(dir, 'ingest.db');
    await run(['ingest', folder, '--db', reference, '--workers', '0']);
    await run(['ingest', '--queue', url, folder]);
    await run(['worker', '--queue', url, '--ahead', '40']);
    const serving = openCorpus({ dbPath: url });
    try {
      await serving.followOtherWrites((event) => {
        if (event.kind === 'lost') throw event.error;
      });
      expect(serving.stats().documents).toBe(0);
      expect(await run(['ingest', '--from-queue', url, '--db', url])).toMatch(/holds 32 documents/);
      const start = Date.now();
      while (serving.stats().documents !== 32) {
        if (Date.now() - start > HEARD_MS) throw new Error(`the serving corpus did not hear the committer within ${HEARD_MS} ms`);
        await new Promise((resolve) => setImmediate(resolve));
      }
      const expected = openCorpus({ dbPath: reference });
      try {
        expect(JSON.parse(serving.graphJson())).toEqual(JSON.parse(expected.graphJson()));
      } finally {
        expected.close();
      }
    } finally {
      serving.close();
    }
    // The same evidence, as `plexus export` writes it from each store.
    const exports: string[] = [];
    for (const db of [url, reference]) {
      const out = path.join(dir, `evidence-${exports.length}.csv`);
      await run(['export', '--db', db, '--format', 'evidence.csv', '--out', out]);
      exports.push(fs.readFileSync(out, 'utf8'));
    }
    expect(exports[0].length).toBeGreaterThan(1000);
    expect(exports[0]).toEqual(exports[1]);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 300_000);
});
