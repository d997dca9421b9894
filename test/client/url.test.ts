/** The view state in the URL: what is written, what is read back, and how bad links are read. */

import { isKnownType } from '../../client/src/render/appearance';
import { DEFAULT_VIEW, type ViewState } from '../../client/src/state/types';
import { decodeView, encodeView, isHistoryStep, viewSearch } from '../../client/src/state/url';

const decode = (search: string): ViewState => decodeView(search, isKnownType);

describe('view state in the URL', () => {
  it('writes nothing for the default view', () => {
    expect(viewSearch(DEFAULT_VIEW)).toBe('');
    expect(decode('')).toEqual(DEFAULT_VIEW);
  });

  it('round-trips every field', () => {
    const view: ViewState = {
      filters: { hiddenTypes: ['PERSON', 'OUTLET'], weighting: 'npmi', minCount: 3, minWeight: 0.25, minMentions: 3, documents: [1, 4], hideIsolated: true },
      selected: 'vladimir-putin',
      edge: ['vladimir-putin', 'barack-obama'],
      focus: 2,
      path: ['vladimir-putin', 'isil'],
      document: 4,
      sizeBy: 'pagerank',
      colourBy: 'community',
      camera: { x: 0.5, y: 0.25, ratio: 0.8 },
      period: { from: '2015-09-01', to: '2015-09-30' },
      compare: { from: '2015-08-01', to: '2015-08-31' },
      top: 600,
    };
    expect(decode(viewSearch(view))).toEqual(view);
    expect(decode(viewSearch({ ...view, top: 'all' })).top).toBe('all');
    expect(decode('top=0').top).toBeNull();
    expect(viewSearch({ ...DEFAULT_VIEW, period: { from: '2015-09-01', to: '2015-09-30' } })).toBe('?period=2015-09-01%2C2015-09-30');
    // A period out of order, of one day alone, or not written as days is no period.
    expect(decode('period=2015-10-01,2015-09-01').period).toBeNull();
    expect(decode('period=2015-10-01').period).toBeNull();
    expect(decode('vs=last-week,now').compare).toBeNull();
  });

  it.each([
    ['hide=PERSON,NOT_A_TYPE,PERSON', { hiddenTypes: ['PERSON'] }],
    ['minWeight=-2&minMentions=abc', { minWeight: 0, minMentions: 0 }],
    ['minWeight=3', { minWeight: 3 }],
    ['minWeight=0.35', { minWeight: 0.35 }],
    ['weight=pmi&minCount=3', { weighting: 'pmi', minCount: 3 }],
    ['weight=loudness&minCount=0', { weighting: 'count', minCount: null }],
    ['weight=documents&minCount=-1', { weighting: 'documents', minCount: null }],
    ['docs=3,x,0,3,1', { documents: [1, 3] }],
    ['docs=', { documents: [] }],
    ['isolated=hide', { hideIsolated: true }],
  ])('reads filters from %j', (search, expected) => {
    expect(decode(search).filters).toEqual({ ...DEFAULT_VIEW.filters, ...expected });
  });

  it.each([
    ['link=a', null],
    ['link=a,a', null],
    ['link=a,b,c', null],
    ['link=a,b', ['a', 'b']],
  ])('reads the link from %j', (search, edge) => {
    expect(decode(search).edge).toEqual(edge);
  });

  it('ignores a bad camera, focus, size or document instead of failing', () => {
    const view = decode('cam=1,2&focus=7&size=huge&doc=-1&entity=');
    expect(view).toEqual(DEFAULT_VIEW);
  });

  it('rounds the camera so that links stay short', () => {
    expect(encodeView({ ...DEFAULT_VIEW, camera: { x: 0.123456789, y: 1, ratio: 1 / 3 } }).get('cam')).toBe('0.1235,1,0.3333');
  });

  it('takes a camera move for a replacement, a choice for a history step', () => {
    const moved = { ...DEFAULT_VIEW, camera: { x: 1, y: 1, ratio: 1 } };
    expect(isHistoryStep(DEFAULT_VIEW, moved)).toBe(false);
    expect(isHistoryStep(moved, { ...moved, selected: 'russia' })).toBe(true);
  });
});
