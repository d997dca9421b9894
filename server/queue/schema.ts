/**
 * The ingest queue's schema in PostgreSQL, in a schema of its own (`plexus_queue`), with versioned
 * migrations: each runs once, in order, all of them in one transaction under an advisory lock, so
 * that workers starting together migrate once. Never edit a released migration: add the next one.
 */
import type { ClientBase } from 'pg';
import { QueueError } from '#model/errors';

export interface QueueMigration {
  version: number;
  description: string;
  sql: string;
}

/** The advisory lock under which the schema is migrated ('plxq' read as a number). */
const MIGRATION_LOCK = 0x706c7871;

export const QUEUE_MIGRATIONS: readonly QueueMigration[] = [
  {
    version: 1,
    description: 'documents to extract and commit, what the committer has learnt, and its progress',
    sql: `
      -- A document's text and metadata (DocumentInput) in queue order, with the path it was
      -- queued from, and what became of it: the worker's claim and lease, its extraction (packed,
      -- as JSON: the committer reads it whole), and once committed into the store, the outcome.
      CREATE TABLE plexus_queue.documents (
        seq           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        source        text NOT NULL,
        text          text NOT NULL,
        meta          jsonb NOT NULL,
        enqueued_at   timestamptz NOT NULL DEFAULT now(),
        claimed_by    text,
        claimed_until timestamptz,
        claims        integer NOT NULL DEFAULT 0,
        extraction    json,
        extractor     text,
        extracted_by  text,
        outcome       jsonb,
        committed_at  timestamptz
      );
      CREATE INDEX documents_to_extract ON plexus_queue.documents (seq) WHERE extraction IS NULL;
      CREATE INDEX documents_to_commit ON plexus_queue.documents (seq) WHERE committed_at IS NULL;
      -- What extraction asks of the corpus (KnownTypes), as the committer learns it: the whole
      -- registry when a committer starts (a snapshot), then what linking each document added.
      CREATE TABLE plexus_queue.knowledge (
        seq      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        snapshot boolean NOT NULL,
        body     json NOT NULL
      );
      -- The committer's progress: every document up to resolved_to is resolved, and the workers
      -- extract only a little ahead of it. Its extractor version tells workers whether they match.
      CREATE TABLE plexus_queue.committer (
        single      boolean PRIMARY KEY DEFAULT true CHECK (single),
        resolved_to bigint NOT NULL DEFAULT 0,
        extractor   text
      );
      INSERT INTO plexus_queue.committer DEFAULT VALUES;
    `,
  },
];

/** Brings the queue's schema up to date; returns its version. Throws QueueError for a queue made by a newer Plexus. */
export async function migrateQueue(client: ClientBase, migrations: readonly QueueMigration[] = QUEUE_MIGRATIONS): Promise<number> {
  const latest = migrations.length > 0 ? migrations[migrations.length - 1].version : 0;
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE SCHEMA IF NOT EXISTS plexus_queue');
    await client.query(`CREATE TABLE IF NOT EXISTS plexus_queue.migrations (
      version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM plexus_queue.migrations');
    const current = rows[0]?.version ?? 0;
    if (current > latest) {
      throw new QueueError(`the queue was made by a newer Plexus (queue schema ${current}, this version knows ${latest}): upgrade Plexus`);
    }
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO plexus_queue.migrations (version, description) VALUES ($1, $2)', [migration.version, migration.description]);
    }
    await client.query('COMMIT');
    return latest;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
