/** Documents as the store keeps them and gives them back. */
import { Store } from '../../server/store/store';
import { doc, mentions, sentences } from './fixtures';
import { freshStore } from '../helpers/store';

describe('documents', () => {
  it('keeps outlet, date, URL and author with the document, and gives them back for a reingest', () => {
    const store = new Store(freshStore());
    const described = { ...doc, outlet: 'IBTimes', date: '2015-09-04', url: 'https://www.ibtimes.com.au/putin', author: 'Jane Doe' };
    const inserted = store.transaction(() => store.documents.insert(described, 'h1', 2, sentences, mentions));
    expect(inserted).toMatchObject({ outlet: 'IBTimes', date: '2015-09-04', url: 'https://www.ibtimes.com.au/putin', author: 'Jane Doe' });
    expect(store.documents.list()).toEqual([inserted]);
    expect(store.transaction(() => store.documents.takeAllForReingest())).toEqual([described]);
    store.close();
  });

  it('shows only the file name of an absolute path that an older store kept', () => {
    const store = new Store(freshStore());
    store.transaction(() => store.documents.insert({ ...doc, sourcePath: '/home/analyst/news/t.txt' }, 'h1', 2, sentences, mentions));
    expect(store.documents.list().map((d) => d.sourcePath)).toEqual(['t.txt']);
    store.close();
  });

  it('gives back the summary of a document it stores, as it reads it afterwards', () => {
    const store = new Store(freshStore());
    const reported = mentions[0];
    const stored = store.transaction(() =>
      store.documents.insert({ ...doc, outlet: 'Reuters', date: '2025-01-02' }, 'h1', 2, sentences, [...mentions, { ...reported, source: 'pronoun' as const }]),
    );
    expect(stored.mentions).toBe(1);
    expect(stored).toEqual(store.documents.summary(stored.id));
    store.close();
  });
});
