/**
 * The same answers on both engines: the demo corpus ingested into an SQLite file and into a
 * PostgreSQL database of a real, throwaway cluster, then its graph, evidence, entities, documents,
 * search, curation and exports compared. Only the times things were stored at may differ.
 */
import path from 'node:path';
import { searchEntities } from '../../server/api/search';
import { openCorpus, type Corpus } from '../../server/corpus';
import { exportGraph } from '../../server/export';
import { EXPORT_FORMATS } from '#model/export-formats';
import { demoDocuments, tempDir } from '../helpers/fixtures';
import { usePostgres } from '../helpers/postgres';

const postgres = usePostgres();
/** The cluster's start and a corpus opened on each engine: seconds on a busy machine. */
const SLOW_MS = 180_000;

/** A value with the times it was stored at (ingestedAt, a rule's at) left out. */
function timeless(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'ingestedAt' || key === 'at' ? undefined : v)));
}

function exportsOf(corpus: Corpus): Record<string, string> {
  const date = new Date('2026-01-01T00:00:00Z');
  return Object.fromEntries(
    EXPORT_FORMATS.map((format) => {
      const result = exportGraph(corpus, { format, filter: {}, corpusName: 'demo', date });
      return [format, Buffer.concat([...result.chunks]).toString('base64')];
    }),
  );
}

/** Everything an analyst reads of a corpus, as one value to compare. */
function readings(corpus: Corpus): unknown {
  const graph = corpus.graph({ metrics: true });
  const links = graph.edges.map((e) => [e.source, e.target] as const);
  return timeless({
    graph,
    entities: graph.nodes.map((n) => corpus.entity(n.key)),
    evidence: links.map(([a, b]) => corpus.evidence(a, b)),
    linkDocuments: links.slice(0, 20).map(([a, b]) => corpus.linkDocuments(a, b)),
    documents: corpus.documents(),
    document: corpus.documents().map((d) => corpus.document(d.id)),
    byDate: corpus.documentsByDate(),
    stats: corpus.stats(),
    search: ['Putin', 'isis', 'Reu', 'assad'].map((q) => searchEntities(corpus, q, 10)),
  });
}

describe('the SQLite and PostgreSQL engines', () => {
  let sqlite: Corpus;
  let pg: Corpus;
  const both = () => [sqlite, pg];
  const idOf = (corpus: Corpus, label: string) => corpus.graph().nodes.find((n) => n.attributes.label === label)?.key ?? '';

  beforeAll(async () => {
    sqlite = openCorpus({ dbPath: path.join(tempDir(), 'plexus.db') });
    pg = openCorpus({ dbPath: await postgres.database() });
    for (const corpus of both()) expect(corpus.ingest(demoDocuments()).map((o) => o.status)).toEqual(['added', 'added']);
  }, SLOW_MS);
  afterAll(() => {
    for (const corpus of both()) corpus?.close();
  });

  it('give the demo corpus the same graph, evidence, entities, documents and search', () => {
    expect(pg.graph().nodes.length).toBeGreaterThan(10);
    expect(readings(pg)).toEqual(readings(sqlite));
  });

  it('give the same exports, byte for byte, in every format', () => {
    expect(exportsOf(pg)).toEqual(exportsOf(sqlite));
  });

  it('refuse the same duplicate', () => {
    for (const corpus of both()) expect(corpus.ingest(demoDocuments().slice(0, 1)).map((o) => o.status)).toEqual(['duplicate']);
  });

  it('curate alike: merge, rename, retype, split, hide, undo', () => {
    const requests = (corpus: Corpus) => {
      const putin = idOf(corpus, 'Vladimir Putin');
      const obama = idOf(corpus, 'Barack Obama');
      const reuters = idOf(corpus, 'Reuters');
      expect([putin, obama, reuters]).not.toContain('');
      corpus.curate({ action: 'rename', entity: putin, label: 'President Putin' });
      corpus.curate({ action: 'split', entity: putin, alias: 'Putin' });
      corpus.curate({ action: 'merge', entity: obama, into: putin });
      corpus.curate({ action: 'retype', entity: reuters, type: 'ORGANIZATION' });
      corpus.curate({ action: 'hide', entity: reuters });
    };
    for (const corpus of both()) requests(corpus);
    expect(timeless(pg.curationRules())).toEqual(timeless(sqlite.curationRules()));
    expect(readings(pg)).toEqual(readings(sqlite));
    for (const corpus of both()) corpus.undoCuration();
    expect(readings(pg)).toEqual(readings(sqlite));
  });

  it('keep the same map, remove a document and reingest alike', () => {
    for (const corpus of both()) {
      corpus.saveLayout({ [idOf(corpus, 'Barack Obama') || idOf(corpus, 'President Putin')]: [1.25, -3.5] });
      corpus.removeDocument(corpus.documents()[0].id);
    }
    expect(pg.layout()).toEqual(sqlite.layout());
    expect(readings(pg)).toEqual(readings(sqlite));
    for (const corpus of both()) corpus.reingest();
    expect(readings(pg)).toEqual(readings(sqlite));
    expect(exportsOf(pg)).toEqual(exportsOf(sqlite));
  });
});
