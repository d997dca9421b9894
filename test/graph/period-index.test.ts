/**
 * The graph of a period from memory (server/graph/period-index.ts) is, node for node and link for
 * link, in the same order, the graph built from the store's rows of the period's documents; its
 * JSON, written without building that graph, is the graph's serialised form.
 */
import { benchCorpus } from '../../bench/corpus';
import { openCorpus } from '../../server/corpus';
import { buildGraph } from '../../server/graph/cooccurrence';
import { serializeGraph } from '../../server/graph/filter';
import { PeriodIndex, type Period } from '../../server/graph/period-index';
import type { CooccurrenceWindow, DocumentInput } from '#model/types';
import { Store } from '../../server/store/store';
import { demoDocuments } from '../helpers/fixtures';
import { freshStore } from '../helpers/store';

function inputs(): DocumentInput[] {
  const undated = { title: 'Undated', text: 'Ivan Karov met Omar Haddad and Sergei Lavrov in Aleppo on Monday.', sourcePath: '' };
  return [...demoDocuments(), undated, ...benchCorpus(60, { seed: 3, words: 250 })];
}

describe.each<CooccurrenceWindow>(['sentence', 'document'])('the graph of a period (%s window)', (window) => {
  let store: Store;
  let index: PeriodIndex;
  let hidden: string;

  beforeAll(() => {
    const file = freshStore('periods');
    const corpus = openCorpus({ dbPath: file, window });
    corpus.ingest(inputs());
    // A hidden entity is in no period's graph, and links nobody there.
    hidden = corpus.graph().nodes.sort((a, b) => b.attributes.degree - a.attributes.degree)[0].key;
    corpus.curate({ action: 'hide', entity: hidden });
    corpus.close();
    store = new Store(file);
    const shown = new Map(store.graph.nodes().map((node) => [node.id, node]));
    index = new PeriodIndex(store.documents.dates(), store.graph.periodMentions(window), (id) => shown.get(id));
  });
  afterAll(() => store.close());

  /** The period's graph as the store's rows build it. */
  function builtFromRows(period: Period) {
    const rows = [...store.graph.windowRows(window, period)];
    const inRows = new Set(rows.map((row) => row.entity));
    return buildGraph(
      store.graph.nodes(period).filter((node) => inRows.has(node.id)),
      rows,
    ).export();
  }

  const dates = () => store.documents.dates().flatMap(({ date }) => (date === null ? [] : [date]));

  it.each<[string, (dated: string[]) => Period]>([
    ['a month', () => ({ from: '2025-01-01', to: '2025-01-31' })],
    ['one day', (dated) => ({ from: dated[5], to: dated[5] })],
    ['everything dated', () => ({ from: '0000-01-01', to: '9999-12-31' })],
    ['an open start', () => ({ to: '2025-01-20' })],
    ['an open end', () => ({ from: '2025-02-01' })],
    ['a period without documents', () => ({ from: '1990-01-01', to: '1990-12-31' })],
  ])('is the graph built from the rows, for %s', (_name, periodOf) => {
    const period = periodOf(dates());
    const fromMemory = index.graph(period).export();
    expect(fromMemory).toEqual(builtFromRows(period));
    expect(fromMemory.nodes.map((node) => node.key)).not.toContain(hidden);
  });

  it.each<Period>([{ from: '2025-01-01', to: '2025-01-31' }, { to: '2025-01-20' }, { from: '1990-01-01', to: '1990-12-31' }])(
    'writes the JSON that serialising its graph writes, for %o',
    (period) => {
      expect(index.json(period, window)).toBe(JSON.stringify(serializeGraph(index.graph(period), window)));
    },
  );

  it('has links and entities in a month of the bench corpus, so that the comparison means something', () => {
    const month = index.graph({ from: '2025-01-01', to: '2025-01-31' });
    expect(month.order).toBeGreaterThan(30);
    expect(month.size).toBeGreaterThan(30);
  });
});
