/** An entity's title: the office or role written most often with its name, stored with each mention. */

import { openCorpus } from '../../server/corpus';
import { openEngine, Store } from '../../server/store/store';
import { freshStore } from '../helpers/store';

describe('titles', () => {
  it('are stored with the mention that carries one, and read back with it', () => {
    const store = new Store(freshStore());
    const text = 'Tory leader Michael Howard spoke.';
    const mention = {
      begin: 12,
      end: 26,
      text: 'Michael Howard',
      type: 'PERSON' as const,
      sentence: 0,
      role: 'subject' as const,
      source: 'text' as const,
      name: 'Michael Howard',
      entity: 'michael-howard',
    };
    store.transaction(() =>
      store.documents.insert(
        { title: 'T', text, sourcePath: 't' },
        'h',
        5,
        [{ index: 0, paragraph: 0, begin: 0, end: text.length }],
        [{ ...mention, title: 'Tory leader' }],
      ),
    );
    const [doc] = store.documents.list();
    expect(store.documents.get(doc.id)?.mentions[0].title).toBe('Tory leader');
    expect(store.entities.titles('michael-howard')).toEqual([{ name: 'Tory leader', count: 1 }]);
    store.close();
  });

  it('give the entity its most frequent title, and every title with its count', () => {
    const db = freshStore();
    const corpus = openCorpus({ dbPath: db });
    corpus.ingest(
      ['Michael Howard spoke in Leeds.', 'Michael Howard spoke in York.', 'Michael Howard spoke in Hull.', 'Michael Howard met Angela Merkel.'].map(
        (text, i) => ({ title: `d${i}`, text, sourcePath: `d${i}` }),
      ),
    );
    expect(corpus.entity('michael-howard').title).toBeUndefined();
    corpus.close();
    // The extractor writes the title on each mention; here it is set as it would have written it.
    const raw = openEngine(db);
    const setTitle = raw.prepare("UPDATE mentions SET title = ? WHERE doc_id = ? AND name = 'Michael Howard'");
    setTitle.run('Tory leader', 1);
    setTitle.run('Tory leader', 2);
    setTitle.run('Home Secretary', 3);
    raw.close();

    const reopened = openCorpus({ dbPath: db });
    try {
      const howard = reopened.entity('michael-howard');
      expect(howard.title).toBe('Tory leader');
      expect(howard.titles).toEqual([
        { name: 'Tory leader', count: 2 },
        { name: 'Home Secretary', count: 1 },
      ]);
      expect(reopened.entity('angela-merkel').titles).toEqual([]);
    } finally {
      reopened.close();
    }
  });
});
