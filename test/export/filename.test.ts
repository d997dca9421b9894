/** Export file names say what was exported: corpus, filters and options in the API's order, date. */
import { EXPORT_FORMATS, exportGraph } from '../../server/export';
import { exportFileName } from '../../server/export/filename';
import { demoCorpus } from './fixtures';

const DATE = new Date('2025-06-01T23:30:00Z');

describe('exportFileName', () => {
  it.each([
    ['plexus', {}, 'gexf', 'plexus_2025-06-01.gexf'],
    [
      'demo',
      { types: ['PERSON' as const, 'LOCATION' as const], minWeight: 0.25, weight: 'npmi' as const },
      'graphml',
      'demo_types-PERSON+LOCATION_minWeight-0.25_weight-npmi_2025-06-01.graphml',
    ],
    [
      'news 2025',
      { minMentions: 3, q: 'Putin’s "men"/Кремль', doc: 4, minCount: 3 },
      'csv.zip',
      'news-2025_minMentions-3_q-Putin-s-men-Кремль_doc-4_minCount-3_2025-06-01.csv.zip',
    ],
    ['../..', { q: '///' }, 'json', 'plexus_q-search_2025-06-01.json'],
  ])('%s with %j as %s → %s', (corpus, filter, extension, expected) => {
    expect(exportFileName(corpus, filter, extension, DATE)).toBe(expected);
  });

  it('names a variant first, after the corpus', () => {
    expect(exportFileName('demo', { types: ['PERSON'] }, 'gexf', DATE, 'gexf-1.2')).toBe('demo_gexf-1.2_types-PERSON_2025-06-01.gexf');
  });

  it('gives every export format its own file name for the same export', () => {
    const demo = demoCorpus();
    try {
      const names = Object.fromEntries(
        EXPORT_FORMATS.map((format) => [format, exportGraph(demo.corpus, { format, filter: {}, corpusName: 'plexus', date: DATE }).fileName]),
      );
      expect(new Set(Object.values(names)).size).toBe(EXPORT_FORMATS.length);
      expect(names.gexf).toBe('plexus_2025-06-01.gexf');
      expect(names['gexf-1.2']).toBe('plexus_gexf-1.2_2025-06-01.gexf');
    } finally {
      demo.close();
    }
  });
});
