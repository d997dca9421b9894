/**
 * The embedded engine: one SQLite file through better-sqlite3. Its statements are better-sqlite3's
 * own, handed out as they are, so that the store pays nothing for the engine interface.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Dialect, SqlEngine, SqlStatement } from './engine';

/**
 * WAL pages between checkpoints (4 KiB each): 40 MiB rather than SQLite's 4 MiB, so that a page
 * changed by many small writes is copied to the database once.
 */
const CHECKPOINT_PAGES = 10_000;

/** The same during a long ingest (beginBulkWrites): 160 MiB, for fewer checkpoints (docs/performance.md). */
const BULK_CHECKPOINT_PAGES = 40_000;

const SQLITE_DIALECT: Dialect = {
  jsonStrings: (param) => `(SELECT value FROM json_each(${param}))`,
  notIndexed: 'NOT INDEXED',
};

export class SqliteEngine implements SqlEngine {
  readonly kind = 'sqlite';
  readonly dialect = SQLITE_DIALECT;
  readonly db: Database.Database;
  /** Prepared statements by SQL text: preparing costs more than running most of the store's queries. */
  private readonly statements = new Map<string, Database.Statement>();

  constructor(file: string) {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.db = new Database(file);
    // WAL keeps readers going during an ingest and makes every committed document durable.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    // A second process on the same file (plexus ingest beside plexus serve) waits for the writer
    // instead of failing at once with SQLITE_BUSY.
    this.db.pragma('busy_timeout = 5000');
    // An ingest inserts into indexes (mentions by entity, names) at random places: a page cache of
    // 32 MiB (2 MiB by default) keeps their pages between commits, and checkpoints every 40 MiB of
    // WAL (CHECKPOINT_PAGES) write a page that changed many times once.
    this.db.pragma('cache_size = -32768');
    this.db.pragma(`wal_autocheckpoint = ${CHECKPOINT_PAGES}`);
    // After a checkpoint, a WAL that grew large in a bulk ingest is cut back to this size on disk.
    this.db.pragma(`journal_size_limit = ${CHECKPOINT_PAGES * (this.db.pragma('page_size', { simple: true }) as number)}`);
  }

  prepare(sql: string): SqlStatement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement as unknown as SqlStatement;
  }

  exec(sql: string): void {
    this.db.exec(sql);
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** A deferred transaction: its first read takes the snapshot, as WAL gives readers. */
  read<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  begin(): void {
    this.db.exec('BEGIN');
  }

  commit(): void {
    if (this.db.inTransaction) this.db.exec('COMMIT');
  }

  rollback(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
  }

  get inTransaction(): boolean {
    return this.db.inTransaction;
  }

  schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  setSchemaVersion(version: number): void {
    this.db.pragma(`user_version = ${Math.trunc(version)}`);
  }

  /**
   * Checkpoints every BULK_CHECKPOINT_PAGES of WAL rather than CHECKPOINT_PAGES. Most pages an
   * ingest changes are index pages that every batch changes again; a checkpoint writes each of
   * them once however often it changed, so fewer checkpoints write fewer bytes.
   */
  beginBulkWrites(): void {
    this.db.pragma(`wal_autocheckpoint = ${BULK_CHECKPOINT_PAGES}`);
  }

  /** The WAL left is copied now, as part of the ingest, rather than by whoever writes next. */
  endBulkWrites(): void {
    this.db.pragma(`wal_autocheckpoint = ${CHECKPOINT_PAGES}`);
    // PASSIVE: a reader in another process (plexus serve) is not waited for; what it still reads stays in the WAL.
    // Within a transaction (a reingest holds one around its ingest) SQLite refuses to checkpoint: the next one copies it.
    if (!this.db.inTransaction) this.db.pragma('wal_checkpoint(PASSIVE)');
  }

  /** One process serves an SQLite store: there is nothing to hear. */
  onOtherWrites(): void {}

  otherWrote(): void {}

  close(): void {
    if (this.db.open) this.db.close();
  }
}
