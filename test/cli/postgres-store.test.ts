/**
 * PLEXUS_DB (or --db) set to a postgres:// address: `plexus ingest`, `plexus export` and `plexus
 * serve` work on a PostgreSQL database of a real, throwaway cluster, with the answers of SQLite.
 */
import fs from 'node:fs';
import path from 'node:path';
import { searchEntities } from '../../server/api/search';
import { openCorpus } from '../../server/corpus';
import { loadClient } from '../../server/store/postgres-engine';
import { startCli } from '../helpers/cli-process';
import { demoDocuments, REPO, tempDir } from '../helpers/fixtures';
import { usePostgres } from '../helpers/postgres';

const postgres = usePostgres();
/** A command's process from the sources, started on a busy machine. */
const CLI_MS = 180_000;

async function run(args: string[]): Promise<string> {
  const cli = startCli(args);
  const end = await cli.exited;
  if (end !== 0) throw new Error(`plexus ${args.join(' ')} ended with ${String(end)}:\n${cli.output()}`);
  return cli.output();
}

describe('a PostgreSQL store from the command line', () => {
  it(
    'ingests and exports the demo corpus as it does into SQLite',
    async () => {
      const url = await postgres.database();
      const file = path.join(tempDir(), 'plexus.db');
      const corpus = path.join(REPO, 'data', 'corpus');
      expect(await run(['ingest', corpus, '--db', url])).toMatch(/holds 2 documents/);
      await run(['ingest', corpus, '--db', file]);
      const outs = [url, file].map((db, i) => ({ db, out: path.join(tempDir(), `graph-${i}.json`) }));
      await Promise.all(outs.map(({ db, out }) => run(['export', '--format', 'json', '--out', out, '--db', db])));
      const [pg, sqlite] = outs.map(({ out }) => fs.readFileSync(out, 'utf8'));
      expect(pg.length).toBeGreaterThan(1000);
      expect(pg).toEqual(sqlite);
    },
    CLI_MS,
  );

  it(
    'serves it with PLEXUS_DB: the graph and search of the SQLite store',
    async () => {
      const url = await postgres.database();
      const reference = openCorpus({ dbPath: path.join(tempDir(), 'plexus.db') });
      reference.ingest(demoDocuments());
      const server = startCli(['serve', '--demo', '--port', '0'], { PLEXUS_DB: url });
      try {
        const address = (await server.line(/running at/)).replace(/^.*running at /, '').trim();
        const graph = (await (await fetch(`${address}api/graph`)).json()) as { nodes: unknown[] };
        expect(graph.nodes.length).toBeGreaterThan(10);
        expect(graph).toEqual(JSON.parse(reference.graphJson()));
        const search = (await (await fetch(`${address}api/search?q=putin&limit=10`)).json()) as { results: unknown[] };
        expect(search.results.length).toBeGreaterThan(0);
        expect(search.results).toEqual(searchEntities(reference, 'putin', 10));
      } finally {
        server.child.kill('SIGTERM');
        await server.exited;
        reference.close();
      }
    },
    CLI_MS,
  );

  it('says what is missing when the libpq binding cannot be loaded', () => {
    expect(() => loadClient('pg-native-not-installed')).toThrow(/needs the optional package pg-native-not-installed.*libpq-dev.*npm install/);
  });
});
