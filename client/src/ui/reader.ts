/**
 * The document reader: an article's text with its mentions highlighted by entity type; clicking a
 * mention selects that entity in the graph. The text is put in as text nodes, paragraph by
 * paragraph; nothing from the document is parsed as HTML.
 */

import type { DocumentDetail, ResolvedMention } from '#model/types';
import { typeColour } from '../render/appearance';
import { button, el, highlightedText } from './dom';

export interface ReaderActions {
  select(id: string): void;
  close(): void;
  /** Removes the document from the corpus, once the reader confirmed it. */
  remove(): void;
}

export function reader(detail: DocumentDetail, selected: string | null, actions: ReaderActions, scrollTo: number | null): HTMLElement {
  const { document: doc, text } = detail;
  const body = el('div', { className: 'reader-text' });
  // Paragraphs from blank lines, keeping offsets into the whole text so that mention spans line up.
  const paragraphs = text.split(/(\n\s*\n)/);
  let offset = 0;
  let target: HTMLElement | null = null;
  for (const part of paragraphs) {
    const begin = offset;
    offset += part.length;
    if (part.trim() === '') continue;
    const end = begin + part.length;
    const spans = detail.mentions
      .filter((mention) => mention.begin >= begin && mention.end <= end)
      .map((mention) => ({ ...mention, begin: mention.begin - begin, end: mention.end - begin }));
    const paragraph = el(
      'p',
      {},
      highlightedText(part, spans, (mention, shown) => markMention(mention, shown, selected, actions)),
    );
    if (scrollTo !== null && scrollTo >= begin && scrollTo < end) target = paragraph;
    body.append(paragraph);
  }
  if (target !== null) {
    const paragraph = target;
    paragraph.classList.add('target');
    requestAnimationFrame(() => paragraph.scrollIntoView({ block: 'center' }));
  }
  const meta = [doc.author === null ? null : `by ${doc.author}`, doc.outlet, doc.date, `${doc.words} words`, `${doc.mentions} mentions`]
    .filter((part): part is string => part !== null)
    .join(' · ');
  return el(
    'article',
    { className: 'reader', attrs: { 'aria-label': `Document: ${doc.title}`, 'data-document': String(doc.id) } },
    el(
      'header',
      {},
      el('h2', {}, doc.title),
      button('Remove…', () => confirmRemoval(doc.title, actions), { className: 'remove', attrs: { 'aria-label': 'Remove this document from the corpus' } }),
      button('Close', () => actions.close(), { className: 'close', attrs: { 'aria-label': 'Close the document' } }),
    ),
    el('p', { className: 'meta' }, meta, ...originalLink(doc.url)),
    body,
  );
}

/** A link to where the document was published; only http(s), so that a stored value cannot run script. */
function originalLink(url: string | null): (string | HTMLElement)[] {
  if (url === null || !/^https?:\/\//i.test(url)) return [];
  return [' · ', el('a', { className: 'original', attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } }, 'original')];
}

function confirmRemoval(title: string, actions: ReaderActions): void {
  const question =
    `Remove “${title}” from the corpus?\n\n` +
    'Its sentences go, and so do the entities and links that only it supported. Curation rules stay. This cannot be undone.';
  if (window.confirm(question)) actions.remove();
}

function markMention(mention: ResolvedMention, shown: string, selected: string | null, actions: ReaderActions): HTMLElement {
  const inferred = mention.source !== 'text';
  const mark = el(
    'mark',
    {
      className: `mention${inferred ? ' inferred' : ''}${mention.entity === selected ? ' selected' : ''}`,
      title: `${mention.name} (${mention.type}${inferred ? `, inferred: ${mention.source}` : ''}${mention.role === 'reporting' ? ', cited as source' : ''}${mention.role === 'correspondent' ? ', correspondent' : ''})`,
      attrs: { 'data-entity': mention.entity, 'data-type': mention.type, role: 'button', tabindex: '0' },
    },
    shown,
  );
  mark.style.setProperty('--type-colour', typeColour(mention.type));
  const choose = (): void => actions.select(mention.entity);
  mark.addEventListener('click', choose);
  mark.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose();
    }
  });
  return mark;
}
