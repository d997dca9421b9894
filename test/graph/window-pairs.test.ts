import fc from 'fast-check';
import { CROWDED_WINDOW, forEachWindowPair, LIST_REACH, windowPartners } from '../../server/graph/window-pairs';

const names = (n: number): string[] => Array.from({ length: n }, (_, i) => `e${String(i).padStart(5, '0')}`);

function pairsOf(members: string[]): string[] {
  const pairs: string[] = [];
  forEachWindowPair(members, (a, b) => pairs.push(`${a}~${b}`));
  return pairs;
}

describe('which entities of a window are linked', () => {
  it('links every pair of an ordinary window once, in sorted order, whatever the repeats', () => {
    expect(pairsOf(['putin', 'assad', 'putin', 'obama'])).toEqual(['assad~obama', 'assad~putin', 'obama~putin']);
  });

  it(`links all ${CROWDED_WINDOW} entities of a window at the limit with each other`, () => {
    const n = CROWDED_WINDOW;
    expect(pairsOf(names(n))).toHaveLength((n * (n - 1)) / 2);
  });

  it(`reads a window of more than ${CROWDED_WINDOW} entities as a list: each links to the ${LIST_REACH} on either side`, () => {
    const members = names(1000);
    const pairs = new Set(pairsOf(members));
    expect(pairs.size).toBe(1000 * LIST_REACH - (LIST_REACH * (LIST_REACH + 1)) / 2);
    expect(pairs.has(`${members[500]}~${members[500 + LIST_REACH]}`)).toBe(true);
    expect(pairs.has(`${members[500]}~${members[501 + LIST_REACH]}`)).toBe(false);
  });

  it('orders a list by first mention: a name repeated at the end keeps its first place', () => {
    const members = names(CROWDED_WINDOW + 10);
    const repeated = [...members, members[0]];
    expect(windowPartners(repeated, members[0])).toEqual(members.slice(1, LIST_REACH + 1));
  });

  it("gives an entity's partners exactly as the pairs do, for any window", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 200 }), (picks) => {
        const members = picks.map((i) => `e${String(i).padStart(3, '0')}`);
        const pairs = new Set(pairsOf(members));
        for (const entity of new Set(members)) {
          for (const other of windowPartners(members, entity)) {
            expect(pairs.has(entity < other ? `${entity}~${other}` : `${other}~${entity}`)).toBe(true);
          }
        }
        const counted = [...new Set(members)].reduce((sum, entity) => sum + windowPartners(members, entity).length, 0);
        expect(counted).toBe(2 * pairs.size);
      }),
    );
  });

  it('gives no partners to an entity that is not in the window', () => {
    expect(windowPartners(['a', 'b'], 'c')).toEqual([]);
  });
});
