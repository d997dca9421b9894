/**
 * Versioned schema migrations. The database's `user_version` says which have run; each migration
 * runs once, in its own transaction, in order. Never edit a released migration: add the next one.
 */
import type Database from 'better-sqlite3';
import { statementKey } from '../graph/statements';

export interface Migration {
  version: number;
  description: string;
  sql: string;
  /** What SQL cannot compute for the rows already stored, run after `sql` in the same transaction. */
  fill?: (db: Database.Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'documents, sentences, entities, names, mentions and merges',
    sql: `
      CREATE TABLE documents (
        id          INTEGER PRIMARY KEY,
        hash        TEXT NOT NULL UNIQUE,
        title       TEXT NOT NULL,
        source_path TEXT NOT NULL,
        outlet      TEXT,
        date        TEXT,
        text        TEXT NOT NULL,
        words       INTEGER NOT NULL,
        ingested_at TEXT NOT NULL
      );
      CREATE TABLE sentences (
        doc_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx       INTEGER NOT NULL,
        paragraph INTEGER NOT NULL,
        begin     INTEGER NOT NULL,
        end       INTEGER NOT NULL,
        PRIMARY KEY (doc_id, idx)
      ) WITHOUT ROWID;
      CREATE TABLE entities (
        id        TEXT PRIMARY KEY,
        label     TEXT NOT NULL,
        type      TEXT NOT NULL,
        canonical INTEGER NOT NULL DEFAULT 0
      );
      -- The names an entity is known by, normalised and scoped by type ('PERSON|putin').
      CREATE TABLE entity_keys (
        key       TEXT PRIMARY KEY,
        entity_id TEXT NOT NULL,
        reason    TEXT NOT NULL
      );
      CREATE INDEX entity_keys_entity ON entity_keys(entity_id);
      CREATE TABLE mentions (
        id        INTEGER PRIMARY KEY,
        doc_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        sentence  INTEGER NOT NULL,
        paragraph INTEGER NOT NULL,
        begin     INTEGER NOT NULL,
        end       INTEGER NOT NULL,
        text      TEXT NOT NULL,
        name      TEXT NOT NULL,
        type      TEXT NOT NULL,
        role      TEXT NOT NULL,
        source    TEXT NOT NULL,
        refers_to TEXT,
        entity_id TEXT NOT NULL
      );
      CREATE INDEX mentions_entity ON mentions(entity_id, doc_id, sentence);
      CREATE INDEX mentions_doc ON mentions(doc_id, sentence);
      -- Why two entities became one; kept so that the explorer can show it.
      CREATE TABLE merges (
        from_id TEXT NOT NULL,
        into_id TEXT NOT NULL,
        reason  TEXT NOT NULL,
        at      TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    description: "curation rules, the resolver's entity of each mention, and the entities curation changes",
    sql: `
      -- What people decided (merge, split, rename, retype, hide), applied in id order over the resolver's answer.
      CREATE TABLE curation_rules (
        id      INTEGER PRIMARY KEY,
        action  TEXT NOT NULL,
        entity  TEXT NOT NULL,
        into_id TEXT,
        alias   TEXT,
        label   TEXT,
        type    TEXT,
        created TEXT,
        at      TEXT NOT NULL
      );
      -- mentions.entity_id is the entity after curation; resolved_id keeps the resolver's, so that
      -- the rules can be applied again (after an undo, or to a document ingested later). NULL: a
      -- mention written while no rule applied, whose entity_id is the resolver's.
      ALTER TABLE mentions ADD COLUMN resolved_id TEXT;
      UPDATE mentions SET resolved_id = entity_id;
      CREATE INDEX mentions_resolved ON mentions(resolved_id);
      -- Derived from the rules each time they change: labels, types, the stop list, entities merged
      -- away by a person (shown = 0) and the entities splits made (created = 1).
      CREATE TABLE curated_entities (
        id      TEXT PRIMARY KEY,
        label   TEXT,
        type    TEXT,
        shown   INTEGER NOT NULL,
        created INTEGER NOT NULL
      );
    `,
  },
  {
    version: 3,
    description: "the resolver's entity of a mention is indexed only where it is recorded",
    sql: `
      -- resolved_id is NULL for every mention written while no curation rule applied, which is
      -- nearly all of them: indexing those NULLs cost every insert and answered no query
      -- (the queries ask for resolved_id = ?, which implies it is not NULL).
      DROP INDEX mentions_resolved;
      CREATE INDEX mentions_resolved ON mentions(resolved_id) WHERE resolved_id IS NOT NULL;
    `,
  },
  {
    version: 4,
    description: 'the store records the extractor version that made it, and the title written with each mention',
    sql: `
      CREATE TABLE store_info (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      ALTER TABLE mentions ADD COLUMN title TEXT;
    `,
  },
  {
    version: 5,
    description: 'the address a document was published at',
    sql: `
      -- NULL for documents stored before, and for those whose metadata gives none.
      ALTER TABLE documents ADD COLUMN url TEXT;
    `,
  },
  {
    version: 6,
    description: 'the map the analyst arranged',
    sql: `
      -- Where each entity was when the analyst last stopped the layout, in the explorer's graph coordinates.
      CREATE TABLE layout_positions (
        entity_id TEXT PRIMARY KEY,
        x         REAL NOT NULL,
        y         REAL NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 7,
    description: 'the source of each document date',
    sql: `
      -- NULL for documents stored before, and for those without a date.
      ALTER TABLE documents ADD COLUMN date_source TEXT;
    `,
  },
  {
    version: 8,
    description: "each sentence's statement key, so that a sentence copied into several documents counts once",
    sql: `
      -- NULL: a sentence too short to be taken for a copy (graph/statements.ts).
      ALTER TABLE sentences ADD COLUMN statement TEXT;
      CREATE INDEX sentences_statement ON sentences(statement) WHERE statement IS NOT NULL;
    `,
    fill: fillStatementKeys,
  },
  {
    version: 9,
    description: 'who wrote a document',
    sql: `
      -- NULL for documents stored before, and for those whose metadata names nobody.
      ALTER TABLE documents ADD COLUMN author TEXT;
    `,
  },
];

/** The statement key of every sentence stored, read from its document's text. */
function fillStatementKeys(db: Database.Database): void {
  const documents = db.prepare('SELECT id, text FROM documents').iterate() as Iterable<{ id: number; text: string }>;
  const sentences = db.prepare('SELECT idx, begin, end FROM sentences WHERE doc_id = ?');
  const update = db.prepare('UPDATE sentences SET statement = ? WHERE doc_id = ? AND idx = ?');
  // Read apart from the writes: SQLite forbids writing a table while a statement still reads it.
  const keys: [string, number, number][] = [];
  for (const { id, text } of documents) {
    for (const s of sentences.all(id) as { idx: number; begin: number; end: number }[]) {
      const key = statementKey(text.slice(s.begin, s.end));
      if (key !== undefined) keys.push([key, id, s.idx]);
    }
  }
  for (const [key, id, idx] of keys) update.run(key, id, idx);
}

export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length > 0 ? migrations[migrations.length - 1].version : 0;
  if (current > latest) {
    throw new Error(`the store was written by a newer Plexus (schema ${current}, this version knows ${latest}); upgrade Plexus`);
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      migration.fill?.(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return latest;
}
