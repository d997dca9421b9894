/** The queue's schema migrations on a real PostgreSQL: versioned, run once however many processes start at once, and refused when newer. */
import { Client } from 'pg';
import { migrateQueue, QUEUE_MIGRATIONS } from '../../server/queue/schema';
import { usePostgres } from '../helpers/postgres';

const postgres = usePostgres();

async function connected(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

describe('migrateQueue', () => {
  it("makes the queue's tables in a schema of their own and records each migration once", async () => {
    const client = await connected(await postgres.database());
    try {
      expect(await migrateQueue(client)).toBe(QUEUE_MIGRATIONS.length);
      expect(await migrateQueue(client)).toBe(QUEUE_MIGRATIONS.length);
      const { rows: tables } = await client.query<{ name: string }>(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'plexus_queue' ORDER BY table_name",
      );
      expect(tables.map((t) => t.name)).toEqual(['committer', 'documents', 'knowledge', 'migrations']);
      const { rows: versions } = await client.query<{ version: number }>('SELECT version FROM plexus_queue.migrations ORDER BY version');
      expect(versions.map((v) => v.version)).toEqual(QUEUE_MIGRATIONS.map((m) => m.version));
    } finally {
      await client.end();
    }
  });

  it('migrates once when several processes start at the same moment', async () => {
    const url = await postgres.database();
    const clients = await Promise.all([connected(url), connected(url), connected(url)]);
    try {
      await Promise.all(clients.map((client) => migrateQueue(client)));
      const { rows } = await clients[0].query<{ n: number }>('SELECT count(*)::int AS n FROM plexus_queue.migrations');
      expect(rows[0].n).toBe(QUEUE_MIGRATIONS.length);
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
  });

  it('refuses a queue made by a newer Plexus, changing nothing', async () => {
    const client = await connected(await postgres.database());
    try {
      const newer = [...QUEUE_MIGRATIONS, { version: 99, description: 'from the future', sql: 'CREATE TABLE plexus_queue.future (id integer)' }];
      await migrateQueue(client, newer);
      await expect(migrateQueue(client)).rejects.toMatchObject({
        name: 'QueueError',
        message: `the queue was made by a newer Plexus (queue schema 99, this version knows ${QUEUE_MIGRATIONS.length}): upgrade Plexus`,
      });
      const { rows } = await client.query<{ version: number }>('SELECT max(version) AS version FROM plexus_queue.migrations');
      expect(rows[0].version).toBe(99);
    } finally {
      await client.end();
    }
  });

  it('leaves the queue as it was when a migration fails', async () => {
    const client = await connected(await postgres.database());
    try {
      const broken = [
        ...QUEUE_MIGRATIONS,
        { version: 2, description: 'broken', sql: 'CREATE TABLE plexus_queue.half (id integer); SELECT no_such_function()' },
      ];
      await expect(migrateQueue(client, broken)).rejects.toThrow(/no_such_function/);
      const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'plexus_queue'");
      expect(rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });
});
