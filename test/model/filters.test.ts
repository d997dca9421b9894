/** The view filters the server's graph answers and the explorer's map share, rule by rule. */

import { entityShown, largest, linkShown, type ViewFilter } from '#model/filters';

describe('entityShown', () => {
  const putin = { type: 'PERSON' as const, mentions: 13 };
  it.each<[string, ViewFilter, boolean]>([
    ['no filter', {}, true],
    ['its type among those shown', { types: ['PERSON', 'LOCATION'] }, true],
    ['its type not among them', { types: ['LOCATION'] }, false],
    ['an empty list of types', { types: [] }, false],
    ['exactly the minimum of mentions', { minMentions: 13 }, true],
    ['fewer mentions than the minimum', { minMentions: 14 }, false],
    ['type and mentions both asked', { types: ['PERSON'], minMentions: 20 }, false],
  ])('with %s: %s', (_case, filter, shown) => {
    expect(entityShown(putin, filter)).toBe(shown);
  });
});

describe('linkShown', () => {
  it.each<[string, number, ViewFilter, boolean]>([
    ['no threshold keeps a negative PMI', -0.4, {}, true],
    ['a link exactly at the threshold', 2, { minWeight: 2 }, true],
    ['a lighter link', 1.99, { minWeight: 2 }, false],
    ['a threshold of 0 drops a negative PMI', -0.4, { minWeight: 0 }, false],
  ])('%s', (_case, weight, filter, shown) => {
    expect(linkShown({ weight }, filter)).toBe(shown);
  });
});

describe('largest', () => {
  const sizes: Record<string, number> = { syria: 15, russia: 20, isil: 5, 'vladimir-putin': 13, 'bashar-al-assad': 5 };
  const size = (id: string): number => sizes[id] ?? 0;

  it('keeps the largest first, ties by id', () => {
    expect(largest(Object.keys(sizes), 4, size)).toEqual(['russia', 'syria', 'vladimir-putin', 'bashar-al-assad']);
  });

  it('keeps everything when there are fewer than asked, and nothing for 0', () => {
    expect(largest(['isil', 'syria'], 10, size)).toEqual(['syria', 'isil']);
    expect(largest(['isil', 'syria'], 0, size)).toEqual([]);
  });
});
