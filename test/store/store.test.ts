/** The store: its schema and transactions on the engine under test; an SQLite file's WAL mode and checkpoints. */
import { MIGRATIONS } from '../../server/store/migrations';
import { Store } from '../../server/store/store';
import { checkpointed } from '../helpers/fixtures';
import { doc, sentences, mentions } from './fixtures';
import { freshStore, sqliteStore } from '../helpers/store';

describe('Store', () => {
  it('creates the schema at the latest version and keeps data across reopening', () => {
    const file = freshStore();
    const store = new Store(file);
    expect(store.engine.schemaVersion()).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
    store.transaction(() => store.documents.insert(doc, 'h1', 2, sentences, mentions));
    store.close();
    const again = new Store(file);
    expect(again.documents.list().map((d) => d.title)).toEqual(['T']);
    again.close();
  });

  it('stores all of a document or nothing of it', () => {
    const store = new Store(freshStore());
    expect(() =>
      store.transaction(() => {
        store.documents.insert(doc, 'h1', 2, sentences, mentions);
        throw new Error('interrupted');
      }),
    ).toThrow('interrupted');
    expect(store.documents.list()).toEqual([]);
    expect(store.documents.counts().mentions).toBe(0);
    store.close();
  });

  it('reads in one snapshot within a read transaction: a document another connection commits meanwhile is in none of them', () => {
    const location = freshStore();
    const store = new Store(location);
    const other = new Store(location);
    try {
      const seen = store.engine.read(() => {
        const before = store.documents.list().length;
        other.transaction(() => other.documents.insert(doc, 'h1', 2, sentences, mentions));
        return [before, store.documents.list().length];
      });
      expect(seen).toEqual([0, 0]);
      expect(store.documents.list()).toHaveLength(1);
    } finally {
      other.close();
      store.close();
    }
  });

  it('iterates a result row by row, in order, and a loop left early leaves the connection free', () => {
    const store = new Store(freshStore());
    try {
      store.engine.exec('CREATE TABLE numbers (n integer NOT NULL)');
      const insert = store.engine.prepare('INSERT INTO numbers (n) VALUES (?)');
      store.transaction(() => {
        for (let n = 0; n < 2_500; n++) insert.run(n);
      });
      const all = store.engine.prepare('SELECT n FROM numbers ORDER BY n').pluck();
      expect([...all.iterate()]).toEqual(Array.from({ length: 2_500 }, (_, n) => n));
      const from = store.engine.prepare('SELECT n AS value FROM numbers WHERE n >= ? ORDER BY n');
      for (const row of from.iterate(10)) {
        expect(row).toEqual({ value: 10 });
        break;
      }
      expect(store.inTransaction).toBe(false);
      store.transaction(() => insert.run(2_500));
      expect(store.engine.prepare('SELECT count(*) FROM numbers').pluck().get()).toBe(2_501);
    } finally {
      store.close();
    }
  });
});

describe('the SQLite file (SQLite only)', () => {
  it('runs in WAL mode so that readers and a writer do not block each other', () => {
    const store = new Store(sqliteStore());
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    store.close();
  });

  it('checkpoints less often during a long ingest, and copies the WAL back into the database when it ends', () => {
    const file = sqliteStore();
    const store = new Store(file);
    const normal = store.db.pragma('wal_autocheckpoint', { simple: true }) as number;
    store.beginBulkWrites();
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBeGreaterThan(normal);
    store.transaction(() => store.documents.insert(doc, 'h1', 2, sentences, mentions));
    expect(checkpointed(file)).toBe(false);
    store.endBulkWrites();
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(normal);
    expect(checkpointed(file)).toBe(true);
    expect(store.documents.list().map((d) => d.title)).toEqual(['T']);
    store.close();
  });
  it('ends a long ingest inside a transaction (a reingest holds one) without a checkpoint, which SQLite refuses there', () => {
    const store = new Store(sqliteStore());
    store.transaction(() => {
      store.beginBulkWrites();
      store.documents.insert(doc, 'h1', 2, sentences, mentions);
      store.endBulkWrites();
    });
    expect(store.documents.list().map((d) => d.title)).toEqual(['T']);
    store.close();
  });
});
