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

/** What befalls the listening connection: lost (and tried again after `retryMs`), or listening again. */
export type ListenerEvent = { kind: 'lost'; error: Error; retryMs: number } | { kind: 'restored' };

/** The first wait before connecting again, doubled after each failed try up to the last. */
const FIRST_RETRY_MS = 250;
const LAST_RETRY_MS = 10_000;

/** How the listening connection names itself to the server (`pg_stat_activity.application_name`). */
export const LISTENER_NAME = 'plexus store listener';

/**
 * Calls `heard` with the number of each write committed from now on, and once with the last one
 * committed before it listened (so that none falls between opening the store and listening). A
 * lost connection is made again, after a wait that grows while tries fail; once listening again,
 * `heard` is told the last write committed, so that writes made in between are not missed.
 */
export async function listenForWrites(
  url: string,
  heard: (generation: number) => void,
  told: (event: ListenerEvent) => void = () => undefined,
): Promise<WriteListener> {
  let closing = false;
  let retryMs = FIRST_RETRY_MS;
  let retry: NodeJS.Timeout | undefined;

  /** The connection `from` failed: it is ended, and another is tried after a wait. */
  const lost = (from: Client, error: Error): void => {
    if (closing || from !== client || retry !== undefined) return;
    void from.end().catch(() => undefined);
    told({ kind: 'lost', error, retryMs });
    retry = setTimeout(() => void reconnect(), retryMs);
    retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
  };

  const reconnect = async (): Promise<void> => {
    try {
      const next = await connect(url, heard, lost);
      retry = undefined;
      if (closing) return void (await next.end().catch(() => undefined));
      client = next;
      retryMs = FIRST_RETRY_MS;
      told({ kind: 'restored' });
    } catch (error) {
      retry = undefined;
      lost(client, error instanceof Error ? error : new Error(String(error)));
    }
  };

  let client = await connect(url, heard, lost);
  return {
    async close() {
      closing = true;
      if (retry !== undefined) clearTimeout(retry);
      await client.end().catch(() => undefined);
    },
  };
}

/** A connection listening on the channel, after telling `heard` the last write committed. */
async function connect(url: string, heard: (generation: number) => void, lost: (from: Client, error: Error) => void): Promise<Client> {
  const client = new Client({ connectionString: url, application_name: LISTENER_NAME });
  let listening = false;
  // Before it listens, a failure rejects the promise below; after, the connection is made again.
  client.on('error', (error) => {
    if (listening) lost(client, error);
  });
  client.on('end', () => {
    if (listening) lost(client, new Error('the connection to the store ended'));
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
  listening = true;
  return client;
}
