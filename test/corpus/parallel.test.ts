/**
 * The parallel ingest: extraction in worker threads, one writer. Worker threads load compiled
 * JavaScript, so the sources are compiled into test-artifacts/ first (as the compiled CLI test
 * does) and the corpus is opened from there. It must store what the single-threaded ingest stores.
 */
import fs from 'node:fs';
import path from 'node:path';
import { benchCorpus } from '../../bench/corpus';
import { INGEST_BATCH } from '../../server/corpus';
import type { openCorpus as OpenCorpus } from '../../server/corpus';
import type { DocumentInput } from '#model/types';
import { compileServer } from '../helpers/compile';
import { checkpointed, demoDocuments, REPO, turnsDuring } from '../helpers/fixtures';
import { freshStore, sqliteStore } from '../helpers/store';

const BUILD = path.join(REPO, 'test-artifacts', 'parallel-build');
const COMPILED = path.join(BUILD, 'server', 'corpus', 'index.js');

let openCompiled: typeof OpenCorpus;

beforeAll(() => {
  compileServer(BUILD);
  expect(fs.existsSync(COMPILED)).toBe(true);
  // The compiled module, as the CLI and the benchmarks run it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled file, loaded at run time
  const compiled: { openCorpus: typeof OpenCorpus } = require(COMPILED);
  openCompiled = compiled.openCorpus;
}, 180_000);

function inputs(): DocumentInput[] {
  const demo = demoDocuments();
  return [...demo, ...benchCorpus(60, { seed: 11, words: 250 }), demo[0]];
}

describe('ingestParallel', () => {
  it('stores the same documents, entities and links as ingest, in input order, with two workers', async () => {
    const serial = openCompiled({ dbPath: freshStore('serial') });
    const parallel = openCompiled({ dbPath: freshStore('parallel') });
    try {
      const expected = serial.ingest(inputs());
      const progress: string[] = [];
      const outcomes = await parallel.ingestParallel(inputs(), { workers: 2, onProgress: (o, done) => progress.push(`${done} ${o.source}`) });
      expect(outcomes.map((o) => [o.status, o.source])).toEqual(expected.map((o) => [o.status, o.source]));
      expect(outcomes[outcomes.length - 1].status).toBe('duplicate');
      expect(progress).toHaveLength(63);
      expect(parallel.graph()).toEqual(serial.graph());
      expect(parallel.stats()).toEqual(serial.stats());
      const id = parallel.graph().nodes[0].key;
      expect(parallel.entity(id)).toEqual(serial.entity(id));
    } finally {
      serial.close();
      parallel.close();
    }
  }, 120_000);

  it('stores the same with one worker, the writer extracting whenever the document it needs is still with the worker', async () => {
    const serial = openCompiled({ dbPath: freshStore('serial') });
    const parallel = openCompiled({ dbPath: freshStore('parallel') });
    try {
      const expected = serial.ingest(inputs());
      const outcomes = await parallel.ingestParallel(inputs(), { workers: 1 });
      expect(outcomes.map((o) => [o.status, o.source])).toEqual(expected.map((o) => [o.status, o.source]));
      expect(parallel.graph()).toEqual(serial.graph());
      expect(parallel.stats()).toEqual(serial.stats());
    } finally {
      serial.close();
      parallel.close();
    }
  }, 120_000);

  it('copies its WAL back into the database file at the end of a long ingest, as ingest does (SQLite only)', async () => {
    const file = sqliteStore('long');
    const corpus = openCompiled({ dbPath: file });
    try {
      const outcomes = await corpus.ingestParallel(benchCorpus(INGEST_BATCH + 20, { seed: 3, words: 60 }), { workers: 1 });
      expect(outcomes.filter((o) => o.status === 'added')).toHaveLength(INGEST_BATCH + 20);
      expect(checkpointed(file)).toBe(true);
    } finally {
      corpus.close();
    }
  }, 120_000);
});

describe('ingestInBackground (the server uploads)', () => {
  it('stores, upload by upload, what ingest stores', async () => {
    const serial = openCompiled({ dbPath: freshStore('serial') });
    const background = openCompiled({ dbPath: freshStore('background') });
    try {
      const expected = inputs().flatMap((input) => serial.ingest([input]));
      const outcomes = [];
      for (const input of inputs()) outcomes.push(...(await background.ingestInBackground([input])));
      expect(outcomes.map((o) => [o.status, o.source])).toEqual(expected.map((o) => [o.status, o.source]));
      expect(background.graph()).toEqual(serial.graph());
      expect(background.stats()).toEqual(serial.stats());
    } finally {
      serial.close();
      background.close();
    }
  }, 120_000);

  it('stores each of many uploads sent at once exactly once', async () => {
    const corpus = openCompiled({ dbPath: freshStore('background') });
    try {
      const docs = [...benchCorpus(12, { seed: 5, words: 200 })];
      const answers = await Promise.all([...docs, docs[3]].map((doc) => corpus.ingestInBackground([doc])));
      const statuses = answers.map(([outcome]) => outcome.status);
      expect(statuses.filter((s) => s === 'added')).toHaveLength(12);
      expect(statuses.filter((s) => s === 'duplicate')).toHaveLength(1);
      expect(corpus.stats().documents).toBe(12);
    } finally {
      corpus.close();
    }
  }, 120_000);

  it('leaves this thread free to do other work while the texts are extracted', async () => {
    const corpus = openCompiled({ dbPath: freshStore('background') });
    try {
      // The worker is started, and ready, with a first upload.
      await corpus.ingestInBackground([...benchCorpus(1, { seed: 6, words: 100 })]);
      const { result: outcomes, turns } = await turnsDuring(() => corpus.ingestInBackground([...benchCorpus(40, { seed: 7, words: 800 }, 1)]));
      expect(outcomes.filter((o) => o.status === 'added')).toHaveLength(39);
      // Extracted here, the forty texts would have taken one turn of the event loop.
      expect(turns).toBeGreaterThan(20);
    } finally {
      corpus.close();
    }
  }, 120_000);
});
