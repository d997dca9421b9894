/**
 * GEXF over time: a corpus of five documents in January, February and June 2015 and one undated,
 * exported in dynamic mode and read back by networkx, which finds each entity's and link's spells
 * (consecutive weeks joined) and its count per week, and the totals beside them.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openCorpus } from '../../server/corpus';
import type { Corpus } from '../../server/corpus/types';
import { exportGraph } from '../../server/export';
import { bytesOf } from './fixtures';
import { findPython, SETUP } from './python';

const READ = `
import json, sys
import networkx as nx
g = nx.read_gexf(sys.argv[1])
print(json.dumps({
    "mode": g.graph.get("mode"),
    "nodes": {n: {"spells": d.get("spells"), "mentions": d.get("mentions"), "byPeriod": d.get("mentions_in_period")} for n, d in g.nodes(data=True)},
    "edges": {"~".join(sorted((a, b))): {"spells": d.get("spells"), "weight": d.get("weight"), "byPeriod": d.get("weight_in_period")} for a, b, d in g.edges(data=True)},
}))
`;
import { freshStore } from '../helpers/store';

let dir: string;
let corpus: Corpus;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plexus-gexf-dynamic-'));
  corpus = openCorpus({ dbPath: freshStore() });
  const doc = (title: string, text: string, date?: string) => ({ title, text, sourcePath: `${title}.txt`, ...(date ? { date } : {}) });
  corpus.ingest([
    doc('a', 'Anna Keleth met Peter Vadesh in Carrowvale.', '2015-01-05'),
    doc('b', 'Anna Keleth met Peter Vadesh again. Anna Keleth spoke.', '2015-01-14'),
    doc('c', 'Peter Vadesh flew to Lowbridge.', '2015-02-03'),
    doc('d', 'Anna Keleth wrote to Peter Vadesh.', '2015-06-01'),
    doc('e', 'Mira Oslen stayed in Lowbridge.'),
  ]);
});

afterAll(() => {
  corpus.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const gexf = () =>
  bytesOf(exportGraph(corpus, { format: 'gexf-dynamic', filter: {}, corpusName: 'demo', date: new Date('2025-06-01T00:00:00Z') })).toString('utf8');

describe('the dynamic GEXF export', () => {
  it('is GEXF 1.2draft in dynamic mode with dates, named as such', () => {
    const text = gexf();
    expect(text).toMatch(/<gexf xmlns="http:\/\/www\.gexf\.net\/1\.2draft"[^>]*version="1\.2"/);
    expect(text).toMatch(/<graph defaultedgetype="undirected" mode="dynamic" timeformat="date">/);
    expect(exportGraph(corpus, { format: 'gexf-dynamic', filter: {}, corpusName: 'demo', date: new Date('2025-06-01T00:00:00Z') }).fileName).toBe(
      'demo_gexf-dynamic_2025-06-01.gexf',
    );
  });

  const found = findPython();
  (('python' in found ? it : it.skip) as jest.It)('opens in networkx with the spells and the counts per week it was given', () => {
    if (!('python' in found)) throw new Error(SETUP);
    const file = path.join(dir, 'dynamic.gexf');
    fs.writeFileSync(file, gexf());
    const run = spawnSync(found.python, ['-c', READ, file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const read = JSON.parse(run.stdout) as {
      mode: string;
      nodes: Record<string, { spells: [string, string][] | null; mentions: number; byPeriod: [number, string, string][] | null }>;
      edges: Record<string, { spells: [string, string][] | null; weight: number; byPeriod: [number, string, string][] | null }>;
    };
    expect(read.mode).toBe('dynamic');
    // Weeks from Monday: 5–11 and 12–18 January follow each other, and make one spell.
    expect(read.nodes['anna-keleth']).toEqual({
      spells: [
        ['2015-01-05', '2015-01-18'],
        ['2015-06-01', '2015-06-07'],
      ],
      mentions: 4,
      byPeriod: [
        [1, '2015-01-05', '2015-01-11'],
        [2, '2015-01-12', '2015-01-18'],
        [1, '2015-06-01', '2015-06-07'],
      ],
    });
    expect(read.edges['anna-keleth~peter-vadesh']).toEqual({
      spells: [
        ['2015-01-05', '2015-01-18'],
        ['2015-06-01', '2015-06-07'],
      ],
      weight: 3,
      byPeriod: [
        [1, '2015-01-05', '2015-01-11'],
        [1, '2015-01-12', '2015-01-18'],
        [1, '2015-06-01', '2015-06-07'],
      ],
    });
    // Named only in the undated document: in the graph, in no period.
    expect(read.nodes['mira-oslen']).toMatchObject({ spells: null, byPeriod: null });
  });
});
