import { clusterWords, type WordVectors } from '../../../server/extract/tagger/clusters';

/** Unit vectors in three dimensions around two directions, a little apart from each other. */
function vectors(): WordVectors {
  const rows: [string, number[]][] = [
    ['paris', [1, 0.1, 0]],
    ['london', [1, 0, 0.1]],
    ['rome', [1, 0.05, 0.05]],
    ['said', [0, 1, 0.1]],
    ['told', [0.1, 1, 0]],
    ['added', [0, 1, 0.05]],
    ['madrid', [1, 0.08, 0.02]],
    ['replied', [0.05, 1, 0.02]],
  ];
  const out = new Float32Array(rows.length * 3);
  rows.forEach(([, v], i) => {
    const norm = Math.hypot(...v);
    v.forEach((x, d) => (out[i * 3 + d] = x / norm));
  });
  return { words: rows.map(([w]) => w), dims: 3, vectors: out };
}

const top = (path: number | undefined): number | undefined => (path === undefined ? undefined : path >> 9);

describe('clusterWords', () => {
  it('splits places from speech verbs at the first turn', () => {
    const classes = clusterWords(vectors(), 6, 1);
    const places = ['paris', 'london', 'rome'].map((w) => top(classes.pathOf(w)));
    const verbs = ['said', 'told', 'added'].map((w) => top(classes.pathOf(w)));
    expect(new Set(places).size).toBe(1);
    expect(new Set(verbs).size).toBe(1);
    expect(places[0]).not.toBe(verbs[0]);
  });

  it('sends words outside the core down the tree to their neighbours', () => {
    const classes = clusterWords(vectors(), 6, 1);
    expect(top(classes.pathOf('madrid'))).toBe(top(classes.pathOf('paris')));
    expect(top(classes.pathOf('replied'))).toBe(top(classes.pathOf('said')));
  });

  it('gives the same paths for the same seed', () => {
    expect(clusterWords(vectors(), 6, 3).entries()).toEqual(clusterWords(vectors(), 6, 3).entries());
  });
});
