/**
 * A graph already built takes each new document in place; it must then be exactly the graph a
 * full build from the store gives: same entities with the same counts, same links and weights.
 */
import { benchCorpus } from '../../bench/corpus';
import { openCorpus, type Corpus } from '../../server/corpus';
import type { CooccurrenceWindow, DocumentInput, SerializedGraph } from '#model/types';
import { demoDocuments } from '../helpers/fixtures';
import { freshStore } from '../helpers/store';

function inputs(): DocumentInput[] {
  const demo = demoDocuments();
  // A surname seen alone, then named in full in a later document: the two entities are merged.
  const lone = { title: 'Lone', text: 'Karov said the ceasefire would hold. Karov met Omar Haddad in Aleppo.', sourcePath: '' };
  const full = { title: 'Full', text: 'Ivan Karov met Omar Haddad and Sergei Lavrov in Aleppo on Monday.', sourcePath: '' };
  return [...demo, lone, ...benchCorpus(20, { seed: 7, words: 200 }), full, ...benchCorpus(20, { seed: 8, words: 200 })];
}

/** The graph as sorted plain data, so that insertion order does not matter. */
function canonical(graph: SerializedGraph) {
  return {
    nodes: [...graph.nodes].sort((a, b) => (a.key < b.key ? -1 : 1)),
    edges: graph.edges
      .map(({ key, source, target, attributes }) => ({ key, ends: [source, target].sort(), attributes }))
      .sort((a, b) => (a.key < b.key ? -1 : 1)),
  };
}

describe.each<CooccurrenceWindow>(['sentence', 'paragraph', 'document'])('a graph updated document by document (%s window)', (window) => {
  let stepwise: Corpus;
  let fresh: Corpus;

  beforeAll(() => {
    stepwise = openCorpus({ dbPath: freshStore('stepwise'), window });
    // Asking for the graph after each document keeps it built, so each ingest updates it in place.
    for (const input of inputs()) {
      stepwise.ingest([input]);
      stepwise.graph();
      stepwise.stats();
    }
    // The same documents in one call (one batch); opened again, so that its graph is built from the store.
    const location = freshStore('fresh');
    const loading = openCorpus({ dbPath: location, window });
    loading.ingest(inputs());
    loading.close();
    fresh = openCorpus({ dbPath: location, window });
  });
  afterAll(() => {
    stepwise.close();
    fresh.close();
  });

  it('equals the graph built from the store in one go', () => {
    const updated = canonical(stepwise.graph());
    expect(updated.nodes.length).toBeGreaterThan(100);
    expect(updated.edges.length).toBeGreaterThan(100);
    expect(updated).toEqual(canonical(fresh.graph()));
  });

  it('lists entities in the same order as a full build, so that the client lays them out alike', () => {
    expect(stepwise.graph().nodes.map((n) => n.key)).toEqual(fresh.graph().nodes.map((n) => n.key));
  });

  it('merges in place an entity that a later document names in full', () => {
    const keys = stepwise.graph().nodes.map((n) => n.key);
    expect(keys).toContain('ivan-karov');
    expect(keys).not.toContain('karov');
    expect(stepwise.entity('ivan-karov').neighbours.map((n) => n.id)).toContain('omar-haddad');
  });

  it('counts documents, words and mentions as a full count does', () => {
    expect(stepwise.stats()).toEqual(fresh.stats());
    expect(stepwise.stats().documents).toBe(44);
  });

  it('writes again, after each document, only the JSON of what it touched, and the same text as a whole serialisation', () => {
    const corpus = openCorpus({ dbPath: freshStore('pieces'), window });
    try {
      for (const input of inputs()) {
        corpus.ingest([input]);
        expect(corpus.graphJson()).toBe(JSON.stringify(corpus.graph()));
      }
    } finally {
      corpus.close();
    }
  });

  it('answers the same JSON as it serialises, and a new answer once a document is added', () => {
    const before = stepwise.graphJson();
    expect(JSON.parse(before)).toEqual(stepwise.graph());
    stepwise.ingest([{ title: 'More', text: 'Vladimir Putin met Angela Merkel in Berlin on Monday.', sourcePath: '' }]);
    expect(stepwise.graphJson()).not.toBe(before);
    expect(JSON.parse(stepwise.graphJson())).toEqual(stepwise.graph());
  });
});
