/**
 * Wheel zoom by a steady factor: each notch of a mouse wheel (100 pixels of scroll) zooms by the
 * same ratio, and a trackpad's many small steps zoom in proportion to how far the fingers moved.
 * Sigma's own wheel zooms by a fixed ratio per event and drops events that come close together,
 * so the zoom depended on the device and on how fast the wheel turned.
 */

export const ZOOM_PER_NOTCH = 1.25;

/** Pixels of scroll in a wheel event, whatever unit the browser gave them in. */
export function wheelPixels(deltaY: number, deltaMode: number): number {
  if (deltaMode === 1) return deltaY * 40; // lines
  if (deltaMode === 2) return deltaY * 800; // pages
  return deltaY;
}

/** The camera ratio after a wheel event: scrolling down (positive) zooms out. */
export function wheelZoomRatio(ratio: number, deltaY: number, deltaMode: number): number {
  return ratio * ZOOM_PER_NOTCH ** (wheelPixels(deltaY, deltaMode) / 100);
}
