/** The wheel zooms by a steady factor, however the browser counts its steps. */

import { wheelZoomRatio, ZOOM_PER_NOTCH } from '../../client/src/render/wheel';

describe('wheelZoomRatio', () => {
  it('zooms in by one factor per notch and out by its inverse', () => {
    expect(wheelZoomRatio(1, -100, 0)).toBeCloseTo(1 / ZOOM_PER_NOTCH, 10);
    expect(wheelZoomRatio(1, 100, 0)).toBeCloseTo(ZOOM_PER_NOTCH, 10);
    expect(wheelZoomRatio(wheelZoomRatio(1, 100, 0), -100, 0)).toBeCloseTo(1, 10);
  });

  it('zooms as far for ten small trackpad steps as for one notch', () => {
    let ratio = 1;
    for (let i = 0; i < 10; i++) ratio = wheelZoomRatio(ratio, -10, 0);
    expect(ratio).toBeCloseTo(wheelZoomRatio(1, -100, 0), 10);
  });

  it('reads lines and pages as pixels', () => {
    expect(wheelZoomRatio(1, 2.5, 1)).toBeCloseTo(ZOOM_PER_NOTCH, 10);
    expect(wheelZoomRatio(1, 0.125, 2)).toBeCloseTo(ZOOM_PER_NOTCH, 10);
  });
});
