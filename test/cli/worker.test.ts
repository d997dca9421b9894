/** `plexus worker --queue URL`: its usage errors, a queue it cannot use, and the count it ends with. */
import { main } from '../../server/cli/main';
import { connectQueue } from '../../server/queue/connection';
import { usePostgres } from '../helpers/postgres';
import { captureOutput, type Captured } from './output';

const postgres = usePostgres();

let output: Captured;

beforeEach(() => {
  output = captureOutput();
});

afterEach(() => {
  output.restore();
});

describe('plexus worker', () => {
  it.each([
    [[], 'name the queue with --queue postgres://…'],
    [['--queue', 'postgres://h/q', '--batch', '0'], "--batch wants a whole number from 1, got '0'"],
    [['--queue', 'postgres://h/q', '--lease', 'soon'], "--lease wants a whole number from 1, got 'soon'"],
    [['--queue', 'mysql://h/q'], "the queue must be a PostgreSQL connection string (postgres://…), got one for 'mysql'"],
  ])('%j is a usage error (exit 2): %s', async (args, problem) => {
    expect(await main(['worker', ...args])).toBe(2);
    expect(output.stderr()).toMatch(new RegExp(`^plexus worker: ${problem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\nusage: plexus worker`));
  });

  it('says which queue it cannot reach, and exits 1', async () => {
    expect(await main(['worker', '--queue', 'postgres://plexus@127.0.0.1:1/queue'])).toBe(1);
    expect(output.stderr()).toMatch(/^plexus worker: cannot reach the queue at postgres:\/\/plexus@127\.0\.0\.1:1\/queue: connect ECONNREFUSED/);
  });

  it('ends at once on an empty queue, saying it extracted nothing', async () => {
    expect(await main(['worker', '--queue', await postgres.database()])).toBe(0);
    expect(output.stdout()).toBe('Extracted 0 documents in 0 batches (0.0 s extracting, 0.0 s waiting for documents to claim).\n');
  });

  it("refuses to work for a committer whose extractor is not this one's, and exits 1", async () => {
    const url = await postgres.database();
    const client = await connectQueue(url, 'test');
    try {
      await client.query("UPDATE plexus_queue.committer SET extractor = 'e0-000000000000'");
    } finally {
      await client.end();
    }
    expect(await main(['worker', '--queue', url])).toBe(1);
    expect(output.stderr()).toMatch(/^plexus worker: this worker's extractor \(e\d+-[0-9a-f]{12}\) is not the committer's \(e0-000000000000\)/);
  });
});
