/**
 * Cameras that frame entities, in sigma's framed coordinates (the whole graph spans 0 to 1, and
 * the camera's ratio 1 shows it all). Pure, so that they are tested in plain Node.
 */

import type { Camera } from '../state/types';

/** Closest zoom a fit goes to: one entity alone is not blown up to fill the map. */
const CLOSEST_FIT = 0.2;
/** Room left around what is framed, as a share of its extent. */
const FIT_MARGIN = 1.25;

function ratioFor(extent: number): number {
  return Math.min(1, Math.max(CLOSEST_FIT, extent * FIT_MARGIN));
}

/** The camera that frames these points; null for none. */
export function frameOf(points: readonly { x: number; y: number }[]): Camera | null {
  if (points.length === 0) return null;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio: ratioFor(Math.max(maxX - minX, maxY - minY)) };
}

/** The camera centred on `centre` that still shows every one of `around` (an entity and its neighbours). */
export function frameAround(centre: { x: number; y: number }, around: readonly { x: number; y: number }[]): Camera {
  let reach = 0;
  for (const { x, y } of around) reach = Math.max(reach, Math.abs(x - centre.x), Math.abs(y - centre.y));
  return { x: centre.x, y: centre.y, ratio: ratioFor(2 * reach) };
}
