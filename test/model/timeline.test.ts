/** The corpus over time (server/model/timeline.ts), as a pure function of the documents' dates. */
import { MAX_BUCKETS, timelineOf } from '#model/timeline';

describe('timelineOf', () => {
  it('starts a week on Monday and a month on its first day, whatever day the documents fall on', () => {
    // 2016-01-03 is a Sunday: its week began on Monday 2015-12-28.
    const docs = [{ date: '2016-01-03', mentions: 2 }];
    expect(timelineOf(docs, 'week').buckets).toEqual([{ start: '2015-12-28', documents: 1, mentions: 2 }]);
    expect(timelineOf(docs, 'month').buckets).toEqual([{ start: '2016-01-01', documents: 1, mentions: 2 }]);
  });

  it('has no buckets when no document is dated, and counts them as undated', () => {
    expect(timelineOf([{ date: null, mentions: 3 }], 'day')).toEqual({ unit: 'day', buckets: [], undated: { documents: 1, mentions: 3 } });
  });

  it(`refuses more than ${MAX_BUCKETS} buckets, naming the span and a coarser unit`, () => {
    const docs = [
      { date: '1950-01-01', mentions: 1 },
      { date: '2015-01-01', mentions: 1 },
    ];
    expect(() => timelineOf(docs, 'day')).toThrow(/more than 5000 days \(1950-01-01 to 2015-01-01\): ask for unit=week or month/);
    expect(timelineOf(docs, 'month').buckets).toHaveLength(65 * 12 + 1);
  });
});
