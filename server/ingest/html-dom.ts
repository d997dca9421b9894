/**
 * The DOM that htmlparser2 builds, walked without recursion: its elements in order, and the text a
 * reader sees under a node, with site chrome (navigation, headers, footers, scripts, forms) left out.
 */

import { getAttributeValue, isTag, isText, type findAll } from 'domutils';

// domhandler, which defines the node types, is not a direct dependency; name them from domutils.
// (Its finders are not used: they recurse, and deeply nested markup would overflow the stack.)
export type Element = ReturnType<typeof findAll>[number];
export type Node = Element['children'][number];

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
export const WHITESPACE_RUN = /[ \t\n\r\f\u00a0]+/g;

/**
 * The readable text under `nodes`: one paragraph per block, separated by one blank line, inline
 * whitespace collapsed. Walked with an explicit stack, so deeply nested markup cannot overflow
 * the call stack.
 */
export function readableText(nodes: readonly Node[]): string {
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

export function isDropped(element: Element): boolean {
  if (DROPPED_ELEMENTS.has(element.name)) return true;
  const roles = (getAttributeValue(element, 'role') ?? '').toLowerCase().split(/\s+/);
  if (roles.some((role) => DROPPED_ROLES.has(role))) return true;
  // Hidden content is not read by a person either (collapsed menus, screen-reader duplicates).
  return element.attribs['hidden'] !== undefined || getAttributeValue(element, 'aria-hidden') === 'true';
}

/** Every element under `nodes`, in document order. */
export function elementsIn(nodes: readonly Node[]): Element[] {
  const elements: Element[] = [];
  const stack = [...nodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isTag(node)) continue;
    elements.push(node);
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]);
  }
  return elements;
}

/** Inline whitespace collapsed to single spaces, trimmed. */
export function collapse(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}
