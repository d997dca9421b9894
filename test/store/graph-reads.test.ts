/** What the graph is built from: the entities shown, with their counts. */
import { Store } from '../../server/store/store';
import { doc, mentions, sentences } from './fixtures';
import { freshStore } from '../helpers/store';

describe('graph reads', () => {
  it('counts for each entity, as curated, its mentions in the text, the documents it is in and the sentences citing it as a source, in id order', () => {
    const store = new Store(freshStore());
    const text = { ...doc, text: 'Putin spoke to Reuters.' };
    const sentence = [{ ...sentences[0], end: 23 }];
    const putin = mentions[0];
    const reuters = {
      begin: 15,
      end: 22,
      text: 'Reuters',
      type: 'OUTLET' as const,
      sentence: 0,
      role: 'reporting' as const,
      source: 'text' as const,
      name: 'Reuters',
      entity: 'reuters',
    };
    store.transaction(() => {
      store.registry.applyLink({
        ids: [],
        created: [
          { id: 'reuters', label: 'Reuters', type: 'OUTLET', canonical: true },
          { id: 'putin', label: 'Putin', type: 'PERSON', canonical: false },
          { id: 'assad', label: 'Assad', type: 'PERSON', canonical: false },
        ],
        relabelled: [],
        keys: [],
        merged: [],
      });
      // Twice in the first document, once as a pronoun ('he'), which is no mention in the text.
      store.documents.insert(text, 'h1', 4, sentence, [putin, { ...putin, begin: 6, end: 11, text: 'spoke', source: 'pronoun' as const }, reuters]);
      store.documents.insert({ ...text, title: 'U' }, 'h2', 4, sentence, [putin, { ...reuters, role: 'subject' as const }]);
    });
    expect(store.graph.nodes()).toEqual([
      { id: 'assad', label: 'Assad', type: 'PERSON', mentions: 0, documents: 0, reports: 0 },
      { id: 'putin', label: 'Putin', type: 'PERSON', mentions: 2, documents: 2, reports: 0 },
      { id: 'reuters', label: 'Reuters', type: 'OUTLET', mentions: 2, documents: 2, reports: 1 },
    ]);
    // Curated: Putin relabelled, Reuters hidden, and an entity a split made, with no mentions yet.
    store.engine.exec(`INSERT INTO curated_entities (id, label, type, shown, created) VALUES
      ('putin', 'Vladimir Putin', NULL, 1, 0), ('reuters', NULL, NULL, 0, 0), ('putin.2', 'Putin (2)', 'PERSON', 1, 1)`);
    expect(store.graph.nodes()).toEqual([
      { id: 'assad', label: 'Assad', type: 'PERSON', mentions: 0, documents: 0, reports: 0 },
      { id: 'putin', label: 'Vladimir Putin', type: 'PERSON', mentions: 2, documents: 2, reports: 0 },
      { id: 'putin.2', label: 'Putin (2)', type: 'PERSON', mentions: 0, documents: 0, reports: 0 },
    ]);
    store.close();
  });
});
