/** Labels on the map: every entity that has room is labelled, none over another, none off the map. */

import { intersects, placeLabels, type Box, type LabelCandidate } from '../../client/src/render/label-placement';

const MAP: Box = { x: 0, y: 0, width: 800, height: 600 };

function entity(id: string, x: number, y: number, extra: Partial<LabelCandidate> = {}): LabelCandidate {
  return { id, x, y, radius: 6, width: 8 * id.length, height: 15, must: false, importance: 1, ...extra };
}

function boxes(placed: ReturnType<typeof placeLabels>): Box[] {
  return [...placed.values()].map((p) => p.box);
}

function noneOverlap(list: Box[]): boolean {
  return list.every((a, i) => list.every((b, j) => i === j || !intersects(a, b)));
}

describe('placeLabels', () => {
  it('labels every entity of a map with room, on its right', () => {
    const spread = Array.from({ length: 40 }, (_, i) => entity(`Entity ${i}`, 60 + (i % 5) * 150, 40 + Math.floor(i / 5) * 70));
    const placed = placeLabels(spread, MAP);
    expect(placed.size).toBe(40);
    expect([...placed.values()].every((p) => p.side === 'right')).toBe(true);
  });

  it('moves a label to another side rather than over its neighbour, and keeps it on the map', () => {
    const placed = placeLabels([entity('Bashar al-Assad', 400, 300), entity('United States', 420, 300), entity('Edge', 795, 100)], MAP);
    expect(placed.size).toBe(3);
    expect(noneOverlap(boxes(placed))).toBe(true);
    for (const { box } of placed.values()) expect(box.x >= 0 && box.x + box.width <= 800 && box.y >= 0 && box.y + box.height <= 600).toBe(true);
    expect(placed.get('Edge')?.side).toBe('left');
  });

  it('labels the most important first when there is no room for all', () => {
    const crowd = Array.from({ length: 30 }, (_, i) => entity(`Name ${i}`, 400, 300, { importance: i }));
    const placed = placeLabels(crowd, MAP);
    expect(placed.size).toBe(4);
    expect([...placed.keys()].sort()).toEqual(['Name 26', 'Name 27', 'Name 28', 'Name 29']);
    expect(noneOverlap(boxes(placed))).toBe(true);
  });

  it('always labels an entity that must be, even where others crowd it', () => {
    const crowd = Array.from({ length: 10 }, (_, i) => entity(`Name ${i}`, 400, 300, { importance: 100 }));
    const placed = placeLabels([...crowd, entity('Selected', 400, 300, { must: true, importance: 0 })], MAP);
    expect(placed.has('Selected')).toBe(true);
    expect(placed.get('Selected')?.side).toBe('right');
  });
});

describe('placeLabels and the entities around a label', () => {
  it('puts no label over another entity', () => {
    // A small entity just right of a large one: the large one's label goes elsewhere.
    const placed = placeLabels([entity('Large', 400, 300, { importance: 10, radius: 12 }), entity('Small', 430, 300, { importance: 1 })], MAP);
    expect(placed.get('Large')?.side).not.toBe('right');
    expect(placed.get('Small')?.side).toBe('right');
  });
});
