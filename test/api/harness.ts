/** A real Plexus app on an ephemeral port, over a real corpus in a new store of the engine under test. */

import type { Server } from 'node:http';
import * as path from 'node:path';
import { createApp, KEEP_ALIVE_MS } from '../../server/api';
import { loadConfig, type ConfigOverrides } from '../../server/config';
import { openCorpus } from '../../server/corpus';
import { freshStore } from '../helpers/store';
import type { Corpus } from '../../server/corpus/types';

export interface TestServer {
  url: string;
  /** The store: an SQLite file or a postgres:// address. */
  location: string;
  corpus: Corpus;
  /** GET or any request, relative to the server: `fetch(api('/api/stats'))`. */
  fetch(pathname: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export const REPO = path.resolve(__dirname, '..', '..');

/** The two real articles of the demo corpus, as DocumentInputs. */
export { demoDocuments } from '../helpers/fixtures';

export async function startTestServer(overrides: ConfigOverrides = {}): Promise<TestServer> {
  const config = loadConfig({}, { dbPath: overrides.dbPath ?? freshStore(), port: 0, ...overrides });
  const corpus = openCorpus({ dbPath: config.dbPath, window: config.window });
  const app = createApp(corpus, config);
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(0, '127.0.0.1');
    listening.keepAliveTimeout = KEEP_ALIVE_MS;
    listening.once('listening', () => resolve(listening));
    listening.once('error', reject);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no port');
  const url = `http://127.0.0.1:${address.port}`;
  return {
    url,
    location: config.dbPath,
    corpus,
    fetch: (pathname, init) => fetch(url + pathname, init),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          corpus.close();
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}

/**
 * The JSON body of a response, typed as the wire format the API promises for it: the one place
 * where tests take the server's word for a type, and the assertions then check the values.
 */
export async function body<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

/** The `{error}` body of a failed request, after checking its status. */
export async function errorOf(response: Response, status: number): Promise<string> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const { error } = await body<{ error: unknown }>(response);
  if (typeof error !== 'string') throw new Error(`expected {error: string}, got ${JSON.stringify(error)}`);
  return error;
}
