/**
 * The document filter's list: which documents match what the reader typed and the facets chosen
 * (outlet, month), the facets' counts, and one page of the matches. Pure: the panel renders it.
 */
import type { DocumentSummary } from '#model/types';

export interface DocumentQuery {
  /** Words typed: each must open a word of the title, the outlet or the file name. */
  text: string;
  /** An outlet's name, NO_OUTLET for documents without one, or null for any. */
  outlet: string | null;
  /** 'YYYY-MM', NO_DATE for documents without a date, or null for any. */
  month: string | null;
}

export const ANY_DOCUMENT: DocumentQuery = { text: '', outlet: null, month: null };
export const NO_OUTLET = '\u0000no outlet';
export const NO_DATE = '\u0000no date';
export const PAGE_SIZE = 25;

export interface Facet {
  value: string;
  count: number;
}

/** Lower case without accents, so that 'Genève' is found by 'geneve'. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text, folded: runs of letters and digits. */
function wordsOf(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The words a document is found by, read once per document: a store of ten thousand is searched at each key. */
const wordsByDocument = new WeakMap<DocumentSummary, string[]>();
function searchWords(doc: DocumentSummary): string[] {
  let words = wordsByDocument.get(doc);
  if (words === undefined) wordsByDocument.set(doc, (words = wordsOf(`${doc.title} ${doc.outlet ?? ''} ${doc.sourcePath}`)));
  return words;
}

const outletOf = (doc: DocumentSummary): string => doc.outlet ?? NO_OUTLET;
const monthOf = (doc: DocumentSummary): string => doc.date?.slice(0, 7) ?? NO_DATE;

/** The documents matching every part of the query, in the order given. */
export function matchDocuments(documents: readonly DocumentSummary[], query: DocumentQuery): DocumentSummary[] {
  const typed = wordsOf(query.text);
  return documents.filter((doc) => {
    if (query.outlet !== null && outletOf(doc) !== query.outlet) return false;
    if (query.month !== null && monthOf(doc) !== query.month) return false;
    if (typed.length === 0) return true;
    const words = searchWords(doc);
    return typed.every((t) => words.some((w) => w.startsWith(t)));
  });
}

function count(values: readonly string[]): Facet[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, n]) => ({ value, count: n }));
}

/**
 * The facets' values with their counts, each counted over the documents that match the rest of the
 * query (the words typed and the other facet), as faceted search does; a chosen value stays listed
 * even when nothing matches it. Outlets by count, then name; months newest first; 'none' last.
 */
export function documentFacets(documents: readonly DocumentSummary[], query: DocumentQuery = ANY_DOCUMENT): { outlets: Facet[]; months: Facet[] } {
  const last = (value: string) => value.startsWith('\u0000');
  const counted = (values: string[], chosen: string | null) => {
    const facets = count(values);
    if (chosen !== null && !facets.some((f) => f.value === chosen)) facets.push({ value: chosen, count: 0 });
    return facets;
  };
  const outlets = counted(matchDocuments(documents, { ...query, outlet: null }).map(outletOf), query.outlet).sort(
    (a, b) => Number(last(a.value)) - Number(last(b.value)) || b.count - a.count || a.value.localeCompare(b.value),
  );
  const months = counted(matchDocuments(documents, { ...query, month: null }).map(monthOf), query.month).sort(
    (a, b) => Number(last(a.value)) - Number(last(b.value)) || b.value.localeCompare(a.value),
  );
  return { outlets, months };
}

/** Page `page` (from 0, kept within range) of the matches, and how many pages there are. */
export function documentPage<T>(matches: readonly T[], page: number): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(matches.length / PAGE_SIZE));
  const at = Math.min(Math.max(0, page), pages - 1);
  return { items: matches.slice(at * PAGE_SIZE, (at + 1) * PAGE_SIZE), page: at, pages };
}
