/**
 * `plexus serve [--demo] [--port N] [--host H] [--db STORE]`: opens the corpus (with --demo, loads
 * the built-in corpus into an empty store), serves the API and the page, and closes the store on
 * SIGINT or SIGTERM.
 */

import type { Server } from 'node:http';
import { createApp, KEEP_ALIVE_MS } from '../api';
import { exposureProblem } from '../api/token';
import { loadConfig, type Config, type ConfigOverrides } from '../config';
import { openCorpus } from '../corpus';
import type { Corpus } from '../corpus/types';
import { readInputs } from '../ingest';
import { ConfigError } from '#model/errors';
import { dbOverride, errorCode, readArgs } from './args';
import { ingestWithProgress } from './ingest';
import { describeSummary } from './outcomes';
import { lineReporter } from './progress';
import { versionProblem } from './reingest';

export const SERVE_USAGE = `usage: plexus serve [--demo] [--port N] [--host H] [--db STORE]

Serves the graph explorer and its API.
  --demo      load the built-in corpus (data/corpus) when the store is empty
  --port N    port to listen on (default: PORT, else 3000; 0 picks a free one)
  --host H    address to listen on (default: PLEXUS_HOST, else 127.0.0.1)
  --db STORE  the store, an SQLite file or a postgres:// address (default: PLEXUS_DB, else data/plexus.db)`;

export interface RunningServer {
  url: string;
  server: Server;
  corpus: Corpus;
  /** Stops listening, ends open connections and closes the store. */
  close(): Promise<void>;
}

/** Loads the built-in corpus when the store has no documents; progress goes to `log`. */
export async function loadDemoCorpus(corpus: Corpus, dir: string, log: (line: string) => void): Promise<void> {
  if (corpus.stats().documents > 0) return;
  log(`Loading the demo corpus from ${dir}`);
  const summary = await ingestWithProgress(corpus, await readInputs([dir]), lineReporter(log));
  log(`Demo corpus: ${describeSummary(summary)}`);
}

/** Opens the corpus and listens; resolves once the server accepts connections. */
export async function startServer(config: Config, options: { demo?: boolean; log?: (line: string) => void } = {}): Promise<RunningServer> {
  // Checked before the store is opened: a refused start changes nothing.
  const exposure = exposureProblem(config);
  if (exposure !== undefined) throw new ConfigError(exposure);
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const corpus = openCorpus({ dbPath: config.dbPath, window: config.window });
  try {
    // Other servers on the same PostgreSQL store: their uploads and curations are seen here within a moment.
    await corpus.followOtherWrites((event) =>
      log(
        event.kind === 'lost'
          ? `Note: not hearing other processes' writes to the store (${event.error.message}); connecting again in ${event.retryMs} ms`
          : "Hearing other processes' writes to the store again",
      ),
    );
    if (options.demo) await loadDemoCorpus(corpus, config.demoCorpusDir, log);
    const outdated = versionProblem(corpus.extractorVersions());
    if (outdated !== undefined) log(`Note: ${outdated}`);
    const app = createApp(corpus, config, { requestLog: log });
    const server = await new Promise<Server>((resolve, reject) => {
      const listening = app.listen(config.port, config.host);
      listening.keepAliveTimeout = KEEP_ALIVE_MS;
      listening.once('listening', () => resolve(listening));
      listening.once('error', reject);
    });
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    return {
      url: `http://${host}:${port}/`,
      server,
      corpus,
      close: () =>
        new Promise<void>((resolve) => {
          server.close(() => {
            corpus.close();
            resolve();
          });
          server.closeAllConnections();
        }),
    };
  } catch (error) {
    corpus.close();
    throw error;
  }
}

/** Why the server could not listen, for a person; undefined for an error that is not about listening. */
function listenError(error: unknown, config: Config): string | undefined {
  const where = `${config.host}:${config.port}`;
  switch (errorCode(error)) {
    case 'EADDRINUSE':
      return `${where} is already in use: choose another port with --port or PORT`;
    case 'EACCES':
      return `no permission to listen on ${where}: choose a port above 1023`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `cannot listen on ${where}: no such address on this machine`;
    default:
      return undefined;
  }
}

/** Resolves when the process is asked to stop. */
function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/**
 * The serve command. It resolves with the exit code once the server has stopped: at `stop`
 * (tests pass their own), by default at SIGINT or SIGTERM.
 */
export async function serveCommand(argv: string[], stop: () => Promise<unknown> = stopSignal): Promise<number> {
  const parsed = readArgs('serve', SERVE_USAGE, argv, {
    demo: { type: 'boolean' },
    port: { type: 'string' },
    host: { type: 'string' },
    db: { type: 'string' },
  });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;

  let config: Config;
  try {
    const overrides: ConfigOverrides = { ...dbOverride(values.db) };
    if (values.port !== undefined) overrides.port = values.port;
    if (values.host !== undefined) overrides.host = values.host;
    config = loadConfig(process.env, overrides);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`plexus serve: ${error.message}\n`);
    return 2;
  }

  // Until the server runs, Ctrl-C ends the process as usual: each document is its own transaction.
  let running: RunningServer;
  try {
    running = await startServer(config, { demo: values.demo === true });
  } catch (error) {
    const reason = error instanceof ConfigError ? error.message : listenError(error, config);
    if (reason === undefined) throw error;
    process.stderr.write(`plexus serve: ${reason}\n`);
    return 1;
  }
  process.stdout.write(`Plexus is running at ${running.url}\n`);
  await stop();
  process.stderr.write('Stopping Plexus…\n');
  await running.close();
  return 0;
}
