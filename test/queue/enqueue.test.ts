/** Documents into a real PostgreSQL queue: in the order given, text and metadata whole, all or none, and a notice to the workers. */
import type { Client } from 'pg';
import { benchCorpus } from '../../bench/corpus';
import type { DocumentInput } from '#model/types';
import { connectQueue } from '../../server/queue/connection';
import { enqueue } from '../../server/queue/enqueue';
import { CHANNEL } from '../../server/queue/notices';
import { readQueuedInput } from '../../server/queue/queued-input';
import { usePostgres } from '../helpers/postgres';

const postgres = usePostgres();

let client: Client;
let url: string;

beforeEach(async () => {
  url = await postgres.database();
  client = await connectQueue(url, 'test');
});

afterEach(async () => {
  await client.end();
});

async function queued(): Promise<DocumentInput[]> {
  const { rows } = await client.query<{ seq: string; text: string; meta: unknown }>('SELECT seq, text, meta FROM plexus_queue.documents ORDER BY seq');
  return rows.map((row) => readQueuedInput(Number(row.seq), row.text, row.meta));
}

describe('enqueue', () => {
  it('queues documents in the order given, over several inserts, each with its text and metadata', async () => {
    const documents = [...benchCorpus(1200, { seed: 2, words: 20 })];
    const seqs = await enqueue(client, documents);
    expect(seqs).toEqual(documents.map((_, i) => i + 1));
    expect(await queued()).toEqual(documents);
  });

  it('keeps the path each document was queued from, by default its source path', async () => {
    const [first, second] = [...benchCorpus(2, { seed: 2, words: 20 })];
    await enqueue(client, [first]);
    await enqueue(client, [second], ['~/articles/bench/00002.txt']);
    const { rows } = await client.query<{ source: string }>('SELECT source FROM plexus_queue.documents ORDER BY seq');
    expect(rows.map((row) => row.source)).toEqual(['bench/00001.txt', '~/articles/bench/00002.txt']);
  });

  it('continues the queue order after what is queued already', async () => {
    const [first, second, third] = [...benchCorpus(3, { seed: 2, words: 20 })];
    await enqueue(client, [first]);
    expect(await enqueue(client, [second, third])).toEqual([2, 3]);
  });

  it('queues none of the documents when one cannot be stored', async () => {
    const documents = [...benchCorpus(3, { seed: 2, words: 20 })];
    documents[2] = { ...documents[2], text: 'a\u0000b' };
    await expect(enqueue(client, documents)).rejects.toThrow();
    expect(await queued()).toEqual([]);
  });

  it('tells the waiting workers', async () => {
    const listener = await connectQueue(url, 'test');
    try {
      const heard = new Promise<string | undefined>((resolve) => listener.on('notification', (message) => resolve(message.payload)));
      await listener.query(`LISTEN ${CHANNEL}`);
      await enqueue(client, [...benchCorpus(1, { seed: 2, words: 20 })]);
      expect(await heard).toBe('enqueued');
    } finally {
      await listener.end();
    }
  });
});
