/**
 * Two `plexus serve` processes on one PostgreSQL database of a real, throwaway cluster: an upload
 * through one is seen on the other within moments, uploads through both at once store each
 * document once and give the graph of one process ingesting them in the order they were stored,
 * and a curation on one is seen on the other.
 */
import path from 'node:path';
import { benchCorpus } from '../../bench/corpus';
import { contentHash, openCorpus } from '../../server/corpus';
import type { CorpusStats, DocumentInput, DocumentSummary, SerializedGraph } from '#model/types';
import { startCli, type CliProcess } from '../helpers/cli-process';
import { demoDocuments, tempDir } from '../helpers/fixtures';
import { usePostgres } from '../helpers/postgres';

const postgres = usePostgres();
/** Two servers' processes from the sources, started on a busy machine. */
const CLI_MS = 240_000;
/** How long a write on one server may take to be seen on the other. */
const SEEN_MS = 5_000;

interface Server {
  cli: CliProcess;
  url: string;
}

let servers: Server[] = [];

/** Two servers on the database at `db`, started at once. */
async function startTwo(db: string): Promise<[Server, Server]> {
  const started = [0, 1].map(() => startCli(['serve', '--port', '0', '--db', db]));
  servers = await Promise.all(started.map(async (cli) => ({ cli, url: (await cli.line(/running at/)).replace(/^.*running at /, '').trim() })));
  return [servers[0], servers[1]];
}

afterEach(async () => {
  for (const { cli } of servers) cli.child.kill('SIGTERM');
  await Promise.all(servers.map(({ cli }) => cli.exited));
  servers = [];
});

async function get<T>(server: Server, pathname: string): Promise<T> {
  const response = await fetch(new URL(pathname, server.url));
  if (!response.ok) throw new Error(`GET ${pathname}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function post(server: Server, pathname: string, body: unknown): Promise<unknown> {
  const response = await fetch(new URL(pathname, server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${pathname}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** What an upload sends of a document: its text and the metadata the JSON body takes. */
function body(input: DocumentInput): Record<string, string> {
  const fields = { title: input.title, text: input.text, outlet: input.outlet, date: input.date };
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** The document as the server takes an upload of it (server/api/documents.ts). */
function asUploaded(input: DocumentInput): DocumentInput {
  const { title, text, outlet, date } = body(input);
  return { title, text, sourcePath: '', ...(outlet ? { outlet } : {}), ...(date ? { date, dateSource: 'given' as const } : {}) };
}

const upload = (server: Server, input: DocumentInput) => post(server, '/api/documents', body(input));

/** Asks again as soon as each answer comes until `check` holds; the milliseconds it took, or a failure after SEEN_MS. */
async function until<T>(ask: () => Promise<T>, check: (answer: T) => boolean, what: string): Promise<number> {
  const start = Date.now();
  while (!check(await ask())) {
    if (Date.now() - start > SEEN_MS) throw new Error(`not within ${SEEN_MS} ms: ${what}`);
  }
  return Date.now() - start;
}

const documentCount = (server: Server) => get<CorpusStats>(server, '/api/stats').then((stats) => stats.documents);

describe('two servers on one PostgreSQL store', () => {
  it(
    'see an upload through the other within moments',
    async () => {
      const [a, b] = await startTwo(await postgres.database());
      const [first, second] = demoDocuments();
      expect(await documentCount(b)).toBe(0);
      await upload(a, first);
      const delay = await until(
        () => documentCount(b),
        (n) => n === 1,
        "the upload through A in B's statistics",
      );
      expect(delay).toBeLessThan(SEEN_MS);
      await upload(b, second);
      await until(
        () => documentCount(a),
        (n) => n === 2,
        "the upload through B in A's statistics",
      );
      expect(await get(a, '/api/graph')).toEqual(await get(b, '/api/graph'));
    },
    CLI_MS,
  );

  it(
    'store each document once from uploads through both at once: the graph of one process ingesting them',
    async () => {
      const [a, b] = await startTwo(await postgres.database());
      const inputs = [...demoDocuments(), ...benchCorpus(22, { seed: 9, words: 150 })];
      // Both keep a graph and counts, as they do once the explorer has asked for them.
      for (const server of [a, b]) expect((await get<SerializedGraph>(server, '/api/graph')).nodes).toEqual([]);
      expect(await documentCount(a)).toBe(0);
      expect(await documentCount(b)).toBe(0);
      // The middle third is uploaded through both.
      const third = inputs.length / 3;
      await Promise.all([...inputs.slice(0, 2 * third).map((input) => upload(a, input)), ...inputs.slice(third).map((input) => upload(b, input))]);
      const stored = (await get<{ documents: DocumentSummary[] }>(a, '/api/documents')).documents;
      const byHash = new Map(inputs.map((input) => [contentHash(input.text), input]));
      expect(stored.map((d) => d.hash).sort()).toEqual([...byHash.keys()].sort());
      // One process ingesting the documents in the order they were stored.
      const reference = openCorpus({ dbPath: path.join(tempDir(), 'plexus.db') });
      try {
        reference.ingest([...stored].sort((x, y) => x.id - y.id).map((d) => asUploaded(byHash.get(d.hash) as DocumentInput)));
        const expected = JSON.parse(reference.graphJson()) as SerializedGraph;
        expect(expected.nodes.length).toBeGreaterThan(50);
        for (const server of [a, b]) {
          await until(
            () => documentCount(server),
            (n) => n === inputs.length,
            'every document in both servers',
          );
          expect(await get(server, '/api/graph')).toEqual(expected);
        }
      } finally {
        reference.close();
      }
    },
    CLI_MS,
  );

  it(
    'see a curation on the other',
    async () => {
      const [a, b] = await startTwo(await postgres.database());
      for (const input of demoDocuments()) await upload(a, input);
      await until(
        () => documentCount(b),
        (n) => n === 2,
        'the demo corpus on B',
      );
      const graph = await get<SerializedGraph>(a, '/api/graph');
      const person = graph.nodes.find((node) => node.attributes.type === 'PERSON');
      if (!person) throw new Error('no person in the graph');
      await post(b, '/api/curation', { action: 'rename', entity: person.key, label: 'Renamed on B' });
      const labelOn = async (server: Server) =>
        (await get<SerializedGraph>(server, '/api/graph')).nodes.find((node) => node.key === person.key)?.attributes.label;
      await until(
        () => labelOn(a),
        (label) => label === 'Renamed on B',
        "B's rename on A",
      );
      expect(await get(a, '/api/graph')).toEqual(await get(b, '/api/graph'));
    },
    CLI_MS,
  );
});
