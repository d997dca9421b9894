/**
 * The `plexus` command line: `serve`, `ingest`, `worker`, `remove`, `reingest`, `extract`, `export` and `train`. `main(argv)` resolves with the exit
 * code; nothing runs on import, only when this file is the program (`node dist/server/cli/main.js`).
 */

import { runProgram } from './args';
import { exportCommand } from './export';
import { extractCommand } from './extract';
import { ingestCommand } from './ingest';
import { removeCommand } from './remove';
import { reingestCommand } from './reingest';
import { serveCommand } from './serve';
import { trainCommand } from './train';
import { workerCommand } from './worker';

export const USAGE = `usage: plexus <command> [options]

Commands:
  serve [--demo] [--port N] [--host H] [--db STORE]   serve the graph explorer and its API
  ingest PATH… [--db STORE]                           read files and folders into the store
  ingest --queue URL PATH… | --from-queue URL         enqueue in PostgreSQL, or store what workers extracted
  worker --queue URL                                 extract queued documents (any number, on any machine)
  remove ID… [--db STORE]                             remove documents (and what only they supported)
  reingest [--db STORE] [--force]                     extract the stored documents again after an update
  extract --input DOCS.jsonl                         print the mentions found, as JSON lines
  export --format F --out FILE [filters]             write the graph as GEXF, GraphML, JSON or CSV
  train --data FILE… [--epochs N] [--seed N]          train the entity tagger on CoNLL-format files

Run plexus <command> --help for a command's options.
Environment: PLEXUS_DB, PORT, PLEXUS_HOST, PLEXUS_WINDOW (sentence|paragraph|document),
PLEXUS_MAX_UPLOAD_BYTES, PLEXUS_MAX_FILES, PLEXUS_MAX_DOCUMENT_CHARS, PLEXUS_TOKEN.`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      return serveCommand(rest);
    case 'ingest':
      return ingestCommand(rest);
    case 'remove':
      return removeCommand(rest);
    case 'worker':
      return workerCommand(rest);
    case 'reingest':
      return reingestCommand(rest);
    case 'extract':
      return extractCommand(rest);
    case 'export':
      return exportCommand(rest);
    case 'train':
      return trainCommand(rest);
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    case undefined:
      process.stderr.write(`${USAGE}\n`);
      return 2;
    default:
      process.stderr.write(`plexus: unknown command ${JSON.stringify(command)}\n${USAGE}\n`);
      return 2;
  }
}

if (require.main === module) runProgram('plexus', main);
