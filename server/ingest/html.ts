/**
 * HTML → DocumentInput through htmlparser2's DOM: the article's readable text, with site chrome
 * (navigation, headers, footers, scripts, forms) left out, and title, outlet and date taken from
 * the page's metadata.
 */

import { Parser, parseDocument } from 'htmlparser2';
import { getAttributeValue, isTag, isText, textContent, type findAll } from 'domutils';
import type { DateSource, DocumentInput } from '../model/types';
import { InputError } from '../model/errors';
import { normaliseDate } from './dates';
import { webAddress } from './metadata';
import { titleFromName, type Origin } from './origin';

// domhandler, which defines the node types, is not a direct dependency; name them from domutils.
// (Its finders are not used: they recurse, and deeply nested markup would overflow the stack.)
type Element = ReturnType<typeof findAll>[number];
type Node = Element['children'][number];

/** Elements that are never the article's text: code, chrome, embedded media and controls. */
const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'textarea',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'dialog',
]);

/** ARIA landmarks of site chrome, for pages that mark it with a role rather than an element. */
const DROPPED_ROLES: ReadonlySet<string> = new Set(['navigation', 'banner', 'contentinfo']);

/** Elements that end a paragraph of the output text. */
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Table cells sit side by side: a space keeps their words apart without breaking the row. */
const CELL_ELEMENTS: ReadonlySet<string> = new Set(['td', 'th']);

/**
 * HTML's own whitespace, plus the no-break space: '&nbsp;' between words is a space to a reader,
 * and the extractor should see it as one.
 */
const WHITESPACE_RUN = /[ \t\n\r\f\u00a0]+/g;

/**
 * Deeper than any real page nests (news pages stay under 50). htmlparser2 keeps the open elements
 * in an array it shifts and unshifts, so each level of nesting slows every later tag: 100,000
 * nested divs take tens of seconds. Past this depth the page is refused instead.
 */
export const MAX_HTML_DEPTH = 500;

/** Several times the elements of a heavy news page; each costs memory in the DOM. */
export const MAX_HTML_ELEMENTS = 50_000;

/** No title, outlet or date is longer; a longer `<meta content>` is skipped before it is read. */
const MAX_META_CHARS = 10_000;

const TITLE_KEYS = ['og:title'];
const OUTLET_KEYS = ['og:site_name', 'publisher', 'application-name'];
const DATE_KEYS = ['article:published_time', 'date', 'datepublished'];

export function htmlToDocument(html: string, origin: Origin): DocumentInput {
  checkHtmlShape(html, origin.name);
  const dom = parseDocument(html, { decodeEntities: true });
  const elements = elementsIn(dom.children);
  const meta = metaContents(elements);
  const root = contentRoot(dom.children);
  const text = readableText(root);
  if (text === '') throw new InputError(`${origin.name}: contains no readable text`);
  const outlet = first(OUTLET_KEYS, (key) => meta.get(key));
  const dated = pageDate(elements, meta, root);
  const url = first([meta.get('og:url'), canonicalHref(elements)], webAddress);
  return {
    title: pageTitle(elements, meta) ?? titleFromName(origin.name),
    text,
    sourcePath: origin.sourcePath,
    ...(outlet ? { outlet } : {}),
    ...(dated ?? {}),
    ...(url ? { url } : {}),
  };
}

/** The page's date and where it was read: its `<meta>`, its JSON-LD `datePublished`, else its first `<time datetime>`. */
function pageDate(elements: readonly Element[], meta: ReadonlyMap<string, string>, root: Node[]): { date: string; dateSource: DateSource } | undefined {
  const fromMeta = first(
    DATE_KEYS.map((key) => meta.get(key)),
    normaliseDateOrUndefined,
  );
  if (fromMeta) return { date: fromMeta, dateSource: 'meta' };
  const fromJsonLd = first(jsonLdDates(elements), normaliseDateOrUndefined);
  if (fromJsonLd) return { date: fromJsonLd, dateSource: 'json-ld' };
  const fromTime = normaliseDateOrUndefined(firstTimeDatetime(root));
  return fromTime ? { date: fromTime, dateSource: 'text' } : undefined;
}

/** `datePublished` of the page's JSON-LD blocks (an object, a list, or a @graph of them); a block that is not JSON is skipped. */
function jsonLdDates(elements: readonly Element[]): string[] {
  const dates: string[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) return value.forEach((item) => visit(item, depth + 1));
    const record = value as Record<string, unknown>;
    if (typeof record['datePublished'] === 'string') dates.push(record['datePublished']);
    visit(record['@graph'], depth + 1);
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
  return dates;
}

/**
 * Refuses markup nested deeper than MAX_HTML_DEPTH or with more than MAX_HTML_ELEMENTS elements,
 * in one streaming pass that stops at the first element over a limit, before any DOM is built:
 * the time and memory an HTML bomb can take are bounded by the limits, not by its size.
 */
function checkHtmlShape(html: string, name: string): void {
  let depth = 0;
  let elements = 0;
  const parser = new Parser(
    {
      onopentag() {
        depth += 1;
        elements += 1;
        if (depth > MAX_HTML_DEPTH) {
          throw new InputError(`${name}: HTML nested more than ${MAX_HTML_DEPTH} elements deep is refused (no real page nests so deep)`);
        }
        if (elements > MAX_HTML_ELEMENTS) {
          throw new InputError(`${name}: HTML with more than ${MAX_HTML_ELEMENTS} elements is refused`);
        }
      },
      // Called for void and implicitly closed elements too, so depth is the parser's own.
      onclosetag() {
        depth -= 1;
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
}

/**
 * The readable text under `nodes`: one paragraph per block, separated by one blank line, inline
 * whitespace collapsed. Walked with an explicit stack, so deeply nested markup cannot overflow
 * the call stack.
 */
function readableText(nodes: readonly Node[]): string {
  const paragraphs: string[] = [];
  let current = '';
  const endParagraph = (): void => {
    const paragraph = current.replace(/ {2,}/g, ' ').trim();
    if (paragraph !== '') paragraphs.push(paragraph);
    current = '';
  };
  const END_BLOCK = Symbol('end of block');
  const stack: (Node | typeof END_BLOCK)[] = [];
  const pushReversed = (children: readonly Node[]): void => {
    // A loop, not push(...children): an element may have more children than a call has arguments.
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]);
  };
  pushReversed(nodes);
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (item === END_BLOCK) {
      endParagraph();
    } else if (isText(item)) {
      current += item.data.replace(WHITESPACE_RUN, ' ');
    } else if (isTag(item) && !isDropped(item)) {
      if (BLOCK_ELEMENTS.has(item.name)) {
        endParagraph();
        stack.push(END_BLOCK);
      } else if (CELL_ELEMENTS.has(item.name)) {
        current += ' ';
      }
      pushReversed(item.children);
    }
  }
  endParagraph();
  return paragraphs.join('\n\n');
}

function isDropped(element: Element): boolean {
  if (DROPPED_ELEMENTS.has(element.name)) return true;
  const roles = (getAttributeValue(element, 'role') ?? '').toLowerCase().split(/\s+/);
  if (roles.some((role) => DROPPED_ROLES.has(role))) return true;
  // Hidden content is not read by a person either (collapsed menus, screen-reader duplicates).
  return element.attribs['hidden'] !== undefined || getAttributeValue(element, 'aria-hidden') === 'true';
}

/** Every element under `nodes`, in document order. */
function elementsIn(nodes: readonly Node[]): Element[] {
  const elements: Element[] = [];
  const stack = [...nodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isTag(node)) continue;
    elements.push(node);
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]);
  }
  return elements;
}

/**
 * The nodes that hold the article: the `<article>` with the most text (a page may also list
 * related stories as articles), else `<main>`, else `<body>`, else the whole document. Site
 * chrome is not searched, so an article in an `<aside>` is never taken for the story.
 */
function contentRoot(dom: Node[]): Node[] {
  const articles: Element[] = [];
  let main: Element | undefined;
  let body: Element | undefined;
  const stack = [...dom].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isTag(node) || isDropped(node)) continue;
    // An article inside another (a comment, say) has less text than the one around it: not walked.
    if (node.name === 'article') {
      articles.push(node);
      continue;
    }
    if (node.name === 'main') main ??= node;
    if (node.name === 'body') body ??= node;
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]);
  }
  let longest: Element | undefined;
  let longestLength = -1;
  for (const article of articles) {
    const length = readableText(article.children).length;
    if (length > longestLength) [longest, longestLength] = [article, length];
  }
  return (longest ?? main ?? body)?.children ?? dom;
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

function pageTitle(elements: readonly Element[], meta: Map<string, string>): string | undefined {
  const textOf = (name: string): string | undefined => {
    const element = elements.find((candidate) => candidate.name === name);
    return element ? collapse(readableText(element.children)) : undefined;
  };
  return first([...TITLE_KEYS.map((key) => meta.get(key)), textOf('title'), textOf('h1')], (title) => title);
}

/** The page's own address as `<link rel="canonical">` gives it. */
function canonicalHref(elements: readonly Element[]): string | undefined {
  const link = elements.find(
    (element) => element.name === 'link' && (getAttributeValue(element, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  return link ? getAttributeValue(link, 'href') : undefined;
}

/** The first `<time datetime>` of the article, for pages without date metadata. */
function firstTimeDatetime(root: Node[]): string | undefined {
  const time = elementsIn(root).find((element) => element.name === 'time' && element.attribs['datetime'] !== undefined);
  return time ? getAttributeValue(time, 'datetime') : undefined;
}

function collapse(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

function normaliseDateOrUndefined(value: string | undefined): string | undefined {
  return value === undefined ? undefined : normaliseDate(value);
}

/** The first non-empty result of `pick` over `values`, in order of preference. */
function first<T>(values: readonly T[], pick: (value: T) => string | undefined): string | undefined {
  for (const value of values) {
    const picked = pick(value);
    if (picked) return picked;
  }
  return undefined;
}
