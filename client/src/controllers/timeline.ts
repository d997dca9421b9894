/** The timeline strip under the map, read again whenever the corpus changes. */

import { api } from '../api';
import { mountTimeline } from '../ui/timeline';
import type { Controller, Shared } from './shared';

export function mountTimelineStrip(shared: Shared, container: HTMLElement, changesSlot: HTMLElement): Controller {
  const strip = mountTimeline(container, shared.store, api, changesSlot);
  const refresh = (): void => strip.refresh();
  shared.events.on('reloaded', refresh);
  return {
    kill() {
      shared.events.off('reloaded', refresh);
      strip.kill();
    },
  };
}
