/**
 * A document that cannot be stored is not stored at all, and costs the documents before it in the
 * same batch nothing: the batch is rolled back whole and they are stored again. The store refuses
 * the document for real (a trigger aborts its mention inserts half-way), not a stand-in.
 */
import { benchCorpus } from '../../bench/corpus';
import { openCorpus } from '../../server/corpus';
import type { DocumentInput } from '#model/types';
import { refuseMentionsOf, storedRows } from '../helpers/fixtures';
import { freshStore } from '../helpers/store';

const REFUSED = 'A document the store refuses';

/** Four documents of one batch, the third of which the store will refuse. */
function documents(): DocumentInput[] {
  const docs = [...benchCorpus(4, { seed: 17, words: 200 })];
  docs[2] = { ...docs[2], title: REFUSED };
  return docs;
}

describe('a document that fails to store', () => {
  it('leaves the store as if only the documents before it had been ingested, and then takes it again', () => {
    const docs = documents();
    const file = freshStore('refusing');
    const corpus = openCorpus({ dbPath: file });
    const allow = refuseMentionsOf(file, REFUSED);
    const reported: string[] = [];
    expect(() => corpus.ingest(docs, (outcome) => reported.push(outcome.status))).toThrow('this document is refused by the test');
    // The two before it were reported as they were stored; the refused one and the one after it were not.
    expect(reported).toEqual(['added', 'added']);

    const reference = freshStore('reference');
    const before = openCorpus({ dbPath: reference });
    before.ingest(docs.slice(0, 2));
    expect(storedRows(file)).toEqual(storedRows(reference));
    expect(corpus.stats()).toEqual(before.stats());
    expect(corpus.graphJson()).toBe(before.graphJson());

    // Once the store takes it, the same corpus goes on as if nothing had failed.
    allow();
    expect(corpus.ingest(docs.slice(2)).map((o) => o.status)).toEqual(['added', 'added']);
    before.ingest(docs.slice(2));
    expect(storedRows(file)).toEqual(storedRows(reference));
    expect(corpus.graphJson()).toBe(before.graphJson());
    corpus.close();
    before.close();
  });

  it('rolls back alone when it is the first of its batch', () => {
    const docs = documents().slice(2);
    const file = freshStore('first');
    const corpus = openCorpus({ dbPath: file });
    refuseMentionsOf(file, REFUSED);
    expect(() => corpus.ingest(docs)).toThrow('this document is refused by the test');
    expect(corpus.stats()).toMatchObject({ documents: 0, mentions: 0, entities: 0, edges: 0 });
    expect(storedRows(file)).toMatchObject({ documents: [], sentences: [], mentions: [], entities: [], keys: [] });
    corpus.close();
  });
});

describe('uploads stored together (ingestInBackground)', () => {
  it('fail only the upload whose document the store refuses; those around it are stored', async () => {
    const file = freshStore('uploads');
    const corpus = openCorpus({ dbPath: file });
    refuseMentionsOf(file, REFUSED);
    try {
      const [a, b, refused, c] = documents();
      // Sent in one turn of the event loop, the three uploads are stored in one transaction.
      const answers = await Promise.allSettled([corpus.ingestInBackground([a, b]), corpus.ingestInBackground([refused]), corpus.ingestInBackground([c])]);
      expect(answers.map((answer) => answer.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      const statuses = answers.map((answer) => (answer.status === 'fulfilled' ? answer.value.map((o) => o.status) : String(answer.reason)));
      expect(statuses[0]).toEqual(['added', 'added']);
      expect(statuses[1]).toMatch(/this document is refused by the test/);
      expect(statuses[2]).toEqual(['added']);
      expect(
        corpus
          .documents()
          .map((d) => d.title)
          .sort(),
      ).toEqual([a.title, b.title, c.title].sort());
    } finally {
      corpus.close();
    }
  });
});

describe('a document holding a NUL character', () => {
  it('is refused, in its text or any field, and the documents around it are stored (PostgreSQL text cannot hold one)', () => {
    const corpus = openCorpus({ dbPath: freshStore('nul') });
    try {
      const outcomes = corpus.ingest([
        { title: 'Clean', text: 'Angela Merkel met Emmanuel Macron in Berlin.', sourcePath: 'clean.txt' },
        { title: 'Binary', text: 'Angela Merkel\u0000 met Olaf Scholz.', sourcePath: 'binary.txt' },
        { title: 'Tit\u0000le', text: 'Joe Biden spoke in Washington.', sourcePath: 'title.txt' },
        { title: 'Author', text: 'Vladimir Putin spoke in Moscow.', sourcePath: 'author.txt', author: 'A\u0000B' },
      ]);
      expect(outcomes.map((o) => [o.status, o.status === 'refused' ? o.reason : o.source])).toEqual([
        ['added', 'clean.txt'],
        ['refused', 'binary.txt: holds a NUL character (is it binary data?)'],
        ['refused', 'title.txt: holds a NUL character (is it binary data?)'],
        ['refused', 'author.txt: holds a NUL character (is it binary data?)'],
      ]);
      expect(corpus.documents().map((d) => d.title)).toEqual(['Clean']);
    } finally {
      corpus.close();
    }
  });
});
