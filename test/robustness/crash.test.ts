/**
 * Crash safety: a `plexus ingest` of a large corpus, killed with SIGKILL in the middle, leaves a
 * store that opens cleanly (on SQLite, passes its integrity check), holds every committed document
 * whole (its sentences, mentions and entities, exactly as an uninterrupted ingest stores them)
 * and no part of any other, keeps the curation rules made before, builds its graph, and takes the
 * rest of the corpus afterwards.
 */

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import SqliteReader from 'better-sqlite3';
import { openCorpus } from '../../server/corpus';
import type { CurationRule } from '#model/types';
import { readInputs } from '../../server/ingest';
import { isPostgresUrl } from '../../server/store/engine';
import { openEngine, Store } from '../../server/store/store';
import { testEngine } from '../helpers/engine';
import { freshStore } from '../helpers/store';
import { REPO } from '../api/harness';
import { generatedArticle } from './corpus-text';

/**
 * More documents than the ingest's first commit can hold (256, or half a second of work): the
 * kill lands after that commit and before the last one however fast the machine is.
 */
const DOCUMENTS = 600;
/** Documents stored, and curated, before the ingest that is killed. */
const CURATED_BEFORE = 5;
/** Committed documents to wait for before the kill: well into the ingest, far from its end. */
const KILL_AFTER = CURATED_BEFORE + 20;

let dir: string;
let corpusDir: string;
let dbPath: string;
let seenBeforeKill = 0;
let childOutput = '';
let merkelId = '';
let scholzId = '';
let rulesBeforeKill: CurationRule[] = [];

/** Documents committed so far, read through a separate read-only connection (0 while the store is being created). */
function committedDocuments(): number {
  try {
    // An SQLite file is read without being made: the ingest makes it.
    const reader = isPostgresUrl(dbPath) ? openEngine(dbPath) : new SqliteReader(dbPath, { readonly: true, fileMustExist: true });
    try {
      return (reader.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      reader.close();
    }
  } catch {
    return 0;
  }
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plexus-crash-'));
  corpusDir = path.join(dir, 'corpus');
  fs.mkdirSync(corpusDir);
  for (let n = 1; n <= DOCUMENTS; n++) {
    fs.writeFileSync(path.join(corpusDir, `article-${String(n).padStart(4, '0')}.txt`), generatedArticle(n, 40));
  }
  dbPath = freshStore();

  // An analyst's work before the crash: a few documents, a rename and a merge.
  const curated = openCorpus({ dbPath });
  try {
    curated.ingest((await readInputs([corpusDir])).slice(0, CURATED_BEFORE).flatMap((result) => ('document' in result ? [result.document] : [])));
    const idOf = (label: string): string => {
      const node = curated.graph().nodes.find((candidate) => candidate.attributes.label === label);
      if (!node) throw new Error(`no entity labelled ${label}`);
      return node.key;
    };
    merkelId = idOf('Angela Merkel');
    scholzId = idOf('Olaf Scholz');
    curated.curate({ action: 'rename', entity: merkelId, label: 'Chancellor Merkel' });
    curated.curate({ action: 'merge', entity: scholzId, into: merkelId });
    rulesBeforeKill = curated.curationRules();
  } finally {
    curated.close();
  }

  // The real command line, from the sources, in its own process.
  const child = spawn(
    process.execPath,
    ['-r', path.join(REPO, 'test', 'helpers', 'ts-register.js'), path.join(REPO, 'server', 'cli', 'main.ts'), 'ingest', corpusDir, '--db', dbPath],
    { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.on('data', (chunk: Buffer) => (childOutput += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (childOutput += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));

  const deadline = Date.now() + 90_000;
  while (seenBeforeKill < KILL_AFTER) {
    if (child.exitCode !== null) throw new Error(`the ingest ended before it could be killed:\n${childOutput}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the ingest committed only ${seenBeforeKill} documents in time:\n${childOutput}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    seenBeforeKill = committedDocuments();
  }
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
}, 120_000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

// The crash is the engine's under test; SQLite's own checks of its file run only when it is SQLite.
(testEngine() === 'sqlite' ? describe : describe.skip)('after SIGKILL in the middle of an ingest, the SQLite file (SQLite only)', () => {
  it('opens cleanly with the real code and passes the integrity and foreign-key checks', () => {
    const store = new Store(dbPath);
    try {
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(store.db.pragma('foreign_key_check')).toEqual([]);
      expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      store.close();
    }
  });
});

describe('after SIGKILL in the middle of an ingest', () => {
  it('holds every document committed before the kill, and not the whole corpus', () => {
    const store = new Store(dbPath);
    try {
      const count = store.documents.list().length;
      expect(count).toBeGreaterThanOrEqual(seenBeforeKill);
      expect(count).toBeLessThan(DOCUMENTS);
    } finally {
      store.close();
    }
  });

  it('has no orphan rows: every sentence and mention belongs to a document, every mention to an entity', () => {
    const db = openEngine(dbPath);
    try {
      const orphans = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
      expect(orphans('SELECT count(*) AS n FROM sentences WHERE doc_id NOT IN (SELECT id FROM documents)')).toBe(0);
      expect(orphans('SELECT count(*) AS n FROM mentions WHERE doc_id NOT IN (SELECT id FROM documents)')).toBe(0);
      expect(orphans('SELECT count(*) AS n FROM mentions WHERE entity_id NOT IN (SELECT id FROM entities)')).toBe(0);
      expect(orphans('SELECT count(*) AS n FROM entity_keys WHERE entity_id NOT IN (SELECT id FROM entities)')).toBe(0);
      expect(
        orphans('SELECT count(*) AS n FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.doc_id = m.doc_id AND s.idx = m.sentence)'),
      ).toBe(0);
      // Only an entity that curation merged away may be left without mentions.
      expect(
        orphans(
          `SELECT count(*) AS n FROM entities e WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)
           AND e.id NOT IN (SELECT id FROM curated_entities WHERE shown = 0)`,
        ),
      ).toBe(0);
      expect(orphans('SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.doc_id = d.id)')).toBe(0);
    } finally {
      db.close();
    }
  });

  it('holds each committed document whole: the same sentences and mentions as an uninterrupted ingest', async () => {
    const crashed = new Store(dbPath);
    const referencePath = freshStore('reference');
    const reference = openCorpus({ dbPath: referencePath });
    try {
      const stored = crashed.documents.list();
      // `plexus ingest` takes a folder's files in path order: what was committed is a prefix of it.
      const inputs = (await readInputs([corpusDir])).flatMap((result) => ('document' in result ? [result.document] : []));
      expect(stored.map((document) => document.sourcePath)).toEqual(inputs.slice(0, stored.length).map((input) => input.sourcePath));
      reference.ingest(inputs.slice(0, stored.length));
      const expected = new Store(referencePath);
      try {
        for (const [i, summary] of stored.entries()) {
          const got = crashed.documents.get(summary.id);
          const want = expected.documents.get(i + 1);
          if (!got || !want) throw new Error(`document ${summary.id} is missing`);
          expect(got.text).toBe(want.text);
          expect(got.sentences).toEqual(want.sentences);
          expect(got.mentions.map((m) => [m.begin, m.end, m.text, m.type, m.role])).toEqual(want.mentions.map((m) => [m.begin, m.end, m.text, m.type, m.role]));
          expect(got.summary.words).toBe(want.summary.words);
          expect(got.mentions.length).toBeGreaterThan(0);
        }
      } finally {
        expected.close();
      }
    } finally {
      reference.close();
      crashed.close();
    }
  }, 60_000);

  it('keeps the curation rules made before the crash, and applied them to the documents ingested after', () => {
    const corpus = openCorpus({ dbPath });
    try {
      expect(rulesBeforeKill).toHaveLength(2);
      expect(corpus.curationRules()).toEqual(rulesBeforeKill);
      const graph = corpus.graph();
      expect(graph.nodes.find((node) => node.key === merkelId)?.attributes.label).toBe('Chancellor Merkel');
      expect(graph.nodes.some((node) => node.key === scholzId)).toBe(false);
    } finally {
      corpus.close();
    }
    const db = openEngine(dbPath);
    try {
      // Olaf Scholz is named in documents the killed ingest added: each of his mentions went to Merkel.
      const later = db
        .prepare(`SELECT count(*) AS n, sum(CASE WHEN entity_id = ? THEN 1 ELSE 0 END) AS merged FROM mentions WHERE text = 'Olaf Scholz' AND doc_id > ?`)
        .get(merkelId, CURATED_BEFORE) as { n: number; merged: number };
      expect(later.n).toBeGreaterThan(0);
      expect(later.merged).toBe(later.n);
    } finally {
      db.close();
    }
  });

  it('builds the graph, and takes the rest of the corpus on the next ingest, each document once', async () => {
    const corpus = openCorpus({ dbPath });
    try {
      const before = corpus.stats();
      const graph = corpus.graph();
      expect(graph.nodes.length).toBe(before.entities);
      expect(graph.nodes.length).toBeGreaterThan(0);
      expect(graph.edges.length).toBeGreaterThan(0);

      const inputs = (await readInputs([corpusDir])).flatMap((result) => ('document' in result ? [result.document] : []));
      const outcomes = corpus.ingest(inputs);
      expect(outcomes.filter((outcome) => outcome.status === 'duplicate')).toHaveLength(before.documents);
      expect(outcomes.filter((outcome) => outcome.status === 'added')).toHaveLength(DOCUMENTS - before.documents);
      expect(corpus.stats().documents).toBe(DOCUMENTS);
    } finally {
      corpus.close();
    }
  }, 90_000);
});
