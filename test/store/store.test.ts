import path from 'node:path';
import Database from 'better-sqlite3';
import { statementKey } from '../../server/graph/statements';
import { MIGRATIONS, migrate } from '../../server/store/migrations';
import { Store } from '../../server/store/store';
import { checkpointed, tempDir } from '../helpers/fixtures';

const doc = { title: 'T', text: 'Putin spoke.', sourcePath: 't.txt' };
const sentences = [{ index: 0, paragraph: 0, begin: 0, end: 12 }];
const mentions = [
  { begin: 0, end: 5, text: 'Putin', type: 'PERSON' as const, sentence: 0, role: 'subject' as const, source: 'text' as const, name: 'Putin', entity: 'putin' },
];

describe('Store', () => {
  it('creates the schema at the latest version and keeps data across reopening', () => {
    const file = path.join(tempDir(), 'p.db');
    const store = new Store(file);
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
    store.transaction(() => store.insertDocument(doc, 'h1', 2, sentences, mentions));
    store.close();
    const again = new Store(file);
    expect(again.documents().map((d) => d.title)).toEqual(['T']);
    again.close();
  });

  it('keeps outlet, date, URL and author with the document, and gives them back for a reingest', () => {
    const store = new Store(path.join(tempDir(), 'p.db'));
    const described = { ...doc, outlet: 'IBTimes', date: '2015-09-04', url: 'https://www.ibtimes.com.au/putin', author: 'Jane Doe' };
    const inserted = store.transaction(() => store.insertDocument(described, 'h1', 2, sentences, mentions));
    expect(inserted).toMatchObject({ outlet: 'IBTimes', date: '2015-09-04', url: 'https://www.ibtimes.com.au/putin', author: 'Jane Doe' });
    expect(store.documents()).toEqual([inserted]);
    expect(store.transaction(() => store.takeDocumentsForReingest())).toEqual([described]);
    store.close();
  });

  it('upgrades a store of schema 4: its documents stay, with no URL and no author', () => {
    const file = path.join(tempDir(), 'p.db');
    const old = new Database(file);
    migrate(
      old,
      MIGRATIONS.filter((migration) => migration.version <= 4),
    );
    old.exec(`INSERT INTO documents (id, hash, title, source_path, outlet, date, text, words, ingested_at)
      VALUES (1, 'h1', 'T', 't.txt', 'Reuters', '2015-09-04', 'Putin spoke.', 2, '2025-01-01');`);
    old.close();
    const store = new Store(file);
    expect(store.documents()).toEqual([expect.objectContaining({ title: 'T', outlet: 'Reuters', date: '2015-09-04', url: null, author: null })]);
    store.close();
  });

  it('upgrades a store of schema 7: each long sentence stored gets its statement key, read from the text', () => {
    const file = path.join(tempDir(), 'p.db');
    const old = new Database(file);
    migrate(
      old,
      MIGRATIONS.filter((migration) => migration.version <= 7),
    );
    const text = 'Putin spoke. Vladimir Putin met Bashar al-Assad in Moscow on Tuesday.';
    old.exec(`INSERT INTO documents (id, hash, title, source_path, text, words, ingested_at) VALUES (1, 'h1', 'T', 't.txt', '${text}', 12, '2025-01-01');
      INSERT INTO sentences (doc_id, idx, paragraph, begin, end) VALUES (1, 0, 0, 0, 12), (1, 1, 0, 13, ${text.length});`);
    old.close();
    const store = new Store(file);
    const keys = store.db.prepare('SELECT statement FROM sentences ORDER BY idx').pluck().all();
    expect(keys).toEqual([null, statementKey(text.slice(13))]);
    expect(keys[1]).toEqual(expect.any(String));
    store.close();
  });

  it('shows only the file name of an absolute path that an older store kept', () => {
    const store = new Store(path.join(tempDir(), 'p.db'));
    store.transaction(() => store.insertDocument({ ...doc, sourcePath: '/home/analyst/news/t.txt' }, 'h1', 2, sentences, mentions));
    expect(store.documents().map((d) => d.sourcePath)).toEqual(['t.txt']);
    store.close();
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
        store.insertDocument(doc, 'h1', 2, sentences, mentions);
        throw new Error('interrupted');
      }),
    ).toThrow('interrupted');
    expect(store.documents()).toEqual([]);
    expect(store.counts().mentions).toBe(0);
    store.close();
  });

  it('upgrades a store of schema 1 in place: its documents stay, each mention keeps its entity as the resolver gave it', () => {
    const file = path.join(tempDir(), 'p.db');
    const old = new Database(file);
    migrate(old, MIGRATIONS.slice(0, 1));
    old.exec(`INSERT INTO documents (id, hash, title, source_path, text, words, ingested_at) VALUES (1, 'h1', 'T', 't.txt', 'Putin spoke.', 2, '2025-01-01');
      INSERT INTO sentences VALUES (1, 0, 0, 0, 12);
      INSERT INTO entities VALUES ('putin', 'Putin', 'PERSON', 0);
      INSERT INTO mentions (doc_id, sentence, paragraph, begin, end, text, name, type, role, source, entity_id)
        VALUES (1, 0, 0, 0, 5, 'Putin', 'Putin', 'PERSON', 'subject', 'text', 'putin');`);
    old.close();
    const store = new Store(file);
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS[MIGRATIONS.length - 1].version);
    expect(store.documents().map((d) => d.title)).toEqual(['T']);
    expect(store.db.prepare('SELECT entity_id, resolved_id FROM mentions').all()).toEqual([{ entity_id: 'putin', resolved_id: 'putin' }]);
    expect(store.nodes()).toEqual([{ id: 'putin', label: 'Putin', type: 'PERSON', mentions: 1, documents: 1, reports: 0 }]);
    store.close();
  });

  it("indexes the resolver's entity of a mention only where one is recorded, and finds mentions by it through that index", () => {
    const store = new Store(path.join(tempDir(), 'p.db'));
    const index = store.db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'mentions_resolved'`).get() as { sql: string };
    expect(index.sql).toMatch(/WHERE resolved_id IS NOT NULL/);
    const plan = store.db.prepare('EXPLAIN QUERY PLAN UPDATE mentions SET resolved_id = ? WHERE resolved_id = ?').all('a', 'b') as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' ')).toMatch(/USING INDEX mentions_resolved/);
    store.close();
  });

  it('gives back the summary of a document it stores, as it reads it afterwards', () => {
    const store = new Store(path.join(tempDir(), 'p.db'));
    const reported = mentions[0];
    const stored = store.transaction(() =>
      store.insertDocument({ ...doc, outlet: 'Reuters', date: '2025-01-02' }, 'h1', 2, sentences, [...mentions, { ...reported, source: 'pronoun' as const }]),
    );
    expect(stored.mentions).toBe(1);
    expect(stored).toEqual(store.documentSummary(stored.id));
    store.close();
  });

  it('counts for each entity, as curated, its mentions in the text, the documents it is in and the sentences citing it as a source, in id order', () => {
    const store = new Store(path.join(tempDir(), 'p.db'));
    const text = { ...doc, text: 'Putin spoke to Reuters.' };
    const sentence = [{ ...sentences[0], end: 23 }];
    const putin = mentions[0];
    const reuters = {
      begin: 15,
      end: 22,
      text: 'Reuters',
      type: 'OUTLET' as const,
      sentence: 0,
      role: 'reporting' as const,
      source: 'text' as const,
      name: 'Reuters',
      entity: 'reuters',
    };
    store.transaction(() => {
      store.applyLink({
        ids: [],
        created: [
          { id: 'reuters', label: 'Reuters', type: 'OUTLET', canonical: true },
          { id: 'putin', label: 'Putin', type: 'PERSON', canonical: false },
          { id: 'assad', label: 'Assad', type: 'PERSON', canonical: false },
        ],
        relabelled: [],
        keys: [],
        merged: [],
      });
      // Twice in the first document, once as a pronoun ('he'), which is no mention in the text.
      store.insertDocument(text, 'h1', 4, sentence, [putin, { ...putin, begin: 6, end: 11, text: 'spoke', source: 'pronoun' as const }, reuters]);
      store.insertDocument({ ...text, title: 'U' }, 'h2', 4, sentence, [putin, { ...reuters, role: 'subject' as const }]);
    });
    expect(store.nodes()).toEqual([
      { id: 'assad', label: 'Assad', type: 'PERSON', mentions: 0, documents: 0, reports: 0 },
      { id: 'putin', label: 'Putin', type: 'PERSON', mentions: 2, documents: 2, reports: 0 },
      { id: 'reuters', label: 'Reuters', type: 'OUTLET', mentions: 2, documents: 2, reports: 1 },
    ]);
    // Curated: Putin relabelled, Reuters hidden, and an entity a split made, with no mentions yet.
    store.db.exec(`INSERT INTO curated_entities (id, label, type, shown, created) VALUES
      ('putin', 'Vladimir Putin', NULL, 1, 0), ('reuters', NULL, NULL, 0, 0), ('putin.2', 'Putin (2)', 'PERSON', 1, 1)`);
    expect(store.nodes()).toEqual([
      { id: 'assad', label: 'Assad', type: 'PERSON', mentions: 0, documents: 0, reports: 0 },
      { id: 'putin', label: 'Vladimir Putin', type: 'PERSON', mentions: 2, documents: 2, reports: 0 },
      { id: 'putin.2', label: 'Putin (2)', type: 'PERSON', mentions: 0, documents: 0, reports: 0 },
    ]);
    store.close();
  });

  it('refuses a store written by a newer version, and leaves it untouched', () => {
    const file = path.join(tempDir(), 'p.db');
    const db = new Database(file);
    db.pragma('user_version = 99');
    expect(() => migrate(db)).toThrow(/newer Plexus/);
    expect(db.pragma('user_version', { simple: true })).toBe(99);
    db.close();
  });

  it('moves mentions and names of a merged entity to the entity it joins, and records why', () => {
    const store = new Store(path.join(tempDir(), 'p.db'));
    store.transaction(() => {
      store.applyLink({
        ids: [],
        created: [
          { id: 'putin', label: 'Putin', type: 'PERSON', canonical: false },
          { id: 'vladimir-putin', label: 'Vladimir Putin', type: 'PERSON', canonical: false },
        ],
        relabelled: [],
        keys: [{ key: 'PERSON|putin', entity: 'putin', reason: 'same-name' }],
        merged: [],
      });
      store.insertDocument(doc, 'h1', 2, sentences, mentions);
      store.mergeEntities('putin', 'vladimir-putin', 'surname');
    });
    expect(store.aliases('vladimir-putin')).toEqual([{ name: 'Putin', count: 1 }]);
    expect(store.registryRows().merges).toEqual([{ from: 'putin', into: 'vladimir-putin' }]);
    expect(store.namesWithReasons('vladimir-putin')).toEqual([{ key: 'PERSON|putin', reason: 'same-name' }]);
    store.close();
  });

  it('checkpoints less often during a long ingest, and copies the WAL back into the database when it ends', () => {
    const file = path.join(tempDir(), 'p.db');
    const store = new Store(file);
    const normal = store.db.pragma('wal_autocheckpoint', { simple: true }) as number;
    store.beginBulkWrites();
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBeGreaterThan(normal);
    store.transaction(() => store.insertDocument(doc, 'h1', 2, sentences, mentions));
    expect(checkpointed(file)).toBe(false);
    store.endBulkWrites();
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(normal);
    expect(checkpointed(file)).toBe(true);
    expect(store.documents().map((d) => d.title)).toEqual(['T']);
    store.close();
  });
});
