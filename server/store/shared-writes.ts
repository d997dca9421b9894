/**
 * Writes to a store that several processes share (PostgreSQL): one write transaction at a time
 * across all of them (a transaction-level advisory lock), each numbered and announced on a NOTIFY
 * channel as it commits, so that a process knows when what it keeps of the store is out of date.
 */

/** The channel a write's number is announced on when it commits. */
export const WRITES_CHANNEL = 'plexus_store';

/** The advisory lock each write transaction takes first ('plxw' read as a number). */
const WRITE_LOCK = 0x706c7877;

/** The table that numbers the writes; made with the engine's own bookkeeping, outside the migrations. */
export const WRITES_TABLE_SQL = `CREATE TABLE IF NOT EXISTS plexus_writes (generation bigint NOT NULL);
  INSERT INTO plexus_writes (generation) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM plexus_writes)`;

/**
 * Taken before the engine's bookkeeping tables are made, so that two processes opening a new store
 * at once do not race ('plxs': a lock of its own, so that opening a store does not wait for a writer).
 */
export const SETUP_LOCK_SQL = `SELECT pg_advisory_xact_lock(${0x706c7873})`;

type Query = (sql: string) => Record<string, unknown>[];

export class SharedWrites {
  /** The number of the last write this process has taken in (its own, or another's it was told of). */
  private known: number;
  /** The number of the write transaction open now, until it commits. */
  private open: number | undefined;
  private readonly listeners: (() => void)[] = [];

  constructor(private readonly query: Query) {
    this.known = this.current();
  }

  /** The number of the last write committed. */
  private current(): number {
    return Number(this.query('SELECT generation FROM plexus_writes')[0]?.['generation'] ?? 0);
  }

  /** Called when another process wrote since this one last looked. */
  onOtherWrites(listener: () => void): void {
    this.listeners.push(listener);
  }

  /**
   * At the start of a write transaction: waits for the lock (held until it ends), numbers the write
   * and announces it (NOTIFY is delivered at commit, and not at all on a rollback). When the number
   * before it is not the last this process knows, another process wrote: the listeners hear of it
   * before the transaction reads anything.
   */
  began(): void {
    this.query(`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`);
    const row = this.query(`UPDATE plexus_writes SET generation = generation + 1
      RETURNING generation, pg_notify('${WRITES_CHANNEL}', generation::text)`)[0];
    const generation = Number(row?.['generation']);
    if (generation - 1 !== this.known) this.changed(generation - 1);
    this.open = generation;
  }

  committed(): void {
    if (this.open !== undefined) this.known = this.open;
    this.open = undefined;
  }

  rolledBack(): void {
    this.open = undefined;
  }

  /** Another process announced its write `generation` (LISTEN): the listeners hear of it when it is news. */
  heard(generation: number): void {
    if (this.open === undefined && generation > this.known) this.changed(generation);
  }

  private changed(generation: number): void {
    this.known = generation;
    for (const listener of this.listeners) listener();
  }
}
