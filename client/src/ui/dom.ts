/**
 * Building DOM from data without HTML: every text becomes a text node (createTextNode /
 * textContent), so a name or a sentence such as `<img src=x onerror=…>` is shown, never parsed.
 * Nothing in the client sets innerHTML.
 */

type Child = Node | string | null | undefined | false;

export interface Props {
  className?: string;
  /** Attributes set with setAttribute: ids, roles, aria-*, data-*, type, href… */
  attrs?: Record<string, string>;
  title?: string;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className !== undefined) element.className = props.className;
  if (props.title !== undefined) element.title = props.title;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** A button whose content is a text or nodes (for data, built as text nodes too). */
export function button(content: string | Child[], onClick: (event: MouseEvent) => void, props: Props = {}): HTMLButtonElement {
  const element = el('button', { ...props, attrs: { type: 'button', ...props.attrs } }, ...(typeof content === 'string' ? [content] : content));
  element.addEventListener('click', onClick);
  return element;
}

/** A coloured dot for an entity type: the legend's key and the list items' marker. */
export function swatch(colour: string): HTMLSpanElement {
  const dot = el('span', { className: 'swatch', attrs: { 'aria-hidden': 'true' } });
  dot.style.backgroundColor = colour;
  return dot;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * A text with spans highlighted, as text nodes and <mark> elements. Spans are offsets into `text`;
 * overlapping spans after the first are skipped.
 */
export function highlightedText<S extends { begin: number; end: number }>(
  text: string,
  spans: readonly S[],
  mark: (span: S, text: string) => HTMLElement,
): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let cursor = 0;
  for (const span of [...spans].sort((a, b) => a.begin - b.begin || b.end - a.end)) {
    if (span.begin < cursor || span.end > text.length || span.end <= span.begin) continue;
    if (span.begin > cursor) fragment.appendChild(document.createTextNode(text.slice(cursor, span.begin)));
    fragment.appendChild(mark(span, text.slice(span.begin, span.end)));
    cursor = span.end;
  }
  if (cursor < text.length) fragment.appendChild(document.createTextNode(text.slice(cursor)));
  return fragment;
}
