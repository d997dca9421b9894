import { changesBetween, rankChanges } from '../../server/graph/changes';
import { buildGraph, type NodeInfo } from '../../server/graph/cooccurrence';

const node = (id: string, mentions: number): NodeInfo => ({ id, label: id, type: 'PERSON', mentions, documents: 1, reports: 0 });
const window = (doc: number, unit: number, ...entities: string[]) => entities.map((entity) => ({ doc, unit, entity }));

describe('rankChanges', () => {
  const item = (name: string, before: number, after: number) => ({ name, before, after });
  const names = (items: { name: string }[]) => items.map((i) => i.name);
  const lists = rankChanges(
    [item('a', 0, 3), item('b', 0, 5), item('c', 4, 0), item('d', 1, 2), item('e', 1, 9), item('f', 6, 1), item('g', 2, 2), item('h', 0, 5)],
    (i) => i.name,
    10,
  );

  it('sorts items into new, gone, grown and shrunk, and leaves the unchanged out', () => {
    expect(names(lists.new)).toEqual(['b', 'h', 'a']);
    expect(names(lists.gone)).toEqual(['c']);
    expect(names(lists.grown)).toEqual(['e', 'd']);
    expect(names(lists.shrunk)).toEqual(['f']);
  });

  it('keeps the first `limit` of each list', () => {
    expect(names(rankChanges([item('a', 0, 3), item('b', 0, 5)], (i) => i.name, 1).new)).toEqual(['b']);
  });
});

describe('changesBetween', () => {
  // September: Anna with Peter twice; October: Anna with Lena, Peter alone.
  const before = buildGraph([node('anna', 3), node('peter', 2)], [...window(1, 0, 'anna', 'peter'), ...window(1, 1, 'anna', 'peter')]);
  const after = buildGraph([node('anna', 1), node('peter', 4), node('lena', 1)], [...window(2, 0, 'anna', 'lena'), ...window(2, 1, 'peter')]);
  const changes = changesBetween(before, after, 10);

  it('measures entities by mentions', () => {
    expect(changes.entities.new).toEqual([{ id: 'lena', label: 'lena', type: 'PERSON', before: 0, after: 1 }]);
    expect(changes.entities.grown.map((e) => [e.id, e.before, e.after])).toEqual([['peter', 2, 4]]);
    expect(changes.entities.shrunk.map((e) => [e.id, e.before, e.after])).toEqual([['anna', 3, 1]]);
  });

  it('measures links by weight, with both labels', () => {
    expect(changes.links.new).toEqual([{ source: 'anna', target: 'lena', sourceLabel: 'anna', targetLabel: 'lena', before: 0, after: 1 }]);
    expect(changes.links.gone.map((l) => [l.source, l.target, l.before])).toEqual([['anna', 'peter', 2]]);
  });
});
