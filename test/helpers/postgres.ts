/**
 * A real PostgreSQL server for a test file: one throwaway cluster (bench/postgres-cluster.ts)
 * started before its tests and stopped and removed after them, and a fresh database per call.
 * Without PostgreSQL's programs the tests fail with the reason, never skip.
 */
import { startCluster, type Cluster } from '../../bench/postgres-cluster';

/** initdb, then the server's start: seconds on a busy machine. */
const START_MS = 120_000;

export interface TestPostgres {
  /** The connection string of a new, empty database. */
  database(): Promise<string>;
}

export function usePostgres(): TestPostgres {
  let cluster: Cluster | undefined;
  let made = 0;
  // A failure to start (no PostgreSQL installed, say) fails every test of the file with its reason.
  beforeAll(async () => {
    cluster = await startCluster();
  }, START_MS);
  afterAll(async () => {
    await cluster?.stop();
  }, START_MS);
  return {
    async database() {
      if (!cluster) throw new Error('the PostgreSQL cluster did not start');
      made += 1;
      return cluster.createDatabase(`test_${made}`);
    },
  };
}
