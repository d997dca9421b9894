/** Adding documents from the page: once the server has read them, the graph is fetched again and what they added is marked. */

import { mountUpload } from '../ui/upload';
import type { CorpusController } from './corpus';
import type { MapController } from './map';
import type { Controller } from './shared';

export function mountUploads(container: HTMLElement, corpus: CorpusController, map: MapController): Controller {
  return mountUpload(container, document.body, async () => {
    const changes = await corpus.reload();
    if (changes !== null) map.markNew(changes);
  });
}
