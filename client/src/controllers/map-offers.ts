/**
 * The offers the status line makes after the count of what is shown: to draw more than the
 * largest entities, and to show only what the last upload added (or everything again).
 */

import type { ViewState } from '../state/types';
import { computeVisibility, entityLimit, OVERVIEW_STEP, type DocumentMask, type Visibility } from '../state/visibility';
import { button } from '../ui/dom';
import type { Shared, StatusLine } from './shared';

/** When the view draws only the largest entities of what the filters leave, the offer to draw more. */
export function offerMore(shared: Shared, view: ViewState, mask: DocumentMask | null): void {
  const { graph, store, status, visibility: shown } = shared;
  const limit = entityLimit(graph, view);
  if (limit === Infinity || view.focus > 0 || shown.nodes.size < limit) return;
  const all = computeVisibility(graph, { ...view, top: 'all' }, mask).nodes.size;
  if (all <= shown.nodes.size) return;
  const more = button(
    `Show ${Math.min(OVERVIEW_STEP, all - limit)} more`,
    () => store.update((v) => ({ ...v, top: limit + OVERVIEW_STEP >= all ? 'all' : limit + OVERVIEW_STEP })),
    {
      className: 'link-button',
      attrs: { id: 'show-more' },
    },
  );
  const everything = button('Show all', () => store.update((v) => ({ ...v, top: 'all' })), { className: 'link-button', attrs: { id: 'show-all' } });
  status.append(` · the largest by ${view.sizeBy} of ${all} · `, more, ' · ', everything);
}

/** The offer to show only what the last upload added, or everything again. */
export function offerWhatIsNew(status: StatusLine, fresh: Visibility, onlyFresh: boolean, toggle: () => void): void {
  const toggleButton = button(onlyFresh ? 'Show everything' : 'Show only what is new', toggle, { className: 'link-button', attrs: { id: 'only-new' } });
  status.append(
    ' · ',
    `${fresh.nodes.size} new ${fresh.nodes.size === 1 ? 'entity' : 'entities'}, ${fresh.edges.size} new ${fresh.edges.size === 1 ? 'link' : 'links'} · `,
    toggleButton,
  );
}
