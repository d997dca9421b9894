/**
 * A real PostgreSQL server for a test file: the run's cluster when it has one (PLEXUS_TEST_ENGINE=
 * postgres, test/helpers/engine-setup.ts), else one throwaway cluster (bench/postgres-cluster.ts)
 * started before the file's tests and stopped and removed after them; and a fresh database per call.
 * Without PostgreSQL's programs the tests fail with the reason, never skip.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startCluster, type Cluster } from '../../bench/postgres-cluster';
import { CLUSTER_ENV } from './engine';

/** initdb, then the server's start: seconds on a busy machine. */
const START_MS = 120_000;

export interface TestPostgres {
  /** The connection string of a new, empty database. */
  database(): Promise<string>;
}

export function usePostgres(): TestPostgres {
  const shared = process.env[CLUSTER_ENV];
  let cluster: Cluster | undefined;
  let made = 0;
  // A failure to start (no PostgreSQL installed, say) fails every test of the file with its reason.
  beforeAll(async () => {
    if (shared === undefined) cluster = await startCluster();
  }, START_MS);
  afterAll(async () => {
    await cluster?.stop();
  }, START_MS);
  return {
    async database() {
      made += 1;
      if (shared !== undefined) {
        // Test files share the run's cluster: a database name of their own.
        return sharedDatabase(shared, `test_${made}_${randomBytes(6).toString('hex')}`);
      }
      if (!cluster) throw new Error('the PostgreSQL cluster did not start');
      return cluster.createDatabase(`test_${made}`);
    },
  };
}

/** A new database on the run's cluster, made through its `postgres` database. */
async function sharedDatabase(admin: string, name: string): Promise<string> {
  const client = new Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}
