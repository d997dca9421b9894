/**
 * What the store's parts ask of a database: prepared statements (run, get, all, iterate, and the
 * pluck and raw shapes of their rows), plain SQL, transactions that nest as savepoints, and the few
 * pieces of SQL that differ between the engines. SQLite (server/store/sqlite-engine.ts) is the
 * embedded default; PostgreSQL (server/store/postgres-engine.ts) is chosen by a postgres:// address.
 */

/** Parameters as better-sqlite3 takes them: positional values for `?`, or one object for `@name`. */
export type SqlParam = string | number | bigint | null | Buffer;
export type SqlParams = SqlParam[] | [Record<string, SqlParam>];

export interface SqlStatement {
  run(...params: SqlParams): unknown;
  get(...params: SqlParams): unknown;
  all(...params: SqlParams): unknown[];
  iterate(...params: SqlParams): IterableIterator<unknown>;
  /** Rows as their first column's value. */
  pluck(): SqlStatement;
  /** Rows as arrays of their columns' values, in order. */
  raw(): SqlStatement;
}

/** The SQL that differs between the engines, written once for each. */
export interface Dialect {
  /** A table of the strings of a JSON array given as one parameter (`@moved`), with one column named `value`. */
  jsonStrings(param: string): string;
  /** After a table name in FROM: read it whole rather than through an index (SQLite's NOT INDEXED; empty elsewhere). */
  notIndexed: string;
}

export interface SqlEngine {
  readonly kind: 'sqlite' | 'postgres';
  readonly dialect: Dialect;
  /** A statement prepared once per SQL text and kept. */
  prepare(sql: string): SqlStatement;
  /** Runs one or more statements without parameters. */
  exec(sql: string): void;
  /** Runs `fn` in a transaction (a savepoint within one): all of it is stored, or none. */
  transaction<T>(fn: () => T): T;
  /**
   * Runs the reads of `fn` on one snapshot: what another connection commits meanwhile is in all of
   * them or in none. Within a transaction, `fn` runs in it.
   */
  readTransaction<T>(fn: () => T): T;
  begin(): void;
  commit(): void;
  rollback(): void;
  readonly inTransaction: boolean;
  /** The version of the schema's last migration run (0 for a new database). */
  schemaVersion(): number;
  setSchemaVersion(version: number): void;
  /** For a long ingest: the engine may write differently until `endBulkWrites`. */
  beginBulkWrites(): void;
  endBulkWrites(): void;
  close(): void;
}

/** Whether a store location names a PostgreSQL database rather than an SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** A store location as messages show it: a postgres:// address without its password. */
export function shownLocation(location: string): string {
  return isPostgresUrl(location) ? shownUrl(location) : location;
}

/** A connection string with its password hidden, for messages and logs. */
export function shownUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return value.replace(/:[^:@/]*@/, ':***@');
  }
}
