/**
 * `plexus export --format F --out FILE [filters]`: writes the graph of a store in an export format,
 * with the same filters and options as `GET /api/graph` and `GET /api/export`, validated by the same
 * schema. Exit code 0 when written, 1 when the export failed (an unknown document, an unwritable
 * file), 2 on a usage error.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportQuery } from '../api/schemas';
import { corpusName } from '../api/export';
import { loadConfig } from '../config';
import { openCorpus } from '../corpus';
import { EXPORT_FORMATS, exportGraph } from '../export';
import { ConfigError, PlexusError } from '#model/errors';
import { EDGE_WEIGHTINGS } from '#model/types';
import { isPostgresUrl, shownLocation } from '../store/engine';
import { dbOverride, errorCode, readArgs } from './args';

export const EXPORT_USAGE = `usage: plexus export --format F --out FILE [--db STORE] [filters]

Writes the co-occurrence graph to a file (--out - writes to stdout).
  --format F          ${EXPORT_FORMATS.join(', ')}
  --out FILE          the file to write
  --db STORE          the store, an SQLite file or a postgres:// address (default: PLEXUS_DB, else data/plexus.db)
Filters and options, as the API's /api/graph takes them:
  --types T[,T…]      keep only these entity types (PERSON, ORGANIZATION, LOCATION, OUTLET)
  --min-weight X      keep only edges whose weight is at least X
  --min-mentions N    keep only entities with at least N mentions
  --q TEXT            keep only entities whose name contains TEXT, with their neighbours
  --doc ID            keep only what document ID shows
  --weight W          edge weight: ${EDGE_WEIGHTINGS.join(', ')} (default count)
  --min-count N       drop edges seen in fewer than N windows (default 2 for pmi and npmi, else 1)`;

/** CLI flag → query parameter of the shared schema. */
const PARAMETERS = {
  format: 'format',
  types: 'types',
  'min-weight': 'minWeight',
  'min-mentions': 'minMentions',
  q: 'q',
  doc: 'doc',
  weight: 'weight',
  'min-count': 'minCount',
} as const;

type Flag = keyof typeof PARAMETERS;

function flagOf(parameter: PropertyKey | undefined): string {
  const found = Object.entries(PARAMETERS).find(([, name]) => name === parameter);
  return found ? `--${found[0]}` : String(parameter);
}

/** Writes a file's pieces in order, each as it is made, so that the file is never held whole. */
function writeChunks(file: string, chunks: Iterable<Buffer>): void {
  const fd = fs.openSync(file, 'w');
  try {
    for (const chunk of chunks) {
      for (let written = 0; written < chunk.length;) written += fs.writeSync(fd, chunk, written);
    }
  } finally {
    fs.closeSync(fd);
  }
}

export async function exportCommand(argv: string[]): Promise<number> {
  const fail = (message: string, code: number): number => {
    process.stderr.write(`plexus export: ${message}\n${code === 2 ? `${EXPORT_USAGE}\n` : ''}`);
    return code;
  };
  const args = readArgs('export', EXPORT_USAGE, argv, {
    format: { type: 'string' },
    out: { type: 'string' },
    db: { type: 'string' },
    types: { type: 'string' },
    'min-weight': { type: 'string' },
    'min-mentions': { type: 'string' },
    q: { type: 'string' },
    doc: { type: 'string' },
    weight: { type: 'string' },
    'min-count': { type: 'string' },
  });
  if (typeof args === 'number') return args;
  const { values } = args;
  if (values.out === undefined) return fail('--out is required', 2);

  const query: Record<string, string> = {};
  for (const [flag, parameter] of Object.entries(PARAMETERS) as [Flag, (typeof PARAMETERS)[Flag]][]) {
    const value = values[flag];
    if (value !== undefined) query[parameter] = value;
  }
  const parsed = exportQuery.safeParse(query);
  if (!parsed.success) {
    return fail(parsed.error.issues.map((issue) => `${flagOf(issue.path[0])}: ${issue.message}`).join('; '), 2);
  }
  const { format, ...filter } = parsed.data;

  let config;
  try {
    config = loadConfig(process.env, dbOverride(values.db));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return fail(error.message, 2);
  }
  if (!isPostgresUrl(config.dbPath) && !fs.existsSync(config.dbPath))
    return fail(`no store at ${shownLocation(config.dbPath)}: run plexus ingest first, or name one with --db`, 1);

  const corpus = openCorpus({ dbPath: config.dbPath, window: config.window });
  try {
    const result = exportGraph(corpus, { format, filter, corpusName: corpusName(config.dbPath) });
    if (values.out === '-') {
      for (const chunk of result.chunks) process.stdout.write(chunk);
    } else {
      writeChunks(path.resolve(values.out), result.chunks);
    }
    const where = values.out === '-' ? 'stdout' : values.out;
    process.stderr.write(`Wrote ${result.nodes} entities and ${result.edges} links as ${format} to ${where} (suggested name ${result.fileName})\n`);
    return 0;
  } catch (error) {
    if (error instanceof PlexusError) return fail(error.message, 1);
    const code = errorCode(error);
    if (code !== undefined) return fail(`cannot write ${values.out}: ${code}`, 1);
    throw error;
  } finally {
    corpus.close();
  }
}
