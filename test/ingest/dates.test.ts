import { normaliseDate } from '../../server/ingest/dates';

describe('normaliseDate', () => {
  it.each([
    ['2015-09-04', '2015-09-04'],
    ['2015-09-04T10:00:00Z', '2015-09-04'],
    ['2015-09-04 10:00', '2015-09-04'],
    ['  2015-09-04  ', '2015-09-04'],
    ['10 July 2015', '2015-07-10'],
    ['10th Jul. 2015', '2015-07-10'],
    ['Friday, 10 July 2015', '2015-07-10'],
    ['Fri, 10 Jul 2015 12:00:00 GMT', '2015-07-10'],
    ['July 10, 2015', '2015-07-10'],
    ['Sept 4 2015', '2015-09-04'],
    ['Friday, September 4, 2015', '2015-09-04'],
    ['29 February 2016', '2016-02-29'],
  ])('reads %p as %p', (value, expected) => {
    expect(normaliseDate(value)).toBe(expected);
  });

  it('keeps the date as written in its own time zone instead of converting to UTC', () => {
    expect(normaliseDate('2015-09-04T23:30:00-05:00')).toBe('2015-09-04');
  });

  it.each([
    ['04/09/2015', 'day and month could be either way round'],
    ['2015-09', 'no day'],
    ['September 2015', 'no day'],
    ['2015-02-30', 'not a calendar day'],
    ['29 February 2015', 'not a leap year'],
    ['2015-13-01', 'no 13th month'],
    ['10 Julember 2015', 'not a month'],
    ['yesterday', 'not a date'],
    ['', 'empty'],
  ])('leaves out %p (%s)', (value) => {
    expect(normaliseDate(value)).toBeUndefined();
  });
});
