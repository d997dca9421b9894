/**
 * The writer of documents extracted elsewhere: it stores what an ingest of the same documents in
 * the same order stores, whether their extractions still hold or must be made again, refuses and
 * finds duplicates as the ingest does, and applies the curation rules to what it adds.
 */
import { benchCorpus } from '../../bench/corpus';
import { openCorpus, type Corpus } from '../../server/corpus';
import { DocumentWriter } from '../../server/corpus/document-writer';
import { extractAhead } from '../../server/corpus/prior-extraction';
import { DEFAULT_EXTRACT_OPTIONS } from '../../server/extract/options';
import type { DocumentInput, IngestOutcome } from '#model/types';
import { KnownTypes } from '../../server/resolve/known-types';
import { demoDocuments, realLexicon } from '../helpers/fixtures';
import { freshStore } from '../helpers/store';

function inputs(): DocumentInput[] {
  const demo = demoDocuments();
  return [...demo, ...benchCorpus(40, { seed: 4, words: 200 }), demo[1]];
}

/** An extraction made elsewhere, knowing nothing of the corpus: later documents asked about names the registry knows by then. */
const madeBlind = (input: DocumentInput) => extractAhead(input.text, realLexicon(), DEFAULT_EXTRACT_OPTIONS, () => undefined);

/** The store's answers that an ingest decides: documents, entities, links and evidence. */
function answers(corpus: Corpus) {
  const graph = corpus.graph();
  const edge = graph.edges[0];
  return { graph, documents: corpus.documents().map(({ ingestedAt: _at, ...d }) => d), evidence: corpus.evidence(edge.source, edge.target, 1000) };
}

const statuses = (outcomes: readonly IngestOutcome[]) => outcomes.map((o) => [o.status, o.source]);

function written(dbPath: string, documents: readonly DocumentInput[], prior: (input: DocumentInput) => ReturnType<typeof madeBlind> | undefined) {
  const writer = DocumentWriter.open({ dbPath });
  try {
    writer.begin();
    const results = documents.map((input) => writer.add(input, prior(input)));
    writer.commit();
    return results;
  } finally {
    writer.close();
  }
}

describe('DocumentWriter', () => {
  it('stores what an ingest of the same documents stores, redoing the extractions that no longer hold', () => {
    const reference = openCorpus({ dbPath: freshStore('ingest') });
    const queued = freshStore('queued');
    try {
      const expected = reference.ingest(inputs());
      const results = written(queued, inputs(), madeBlind);
      expect(statuses(results.map((r) => r.outcome))).toEqual(statuses(expected));
      // Some blind extractions held, some were made again: both kinds are exercised.
      const again = results.filter((r) => r.extractedAgain).length;
      expect(again).toBeGreaterThan(0);
      expect(again).toBeLessThan(results.length - 1);
      const corpus = openCorpus({ dbPath: queued });
      try {
        expect(answers(corpus)).toEqual(answers(reference));
      } finally {
        corpus.close();
      }
    } finally {
      reference.close();
    }
  });

  it('uses an extraction made with what the registry knew: nothing is extracted again', () => {
    const dbPath = freshStore('queued');
    const known = new KnownTypes();
    const writer = DocumentWriter.open({ dbPath });
    try {
      writer.begin();
      for (const input of inputs().slice(0, 12)) {
        const result = writer.add(
          input,
          extractAhead(input.text, realLexicon(), DEFAULT_EXTRACT_OPTIONS, (name) => known.knownType(name)),
        );
        expect(result.extractedAgain).toBe(false);
        if (result.link) known.learn(result.link);
      }
      writer.commit();
    } finally {
      writer.close();
    }
  });

  it('refuses an empty document and finds a stored text a duplicate, in the words of an ingest', () => {
    const dbPath = freshStore('queued');
    const [first] = demoDocuments();
    const results = written(dbPath, [first, { title: 'Blank', text: ' \n ', sourcePath: 'blank.txt' }, { ...first, sourcePath: 'copy.txt' }], () => undefined);
    expect(results.map((r) => r.outcome)).toEqual([
      expect.objectContaining({ status: 'added' }),
      { status: 'refused', source: 'blank.txt', reason: 'blank.txt: the document is empty' },
      expect.objectContaining({ status: 'duplicate', source: 'copy.txt' }),
    ]);
  });

  it('applies the curation rules to the documents it adds', () => {
    const [first, second] = demoDocuments();
    const stores = ['ingest', 'queued'].map((name) => freshStore(name));
    for (const dbPath of stores) {
      const corpus = openCorpus({ dbPath });
      try {
        corpus.ingest([first]);
        corpus.curate({ action: 'rename', entity: 'vladimir-putin', label: 'President Putin' });
        corpus.curate({ action: 'merge', entity: 'barack-obama', into: 'vladimir-putin' });
      } finally {
        corpus.close();
      }
    }
    const reference = openCorpus({ dbPath: stores[0] });
    try {
      reference.ingest([second]);
      written(stores[1], [second], madeBlind);
      const corpus = openCorpus({ dbPath: stores[1] });
      try {
        expect(corpus.entity('vladimir-putin').label).toBe('President Putin');
        expect(corpus.graph().nodes.map((node) => node.key)).not.toContain('barack-obama');
        expect(answers(corpus)).toEqual(answers(reference));
      } finally {
        corpus.close();
      }
    } finally {
      reference.close();
    }
  });

  it('forgets what a rolled back transaction linked', () => {
    const dbPath = freshStore('queued');
    const [first] = demoDocuments();
    const writer = DocumentWriter.open({ dbPath });
    try {
      writer.begin();
      writer.add(first);
      writer.rollback();
      writer.begin();
      expect(writer.add(first).outcome.status).toBe('added');
      writer.commit();
      expect(writer.knowledge().entities.length).toBeGreaterThan(0);
    } finally {
      writer.close();
    }
  });
});
