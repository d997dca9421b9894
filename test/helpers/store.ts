/**
 * The store a test opens, on the engine under test: an SQLite file in a new temporary folder (the
 * default), or with PLEXUS_TEST_ENGINE=postgres a new database on the run's one throwaway cluster
 * (started by test/helpers/engine-setup.ts). Tests that open a store take its location from here,
 * so that `npm test` can run them on both engines.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isPostgresUrl } from '../../server/store/engine';
import { endClient, loadClient } from '../../server/store/postgres-engine';
import { openEngine } from '../../server/store/store';
import { CLUSTER_ENV, testEngine } from './engine';
import { tempDir } from './fixtures';

/**
 * A database name no other store of the run takes (test files share a worker process, each with its
 * own modules): letters and digits only, which an export's file name keeps as they are.
 */
function databaseName(name: string): string {
  return `${name.replace(/[^a-z0-9]/gi, '').slice(0, 30) || 'store'}${randomBytes(6).toString('hex')}`.toLowerCase();
}

/**
 * A new, empty store's location: `<temp>/<name>.db`, or a new database of the cluster's. Synchronous
 * (through pg-native, as the PostgreSQL engine is) so that a test opens it where it opened a file.
 */
export function freshStore(name = 'plexus'): string {
  if (testEngine() === 'sqlite') return sqliteStore(name);
  const admin = process.env[CLUSTER_ENV];
  if (admin === undefined) throw new Error(`PLEXUS_TEST_ENGINE=postgres, but no cluster was started (${CLUSTER_ENV} is unset): run jest with its global setup`);
  const database = databaseName(name);
  const Client = loadClient();
  const client = new Client({ types: undefined });
  client.connectSync(admin);
  try {
    client.querySync(`CREATE DATABASE ${database}`);
  } finally {
    endClient(client);
  }
  const url = new URL(admin);
  url.pathname = `/${database}`;
  return url.toString();
}

/** An SQLite file in a new temporary folder, whatever the engine under test: for tests about SQLite's files themselves. */
export function sqliteStore(name = 'plexus'): string {
  return path.join(tempDir(), `${name}.db`);
}

/** Whether nothing was written to a store location: no SQLite file made, or no table in the database. */
export function untouched(location: string): boolean {
  if (!isPostgresUrl(location)) return !fs.existsSync(location);
  const engine = openEngine(location);
  try {
    // The engine makes its own version table and write count on connecting; the store's tables come with the first migration.
    const own = "'plexus_schema', 'plexus_writes'";
    return (
      engine.prepare(`SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN (${own})`).pluck().get() === 0
    );
  } finally {
    engine.close();
  }
}

/** The name a store's exports are given: its file's name without the extension, or its database's. */
export function storeName(location: string): string {
  return isPostgresUrl(location) ? new URL(location).pathname.slice(1) : path.basename(location, path.extname(location));
}
