/**
 * A connection to the ingest queue: the connection string checked before use, the schema brought up
 * to date, and failures told in a sentence. Connection strings are shown without their password.
 */
import { Client } from 'pg';
import { QueueError } from '#model/errors';
import { shownUrl } from '../store/engine';
import { migrateQueue } from './schema';

export { shownUrl };

const EXAMPLE = 'postgres://user@host:5432/database';

/** Why `value` is not a PostgreSQL connection string (postgres:// or postgresql://), or undefined when it is one. */
export function queueUrlProblem(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `the queue must be a PostgreSQL connection string such as ${EXAMPLE}, got '${shownUrl(value)}'`;
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    return `the queue must be a PostgreSQL connection string (postgres://…), got one for '${url.protocol.replace(/:$/, '')}'`;
  }
  return undefined;
}

/** `value`, or QueueError when it is not a PostgreSQL connection string. */
export function checkQueueUrl(value: string): string {
  const problem = queueUrlProblem(value);
  if (problem !== undefined) throw new QueueError(problem);
  return value;
}

/** An error's message; read by shape, since Node's own errors may come from another realm (under jest). */
const reasonOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string' ? error.message : String(error);

/** A connection to the queue at `url`, its schema migrated. Throws QueueError when it cannot be reached. */
export async function connectQueue(url: string, role: string): Promise<Client> {
  const client = new Client({ connectionString: checkQueueUrl(url), application_name: `plexus ${role}` });
  // A connection lost while idle is reported here rather than crashing the process; the next query fails with it.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new QueueError(`cannot reach the queue at ${shownUrl(url)}: ${reasonOf(error)}`);
  }
  try {
    await migrateQueue(client);
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error instanceof QueueError ? error : new QueueError(`cannot prepare the queue at ${shownUrl(url)}: ${reasonOf(error)}`);
  }
  return client;
}
