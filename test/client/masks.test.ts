/** The document filter's and the period's masks: fetched once each, intersected, and a play without a blank map. */
import type { SerializedGraph } from '#model/types';
import { createMasks, intersectMasks, type MaskSource } from '../../client/src/state/masks';
import { DEFAULT_VIEW, type ViewState } from '../../client/src/state/types';
import { edgeKey } from '#model/edge-key';

const graphOf = (nodes: string[], edges: [string, string][]): SerializedGraph => ({
  attributes: { window: 'sentence', nodes: nodes.length, edges: edges.length },
  options: { type: 'undirected', multi: false, allowSelfLoops: false },
  nodes: nodes.map((key) => ({ key, attributes: { label: key, type: 'PERSON', mentions: 1, documents: 1, degree: 1, reports: 0 } })),
  edges: edges.map(([source, target]) => ({ key: `${source}~${target}`, source, target, undirected: true, attributes: { weight: 1, documents: 1 } })),
});

describe('intersectMasks', () => {
  it('keeps what both keep; a missing mask keeps everything', () => {
    const a = { nodes: new Set(['x', 'y']), pairs: new Set([edgeKey('x', 'y')]) };
    const b = { nodes: new Set(['y', 'z']), pairs: new Set<string>() };
    expect(intersectMasks(a, b)).toEqual({ nodes: new Set(['y']), pairs: new Set() });
    expect(intersectMasks(null, b)).toBe(b);
    expect(intersectMasks(null, null)).toBeNull();
  });
});

describe('createMasks', () => {
  const answers: Record<string, SerializedGraph> = {
    '{"doc":1}': graphOf(['anna', 'peter'], [['anna', 'peter']]),
    '{"from":"2015-01-01","to":"2015-01-31"}': graphOf(['anna', 'lena'], []),
    '{"from":"2015-02-01","to":"2015-02-28"}': graphOf(['peter'], []),
  };
  const asked: string[] = [];
  const source: MaskSource = (filter) => {
    asked.push(JSON.stringify(filter));
    return Promise.resolve(answers[JSON.stringify(filter)] ?? graphOf([], []));
  };
  const view = (documents: number[] | null, period: ViewState['period']): ViewState => ({
    ...DEFAULT_VIEW,
    filters: { ...DEFAULT_VIEW.filters, documents },
    period,
  });
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it('intersects the chosen documents with the period, and fetches each once', async () => {
    const masks = createMasks(
      source,
      () => undefined,
      (message) => fail(message),
    );
    expect(masks.current()).toBeNull();
    masks.update(view([1], { from: '2015-01-01', to: '2015-01-31' }));
    await settle();
    expect(masks.current()?.nodes).toEqual(new Set(['anna']));
    masks.update(view(null, { from: '2015-02-01', to: '2015-02-28' }));
    await settle();
    expect(masks.current()?.nodes).toEqual(new Set(['peter']));
    masks.update(view(null, { from: '2015-01-01', to: '2015-01-31' }));
    expect(masks.current()?.nodes).toEqual(new Set(['peter']));
    await settle();
    expect(masks.current()?.nodes).toEqual(new Set(['anna', 'lena']));
    expect(asked.filter((filter) => filter.includes('2015-01-01'))).toHaveLength(1);
  });
});
