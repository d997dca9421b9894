/** What a stored document changes in the kept graph, as pure functions of the pipeline's output. */
import { edgeKey } from '#model/edge-key';
import type { ResolvedMention, Sentence } from '#model/types';
import { graphChangeOf, pairKeys, windowUnit } from '../../server/corpus/graph-change';

const sentences: Sentence[] = [
  { index: 0, paragraph: 0, begin: 0, end: 30 },
  { index: 1, paragraph: 0, begin: 31, end: 60 },
  { index: 2, paragraph: 1, begin: 62, end: 90 },
];

const mention = (entity: string, sentence: number, extra: Partial<ResolvedMention> = {}): ResolvedMention => ({
  begin: sentence * 31,
  end: sentence * 31 + 5,
  text: entity,
  type: 'PERSON',
  sentence,
  role: 'subject',
  source: 'text',
  name: entity,
  entity,
  ...extra,
});

describe('windowUnit', () => {
  it.each([
    ['sentence', 2],
    ['paragraph', 1],
    ['document', 0],
  ] as const)('puts the third sentence in window %s → %i', (window, unit) => {
    expect(windowUnit(window, sentences[2])).toBe(unit);
  });
});

describe('graphChangeOf', () => {
  const mentions = [
    mention('putin', 2),
    mention('obama', 0),
    mention('putin', 0),
    mention('reuters', 0, { type: 'OUTLET', role: 'reporting' }),
    mention('putin', 1, { source: 'pronoun' }),
  ];
  const registered = (id: string) => (id === 'putin' ? { label: 'Vladimir Putin', type: 'PERSON' as const } : undefined);

  it("counts an entity's mentions in the text and its reports, labelled as the resolver has it", () => {
    const change = graphChangeOf(7, 'sentence', { sentences, mentions, merged: [] }, registered);
    expect(change.entities).toEqual([
      { id: 'putin', label: 'Vladimir Putin', type: 'PERSON', mentions: 2, reports: 0 },
      { id: 'obama', label: 'obama', type: 'PERSON', mentions: 1, reports: 0 },
      { id: 'reuters', label: 'reuters', type: 'OUTLET', mentions: 1, reports: 1 },
    ]);
  });

  it('gives the windows of subject mentions only, sorted by window, the merges as they were', () => {
    const merged = [{ from: 'vladimir-putin', into: 'putin' }];
    const change = graphChangeOf(7, 'paragraph', { sentences, mentions, merged }, registered);
    expect(change.rows).toEqual([
      { doc: 7, unit: 0, entity: 'obama' },
      { doc: 7, unit: 0, entity: 'putin' },
      { doc: 7, unit: 0, entity: 'putin' },
      { doc: 7, unit: 1, entity: 'putin' },
    ]);
    expect(change.merged).toBe(merged);
  });
});

describe('pairKeys', () => {
  it('pairs the entities of each window, never across windows', () => {
    const rows = [
      { doc: 1, unit: 0, entity: 'a' },
      { doc: 1, unit: 0, entity: 'b' },
      { doc: 1, unit: 3, entity: 'c' },
      { doc: 1, unit: 3, entity: 'd' },
      { doc: 1, unit: 3, entity: 'b' },
    ];
    expect([...pairKeys(rows)].sort()).toEqual([edgeKey('a', 'b'), edgeKey('b', 'c'), edgeKey('b', 'd'), edgeKey('c', 'd')].sort());
  });
});
