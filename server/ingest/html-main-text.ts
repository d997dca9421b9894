/**
 * A page's main text, the story without what surrounds it: related-article boxes, comment
 * threads, promotions. Two methods, each better on some pages (test/ingest/main-text.test.ts
 * scores them on saved news pages): the longest `<article>`, and Mozilla's Readability.
 */

import { Readability } from '@mozilla/readability';
import { parseDocument } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import type { HtmlShape } from './html';
import { collapse, elementsIn, isDropped, readableText, type Element, type Node } from './html-dom';
import { isTag } from 'domutils';

export type MainTextMethod = 'article' | 'readability';

/**
 * News pages nest 20 to 40 elements deep and have a few thousand; on markup hundreds deep or of
 * tens of thousands of elements Readability takes seconds (docs/performance.md).
 */
const READABILITY_MAX_DEPTH = 100;
const READABILITY_MAX_ELEMENTS = 10_000;

/** The text of the page by one method alone; '' when the method finds none. */
export function textBy(method: MainTextMethod, html: string, dom: readonly Node[]): string {
  return method === 'article' ? readableText(contentRoot(dom)) : readabilityText(html);
}

/** Readability's article, read into text as the rest of the page would be; '' when it finds no article. */
export function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  // Markup without an <html> element (a fragment) gives linkedom no head or body to read.
  if (document.documentElement?.localName !== 'html') return '';
  const article = new Readability(document).parse();
  return article?.content ? readableText(parseDocument(article.content, { decodeEntities: true }).children) : '';
}

/**
 * The nodes that hold the article: the `<article>` with the most text (a page may also list
 * related stories as articles), else `<main>`, else `<body>`, else the whole document. Site
 * chrome is not searched, so an article in an `<aside>` is never taken for the story.
 */
export function contentRoot(dom: readonly Node[]): readonly Node[] {
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

/**
 * The page's main text: Readability's, unless it holds all of the article's text and more (it
 * took a short story's surroundings with it), or finds none; then the article's part of the
 * page, `root`, as contentRoot finds it. Either way it opens with the headline. A page nested
 * deeper or larger than news pages are is not given to Readability, which takes seconds on one.
 */
export function mainText(html: string, dom: readonly Node[], root: readonly Node[], shape: HtmlShape): string {
  const article = readableText(root);
  const readable = shape.depth > READABILITY_MAX_DEPTH || shape.elements > READABILITY_MAX_ELEMENTS ? '' : readabilityText(html);
  return withHeadline(readable === '' || wraps(readable, article) ? article : readable, dom);
}

/**
 * The text opening with the page's headline, its first `<h1>`, when the method left it out
 * (Readability does, and a headline in `<header>` is chrome to the article method): headlines
 * name who the story is about.
 */
function withHeadline(text: string, dom: readonly Node[]): string {
  const h1 = elementsIn(dom).find((element) => element.name === 'h1');
  const headline = h1 ? collapse(readableText(h1.children)) : '';
  if (headline === '' || headline.length > MAX_HEADLINE_CHARS || text.slice(0, 2 * headline.length + 2).includes(headline)) return text;
  return `${headline}\n\n${text}`;
}

/** A longer first `<h1>` is no headline. */
const MAX_HEADLINE_CHARS = 300;

/** True when `outer` is longer than `inner` and holds nearly all of its words (as many times as `inner` has them). */
export function wraps(outer: string, inner: string): boolean {
  const outerWords = wordsOf(outer);
  const innerWords = wordsOf(inner);
  if (outerWords.length <= innerWords.length) return false;
  const counts = new Map<string, number>();
  for (const word of outerWords) counts.set(word, (counts.get(word) ?? 0) + 1);
  let held = 0;
  for (const word of innerWords) {
    const count = counts.get(word) ?? 0;
    if (count === 0) continue;
    held += 1;
    counts.set(word, count - 1);
  }
  return held >= WRAPPED_SHARE * innerWords.length;
}

/** The share of the article's words Readability's text must hold to count as holding it all. */
const WRAPPED_SHARE = 0.95;

/** A text's words, lower case, for comparing what two methods kept. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
