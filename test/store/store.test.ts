/** The store's file: its schema, WAL mode, transactions and checkpoints. */
import path from 'node:path';
import { MIGRATIONS } from '../../server/store/migrations';
import { Store } from '../../server/store/store';
import { checkpointed, tempDir } from '../helpers/fixtures';
import { doc, sentences, mentions } from './fixtures';

describe('Store', () => {
  it('creates the schema at the latest version and keeps data across reopening', () => {
    const file = path.join(tempDir(), 'p.db');
    const store = new Store(file);
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
    store.transaction(() => store.documents.insert(doc, 'h1', 2, sentences, mentions));
    store.close();
    const again = new Store(file);
    expect(again.documents.list().map((d) => d.title)).toEqual(['T']);
    again.close();
  });

  it('runs in WAL mode so that readers and a writer do not block each other', () => {
    const store = new Store(path.join(tempDir(), 'p.db'));
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    store.close();
  });

  it('stores all of a document or nothing of it', () => {
    const store = new Store(path.join(tempDir(), 'p.db'));
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

  it('checkpoints less often during a long ingest, and copies the WAL back into the database when it ends', () => {
    const file = path.join(tempDir(), 'p.db');
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
});
