/**
 * `plexus export` in process: the same filters as the API, the same bytes as `GET /api/export`'s
 * writer, the file written where --out says, and exit codes 0, 1 and 2 with messages naming flags.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseCsv } from 'csv-parse/sync';
import { exportCommand } from '../../server/cli/export';
import { openCorpus } from '../../server/corpus';
import { main } from '../../server/cli/main';
import { demoCorpus, type DemoCorpus } from '../export/fixtures';
import { storeName } from '../helpers/store';

let demo: DemoCorpus;
let dbPath: string;

beforeAll(() => {
  demo = demoCorpus();
  dbPath = demo.dbPath;
  // The command opens the store itself: close ours first (WAL is checkpointed on close).
  demo.corpus.close();
});

afterAll(() => demo.close());

/** Runs the command, capturing what it writes. */
async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  const err = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  try {
    const code = await exportCommand(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('plexus export', () => {
  const out = (name: string) => path.join(demo.dir, name);

  it('writes a GEXF of the filtered graph, the same as the API serves', async () => {
    const file = out('people.gexf');
    const result = await run(['--db', dbPath, '--format', 'gexf', '--out', file, '--types', 'PERSON,LOCATION', '--weight', 'npmi', '--min-count', '2']);
    // The store's name begins the suggested name: 'demo' for demo.db.
    const [wrote, suggested] = result.stderr.split(' (suggested name ');
    expect(wrote).toMatch(/^Wrote \d+ entities and \d+ links as gexf to .*people\.gexf$/);
    expect(suggested.startsWith(`${storeName(dbPath)}_`)).toBe(true);
    expect(suggested.slice(storeName(dbPath).length)).toMatch(/^_types-PERSON\+LOCATION_weight-npmi_minCount-2_\d{4}-\d\d-\d\d\.gexf\)\n$/);
    expect(result.code).toBe(0);
    const parsed = parseGexf(UndirectedGraph, fs.readFileSync(file, 'utf8'));
    const corpus = openCorpus({ dbPath });
    try {
      const served = corpus.graph({ types: ['PERSON', 'LOCATION'], weight: 'npmi', minCount: 2, metrics: true });
      expect(parsed.nodes().sort()).toEqual(served.nodes.map((node) => node.key).sort());
      expect(parsed.edges().sort()).toEqual(served.edges.map((edge) => edge.key).sort());
      for (const node of served.nodes) expect(parsed.getNodeAttributes(node.key)).toMatchObject(node.attributes);
    } finally {
      corpus.close();
    }
  });

  it('writes to stdout with --out -', async () => {
    const result = await run(['--db', dbPath, '--format', 'nodes.csv', '--out', '-', '--min-mentions', '4']);
    expect(result.code).toBe(0);
    const rows: Record<string, string>[] = parseCsv(result.stdout, { bom: true, columns: true });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => Number(row.mentions) >= 4)).toBe(true);
  });

  it('is reachable from the plexus command', async () => {
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await main(['export', '--help'])).toBe(0);
      expect(spy.mock.calls[0]?.[0]).toMatch(/^usage: plexus export --format F --out FILE/);
    } finally {
      spy.mockRestore();
    }
  });

  it.each([
    ['no --out', ['--format', 'gexf'], /--out is required/],
    ['an unknown format', ['--format', 'pdf', '--out', 'x'], /--format: unknown format "pdf"/],
    [
      'a bad threshold, refused as the API refuses it',
      ['--format', 'gexf', '--out', 'x', '--min-weight=-1'],
      /--min-weight: must be a non-negative number, got "-1"/,
    ],
    ['an unknown weighting', ['--format', 'gexf', '--out', 'x', '--weight', 'tfidf'], /--weight: unknown weighting "tfidf"/],
    ['an unknown option', ['--format', 'gexf', '--out', 'x', '--colour', 'red'], /Unknown option '--colour'/],
  ])('exits 2 on %s, with the usage', async (_what, args, message) => {
    const result = await run(['--db', dbPath, ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/usage: plexus export/);
  });

  it('exits 1 for an unknown document or a missing store', async () => {
    const unknown = await run(['--db', dbPath, '--format', 'json', '--out', out('x.json'), '--doc', '999']);
    expect([unknown.code, unknown.stderr]).toEqual([1, 'plexus export: no document with id 999\n']);
    const missing = await run(['--db', out('nothing.db'), '--format', 'json', '--out', out('x.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no store at .*nothing\.db: run plexus ingest first/);
  });
});
