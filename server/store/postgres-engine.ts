/**
 * The shared engine: a PostgreSQL database through libpq's synchronous calls (pg-native). The
 * store and the corpus above it are synchronous, as better-sqlite3 is; pg-native's querySync,
 * prepareSync and executeSync keep them so, at one network round trip a statement (docs/scale.md).
 * pg-native is an optional dependency, compiled against Debian's libpq-dev: without it, asking for
 * PostgreSQL fails with the reason.
 */
import { createRequire } from 'node:module';
import { types as pgTypes } from 'pg';
import { ConfigError } from '#model/errors';
import type { Dialect, SqlEngine, SqlParams, SqlStatement } from './engine';
import { bindValues, translatePlaceholders, type TranslatedSql } from './postgres-sql';
import { SETUP_LOCK_SQL, SharedWrites, WRITES_TABLE_SQL } from './shared-writes';

/** What the store uses of pg-native's Client. */
export interface NativeClient {
  connectSync(url: string): void;
  querySync(text: string, values?: (string | null)[]): Record<string, unknown>[];
  prepareSync(name: string, text: string, count: number): void;
  executeSync(name: string, values: (string | null)[]): Record<string, unknown>[];
  getTransactionStatus(): string | null;
  end(): void;
}

type NativeClientClass = new (options: { types: unknown }) => NativeClient;

/** Rows fetched at a time when a result is iterated: a large result is never read whole. */
const FETCH_ROWS = 1000;

/** Begins reads of one snapshot of the store, as a read transaction on SQLite sees, without the write lock. */
const BEGIN_SNAPSHOT_READ = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';

const INT8 = 20;
const NUMERIC = 1700;
const BOOL = 16;

/**
 * Values as SQLite gives them: counts and sums (bigint, numeric) as numbers, truth values as 1 and 0,
 * so that both engines give the same answers.
 */
const TYPES = {
  getTypeParser(oid: number, format?: string): unknown {
    if (oid === INT8 || oid === NUMERIC) return Number;
    if (oid === BOOL) return (value: string) => (value === 't' ? 1 : 0);
    return pgTypes.getTypeParser(oid, format as 'text');
  },
};

const POSTGRES_DIALECT: Dialect = {
  jsonStrings: (param) => `(SELECT value FROM json_array_elements_text(${param}::json) AS j(value))`,
  notIndexed: '',
};

/** pg-native's Client; `name` is for the test that finds the reason given when it is missing. */
export function loadClient(name = 'pg-native'): NativeClientClass {
  try {
    return createRequire(__filename)(name) as NativeClientClass;
  } catch (error) {
    throw new ConfigError(
      `a PostgreSQL store needs the optional package ${name}, which did not load (${(error as Error).message.split('\n')[0]}): ` +
        "install Debian's libpq-dev, then run npm install again",
    );
  }
}

/**
 * Closes a connection. libpq's addon closes its socket's watcher on the event loop's next turns, in
 * memory that the client owns: the client is kept from the garbage collector until then, or the
 * loop would touch freed memory (an abort in uv__finish_close when stores open and close at once).
 */
export function endClient(client: NativeClient): void {
  client.end();
  setImmediate(() => setImmediate(() => client));
}

class PostgresStatement implements SqlStatement {
  private prepared = false;

  constructor(
    private readonly engine: PostgresEngine,
    private readonly name: string,
    private readonly sql: TranslatedSql,
    private readonly shape: 'rows' | 'pluck' | 'raw' = 'rows',
  ) {}

  private rows(params: SqlParams): unknown[] {
    const client = this.engine.client;
    if (!this.prepared) {
      client.prepareSync(this.name, this.sql.text, this.sql.count);
      this.prepared = true;
    }
    return this.shaped(client.executeSync(this.name, bindValues(this.sql, params)));
  }

  private shaped(rows: Record<string, unknown>[]): unknown[] {
    if (this.shape === 'rows') return rows;
    if (this.shape === 'pluck') return rows.map((row) => Object.values(row)[0]);
    return rows.map((row) => Object.values(row));
  }

  run(...params: SqlParams): void {
    this.rows(params);
  }

  get(...params: SqlParams): unknown {
    return this.rows(params)[0];
  }

  all(...params: SqlParams): unknown[] {
    return this.rows(params);
  }

  /**
   * The rows through a cursor, FETCH_ROWS at a time, in one snapshot (a transaction of its own
   * outside one). As with better-sqlite3, nothing else may run on the connection until the loop ends.
   */
  *iterate(...params: SqlParams): IterableIterator<unknown> {
    const client = this.engine.client;
    const cursor = `${this.name}_cursor`;
    const outer = !this.engine.inTransaction;
    if (outer) client.querySync(BEGIN_SNAPSHOT_READ);
    try {
      client.querySync(`DECLARE ${cursor} NO SCROLL CURSOR FOR ${this.sql.text}`, bindValues(this.sql, params));
      for (;;) {
        const rows = client.querySync(`FETCH ${FETCH_ROWS} FROM ${cursor}`);
        yield* this.shaped(rows);
        if (rows.length < FETCH_ROWS) break;
      }
    } finally {
      // A loop left early (break, an error) ends here too: the cursor is closed, or its transaction ended.
      client.querySync(outer ? 'COMMIT' : `CLOSE ${cursor}`);
    }
  }

  pluck(): SqlStatement {
    return this.engine.shaped(this.name, this.sql, 'pluck');
  }

  raw(): SqlStatement {
    return this.engine.shaped(this.name, this.sql, 'raw');
  }
}

export class PostgresEngine implements SqlEngine {
  readonly kind = 'postgres';
  readonly dialect = POSTGRES_DIALECT;
  private readonly native: NativeClient;
  private open = true;
  private readonly statements = new Map<string, SqlStatement>();
  private readonly variants = new Map<string, SqlStatement>();
  private depth = 0;
  /** Other processes may write to the same database: one write transaction at a time, each announced. */
  private readonly writes: SharedWrites;

  constructor(url: string) {
    const Client = loadClient();
    this.native = new Client({ types: TYPES });
    this.native.connectSync(url);
    this.native.querySync('SET client_min_messages = warning');
    this.native.querySync(`BEGIN; ${SETUP_LOCK_SQL}; CREATE TABLE IF NOT EXISTS plexus_schema (version integer NOT NULL); ${WRITES_TABLE_SQL}; COMMIT`);
    this.writes = new SharedWrites((sql) => this.client.querySync(sql));
  }

  /** The connection; once closed, an error as better-sqlite3 gives (libpq's own is about a NULL pointer). */
  get client(): NativeClient {
    if (!this.open) throw new TypeError('The database connection is not open');
    return this.native;
  }

  prepare(sql: string): SqlStatement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = new PostgresStatement(this, `s${this.statements.size + 1}`, translatePlaceholders(sql));
      this.statements.set(sql, statement);
    }
    return statement;
  }

  /** A statement's pluck or raw form, prepared once as the statement itself is (better-sqlite3's toggles them in place). */
  shaped(name: string, sql: TranslatedSql, shape: 'pluck' | 'raw'): SqlStatement {
    const key = `${name}/${shape}`;
    let statement = this.variants.get(key);
    if (!statement) this.variants.set(key, (statement = new PostgresStatement(this, `${name}_${shape}`, sql, shape)));
    return statement;
  }

  exec(sql: string): void {
    this.client.querySync(sql);
  }

  /** A transaction, or within one a savepoint, as better-sqlite3's transaction functions do. */
  transaction<T>(fn: () => T): T {
    if (!this.inTransaction) return this.outermost(fn);
    const savepoint = `s${++this.depth}`;
    this.exec(`SAVEPOINT ${savepoint}`);
    try {
      const result = fn();
      this.exec(`RELEASE SAVEPOINT ${savepoint}`);
      return result;
    } catch (error) {
      this.exec(`ROLLBACK TO SAVEPOINT ${savepoint}; RELEASE SAVEPOINT ${savepoint}`);
      throw error;
    } finally {
      this.depth -= 1;
    }
  }

  private outermost<T>(fn: () => T): T {
    this.begin();
    let result: T;
    try {
      result = fn();
    } catch (error) {
      this.rollback();
      throw error;
    }
    this.commit();
    return result;
  }

  /** A write transaction: it waits for any other process's to end (SharedWrites.began). */
  begin(): void {
    this.exec('BEGIN');
    try {
      this.writes.began();
    } catch (error) {
      this.rollback();
      throw error;
    }
  }

  commit(): void {
    if (!this.inTransaction) return;
    // A failed transaction's COMMIT rolls it back.
    const failed = this.client.getTransactionStatus() === 'E';
    this.exec('COMMIT');
    if (failed) this.writes.rolledBack();
    else this.writes.committed();
  }

  rollback(): void {
    if (this.inTransaction) this.exec('ROLLBACK');
    this.writes.rolledBack();
  }

  /**
   * Reads that see one snapshot of the store, as a read transaction does on SQLite: REPEATABLE
   * READ, and without the write lock. Within a transaction, they are simply part of it.
   */
  read<T>(fn: () => T): T {
    if (this.inTransaction) return fn();
    this.exec(BEGIN_SNAPSHOT_READ);
    try {
      return fn();
    } finally {
      // Nothing to keep: COMMIT ends it, failed or not.
      this.exec('COMMIT');
    }
  }

  onOtherWrites(listener: () => void): void {
    this.writes.onOtherWrites(listener);
  }

  otherWrote(generation: number): void {
    this.writes.heard(generation);
  }

  get inTransaction(): boolean {
    if (!this.open) return false;
    // libpq's status: T in a transaction, E in a failed one, I idle.
    const status = this.native.getTransactionStatus();
    return status === 'T' || status === 'E';
  }

  schemaVersion(): number {
    const row = this.client.querySync('SELECT max(version) AS version FROM plexus_schema')[0] as { version: number | null } | undefined;
    return row?.version ?? 0;
  }

  setSchemaVersion(version: number): void {
    this.client.querySync('DELETE FROM plexus_schema');
    this.client.querySync('INSERT INTO plexus_schema (version) VALUES ($1)', [String(version)]);
  }

  /** PostgreSQL's checkpoints are its own: nothing to change for a long ingest. */
  beginBulkWrites(): void {}

  endBulkWrites(): void {}

  close(): void {
    if (!this.open) return;
    this.open = false;
    endClient(this.native);
  }
}
