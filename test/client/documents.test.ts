/**
 * The document filter's list (client/src/state/documents.ts): what matches a search and the
 * facets, the facets' counts, and pages.
 */
import { ANY_DOCUMENT, documentFacets, documentPage, matchDocuments, NO_DATE, NO_OUTLET, PAGE_SIZE } from '../../client/src/state/documents';
import type { DocumentSummary } from '#model/types';

function doc(id: number, title: string, outlet: string | null, date: string | null, sourcePath = `doc-${id}.txt`): DocumentSummary {
  return {
    id,
    title,
    sourcePath,
    outlet,
    date,
    dateSource: date === null ? null : 'meta',
    url: null,
    author: null,
    hash: String(id),
    words: 100,
    mentions: 10,
    ingestedAt: '2026-12-05T00:00:00Z',
  };
}

const DOCS = [
  doc(1, 'Putin meets Assad in Sochi', 'Reuters', '2015-10-21'),
  doc(2, 'Talks in Genève resume', 'The Daily Telegraph', '2015-10-02'),
  doc(3, 'Assad visits Moscow', 'Reuters', '2015-09-30', 'wire/assad-moscow.md'),
  doc(4, 'A note without source', null, null),
];

const ids = (docs: readonly DocumentSummary[]) => docs.map((d) => d.id);

describe('matchDocuments', () => {
  it('matches every typed word to the start of a word of the title, the outlet or the file name', () => {
    expect(ids(matchDocuments(DOCS, { ...ANY_DOCUMENT, text: 'ass' }))).toEqual([1, 3]);
    expect(ids(matchDocuments(DOCS, { ...ANY_DOCUMENT, text: 'assad reut' }))).toEqual([1, 3]);
    expect(ids(matchDocuments(DOCS, { ...ANY_DOCUMENT, text: 'telegraph' }))).toEqual([2]);
    expect(ids(matchDocuments(DOCS, { ...ANY_DOCUMENT, text: 'wire' }))).toEqual([3]);
    // Inside a word is no match: 'sad' is not 'Assad'.
    expect(matchDocuments(DOCS, { ...ANY_DOCUMENT, text: 'sad' })).toEqual([]);
  });

  it('ignores case and accents', () => {
    expect(ids(matchDocuments(DOCS, { ...ANY_DOCUMENT, text: 'GENEVE' }))).toEqual([2]);
  });

  it('keeps the documents of the chosen outlet and month, or of none', () => {
    expect(ids(matchDocuments(DOCS, { ...ANY_DOCUMENT, outlet: 'Reuters' }))).toEqual([1, 3]);
    expect(ids(matchDocuments(DOCS, { ...ANY_DOCUMENT, outlet: 'Reuters', month: '2015-10' }))).toEqual([1]);
    expect(ids(matchDocuments(DOCS, { ...ANY_DOCUMENT, outlet: NO_OUTLET }))).toEqual([4]);
    expect(ids(matchDocuments(DOCS, { ...ANY_DOCUMENT, month: NO_DATE }))).toEqual([4]);
  });
});

describe('documentFacets', () => {
  it('counts outlets, most documents first, and months, newest first, with none last', () => {
    expect(documentFacets(DOCS)).toEqual({
      outlets: [
        { value: 'Reuters', count: 2 },
        { value: 'The Daily Telegraph', count: 1 },
        { value: NO_OUTLET, count: 1 },
      ],
      months: [
        { value: '2015-10', count: 2 },
        { value: '2015-09', count: 1 },
        { value: NO_DATE, count: 1 },
      ],
    });
  });
});

describe('documentFacets under a query', () => {
  it('counts each facet over the documents that match the words and the other facet, keeping the chosen value', () => {
    const { outlets, months } = documentFacets(DOCS, { text: 'assad', outlet: 'Reuters', month: '2015-11' });
    expect(outlets).toEqual([{ value: 'Reuters', count: 0 }]);
    expect(months).toEqual([
      { value: '2015-11', count: 0 },
      { value: '2015-10', count: 1 },
      { value: '2015-09', count: 1 },
    ]);
  });
});

describe('documentPage', () => {
  const many = Array.from({ length: PAGE_SIZE * 2 + 3 }, (_, i) => i);

  it('gives one page of the matches and how many pages there are', () => {
    expect(documentPage(many, 1)).toEqual({ items: many.slice(PAGE_SIZE, PAGE_SIZE * 2), page: 1, pages: 3 });
    expect(documentPage(many, 2).items).toEqual(many.slice(PAGE_SIZE * 2));
  });

  it('keeps the page within range, and an empty list on one empty page', () => {
    expect(documentPage(many, 7).page).toBe(2);
    expect(documentPage(many, -1).page).toBe(0);
    expect(documentPage([], 0)).toEqual({ items: [], page: 0, pages: 1 });
  });
});
