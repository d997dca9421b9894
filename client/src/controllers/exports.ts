/**
 * The toolbar's exports of the map: a picture (PNG or SVG) with the colours' key and a caption,
 * and the server's data exports with the entities where the map shows them.
 */

import { api, ApiError } from '../api';
import { mapPng, mapSvgBlob } from '../render/image-export';
import type { Renderer } from '../render/renderer';
import { caption, keyEntries } from '../state/caption';
import { attachmentName, exportPositions } from '../state/export';
import { communityLegend } from '../state/legend';
import type { ClientGraph } from '../state/types';
import { saveBlob, saveHref } from '../ui/download';
import type { Shared } from './shared';

/** Downloads a picture of the map: PNG at `scale` times the screen's size, or SVG. */
export async function exportImage(shared: Shared, renderer: Renderer, format: 'png' | 'svg', scale: number): Promise<void> {
  const { graph, visibility } = shared;
  const view = shared.store.get();
  const key = keyEntries(view, view.colourBy === 'community' ? communityLegend(graph, visibility.nodes).keys : []);
  const now = new Date();
  const text = caption(view, { documents: shared.stats.documents, entities: graph.order, shown: visibility.nodes.size, links: visibility.edges.size }, now);
  const name = `plexus-map_${now.toISOString().slice(0, 10)}`;
  if (format === 'svg') saveBlob(mapSvgBlob(renderer, key, text), `${name}.svg`);
  else saveBlob(await mapPng(renderer, scale, key, text), `${name}${scale > 1 ? `_${scale}x` : ''}.png`);
}

/**
 * An export with the map as it is now: the positions go with the request and the file comes back
 * under the server's name. Where the server wants a token for that (PLEXUS_TOKEN), the plain link
 * downloads it at the explorer's first map instead, and the note returned says so.
 */
export async function exportData(graph: ClientGraph, href: string): Promise<string | null> {
  try {
    const { blob, disposition } = await api.exportFile(href, exportPositions(graph));
    saveBlob(blob, attachmentName(disposition, 'plexus-export'));
    return null;
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    saveHref(href);
    return 'Exported at the first map’s positions: this server asks a token for the current ones';
  }
}
