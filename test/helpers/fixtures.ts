/** Shared test fixtures: the real lexicons, the demo articles, and temporary folders. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { loadLexicon, type Lexicon } from '../../server/extract/lexicon';

export const REPO = path.resolve(__dirname, '..', '..');
export const LEXICON_DIR = path.join(REPO, 'data', 'lexicons');
export const DEMO_DIR = path.join(REPO, 'data', 'corpus');

let lexicon: Lexicon | undefined;
export function realLexicon(): Lexicon {
  lexicon ??= loadLexicon(LEXICON_DIR);
  return lexicon;
}

export function demoArticles(): { name: string; text: string }[] {
  return fs
    .readdirSync(DEMO_DIR)
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(DEMO_DIR, name), 'utf8') }));
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
