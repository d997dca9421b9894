/**
 * The document filter's and the period's masks: fetched once each, intersected, a play without a
 * blank map, and a mask slow to come said aloud.
 */
import type { SerializedGraph } from '#model/types';
import { createMasks, intersectMasks, SLOW_MASK_MS, type MaskSource } from '../../client/src/state/masks';
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
      () => undefined,
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

  describe('a mask slow to come', () => {
    const failed = (message: string) => {
      throw new Error(message);
    };
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    /** A source whose answers wait until `answer` is called. */
    const heldSource = () => {
      const held: (() => void)[] = [];
      const source: MaskSource = (filter) => new Promise((resolve) => held.push(() => resolve(answers[JSON.stringify(filter)] ?? graphOf([], []))));
      return { source, answer: () => held.splice(0).forEach((release) => release()) };
    };

    it('is waited for aloud once it takes longer than a moment, and not once it came', async () => {
      const { source: held, answer } = heldSource();
      const said: string[] = [];
      const masks = createMasks(
        held,
        () => undefined,
        failed,
        (message) => said.push(message),
      );
      masks.update(view(null, { from: '2015-01-01', to: '2015-01-31' }));
      jest.advanceTimersByTime(SLOW_MASK_MS - 1);
      expect(said).toEqual([]);
      jest.advanceTimersByTime(1);
      expect(said).toEqual(['Reading what the documents of 2015-01-01 – 2015-01-31 say…']);
      answer();
      await Promise.resolve();
      masks.update(view([1], { from: '2015-01-01', to: '2015-01-31' }));
      answer();
      await jest.advanceTimersByTimeAsync(SLOW_MASK_MS);
      expect(said).toHaveLength(1);
    });

    it('is not said once another period was asked for meanwhile', () => {
      const said: string[] = [];
      const masks = createMasks(
        heldSource().source,
        () => undefined,
        failed,
        (message) => said.push(message),
      );
      masks.update(view(null, { from: '2015-01-01', to: '2015-01-31' }));
      masks.update(view(null, null));
      jest.advanceTimersByTime(SLOW_MASK_MS);
      expect(said).toEqual([]);
    });
  });
});
