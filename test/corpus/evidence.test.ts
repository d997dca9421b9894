/**
 * The evidence of many links at once, as an export reads it: one pass over the documents that
 * gives, for every link, what asking `evidence` for that link alone gives, in the same order.
 */
import { benchCorpus } from '../../bench/corpus';
import { openCorpus, type Corpus } from '../../server/corpus';
import { edgeKey } from '#model/edge-key';
import { mergeCopies } from '../../server/graph/statements';
import type { CooccurrenceWindow } from '#model/types';
import { demoDocuments } from '../helpers/fixtures';
import { freshStore } from '../helpers/store';

function corpusWith(window: CooccurrenceWindow): Corpus {
  const corpus = openCorpus({ dbPath: freshStore(window), window });
  const demo = demoDocuments();
  corpus.ingest([...demo, ...benchCorpus(12, { seed: 5, words: 300 })]);
  return corpus;
}

describe.each(['sentence', 'paragraph', 'document'] as const)('linksEvidence, in %s windows', (window) => {
  let corpus: Corpus;
  beforeAll(() => {
    corpus = corpusWith(window);
  });
  afterAll(() => corpus.close());

  it('gives every link exactly the evidence that asking for that link alone gives, each copy of a sentence listed', () => {
    const links = corpus.graph().edges.map((edge) => [edge.source, edge.target] as const);
    expect(links.length).toBeGreaterThan(50);
    const all = corpus.linksEvidence(links);
    expect(all.size).toBe(links.length);
    let items = 0;
    for (const [source, target] of links) {
      const alone = corpus.evidence(source, target, Number.MAX_SAFE_INTEGER);
      expect(mergeCopies(all.get(edgeKey(source, target)) ?? [])).toEqual(alone);
      items += alone.length;
    }
    expect(items).toBeGreaterThan(links.length);
  });

  it("keeps to one document's sentences when asked for that document", () => {
    const links = corpus.graph({ doc: 2 }).edges.map((edge) => [edge.source, edge.target] as const);
    expect(links.length).toBeGreaterThan(0);
    for (const [key, items] of corpus.linksEvidence(links, { doc: 2 })) {
      expect(items.length).toBeGreaterThan(0);
      expect(new Set(items.map((item) => item.document.id))).toEqual(new Set([2]));
      const [source, target] = key.split('~');
      expect(items).toEqual(corpus.evidence(source, target, Number.MAX_SAFE_INTEGER).filter((item) => item.document.id === 2));
    }
  });
});
