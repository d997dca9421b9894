import { titleFromName } from '../../server/ingest/origin';

describe('titleFromName', () => {
  it('takes the file name without its folder and extension', () => {
    expect(titleFromName('data/corpus/putin-speaks.txt')).toBe('putin-speaks');
  });

  it('understands the backslash paths that Windows browsers send with uploads', () => {
    expect(titleFromName('C:\\Users\\ana\\notes.md')).toBe('notes');
  });

  it('keeps only the last extension', () => {
    expect(titleFromName('report.2015.html')).toBe('report.2015');
  });
});
