/**
 * The documents whose links the map shows: a search over titles, outlets and file names, facets
 * by outlet and by month, and one page of the matches at a time, each with its checkbox. 'Only
 * these' keeps the matching documents; 'All documents' brings every one back. A store of ten
 * thousand documents lists twenty-five at a time, never ten thousand checkboxes.
 */
import type { DocumentSummary } from '#model/types';
import { ANY_DOCUMENT, documentFacets, documentPage, matchDocuments, NO_DATE, NO_OUTLET, type DocumentQuery, type Facet } from '../state/documents';
import type { Store } from '../state/store';
import type { Filters, ViewState } from '../state/types';
import { button, el, replaceChildren } from './dom';

export interface DocumentFilter {
  setDocuments(documents: DocumentSummary[]): void;
  sync(view: ViewState): void;
}

/** Ticking every document again means 'all documents' (null), so that new uploads are included. */
export function toggleDocument(current: number[] | null, id: number, on: boolean, all: readonly DocumentSummary[]): number[] | null {
  const chosen = new Set(current ?? all.map((doc) => doc.id));
  if (on) chosen.add(id);
  else chosen.delete(id);
  return all.every((doc) => chosen.has(doc.id)) ? null : [...chosen].sort((a, b) => a - b);
}

/** A facet's options with their counts; the value chosen stays chosen. */
function facetOptions(select: HTMLSelectElement, any: string, facets: readonly Facet[], none: string, noneLabel: string): void {
  const chosen = select.value;
  replaceChildren(
    select,
    el('option', { attrs: { value: '' } }, any),
    ...facets.map((f) => el('option', { attrs: { value: f.value } }, `${f.value === none ? noneLabel : f.value} (${f.count})`)),
  );
  select.value = facets.some((f) => f.value === chosen) ? chosen : '';
}

/** One document's checkbox, with its title, outlet and date. */
function documentItem(doc: DocumentSummary, onToggle: (checked: boolean) => void): HTMLElement {
  const box = el('input', { attrs: { type: 'checkbox', 'data-document': String(doc.id) } });
  box.addEventListener('change', () => onToggle(box.checked));
  const meta = [doc.outlet, doc.date].filter((part): part is string => part !== null).join(', ');
  return el(
    'li',
    {},
    el('label', { className: 'check', title: doc.title }, box, el('span', { className: 'doc-title' }, doc.title), meta && el('small', {}, meta)),
  );
}

export function mountDocumentFilter(container: HTMLElement, store: Store): DocumentFilter {
  let all: DocumentSummary[] = [];
  let query: DocumentQuery = ANY_DOCUMENT;
  let page = 0;
  let pages = 1;
  let matchCount = 0;
  const setDocuments = (change: (documents: Filters['documents']) => Filters['documents']): void =>
    store.update((view) => ({ ...view, filters: { ...view.filters, documents: change(view.filters.documents) } }));

  const search = el('input', {
    attrs: { type: 'search', id: 'document-search', placeholder: 'Title, outlet or file', 'aria-label': 'Search documents', autocomplete: 'off' },
  });
  const outlet = el('select', { attrs: { id: 'document-outlet', 'aria-label': 'Outlet' } });
  const month = el('select', { attrs: { id: 'document-month', 'aria-label': 'Month' } });
  const status = el('p', { className: 'muted', attrs: { id: 'document-status', 'aria-live': 'polite' } });
  const list = el('ul', { className: 'document-filter', attrs: { 'aria-label': 'Documents' } });
  const previous = button('Previous', () => show(page - 1), { attrs: { id: 'documents-previous' } });
  const next = button('Next', () => show(page + 1), { attrs: { id: 'documents-next' } });
  const only = button('Only these', () => setDocuments(() => matchDocuments(all, query).map((doc) => doc.id)), {
    attrs: { id: 'documents-only' },
    title: 'Show the links of the matching documents only',
  });
  const every = button('All documents', () => setDocuments(() => null), { attrs: { id: 'documents-all' } });

  const requery = (): void => {
    query = { text: search.value, outlet: outlet.value === '' ? null : outlet.value, month: month.value === '' ? null : month.value };
    const facets = documentFacets(all, query);
    facetOptions(outlet, 'Any outlet', facets.outlets, NO_OUTLET, 'No outlet');
    facetOptions(month, 'Any month', facets.months, NO_DATE, 'No date');
    show(0);
  };
  search.addEventListener('input', requery);
  outlet.addEventListener('change', requery);
  month.addEventListener('change', requery);

  container.append(
    search,
    el('div', { className: 'document-facets' }, outlet, month),
    status,
    list,
    el('div', { className: 'document-pages' }, previous, next, only, every),
  );

  function show(at: number): void {
    const matches = matchDocuments(all, query);
    const shown = documentPage(matches, at);
    page = shown.page;
    pages = shown.pages;
    matchCount = matches.length;
    replaceChildren(
      list,
      ...shown.items.map((doc) => documentItem(doc, (checked) => setDocuments((current) => toggleDocument(current, doc.id, checked, all)))),
    );
    previous.disabled = page === 0;
    next.disabled = page >= shown.pages - 1;
    only.disabled = matches.length === 0 || matches.length === all.length;
    filter.sync(store.get());
  }

  const filter: DocumentFilter = {
    setDocuments(documents) {
      all = documents;
      requery();
    },
    sync(view) {
      const chosen = view.filters.documents;
      for (const box of list.querySelectorAll<HTMLInputElement>('input[data-document]')) {
        box.checked = chosen === null || chosen.includes(Number(box.dataset['document']));
      }
      const kept = chosen === null ? 'links from all of them' : `links from ${chosen.length} of them`;
      status.textContent = `${matchCount} of ${all.length} documents${pages > 1 ? ` · page ${page + 1} of ${pages}` : ''} · ${kept}`;
      every.disabled = chosen === null;
    },
  };
  return filter;
}
