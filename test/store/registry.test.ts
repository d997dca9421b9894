/** The resolver's registry as stored: entities, their names and merges. */
import { Store } from '../../server/store/store';
import { doc, sentences, mentions } from './fixtures';
import { freshStore } from '../helpers/store';

describe('registry', () => {
  it('moves mentions and names of a merged entity to the entity it joins, and records why', () => {
    const store = new Store(freshStore());
    store.transaction(() => {
      store.registry.applyLink({
        ids: [],
        created: [
          { id: 'putin', label: 'Putin', type: 'PERSON', canonical: false },
          { id: 'vladimir-putin', label: 'Vladimir Putin', type: 'PERSON', canonical: false },
        ],
        relabelled: [],
        keys: [{ key: 'PERSON|putin', entity: 'putin', reason: 'same-name' }],
        merged: [],
      });
      store.documents.insert(doc, 'h1', 2, sentences, mentions);
      store.registry.merge('putin', 'vladimir-putin', 'surname');
    });
    expect(store.entities.aliases('vladimir-putin')).toEqual([{ name: 'Putin', count: 1 }]);
    expect(store.registry.rows().merges).toEqual([{ from: 'putin', into: 'vladimir-putin' }]);
    expect(store.registry.namesWithReasons('vladimir-putin')).toEqual([{ key: 'PERSON|putin', reason: 'same-name' }]);
    store.close();
  });
});
