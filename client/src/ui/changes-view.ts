/**
 * The 'what changed' view: between the period kept for comparison and the period brushed, the
 * entities and links new, gone, grown and shrunk (`GET /api/changes`), each a short ranked list.
 * Names are data: built as text nodes.
 */
import type { ChangeLists, EntityChange, LinkChange, PeriodChanges } from '#model/changes';
import type { DayRange } from '../state/types';
import { button, el, plural } from './dom';

export interface ChangesActions {
  select(id: string): void;
  showLink(source: string, target: string): void;
  stopComparing(): void;
}

const HEADINGS: Record<keyof ChangeLists<unknown>, string> = { new: 'New', gone: 'Gone', grown: 'Grown', shrunk: 'Shrunk' };
const SHOWN = 8;
const range = (period: DayRange) => `${period.from} – ${period.to}`;
const counts = (item: { before: number; after: number }) => el('span', { className: 'count' }, `${item.before} → ${item.after}`);

function lists<T>(title: string, changes: ChangeLists<T>, row: (item: T) => HTMLElement): HTMLElement {
  return el(
    'div',
    { className: 'change-group' },
    el('h3', {}, title),
    ...(Object.keys(HEADINGS) as (keyof ChangeLists<T>)[]).map((kind) =>
      el(
        'div',
        { className: 'change-list', attrs: { 'data-kind': kind } },
        el('h4', {}, `${HEADINGS[kind]} (${changes[kind].length})`),
        changes[kind].length === 0
          ? el('p', { className: 'muted' }, 'none')
          : el('ol', {}, ...changes[kind].slice(0, SHOWN).map((item) => el('li', {}, row(item)))),
      ),
    ),
  );
}

export function changesView(changes: PeriodChanges, period: DayRange, vs: DayRange, actions: ChangesActions): HTMLElement {
  const entity = (item: EntityChange) =>
    button([el('span', { className: 'label' }, item.label), counts(item)], () => actions.select(item.id), {
      className: 'link-button entity-row',
      attrs: { 'data-entity': item.id },
    });
  const link = (item: LinkChange) =>
    button([el('span', { className: 'label' }, `${item.sourceLabel} — ${item.targetLabel}`), counts(item)], () => actions.showLink(item.source, item.target), {
      className: 'link-button entity-row',
      attrs: { 'data-link': `${item.source},${item.target}` },
    });
  return el(
    'section',
    { className: 'changes', attrs: { 'aria-label': 'What changed', id: 'changes' } },
    el(
      'p',
      { className: 'meta' },
      `What changed in ${range(period)} (${plural(changes.period.documents, 'document')}) against ${range(vs)} (${plural(changes.vs.documents, 'document')}) · `,
      button('Stop comparing', () => actions.stopComparing(), { className: 'link-button', attrs: { id: 'stop-comparing' } }),
    ),
    el(
      'div',
      { className: 'change-groups' },
      lists('Entities, by mentions', changes.entities, entity),
      lists('Links, by sentences together', changes.links, link),
    ),
  );
}
