/**
 * Jest's global setup: with PLEXUS_TEST_ENGINE=postgres, one throwaway cluster for the whole run,
 * whose address the test workers inherit (test/helpers/store.ts makes a database per store on it).
 * A cluster that cannot start fails the run with its reason, never skips it.
 */
import { startCluster } from '../../bench/postgres-cluster';
import { CLUSTER_ENV, testEngine } from './engine';

export default async function setup(): Promise<void> {
  if (testEngine() !== 'postgres') return;
  const cluster = await startCluster({ maxConnections: 400 });
  process.env[CLUSTER_ENV] = cluster.url('postgres');
  (globalThis as { plexusCluster?: typeof cluster }).plexusCluster = cluster;
}
