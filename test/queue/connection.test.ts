/** The queue's connection string, checked before use and shown without its password, and what a failed connection says. */
import net from 'node:net';
import { checkQueueUrl, connectQueue, queueUrlProblem, shownUrl } from '../../server/queue/connection';
import { usePostgres } from '../helpers/postgres';

const postgres = usePostgres();

describe('queueUrlProblem', () => {
  it.each([
    ['postgres://plexus@db.example:5432/plexus', undefined],
    ['postgresql://plexus:secret@10.0.0.2/queue', undefined],
    ['db.example:5432', "the queue must be a PostgreSQL connection string (postgres://…), got one for 'db.example'"],
    ['mysql://user@host/db', "the queue must be a PostgreSQL connection string (postgres://…), got one for 'mysql'"],
    ['not a url', "the queue must be a PostgreSQL connection string such as postgres://user@host:5432/database, got 'not a url'"],
  ])('%s: %s', (url, problem) => {
    expect(queueUrlProblem(url)).toBe(problem);
  });

  it('is thrown as a QueueError by checkQueueUrl', () => {
    expect(() => checkQueueUrl('mysql://user@host/db')).toThrow(expect.objectContaining({ name: 'QueueError' }));
  });
});

describe('shownUrl', () => {
  it('hides the password, and only the password', () => {
    expect(shownUrl('postgres://plexus:s3cret@db.example:5432/queue')).toBe('postgres://plexus:***@db.example:5432/queue');
    expect(shownUrl('postgres://plexus@db.example/queue')).toBe('postgres://plexus@db.example/queue');
  });
});

/** A port of this machine that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

describe('connectQueue', () => {
  it('says which queue it cannot reach and why, without the password', async () => {
    const port = await closedPort();
    await expect(connectQueue(`postgres://plexus:s3cret@127.0.0.1:${port}/queue`, 'test')).rejects.toMatchObject({
      name: 'QueueError',
      message: `cannot reach the queue at postgres://plexus:***@127.0.0.1:${port}/queue: connect ECONNREFUSED 127.0.0.1:${port}`,
    });
  });

  it('names a database that does not exist', async () => {
    const url = (await postgres.database()).replace(/\/[^/]+$/, '/missing');
    await expect(connectQueue(url, 'test')).rejects.toThrow(`cannot reach the queue at ${url}: database "missing" does not exist`);
  });

  it('connects with the schema ready', async () => {
    const client = await connectQueue(await postgres.database(), 'test');
    try {
      const { rows } = await client.query<{ resolved_to: string }>('SELECT resolved_to FROM plexus_queue.committer');
      expect(rows).toEqual([{ resolved_to: '0' }]);
    } finally {
      await client.end();
    }
  });
});
