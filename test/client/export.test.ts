/** The export links: the view's filters the server understands, as `/api/export` parameters. */

import { attachmentName, canExport, EXPORT_CHOICES, exportHref, exportParams, exportPositions } from '../../client/src/state/export';
import { DEFAULT_VIEW, type ViewState } from '../../client/src/state/types';
import { EXPORT_FORMATS } from '#model/export-formats';
import { positionsBody, exportQuery } from '../../server/api/schemas';
import { demoLikeGraph } from './fixtures';

const withFilters = (filters: Partial<ViewState['filters']>): ViewState => ({ ...DEFAULT_VIEW, filters: { ...DEFAULT_VIEW.filters, ...filters } });

describe('export links', () => {
  it('offers GEXF, GEXF over time, GraphML, JSON, CSV and evidence CSV, all formats the server knows', () => {
    expect(EXPORT_CHOICES.map((choice) => choice.format)).toEqual(['gexf', 'gexf-dynamic', 'graphml', 'json', 'csv', 'evidence.csv']);
    for (const choice of EXPORT_CHOICES) expect(EXPORT_FORMATS).toContain(choice.format);
  });

  it('carries only the format for the default view', () => {
    expect(exportHref('gexf', DEFAULT_VIEW)).toBe('/api/export?format=gexf');
    expect(exportHref('gexf', { ...DEFAULT_VIEW, period: { from: '2015-09-01', to: '2015-09-30' } })).toBe(
      '/api/export?format=gexf&from=2015-09-01&to=2015-09-30',
    );
  });

  it('carries the types shown, minWeight, minMentions and a single document', () => {
    const view = withFilters({ hiddenTypes: ['PERSON'], minWeight: 2, minMentions: 3, documents: [4] });
    const params = exportParams('graphml', view);
    expect(params.get('format')).toBe('graphml');
    expect(params.get('types')).toBe('ORGANIZATION,LOCATION,OUTLET');
    expect(params.get('minWeight')).toBe('2');
    expect(params.get('minMentions')).toBe('3');
    expect(params.get('doc')).toBe('4');
  });

  it('carries the edge weighting and its minimum count', () => {
    const params = exportParams('gexf', withFilters({ weighting: 'npmi', minCount: 3, minWeight: 0.2 }));
    expect(params.get('weight')).toBe('npmi');
    expect(params.get('minCount')).toBe('3');
    expect(params.get('minWeight')).toBe('0.2');
    expect(exportParams('gexf', withFilters({ weighting: 'count', minCount: null })).has('weight')).toBe(false);
  });

  it('leaves out what the server has no parameter for', () => {
    const params = exportParams('csv', { ...withFilters({ documents: [1, 2], hideIsolated: true }), selected: 'russia', focus: 1 });
    expect([...params.keys()]).toEqual(['format']);
  });

  it('builds queries the server accepts', () => {
    const view = withFilters({ hiddenTypes: ['PERSON', 'OUTLET'], weighting: 'pmi', minCount: 2, minWeight: 1.5, minMentions: 2, documents: [3] });
    for (const choice of EXPORT_CHOICES) {
      const parsed = exportQuery.safeParse(Object.fromEntries(exportParams(choice.format, view)));
      expect(parsed.success).toBe(true);
    }
  });

  it('cannot export a view with every type hidden', () => {
    expect(canExport(DEFAULT_VIEW)).toBe(true);
    expect(canExport(withFilters({ hiddenTypes: ['PERSON', 'ORGANIZATION', 'LOCATION', 'OUTLET'] }))).toBe(false);
  });
});

describe('exports with the map', () => {
  it('sends every entity at its position on the map, in a body the server accepts', () => {
    const graph = demoLikeGraph();
    graph.forEachNode((node, _attributes) => graph.mergeNodeAttributes(node, { x: node.length * 1.5, y: -node.length }));
    const payload = exportPositions(graph);
    expect(Object.keys(payload.positions).sort()).toEqual(graph.nodes().sort());
    for (const node of graph.nodes()) expect(payload.positions[node]).toEqual([node.length * 1.5, -node.length]);
    expect(positionsBody.parse(JSON.parse(JSON.stringify(payload)))).toEqual(payload);
  });

  it('leaves out a position that is not a number, which the server would refuse', () => {
    const graph = demoLikeGraph();
    const [first] = graph.nodes();
    graph.setNodeAttribute(first, 'x', Number.NaN);
    const payload = exportPositions(graph);
    expect(payload.positions).not.toHaveProperty(first);
    expect(positionsBody.safeParse(JSON.parse(JSON.stringify(payload))).success).toBe(true);
  });

  it('asks the server for a file only for exports that hold positions', () => {
    expect(EXPORT_CHOICES.filter((choice) => choice.positions).map((choice) => choice.format)).toEqual(['gexf', 'gexf-dynamic', 'graphml', 'json', 'csv']);
  });

  it.each([
    ['attachment; filename="plexus_gexf-1.2_2025-06-01.gexf"', 'plexus_gexf-1.2_2025-06-01.gexf'],
    ['attachment; filename=plexus_2025-06-01.gexf', 'plexus_2025-06-01.gexf'],
    [`attachment; filename="news-_2025-06-01.gexf"; filename*=UTF-8''news-%D0%9A_2025-06-01.gexf`, 'news-К_2025-06-01.gexf'],
    [null, 'plexus-export'],
  ])('saves %s as %s', (disposition, name) => {
    expect(attachmentName(disposition, 'plexus-export')).toBe(name);
  });
});
