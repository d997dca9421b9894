/** Cameras that frame what is shown: a filter's result, an entity with its neighbours. */

import { frameAround, frameOf } from '../../client/src/render/frame';

describe('frameOf', () => {
  it('centres on the points and zooms so that they fill most of the map', () => {
    expect(
      frameOf([
        { x: 0.2, y: 0.4 },
        { x: 0.4, y: 0.5 },
      ]),
    ).toEqual({ x: 0.30000000000000004, y: 0.45, ratio: 0.25 });
  });

  it('never zooms out past the whole graph, nor into a single entity', () => {
    expect(
      frameOf([
        { x: 0, y: 0 },
        { x: 1, y: 1 },
      ])?.ratio,
    ).toBe(1);
    expect(frameOf([{ x: 0.5, y: 0.5 }])?.ratio).toBe(0.2);
    expect(frameOf([])).toBeNull();
  });
});

describe('frameAround', () => {
  it('keeps the entity in the middle and its farthest neighbour in view', () => {
    const camera = frameAround({ x: 0.5, y: 0.5 }, [
      { x: 0.6, y: 0.5 },
      { x: 0.5, y: 0.3 },
    ]);
    expect(camera).toEqual({ x: 0.5, y: 0.5, ratio: 0.5 });
  });
});
