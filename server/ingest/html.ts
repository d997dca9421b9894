/**
 * HTML → DocumentInput through htmlparser2's DOM: the article's main text (./html-main-text), and
 * title, outlet, date and address from the page's metadata (./html-metadata). Markup nested too
 * deep or with too many elements is refused before a DOM is built.
 */

import { Parser, parseDocument } from 'htmlparser2';
import type { DocumentInput } from '#model/types';
import { InputError } from '#model/errors';
import { elementsIn, readableText } from './html-dom';
import { contentRoot, mainText } from './html-main-text';
import { pageMetadata } from './html-metadata';
import { titleFromName, type Origin } from './origin';

/**
 * Deeper than any real page nests (news pages stay under 50). htmlparser2 keeps the open elements
 * in an array it shifts and unshifts, so each level of nesting slows every later tag: 100,000
 * nested divs take tens of seconds. Past this depth the page is refused instead.
 */
export const MAX_HTML_DEPTH = 500;

/** Several times the elements of a heavy news page; each costs memory in the DOM. */
export const MAX_HTML_ELEMENTS = 50_000;

export function htmlToDocument(html: string, origin: Origin): DocumentInput {
  const shape = checkHtmlShape(html, origin.name);
  const dom = parseDocument(html, { decodeEntities: true });
  const root = contentRoot(dom.children);
  const text = mainText(html, dom.children, root, shape);
  if (text === '') throw new InputError(`${origin.name}: contains no readable text`);
  const { title, outlet, date, dateSource, url, author } = pageMetadata(elementsIn(dom.children), root);
  return {
    title: title ?? titleFromName(origin.name),
    text,
    sourcePath: origin.sourcePath,
    ...(outlet ? { outlet } : {}),
    ...(date ? { date, dateSource } : {}),
    ...(url ? { url } : {}),
    ...(author ? { author } : {}),
  };
}

/** The readable text of a piece of HTML (a feed item's content), or '' when it has none. */
export function htmlFragmentText(html: string, name: string): string {
  if (html.trim() === '') return '';
  checkHtmlShape(html, name);
  return readableText(parseDocument(html, { decodeEntities: true }).children);
}

/** How deep the markup nests and how many elements it has. */
export interface HtmlShape {
  depth: number;
  elements: number;
}

/**
 * Refuses markup nested deeper than MAX_HTML_DEPTH or with more than MAX_HTML_ELEMENTS elements,
 * in one streaming pass that stops at the first element over a limit, before any DOM is built:
 * the time and memory an HTML bomb can take are bounded by the limits, not by its size.
 */
function checkHtmlShape(html: string, name: string): HtmlShape {
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  const parser = new Parser(
    {
      onopentag() {
        depth += 1;
        deepest = Math.max(deepest, depth);
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
  return { depth: deepest, elements };
}
