/** Shared test fixtures: the real lexicons, the demo articles, and temporary folders. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { loadLexicon, type Lexicon } from '../../server/extract/lexicon';
import { parseDocument } from '../../server/ingest';
import type { DocumentInput } from '#model/types';
import type { SqlEngine } from '../../server/store/engine';
import { openEngine } from '../../server/store/store';

export const REPO = path.resolve(__dirname, '..', '..');
export const LEXICON_DIR = path.join(REPO, 'data', 'lexicons');
export const DEMO_DIR = path.join(REPO, 'data', 'corpus');

/** The demo articles as `plexus ingest data/corpus` reads them (text files, read as they are, without awaiting a reader). */
export function demoDocuments(): DocumentInput[] {
  return fs
    .readdirSync(DEMO_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => parseDocument(name, fs.readFileSync(path.join(DEMO_DIR, name)), path.join('corpus', name)));
}

let lexicon: Lexicon | undefined;
export function realLexicon(): Lexicon {
  lexicon ??= loadLexicon(LEXICON_DIR);
  return lexicon;
}

/** The demo articles' texts as extraction reads them: without the front matter that gives their outlet. */
export function demoArticles(): { name: string; text: string }[] {
  return fs
    .readdirSync(DEMO_DIR)
    .sort()
    .map((name) => ({ name, text: demoFrontMatter(fs.readFileSync(path.join(DEMO_DIR, name), 'utf8')).text }));
}

/**
 * A demo file split by hand (not by the ingest code under test) into its front matter and the
 * article's text: the text is the file as it was before it had metadata, and as the eval gold holds it.
 */
export function demoFrontMatter(file: string): { frontMatter: string; text: string } {
  const end = /^---\n[\s\S]*?\n---\n\n/.exec(file)?.[0] ?? '';
  return { frontMatter: end, text: file.slice(end.length) };
}

export function tempDir(prefix = 'plexus-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Whether every page of an open store is in its database file, none only in the WAL: so it is once
 * a checkpoint has copied the WAL back. Read through a connection of its own, as another process would.
 */
export function checkpointed(file: string): boolean {
  const db = new Database(file, { readonly: true });
  try {
    const pages = db.pragma('page_count', { simple: true }) as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    return fs.statSync(file).size >= pages * pageSize;
  } finally {
    db.close();
  }
}

/**
 * Makes the store refuse the mentions of the document titled `title`, as a full disk or a broken
 * constraint would refuse a write: a trigger, made through a connection of its own, that aborts the
 * insert half-way through the document (its entities, row and sentences already written).
 * The function it returns takes the trigger away again. `location`: an SQLite file or a postgres:// address.
 */
export function refuseMentionsOf(location: string, title: string): () => void {
  const quoted = `'${title.replace(/'/g, "''")}'`;
  const refusal = 'this document is refused by the test';
  const trigger = (kind: SqlEngine['kind']): string =>
    kind === 'sqlite'
      ? `CREATE TRIGGER refuse_mentions BEFORE INSERT ON mentions WHEN (SELECT title FROM documents WHERE id = NEW.doc_id) = ${quoted}
         BEGIN SELECT RAISE(ABORT, '${refusal}'); END`
      : `CREATE FUNCTION refuse_mentions() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
           IF (SELECT title FROM documents WHERE id = NEW.doc_id) = ${quoted} THEN RAISE EXCEPTION '${refusal}'; END IF;
           RETURN NEW; END $$;
         CREATE TRIGGER refuse_mentions BEFORE INSERT ON mentions FOR EACH ROW EXECUTE FUNCTION refuse_mentions()`;
  withEngine(location, (engine) => engine.exec(trigger(engine.kind)));
  return () =>
    withEngine(location, (engine) =>
      engine.exec(engine.kind === 'sqlite' ? 'DROP TRIGGER refuse_mentions' : 'DROP TRIGGER refuse_mentions ON mentions; DROP FUNCTION refuse_mentions()'),
    );
}

/** Runs `fn` on a connection of its own to a store, closed after. */
function withEngine<T>(location: string, fn: (engine: SqlEngine) => T): T {
  const engine = openEngine(location);
  try {
    return fn(engine);
  } finally {
    engine.close();
  }
}

/** Every stored row of a store but the times it was written at, read through a connection of its own, to compare two stores. */
export function storedRows(location: string): Record<string, unknown[]> {
  return withEngine(location, (db) => ({
    documents: db.prepare('SELECT id, hash, title, words FROM documents ORDER BY id').all(),
    sentences: db.prepare('SELECT * FROM sentences ORDER BY doc_id, idx').all(),
    mentions: db.prepare('SELECT * FROM mentions ORDER BY id').all(),
    entities: db.prepare('SELECT * FROM entities ORDER BY id').all(),
    keys: db.prepare('SELECT * FROM entity_keys ORDER BY key').all(),
    merges: db.prepare('SELECT from_id, into_id, reason FROM merges ORDER BY rowid').all(),
  }));
}

/**
 * How many turns the event loop took while `work` ran: a task that keeps the thread to itself lets
 * it take one at most, one that hands work elsewhere (a worker, a step at a time) many.
 */
export async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let ticking = true;
  const tick = (): void => {
    turns += 1;
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  try {
    return { result: await work(), turns };
  } finally {
    ticking = false;
  }
}
