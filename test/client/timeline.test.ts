/** The timeline strip's arithmetic: units, the days buckets cover, the keyboard brush and the play's windows. */
import { bucketLast, bucketsOf, brushAfterKey, nextWindow, rangeOfBuckets, unitFor } from '../../client/src/state/timeline';

const weeks = ['2015-01-05', '2015-01-12', '2015-01-19', '2015-01-26'].map((start) => ({ start, documents: 1, mentions: 1 }));

describe('unitFor', () => {
  it.each([
    ['2015-09-04', '2015-09-04', 'day'],
    ['2015-01-01', '2015-04-30', 'day'],
    ['2015-01-01', '2015-12-31', 'week'],
    ['2013-01-01', '2015-12-31', 'month'],
    [null, null, 'month'],
  ] as const)('%s to %s is read per %s', (first, last, unit) => {
    expect(unitFor(first, last)).toBe(unit);
  });
});

describe('the days of buckets', () => {
  it('ends a week on Sunday and a month on its last day, leap years included', () => {
    expect(bucketLast('2015-01-05', 'week')).toBe('2015-01-11');
    expect(bucketLast('2016-02-01', 'month')).toBe('2016-02-29');
    expect(bucketLast('2015-09-04', 'day')).toBe('2015-09-04');
  });

  it('gives the days a run of buckets covers, either way round, and the buckets a period touches', () => {
    expect(rangeOfBuckets(weeks, 2, 1, 'week')).toEqual({ from: '2015-01-12', to: '2015-01-25' });
    expect(bucketsOf(weeks, { from: '2015-01-10', to: '2015-01-12' }, 'week')).toEqual([0, 1]);
    expect(bucketsOf(weeks, { from: '2016-01-01', to: '2016-02-01' }, 'week')).toBeNull();
  });
});

describe('brushAfterKey', () => {
  it.each([
    ['ArrowRight', false, [1, 2], [2, 3]],
    ['ArrowRight', false, [2, 3], [2, 3]],
    ['ArrowLeft', false, [1, 2], [0, 1]],
    ['ArrowRight', true, [1, 2], [1, 3]],
    ['ArrowLeft', true, [1, 2], [1, 1]],
    ['ArrowLeft', true, [1, 1], [1, 1]],
    ['Home', false, [2, 3], [0, 1]],
    ['End', false, [0, 0], [3, 3]],
  ] as const)('%s (Shift: %s) takes [%j] to %j', (key, shift, from, to) => {
    expect(brushAfterKey(from, key, shift, 4)).toEqual(to);
  });

  it('ignores other keys', () => {
    expect(brushAfterKey([0, 1], 'a', false, 4)).toBeNull();
  });
});

describe('nextWindow', () => {
  it('starts at the first buckets, slides a bucket at a time and stops at the last', () => {
    const first = nextWindow(weeks, null, 2, 'week');
    expect(first).toEqual({ from: '2015-01-05', to: '2015-01-18' });
    const second = nextWindow(weeks, first, 2, 'week');
    expect(second).toEqual({ from: '2015-01-12', to: '2015-01-25' });
    const third = nextWindow(weeks, second, 2, 'week');
    expect(third).toEqual({ from: '2015-01-19', to: '2015-02-01' });
    expect(nextWindow(weeks, third, 2, 'week')).toBeNull();
  });

  it('takes the whole strip when the window is wider than the corpus', () => {
    expect(nextWindow(weeks, null, 12, 'week')).toEqual({ from: '2015-01-05', to: '2015-02-01' });
  });
});
