/**
 * The store, and the one way in to it: an engine (an SQLite file, the default, or a PostgreSQL
 * database named by a postgres:// address) opened, its schema brought up to date, and the
 * transactions held; its parts keep the SQL of one concern each (documents, the registry, the
 * graph's reads, entities, evidence, curation, the saved map).
 */
import type Database from 'better-sqlite3';
import { CurationStore } from './curation';
import { DocumentRecords } from './documents';
import { isPostgresUrl, type SqlEngine } from './engine';
import { EntityReads } from './entity-reads';
import { EvidenceReads } from './evidence';
import { GraphReads } from './graph-reads';
import { LayoutRecords } from './layout';
import { migrate } from './migrations';
import { PostgresEngine } from './postgres-engine';
import { RegistryRecords } from './registry';
import { SqliteEngine } from './sqlite-engine';

export { isScoped, type DocumentScope } from './sql';

/** The engine a store location names: a postgres:// address, or an SQLite file. */
export function openEngine(location: string): SqlEngine {
  return isPostgresUrl(location) ? new PostgresEngine(location) : new SqliteEngine(location);
}

export class Store {
  readonly engine: SqlEngine;
  readonly documents: DocumentRecords;
  readonly registry: RegistryRecords;
  readonly graph: GraphReads;
  readonly entities: EntityReads;
  readonly evidence: EvidenceReads;
  readonly curation: CurationStore;
  readonly layout: LayoutRecords;

  /** `file`: an SQLite file, or a PostgreSQL database's postgres:// address. */
  constructor(readonly file: string) {
    this.engine = openEngine(file);
    migrate(this.engine);
    const sql = this.engine;
    this.documents = new DocumentRecords(sql);
    this.registry = new RegistryRecords(sql);
    this.graph = new GraphReads(sql);
    this.entities = new EntityReads(sql);
    this.evidence = new EvidenceReads(sql);
    this.curation = new CurationStore(sql);
    this.layout = new LayoutRecords(sql);
  }

  /** The SQLite connection, for what only SQLite has (its pragmas, in tests); an error on PostgreSQL. */
  get db(): Database.Database {
    if (!(this.engine instanceof SqliteEngine)) throw new Error('the store is on PostgreSQL, not SQLite');
    return this.engine.db;
  }

  close(): void {
    this.engine.close();
  }

  /** Runs `fn` in one transaction: all of it is stored, or none. */
  transaction<T>(fn: () => T): T {
    return this.engine.transaction(fn);
  }

  /** Runs `fn`'s reads on one snapshot of the store, as another process's writes commit meanwhile. */
  read<T>(fn: () => T): T {
    return this.engine.read(fn);
  }

  /** `listener` is called when another process wrote to the store since this one last looked (PostgreSQL). */
  onOtherWrites(listener: () => void): void {
    this.engine.onOtherWrites(listener);
  }

  /**
   * A transaction left open across awaits (the parallel ingest waits for its workers inside one),
   * ended by `commit` or `rollback`; `transaction` within it is a savepoint. The caller must make
   * sure nothing else writes meanwhile.
   */
  begin(): void {
    this.engine.begin();
  }

  commit(): void {
    this.engine.commit();
  }

  /** Undoes everything since `begin`. */
  rollback(): void {
    this.engine.rollback();
  }

  get inTransaction(): boolean {
    return this.engine.inTransaction;
  }

  /** For a long ingest (SQLite checkpoints less often), until endBulkWrites. */
  beginBulkWrites(): void {
    this.engine.beginBulkWrites();
  }

  endBulkWrites(): void {
    this.engine.endBulkWrites();
  }

  /** The version of the extractor that made the store's mentions, if one was recorded. */
  extractorVersion(): string | undefined {
    const row = this.engine.prepare("SELECT value FROM store_info WHERE key = 'extractor_version'").get() as { value: string } | undefined;
    return row?.value;
  }

  recordExtractorVersion(version: string): void {
    this.engine
      .prepare("INSERT INTO store_info (key, value) VALUES ('extractor_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
      .run(version);
  }
}
