/**
 * Removing a document takes out its sentences, mentions and evidence, and the entities and links
 * only it supported; the kept graph follows in place and is then the graph a full build from the
 * store gives. The other entities keep their ids, and curation rules stay.
 */
import { benchCorpus } from '../../bench/corpus';
import { openCorpus, type Corpus } from '../../server/corpus';
import type { CooccurrenceWindow, DocumentInput, SerializedGraph } from '#model/types';
import { demoDocuments } from '../helpers/fixtures';
import { freshStore } from '../helpers/store';

const demo = (): DocumentInput[] => demoDocuments();
const LONE = { title: 'Lone', text: 'Ivan Karov met Omar Haddad in Aleppo. Karov later met Vladimir Putin.', sourcePath: 'lone.txt' };

/** The graph as sorted plain data, so that insertion order does not matter. */
function canonical(graph: SerializedGraph) {
  return {
    nodes: [...graph.nodes].sort((a, b) => (a.key < b.key ? -1 : 1)),
    edges: graph.edges.map(({ key, attributes }) => ({ key, attributes })).sort((a, b) => (a.key < b.key ? -1 : 1)),
  };
}

describe.each<CooccurrenceWindow>(['sentence', 'document'])('removing a document (%s window)', (window) => {
  let corpus: Corpus;
  let dbPath: string;
  let before: SerializedGraph;
  let loneId: number;

  beforeAll(() => {
    dbPath = freshStore();
    corpus = openCorpus({ dbPath, window });
    corpus.ingest([...demo(), ...benchCorpus(10, { seed: 3, words: 200 })]);
    before = corpus.graph();
    const [outcome] = corpus.ingest([LONE]);
    if (outcome.status !== 'added') throw new Error('the lone document was not added');
    loneId = outcome.document.id;
    corpus.graph();
    corpus.stats();
    expect(corpus.removeDocument(loneId).title).toBe('Lone');
  });
  afterAll(() => corpus.close());

  it('leaves the graph exactly as it was before the document came', () => {
    expect(canonical(corpus.graph())).toEqual(canonical(before));
  });

  it('leaves the graph a full build from the store gives', () => {
    const rebuilt = openCorpus({ dbPath, window });
    try {
      expect(canonical(corpus.graph())).toEqual(canonical(rebuilt.graph()));
    } finally {
      rebuilt.close();
    }
  });

  it('takes the entities only it named out of the store, and keeps those others name', () => {
    const ids = new Set(corpus.graph().nodes.map((n) => n.key));
    expect(ids.has('ivan-karov')).toBe(false);
    expect(ids.has('omar-haddad')).toBe(false);
    expect(ids.has('vladimir-putin')).toBe(true);
    expect(() => corpus.entity('ivan-karov')).toThrow(/no entity/);
    expect(corpus.entity('vladimir-putin').documentList.map((d) => d.title)).not.toContain('Lone');
  });

  it('is gone from the documents, the counts and the evidence', () => {
    expect(corpus.documents().map((d) => d.id)).not.toContain(loneId);
    expect(() => corpus.document(loneId)).toThrow(/no document/);
    const fresh = openCorpus({ dbPath, window });
    try {
      expect(corpus.stats()).toEqual(fresh.stats());
    } finally {
      fresh.close();
    }
  });

  it('refuses an unknown id and changes nothing', () => {
    const graph = corpus.graphJson();
    expect(() => corpus.removeDocument(loneId)).toThrow(/no document with id/);
    expect(corpus.graphJson()).toBe(graph);
  });
});

describe('removing a document under curation', () => {
  it('keeps the rules, and applies them to what remains', () => {
    const corpus = openCorpus({ dbPath: freshStore() });
    try {
      corpus.ingest(demo());
      const [outcome] = corpus.ingest([LONE]);
      if (outcome.status !== 'added') throw new Error('the lone document was not added');
      corpus.curate({ action: 'rename', entity: 'vladimir-putin', label: 'President Putin' });
      corpus.removeDocument(outcome.document.id);
      expect(corpus.curationRules()).toHaveLength(1);
      const putin = corpus.graph().nodes.find((n) => n.key === 'vladimir-putin');
      expect(putin?.attributes.label).toBe('President Putin');
      expect(corpus.graph().nodes.some((n) => n.key === 'ivan-karov')).toBe(false);
    } finally {
      corpus.close();
    }
  });
});
