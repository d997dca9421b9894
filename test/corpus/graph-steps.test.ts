/**
 * The first graph of a store is built a few hundred documents a step, the event loop free between
 * the steps: it must be exactly the graph built at once, and a change to the store during the build
 * must not be lost.
 */
import { benchCorpus } from '../../bench/corpus';
import { openCorpus } from '../../server/corpus';
import { demoDocuments, turnsDuring } from '../helpers/fixtures';
import { freshStore } from '../helpers/store';

let dbPath: string;

beforeAll(() => {
  dbPath = freshStore();
  const corpus = openCorpus({ dbPath });
  corpus.ingest([...demoDocuments(), ...benchCorpus(700, { seed: 4, words: 150 })]);
  corpus.close();
});

function builtAtOnce(): string {
  const corpus = openCorpus({ dbPath });
  try {
    return corpus.graphJson();
  } finally {
    corpus.close();
  }
}

it('builds the graph a full build gives, letting the event loop turn between its steps', async () => {
  const corpus = openCorpus({ dbPath });
  try {
    const { turns } = await turnsDuring(() => corpus.graphReady());
    // 702 documents make at least three steps.
    expect(turns).toBeGreaterThanOrEqual(3);
    expect(corpus.graphJson()).toBe(builtAtOnce());
  } finally {
    corpus.close();
  }
});

it('loses no document stored while it builds', async () => {
  const copy = freshStore('copy');
  const first = openCorpus({ dbPath: copy });
  first.ingest([...benchCorpus(600, { seed: 9, words: 100 })]);
  first.close();
  const again = openCorpus({ dbPath: copy });
  try {
    const ready = again.graphReady();
    again.ingest([{ title: 'Late', text: 'Ivan Karov met Omar Haddad in Aleppo.', sourcePath: 'late.txt' }]);
    await ready;
    const ids = again.graph().nodes.map((n) => n.key);
    expect(ids).toContain('ivan-karov');
  } finally {
    again.close();
  }
});

it('computes the metrics in steps too, with the same answer as at once', async () => {
  const corpus = openCorpus({ dbPath });
  try {
    const { result, turns } = await turnsDuring(() => corpus.graphJsonInSteps({ metrics: true }));
    expect(turns).toBeGreaterThanOrEqual(5);
    const atOnce = openCorpus({ dbPath });
    try {
      expect(result).toBe(atOnce.graphJson({ metrics: true }));
    } finally {
      atOnce.close();
    }
  } finally {
    corpus.close();
  }
});

it('answers the metrics of the graph as it is when a document comes while they are computed', async () => {
  const copy = freshStore('metrics-copy');
  const first = openCorpus({ dbPath: copy });
  first.ingest([...benchCorpus(300, { seed: 12, words: 100 })]);
  first.close();
  const corpus = openCorpus({ dbPath: copy });
  try {
    await corpus.graphReady();
    const answer = corpus.graphJsonInSteps({ metrics: true });
    corpus.ingest([{ title: 'Late', text: 'Ivan Karov met Omar Haddad in Aleppo.', sourcePath: 'late.txt' }]);
    const json = await answer;
    expect(json).toBe(corpus.graphJson({ metrics: true }));
    expect(json).toContain('"ivan-karov"');
  } finally {
    corpus.close();
  }
});
