/**
 * The store engine a test run is on: PLEXUS_TEST_ENGINE=postgres, or SQLite by default. Apart from
 * test/helpers/store.ts so that jest's global setup reads it without loading the store.
 */

export type TestEngine = 'sqlite' | 'postgres';

/** The run's cluster, as the global setup leaves it: the connection string of its `postgres` database. */
export const CLUSTER_ENV = 'PLEXUS_TEST_POSTGRES';

/** The engine under test, from PLEXUS_TEST_ENGINE (sqlite when unset); anything else is refused. */
export function testEngine(value = process.env['PLEXUS_TEST_ENGINE']): TestEngine {
  if (value === undefined || value === '' || value === 'sqlite') return 'sqlite';
  if (value === 'postgres') return 'postgres';
  throw new Error(`PLEXUS_TEST_ENGINE must be sqlite or postgres, got "${value}"`);
}
