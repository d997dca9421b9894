/** Edge weighting: count, documents, PMI and NPMI against values computed by hand. */
import { edgeKey } from '#model/edge-key';
import { buildGraph, type NodeInfo } from '../../server/graph/cooccurrence';
import { edgeWeights, npmi, pmi, type WindowCounts } from '../../server/graph/weighting';

describe('pmi and npmi', () => {
  // N = 8 windows, a in 2, b in 4, together in 2:
  //   p(a,b) = 2/8 = 0.25, p(a) = 0.25, p(b) = 0.5
  //   PMI  = log2(0.25 / (0.25 × 0.5)) = log2 2 = 1 bit
  //   NPMI = 1 / -log2 0.25 = 1 / 2 = 0.5
  it.each([
    // nab, na, nb, N,  PMI,              NPMI
    [2, 2, 4, 8, 1, 0.5],
    // independent: p(a,b) = 1/4 = p(a) p(b) = 1/2 × 1/2 → PMI 0, NPMI 0
    [1, 2, 2, 4, 0, 0],
    // always together, each only together: p(a,b) = p(a) = p(b) = 1/4 → PMI = log2 4 = 2, NPMI = 2 / 2 = 1
    [1, 1, 1, 4, 2, 1],
    // a in every window, b in half of them, together in half: PMI = log2(0.5 / (1 × 0.5)) = 0, NPMI 0
    [3, 6, 3, 6, 0, 0],
    // together less than chance: p(a,b) = 1/10, p(a) = p(b) = 1/2 → PMI = log2(0.4) = -1.321928, NPMI = -1.321928 / log2 10 = -0.397940
    [1, 5, 5, 10, -1.321928, -0.39794],
  ])('n_ab=%d, n_a=%d, n_b=%d, N=%d → PMI %d, NPMI %d', (nab, na, nb, n, expectedPmi, expectedNpmi) => {
    expect(pmi(nab, na, nb, n)).toBeCloseTo(expectedPmi, 5);
    expect(npmi(nab, na, nb, n)).toBeCloseTo(expectedNpmi, 5);
  });

  it('gives NPMI 1 when both occur in every window (p(a,b) = 1, where -log p(a,b) is 0)', () => {
    expect(npmi(3, 3, 3, 3)).toBe(1);
  });

  it('refuses counts that cannot be (a pair seen more often than one of its entities)', () => {
    expect(() => pmi(3, 2, 4, 8)).toThrow(expect.objectContaining({ name: 'InputError' }));
    expect(() => pmi(0, 2, 4, 8)).toThrow(expect.objectContaining({ name: 'InputError' }));
  });
});

describe('edgeWeights', () => {
  const node = (id: string): NodeInfo => ({ id, label: id, type: 'PERSON', mentions: 1, documents: 1, reports: 0 });
  // doc 1: s0 {a, b}, s1 {a, b, c}, s2 {c}; doc 2: s0 {a, c}, s1 {d}, s2 {} (no entity)
  // pairs: a~b in 2 windows (1 document), a~c in 2 windows (2 documents), b~c in 1 window
  const rows = [
    { doc: 1, unit: 0, entity: 'a' },
    { doc: 1, unit: 0, entity: 'b' },
    { doc: 1, unit: 1, entity: 'a' },
    { doc: 1, unit: 1, entity: 'b' },
    { doc: 1, unit: 1, entity: 'c' },
    { doc: 1, unit: 2, entity: 'c' },
    { doc: 2, unit: 0, entity: 'a' },
    { doc: 2, unit: 0, entity: 'c' },
    { doc: 2, unit: 1, entity: 'd' },
  ];
  const graph = () => buildGraph(['a', 'b', 'c', 'd'].map(node), rows);
  // N = 6 windows (the empty one included); n_a = 3, n_b = 2, n_c = 3, n_d = 1.
  const counts: WindowCounts = {
    windows: 6,
    entities: new Map([
      ['a', 3],
      ['b', 2],
      ['c', 3],
      ['d', 1],
    ]),
  };

  it('weighs by windows or by documents', () => {
    expect(edgeWeights(graph(), { weighting: 'count' })).toEqual({ [edgeKey('a', 'b')]: 2, [edgeKey('a', 'c')]: 2, [edgeKey('b', 'c')]: 1 });
    expect(edgeWeights(graph(), { weighting: 'documents' })).toEqual({ [edgeKey('a', 'b')]: 1, [edgeKey('a', 'c')]: 2, [edgeKey('b', 'c')]: 1 });
  });

  it('weighs by PMI over the windows, dropping pairs seen in fewer than 2 windows by default', () => {
    // a~b: log2(2 × 6 / (3 × 2)) = log2 2 = 1;  a~c: log2(2 × 6 / (3 × 3)) = log2(4/3) = 0.415037
    // b~c is seen once: dropped (minCount 2).
    const weights = edgeWeights(graph(), { weighting: 'pmi', counts });
    expect(Object.keys(weights).sort()).toEqual([edgeKey('a', 'b'), edgeKey('a', 'c')]);
    expect(weights[edgeKey('a', 'b')]).toBeCloseTo(1, 6);
    expect(weights[edgeKey('a', 'c')]).toBeCloseTo(0.415037, 5);
  });

  it('weighs by NPMI, keeping rare pairs when minCount is 1', () => {
    // a~b: 1 / -log2(2/6) = 1 / 1.584963 = 0.630930
    // b~c: PMI = log2(1 × 6 / (2 × 3)) = 0 → NPMI 0
    const weights = edgeWeights(graph(), { weighting: 'npmi', counts, minCount: 1 });
    expect(weights[edgeKey('a', 'b')]).toBeCloseTo(0.63093, 5);
    expect(weights[edgeKey('b', 'c')]).toBeCloseTo(0, 10);
  });

  it('needs the window counts for PMI', () => {
    expect(() => edgeWeights(graph(), { weighting: 'pmi' })).toThrow(expect.objectContaining({ name: 'InputError' }));
  });

  it('assigns the weight, keeps the window count and drops the rare pairs', () => {
    const g = graph();
    edgeWeights.assign(g, { weighting: 'npmi', counts });
    expect(g.size).toBe(2);
    expect(g.getEdgeAttribute(edgeKey('a', 'b'), 'count')).toBe(2);
    expect(g.getEdgeAttribute(edgeKey('a', 'b'), 'weight')).toBeCloseTo(0.63093, 5);
    expect(g.getNodeAttribute('b', 'degree')).toBe(1);
    // Applied again, it reads the window count, not the weight it wrote.
    edgeWeights.assign(g, { weighting: 'count' });
    expect(g.getEdgeAttributes(edgeKey('a', 'b'))).toEqual({ weight: 2, count: 2, documents: 1 });
  });
});
