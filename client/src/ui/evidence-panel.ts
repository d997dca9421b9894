/**
 * The sentences behind a link (`GET /api/evidence`): each with both names highlighted, its
 * document and outlet, and a way into the document. Sentences are data: built as text nodes.
 */

import type { EvidenceItem } from '#model/types';
import { button, el, highlightedText, plural } from './dom';

export interface EvidenceActions {
  select(id: string): void;
  openDocument(id: number, sentenceBegin: number): void;
}

export function evidencePanel(ends: { id: string; label: string }[], weight: number | null, items: EvidenceItem[], actions: EvidenceActions): HTMLElement {
  const [a, b] = ends;
  const title = el(
    'h2',
    {},
    ...ends.flatMap((end, index) => [index > 0 ? ' — ' : null, button(end.label, () => actions.select(end.id), { className: 'link-button' })]),
  );
  const list = el(
    'ol',
    { className: 'evidence', attrs: { 'aria-label': 'Evidence sentences' } },
    ...items.map((item) => {
      const spans = item.mentions.map((mention) => ({ ...mention, begin: mention.begin - item.sentence.begin, end: mention.end - item.sentence.begin }));
      const sentence = el(
        'blockquote',
        {},
        highlightedText(item.sentence.text, spans, (span, text) =>
          el('mark', { className: span.entity === a?.id ? 'end-a' : 'end-b', attrs: { 'data-entity': span.entity } }, text),
        ),
      );
      // An entity may take part without being named here: the speaker of a quotation ('he said').
      const unnamed = ends.filter((end) => !spans.some((span) => span.entity === end.id && span.end > span.begin && /\p{Lu}/u.test(span.text)));
      const notes = unnamed.map((end) =>
        el(
          'p',
          { className: 'inferred-note', attrs: { 'data-entity': end.id } },
          `${end.label}: ${spans.some((span) => span.entity === end.id && span.end > span.begin) ? 'referred to by a pronoun' : 'the speaker, named in an earlier sentence'}`,
        ),
      );
      // 'IBTimes · 2015-09-04', or whichever of the two the document has: text nodes, never markup.
      const outletAndDate = [item.document.outlet, item.document.date].filter((part): part is string => part !== null).join(' · ');
      return el(
        'li',
        {},
        sentence,
        ...notes,
        el(
          'p',
          { className: 'source' },
          button(item.document.title, () => actions.openDocument(item.document.id, item.sentence.begin), {
            className: 'link-button doc-link',
            attrs: { 'data-document': String(item.document.id) },
          }),
          outletAndDate === '' ? null : ' · ',
          outletAndDate === '' ? null : el('span', { className: 'outlet-date' }, outletAndDate),
        ),
        copiesNote(item.copies ?? [], actions),
      );
    }),
  );
  return el(
    'section',
    { className: 'link', attrs: { 'aria-label': `Link: ${a?.label ?? ''} and ${b?.label ?? ''}` } },
    title,
    el('p', { className: 'meta' }, `${weight === null ? '' : `weight ${weight} · `}${plural(items.length, 'sentence')}`),
    items.length === 0 ? el('p', { className: 'muted' }, 'No sentence links these two entities.') : list,
  );
}

/** 'Also in: …': the other documents in which the same sentence appears, each a way into it. */
function copiesNote(copies: NonNullable<EvidenceItem['copies']>, actions: EvidenceActions): HTMLElement | null {
  if (copies.length === 0) return null;
  const links = copies.flatMap((copy, index) => {
    const meta = [copy.outlet, copy.date].filter((part): part is string => part !== null).join(' · ');
    const link = button(copy.title, () => actions.openDocument(copy.id, copy.begin), {
      className: 'link-button doc-link',
      attrs: { 'data-document': String(copy.id) },
    });
    return [index > 0 ? '; ' : null, link, meta === '' ? null : ` (${meta})`];
  });
  return el('p', { className: 'copies', attrs: { 'data-copies': String(copies.length) } }, `Also in ${plural(copies.length, 'other document')}: `, ...links);
}
