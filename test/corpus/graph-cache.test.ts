/**
 * What the corpus keeps of the store (server/corpus/graph-cache.ts). The graph of a period: whatever
 * happened to the kept graph before (documents added one by one, curation), it is the graph built
 * from the store's rows of the period's documents, and it follows the next change at once. The
 * documents' list, which follows each change as well.
 */
import { benchCorpus } from '../../bench/corpus';
import { openCorpus, type Corpus } from '../../server/corpus';
import { buildGraph } from '../../server/graph/cooccurrence';
import { serializeGraph } from '../../server/graph/filter';
import type { Period, SerializedGraph } from '#model/types';
import { Store } from '../../server/store/store';
import { freshStore } from '../helpers/store';

const JANUARY: Period = { from: '2025-01-01', to: '2025-01-31' };

describe('the graph of a period', () => {
  let file: string;
  let corpus: Corpus;

  beforeAll(() => {
    file = freshStore('periods');
    corpus = openCorpus({ dbPath: file });
    // Asked for after each document, the kept graph is updated in place rather than built again.
    for (const input of benchCorpus(40, { seed: 5, words: 250 })) {
      corpus.ingest([input]);
      corpus.graph(JANUARY);
    }
  });
  afterAll(() => corpus.close());

  /** The period's graph as the store's rows build it, read by a store of its own. */
  function builtFromRows(period: Period): SerializedGraph {
    const store = new Store(file);
    try {
      const rows = [...store.graph.windowRows('sentence', period)];
      const inRows = new Set(rows.map((row) => row.entity));
      const graph = buildGraph(
        store.graph.nodes(period).filter((node) => inRows.has(node.id)),
        rows,
      );
      return serializeGraph(graph, 'sentence');
    } finally {
      store.close();
    }
  }

  const served = (period: Period) => corpus.graph(period);

  it('is the graph built from the rows, after documents were added one by one', () => {
    const graph = served(JANUARY);
    expect(graph.nodes.length).toBeGreaterThan(30);
    expect(graph).toEqual(builtFromRows(JANUARY));
  });

  it('follows a rename and a hidden entity at once', () => {
    const [first, second] = served(JANUARY).nodes.sort((a, b) => b.attributes.mentions - a.attributes.mentions);
    corpus.curate({ action: 'rename', entity: first.key, label: 'Renamed for the test' });
    corpus.curate({ action: 'hide', entity: second.key });
    const graph = served(JANUARY);
    expect(graph.nodes.find((node) => node.key === first.key)?.attributes.label).toBe('Renamed for the test');
    expect(graph.nodes.map((node) => node.key)).not.toContain(second.key);
    expect(graph).toEqual(builtFromRows(JANUARY));
  });

  it('takes in a new document of the period at once', () => {
    const before = served(JANUARY).nodes.length;
    const [late] = benchCorpus(1, { seed: 6, words: 250 });
    corpus.ingest([{ ...late, date: '2025-01-15' }]);
    const graph = served(JANUARY);
    expect(graph.nodes.length).toBeGreaterThan(before);
    expect(graph).toEqual(builtFromRows(JANUARY));
  });
});

describe("the documents' list", () => {
  it('is kept between asks, and follows each new document and each removal', () => {
    const corpus = openCorpus({ dbPath: freshStore('documents-list') });
    try {
      const [first, second] = benchCorpus(2, { seed: 8, words: 120 });
      corpus.ingest([first]);
      const listed = corpus.documents();
      expect(corpus.documents()).toBe(listed);
      expect(listed.map((doc) => doc.title)).toEqual([first.title]);
      corpus.ingest([second]);
      const both = corpus.documents();
      expect(both.map((doc) => doc.title)).toEqual([first.title, second.title]);
      expect(both[1].mentions).toBeGreaterThan(0);
      corpus.removeDocument(both[0].id);
      expect(corpus.documents().map((doc) => doc.title)).toEqual([second.title]);
    } finally {
      corpus.close();
    }
  });
});
