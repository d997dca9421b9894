/**
 * Two corpora on one PostgreSQL database of a real, throwaway cluster, as two servers hold it: each
 * resolves new documents against what the other stored, and one that follows the other's writes
 * sees its documents and curations once they commit.
 */
import path from 'node:path';
import { Client } from 'pg';
import { benchCorpus } from '../../bench/corpus';
import { openCorpus, type Corpus } from '../../server/corpus';
import type { DocumentInput } from '#model/types';
import { demoDocuments, tempDir } from '../helpers/fixtures';
import { usePostgres } from '../helpers/postgres';
import { LISTENER_NAME, type ListenerEvent } from '../../server/store/write-listener';

const postgres = usePostgres();
/** The cluster's start and corpora opened on it: seconds on a busy machine. */
const SLOW_MS = 180_000;
/** How long a write may take to be heard by the other corpus. */
const HEARD_MS = 5_000;

const documents = (): DocumentInput[] => [...demoDocuments(), ...benchCorpus(16, { seed: 7, words: 150 })];

/** Resolves once `check` holds, looking again after each turn of the event loop; fails after HEARD_MS. */
async function until(check: () => boolean, what: string): Promise<number> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > HEARD_MS) throw new Error(`not within ${HEARD_MS} ms: ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return Date.now() - start;
}

describe('two corpora on one PostgreSQL store', () => {
  let opened: Corpus[] = [];
  const open = (dbPath: string): Corpus => {
    const corpus = openCorpus({ dbPath });
    opened.push(corpus);
    return corpus;
  };
  afterEach(() => {
    for (const corpus of opened) corpus.close();
    opened = [];
  });

  it(
    'resolve each document against what the other stored: the store of one corpus ingesting them in turn',
    async () => {
      const url = await postgres.database();
      const [a, b] = [open(url), open(url)];
      const inputs = documents();
      // Each reads the store (its graph and registry kept) before the other writes.
      a.stats();
      b.stats();
      inputs.forEach((input, i) => (i % 2 === 0 ? a : b).ingest([input]));
      const reference = open(path.join(tempDir(), 'plexus.db'));
      reference.ingest(inputs);
      const expected = JSON.parse(reference.graphJson()) as unknown;
      expect(JSON.parse(open(url).graphJson())).toEqual(expected);
      // The last writer kept its graph up to date; the other drops its own when it next writes.
      expect(JSON.parse(b.graphJson())).toEqual(expected);
      a.ingest([inputs[0]]);
      expect(JSON.parse(a.graphJson())).toEqual(expected);
    },
    SLOW_MS,
  );

  it(
    "hear each other's documents and curations as they commit",
    async () => {
      const url = await postgres.database();
      const [a, b] = [open(url), open(url)];
      await b.followOtherWrites((event) => {
        if (event.kind === 'lost') throw event.error;
      });
      const [first, ...rest] = documents();
      // What b keeps (its counts, its graph) changes only once it hears of a's writes.
      expect(b.stats().documents).toBe(0);
      a.ingest([first]);
      await until(() => b.stats().documents === 1, 'the first document on the other corpus');
      a.ingest(rest);
      await until(() => b.stats().documents === rest.length + 1, 'the other documents on the other corpus');
      expect(b.graphJson()).toEqual(a.graphJson());
      const entity = a.graph().nodes.find((node) => node.attributes.type === 'PERSON');
      if (!entity) throw new Error('no person in the graph');
      a.curate({ action: 'rename', entity: entity.key, label: 'Renamed Elsewhere' });
      const labelOn = (corpus: Corpus) => corpus.graph().nodes.find((node) => node.key === entity.key)?.attributes.label;
      expect(labelOn(b)).toBe(entity.attributes.label);
      await until(() => labelOn(b) === 'Renamed Elsewhere', 'the rename on the other corpus');
      expect(b.graphJson()).toEqual(a.graphJson());
    },
    SLOW_MS,
  );

  it(
    'listen again when the listening connection is cut, and take in the writes made meanwhile',
    async () => {
      const url = await postgres.database();
      const [a, b] = [open(url), open(url)];
      const [first, second, third] = documents();
      const events: ListenerEvent['kind'][] = [];
      let restored!: () => void;
      const listeningAgain = new Promise<void>((resolve) => (restored = resolve));
      await b.followOtherWrites((event) => {
        events.push(event.kind);
        // Written while b cannot hear it: b learns of it only by asking when it listens again.
        if (event.kind === 'lost') a.ingest([second]);
        else restored();
      });
      a.ingest([first]);
      await until(() => b.stats().documents === 1, 'the first document on the other corpus');
      await cutListeners(url);
      await listeningAgain;
      expect(events).toEqual(['lost', 'restored']);
      await until(() => b.stats().documents === 2, 'the document written while the connection was cut');
      a.ingest([third]);
      await until(() => b.stats().documents === 3, 'a document written after it listens again');
    },
    SLOW_MS,
  );
});

/** Ends the store listeners' connections from the server's side, as a restart or a network fault would. */
async function cutListeners(url: string): Promise<void> {
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ cut: boolean }>(
      'SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()',
      [LISTENER_NAME],
    );
    expect(rows.map((row) => row.cut)).toEqual([true]);
  } finally {
    await admin.end();
  }
}
