/**
 * A web page's own metadata: title, outlet, date, address and author from its `<meta>` tags (Open
 * Graph, article:*, Dublin Core names), its JSON-LD (schema.org NewsArticle and kin), its
 * `<title>`, `<link rel="canonical">` and, for the date, its first `<time datetime>`.
 */

import { getAttributeValue, textContent } from 'domutils';
import type { DateSource } from '#model/types';
import { normaliseDate } from './dates';
import { collapse, elementsIn, readableText, type Element, type Node } from './html-dom';
import { MAX_OUTLET_CHARS } from './limits';
import { authorNames, webAddress, type TextMetadata } from './metadata';

/** A page's metadata: the same fields as a text's front matter gives. */
export type PageMetadata = TextMetadata;

/** What the page's JSON-LD says of the article. */
interface JsonLd {
  headline: string[];
  datePublished: string[];
  publisher: string[];
  url: string[];
  author: string[];
}

/** No title, outlet or date is longer; a longer `<meta content>` is skipped before it is read. */
const MAX_META_CHARS = 10_000;

const TITLE_KEYS = ['og:title', 'twitter:title'];
const OUTLET_KEYS = ['og:site_name', 'publisher', 'application-name'];
const AUTHOR_KEYS = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'byl'];
const DATE_KEYS = ['article:published_time', 'date', 'datepublished', 'dc.date', 'dcterms.date'];

/** The metadata of a page; `root` is the article's part of it, where its `<time>` is looked for. */
export function pageMetadata(elements: readonly Element[], root: readonly Node[]): PageMetadata {
  const meta = metaContents(elements);
  const ld = jsonLd(elements);
  const metadata: PageMetadata = {};
  const title = first([...TITLE_KEYS.map((key) => meta.get(key)), ...ld.headline, textOf(elements, 'title'), textOf(elements, 'h1')], (value) => value);
  const outlet = first([...OUTLET_KEYS.map((key) => meta.get(key)), ...ld.publisher], (value) => (value.length <= MAX_OUTLET_CHARS ? value : undefined));
  const url = first([meta.get('og:url'), ...ld.url, canonicalHref(elements)], webAddress);
  if (title) metadata.title = title;
  if (outlet) metadata.outlet = outlet;
  if (url) metadata.url = url;
  // A page names its authors in its JSON-LD as a list; <meta> holds one line, used when JSON-LD has none.
  const author =
    authorNames(ld.author) ??
    first(
      AUTHOR_KEYS.map((key) => meta.get(key)),
      (value) => authorNames([value]),
    );
  if (author) metadata.author = author;
  return { ...metadata, ...pageDate(meta, ld, root) };
}

/** The page's date and where it was read: its `<meta>`, its JSON-LD `datePublished`, else its first `<time datetime>`. */
function pageDate(meta: ReadonlyMap<string, string>, ld: JsonLd, root: readonly Node[]): { date: string; dateSource: DateSource } | undefined {
  const fromMeta = first(
    DATE_KEYS.map((key) => meta.get(key)),
    normaliseDateOrUndefined,
  );
  if (fromMeta) return { date: fromMeta, dateSource: 'meta' };
  const fromJsonLd = first(ld.datePublished, normaliseDateOrUndefined);
  if (fromJsonLd) return { date: fromJsonLd, dateSource: 'json-ld' };
  const fromTime = normaliseDateOrUndefined(firstTimeDatetime(root));
  return fromTime ? { date: fromTime, dateSource: 'text' } : undefined;
}

/**
 * The article fields of the page's JSON-LD blocks (an object, a list, or a @graph of them); a
 * block that is not JSON is skipped. A publisher may be a name or an object with one.
 */
function jsonLd(elements: readonly Element[]): JsonLd {
  const found: JsonLd = { headline: [], datePublished: [], publisher: [], url: [], author: [] };
  const push = (list: string[], value: unknown): void => {
    const values = Array.isArray(value) ? value : [value];
    for (const item of values.slice(0, 10)) {
      const named = typeof item === 'object' && item !== null && 'name' in item ? item.name : item;
      if (typeof named === 'string' && named.trim() !== '' && named.length <= MAX_META_CHARS) list.push(collapse(named));
    }
  };
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) return value.forEach((item) => visit(item, depth + 1));
    const record = new Map(Object.entries(value));
    push(found.headline, record.get('headline'));
    push(found.datePublished, record.get('datePublished'));
    push(found.publisher, record.get('publisher'));
    push(found.url, record.get('url'));
    push(found.author, record.get('author'));
    visit(record.get('@graph'), depth + 1);
  };
  for (const script of elements.filter((node) => node.name === 'script' && getAttributeValue(node, 'type')?.trim().toLowerCase() === 'application/ld+json')) {
    const json = textContent(script);
    if (json.length > MAX_META_CHARS * 10) continue;
    try {
      visit(JSON.parse(json), 0);
    } catch {
      // Not JSON: the page's other metadata still counts.
    }
  }
  return found;
}

/** `<meta>` contents by property, name or itemprop (lower-cased); the first of each wins. */
function metaContents(elements: readonly Element[]): Map<string, string> {
  const contents = new Map<string, string>();
  for (const element of elements.filter((node) => node.name === 'meta')) {
    const raw = getAttributeValue(element, 'content') ?? '';
    if (raw.length > MAX_META_CHARS) continue;
    const content = collapse(raw);
    if (content === '') continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = getAttributeValue(element, attribute)?.trim().toLowerCase();
      if (key && !contents.has(key)) contents.set(key, content);
    }
  }
  return contents;
}

function textOf(elements: readonly Element[], name: string): string | undefined {
  const element = elements.find((candidate) => candidate.name === name);
  return element ? collapse(readableText(element.children)) : undefined;
}

/** The page's own address as `<link rel="canonical">` gives it. */
function canonicalHref(elements: readonly Element[]): string | undefined {
  const link = elements.find(
    (element) => element.name === 'link' && (getAttributeValue(element, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  return link ? getAttributeValue(link, 'href') : undefined;
}

/** The first `<time datetime>` of the article, for pages without date metadata. */
function firstTimeDatetime(root: readonly Node[]): string | undefined {
  const time = elementsIn(root).find((element) => element.name === 'time' && element.attribs['datetime'] !== undefined);
  return time ? getAttributeValue(time, 'datetime') : undefined;
}

function normaliseDateOrUndefined(value: string | undefined): string | undefined {
  return value === undefined ? undefined : normaliseDate(value);
}

/** The first non-empty result of `pick` over `values`, in order of preference. */
function first<T>(values: readonly (T | undefined)[], pick: (value: T) => string | undefined): string | undefined {
  for (const value of values) {
    const picked = value === undefined ? undefined : pick(value);
    if (picked) return picked;
  }
  return undefined;
}
