/**
 * A long ingest (more documents than one transaction takes) leaves its store checkpointed: every
 * page in the database file, so that the next writer does not pay for the ingest's WAL, and a
 * short ingest (an upload of one document) does not checkpoint at all.
 */
import path from 'node:path';
import { benchCorpus } from '../../bench/corpus';
import { INGEST_BATCH, openCorpus } from '../../server/corpus';
import { checkpointed, tempDir } from '../helpers/fixtures';

describe('ingest and checkpoints of an SQLite file (SQLite only)', () => {
  it('copies the WAL back into the database file at the end of a long ingest', () => {
    const file = path.join(tempDir(), 'long.db');
    const corpus = openCorpus({ dbPath: file });
    try {
      const outcomes = corpus.ingest(benchCorpus(INGEST_BATCH + 20, { seed: 3, words: 60 }));
      expect(outcomes.filter((o) => o.status === 'added')).toHaveLength(INGEST_BATCH + 20);
      expect(checkpointed(file)).toBe(true);
      // Still a store that takes more.
      const [more] = corpus.ingest(benchCorpus(INGEST_BATCH + 21, { seed: 3, words: 60 }, INGEST_BATCH + 20));
      expect(more.status).toBe('added');
      expect(corpus.stats().documents).toBe(INGEST_BATCH + 21);
    } finally {
      corpus.close();
    }
  });

  it('leaves a one-document ingest in the WAL, as any small write, until a checkpoint is due', () => {
    const file = path.join(tempDir(), 'short.db');
    const corpus = openCorpus({ dbPath: file });
    try {
      corpus.ingest(benchCorpus(1, { seed: 3, words: 60 }));
      expect(checkpointed(file)).toBe(false);
    } finally {
      corpus.close();
    }
  });
});
