/** Schema migrations on the engine under test: an older store is brought up to date in place, a newer one refused. */
import { statementKey } from '../../server/graph/statements';
import { MIGRATIONS, migrate } from '../../server/store/migrations';
import { openEngine, Store } from '../../server/store/store';
import { freshStore, sqliteStore } from '../helpers/store';

describe('migrations', () => {
  it('upgrades a store of schema 4: its documents stay, with no URL and no author', () => {
    const file = freshStore();
    const old = openEngine(file);
    migrate(
      old,
      MIGRATIONS.filter((migration) => migration.version <= 4),
    );
    old.exec(`INSERT INTO documents (id, hash, title, source_path, outlet, date, text, words, ingested_at)
      VALUES (1, 'h1', 'T', 't.txt', 'Reuters', '2015-09-04', 'Putin spoke.', 2, '2025-01-01');`);
    old.close();
    const store = new Store(file);
    expect(store.documents.list()).toEqual([expect.objectContaining({ title: 'T', outlet: 'Reuters', date: '2015-09-04', url: null, author: null })]);
    store.close();
  });

  it('upgrades a store of schema 7: each long sentence stored gets its statement key, read from the text', () => {
    const file = freshStore();
    const old = openEngine(file);
    migrate(
      old,
      MIGRATIONS.filter((migration) => migration.version <= 7),
    );
    const text = 'Putin spoke. Vladimir Putin met Bashar al-Assad in Moscow on Tuesday.';
    old.exec(`INSERT INTO documents (id, hash, title, source_path, text, words, ingested_at) VALUES (1, 'h1', 'T', 't.txt', '${text}', 12, '2025-01-01');
      INSERT INTO sentences (doc_id, idx, paragraph, begin, "end") VALUES (1, 0, 0, 0, 12), (1, 1, 0, 13, ${text.length});`);
    old.close();
    const store = new Store(file);
    const keys = store.engine.prepare('SELECT statement FROM sentences ORDER BY idx').pluck().all();
    expect(keys).toEqual([null, statementKey(text.slice(13))]);
    expect(keys[1]).toEqual(expect.any(String));
    store.close();
  });

  it('upgrades a store of schema 1 in place: its documents stay, each mention keeps its entity as the resolver gave it', () => {
    const file = freshStore();
    const old = openEngine(file);
    migrate(old, MIGRATIONS.slice(0, 1));
    old.exec(`INSERT INTO documents (id, hash, title, source_path, text, words, ingested_at) VALUES (1, 'h1', 'T', 't.txt', 'Putin spoke.', 2, '2025-01-01');
      INSERT INTO sentences VALUES (1, 0, 0, 0, 12);
      INSERT INTO entities VALUES ('putin', 'Putin', 'PERSON', 0);
      INSERT INTO mentions (doc_id, sentence, paragraph, begin, "end", text, name, type, role, source, entity_id)
        VALUES (1, 0, 0, 0, 5, 'Putin', 'Putin', 'PERSON', 'subject', 'text', 'putin');`);
    old.close();
    const store = new Store(file);
    expect(store.engine.schemaVersion()).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
    expect(store.documents.list().map((d) => d.title)).toEqual(['T']);
    expect(store.engine.prepare('SELECT entity_id, resolved_id FROM mentions').all()).toEqual([{ entity_id: 'putin', resolved_id: 'putin' }]);
    expect(store.graph.nodes()).toEqual([{ id: 'putin', label: 'Putin', type: 'PERSON', mentions: 1, documents: 1, reports: 0 }]);
    store.close();
  });

  it('refuses a store written by a newer version, and leaves it untouched', () => {
    const file = freshStore();
    const db = openEngine(file);
    db.setSchemaVersion(99);
    expect(() => migrate(db)).toThrow(/newer Plexus/);
    expect(db.schemaVersion()).toBe(99);
    db.close();
  });
});

describe('the mentions index of an SQLite file (SQLite only)', () => {
  it("indexes the resolver's entity of a mention only where one is recorded, and finds mentions by it through that index", () => {
    const store = new Store(sqliteStore());
    const index = store.db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'mentions_resolved'`).get() as { sql: string };
    expect(index.sql).toMatch(/WHERE resolved_id IS NOT NULL/);
    const plan = store.db.prepare('EXPLAIN QUERY PLAN UPDATE mentions SET resolved_id = ? WHERE resolved_id = ?').all('a', 'b') as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' ')).toMatch(/USING INDEX mentions_resolved/);
    store.close();
  });
});
