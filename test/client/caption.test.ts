/** What an exported picture says under the map: the colours' key and a caption with the filters and the date. */

import { caption, describeFilters, keyEntries } from '../../client/src/state/caption';
import { TYPE_COLOURS } from '../../client/src/render/appearance';
import { DEFAULT_VIEW, type ViewState } from '../../client/src/state/types';

const filtered: ViewState = { ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, hiddenTypes: ['OUTLET'], weighting: 'npmi', minCount: 2, minMentions: 3 } };

describe('caption', () => {
  it('names the corpus, what is shown, the filters and the date', () => {
    expect(caption(filtered, { documents: 2, entities: 39, shown: 20, links: 41 }, new Date('2026-12-05T10:00:00Z'))).toBe(
      'Plexus · 2 documents · 20 of 39 entities, 41 links · without outlet · links weighed by NPMI · at least 2 co-occurrences · at least 3 mentions · 2026-12-05',
    );
  });

  it('says only how links are weighed when nothing is filtered', () => {
    expect(describeFilters(DEFAULT_VIEW)).toEqual(['links weighed by sentences together']);
  });
});

describe('keyEntries', () => {
  it('lists the types shown in their colours, or the communities', () => {
    expect(keyEntries(filtered, [])).toEqual([
      { colour: TYPE_COLOURS.PERSON, label: 'Person' },
      { colour: TYPE_COLOURS.ORGANIZATION, label: 'Organization' },
      { colour: TYPE_COLOURS.LOCATION, label: 'Location' },
    ]);
    const communities = [{ community: 0, colour: '#4e79a7', names: ['Russia', 'Syria'], size: 5 }];
    expect(keyEntries({ ...filtered, colourBy: 'community' }, communities)).toEqual([{ colour: '#4e79a7', label: 'Russia, Syria' }]);
  });
});
