/**
 * The store: one SQLite file through better-sqlite3, and the one way in to it. It opens the file,
 * brings its schema up to date and holds the transactions; its parts keep the SQL of one concern
 * each (documents, the registry, the graph's reads, entities, evidence, curation, the saved map).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CurationStore } from './curation';
import { DocumentRecords } from './documents';
import { EntityReads } from './entity-reads';
import { EvidenceReads } from './evidence';
import { GraphReads } from './graph-reads';
import { LayoutRecords } from './layout';
import { migrate } from './migrations';
import { RegistryRecords } from './registry';
import { StatementCache } from './sql';

export { isScoped, type DocumentScope } from './sql';

/**
 * WAL pages between checkpoints (4 KiB each): 40 MiB rather than SQLite's 4 MiB, so that a page
 * changed by many small writes is copied to the database once.
 */
const CHECKPOINT_PAGES = 10_000;

/** The same during a long ingest (Store.beginBulkWrites): 160 MiB, for fewer checkpoints (docs/performance.md). */
const BULK_CHECKPOINT_PAGES = 40_000;

export class Store {
  readonly db: Database.Database;
  readonly documents: DocumentRecords;
  readonly registry: RegistryRecords;
  readonly graph: GraphReads;
  readonly entities: EntityReads;
  readonly evidence: EvidenceReads;
  readonly curation: CurationStore;
  readonly layout: LayoutRecords;

  constructor(readonly file: string) {
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
    migrate(this.db);
    const sql = { db: this.db, statements: new StatementCache(this.db) };
    this.documents = new DocumentRecords(sql);
    this.registry = new RegistryRecords(sql);
    this.graph = new GraphReads(sql);
    this.entities = new EntityReads(sql);
    this.evidence = new EvidenceReads(sql);
    this.curation = new CurationStore(this.db);
    this.layout = new LayoutRecords(sql);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** Runs `fn` in one transaction: all of it is stored, or none. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /**
   * A transaction left open across awaits (the parallel ingest waits for its workers inside one),
   * ended by `commit` or `rollback`; `transaction` within it is a savepoint. The caller must make
   * sure nothing else writes meanwhile.
   */
  begin(): void {
    this.db.exec('BEGIN');
  }

  commit(): void {
    if (this.db.inTransaction) this.db.exec('COMMIT');
  }

  /** Undoes everything since `begin`. */
  rollback(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
  }

  get inTransaction(): boolean {
    return this.db.inTransaction;
  }

  /**
   * For a long ingest: checkpoints every BULK_CHECKPOINT_PAGES of WAL rather than CHECKPOINT_PAGES.
   * Most pages an ingest changes are index pages that every batch changes again; a checkpoint
   * writes each of them once however often it changed, so fewer checkpoints write fewer bytes.
   */
  beginBulkWrites(): void {
    this.db.pragma(`wal_autocheckpoint = ${BULK_CHECKPOINT_PAGES}`);
  }

  /** Ends beginBulkWrites: the WAL left is copied now, as part of the ingest, rather than by whoever writes next. */
  endBulkWrites(): void {
    this.db.pragma(`wal_autocheckpoint = ${CHECKPOINT_PAGES}`);
    // PASSIVE: a reader in another process (plexus serve) is not waited for; what it still reads stays in the WAL.
    this.db.pragma('wal_checkpoint(PASSIVE)');
  }

  /** The version of the extractor that made the store's mentions, if one was recorded. */
  extractorVersion(): string | undefined {
    const row = this.db.prepare("SELECT value FROM store_info WHERE key = 'extractor_version'").get() as { value: string } | undefined;
    return row?.value;
  }

  recordExtractorVersion(version: string): void {
    this.db.prepare("INSERT INTO store_info (key, value) VALUES ('extractor_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(version);
  }
}
