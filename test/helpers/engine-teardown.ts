/** Jest's global teardown: the run's PostgreSQL cluster, if one was started, stopped and removed. */
import type { Cluster } from '../../bench/postgres-cluster';

export default async function teardown(): Promise<void> {
  await (globalThis as { plexusCluster?: Cluster }).plexusCluster?.stop();
}
