/** Export file names say what was exported: corpus, filters and options in the API's order, date. */
import { exportFileName } from '../../server/export/filename';

const DATE = new Date('2025-06-01T23:30:00Z');

describe('exportFileName', () => {
  it.each([
    ['plexus', {}, 'gexf', 'plexus_2025-06-01.gexf'],
    ['demo', { types: ['PERSON' as const, 'LOCATION' as const], minWeight: 0.25, weight: 'npmi' as const }, 'graphml', 'demo_types-PERSON+LOCATION_minWeight-0.25_weight-npmi_2025-06-01.graphml'],
    ['news 2025', { minMentions: 3, q: 'Putin’s "men"/Кремль', doc: 4, minCount: 3 }, 'csv.zip', 'news-2025_minMentions-3_q-Putin-s-men-Кремль_doc-4_minCount-3_2025-06-01.csv.zip'],
    ['../..', { q: '///' }, 'json', 'plexus_q-search_2025-06-01.json'],
  ])('%s with %j as %s → %s', (corpus, filter, extension, expected) => {
    expect(exportFileName(corpus, filter, extension, DATE)).toBe(expected);
  });
});
