/**
 * Hears the writes other processes commit to a shared PostgreSQL store (LISTEN on the channel each
 * write transaction announces itself on), on a connection of its own: the store's connection is
 * synchronous (pg-native) and cannot wait for notifications.
 */
import { Client } from 'pg';
import { WRITES_CHANNEL } from './shared-writes';

export interface WriteListener {
  close(): Promise<void>;
}

/**
 * Calls `heard` with the number of each write committed from now on, and once with the last one
 * committed before it listened (so that none falls between opening the store and listening).
 * `lost` is called should the connection fail: writes are no longer heard from then on.
 */
export async function listenForWrites(url: string, heard: (generation: number) => void, lost: (error: Error) => void): Promise<WriteListener> {
  const client = new Client({ connectionString: url, application_name: 'plexus store listener' });
  let closing = false;
  client.on('error', (error) => {
    if (!closing) lost(error);
  });
  client.on('notification', (message) => {
    if (message.channel === WRITES_CHANNEL && message.payload !== undefined) heard(Number(message.payload));
  });
  try {
    await client.connect();
    await client.query(`LISTEN ${WRITES_CHANNEL}`);
    const { rows } = await client.query<{ generation: string }>('SELECT generation FROM plexus_writes');
    heard(Number(rows[0]?.generation ?? 0));
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  return {
    async close() {
      closing = true;
      await client.end().catch(() => undefined);
    },
  };
}
