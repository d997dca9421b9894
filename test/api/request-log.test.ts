/**
 * The request log of `plexus serve`: one line per request, its level by status, a refusal's
 * reason on the same line (and not again on its own), and never a token or a query.
 */

import fs from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../server/api/app';
import { levelOf } from '../../server/api/request-log';
import { loadConfig } from '../../server/config';
import { openCorpus } from '../../server/corpus';
import type { Corpus } from '../../server/corpus/types';
import { freshStore } from '../helpers/store';

const TOKEN = 'a-token-of-at-least-sixteen-characters';
let server: Server;
let corpus: Corpus;
let url: string;
let dir: string;
const lines: string[] = [];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plexus-log-'));
  const config = loadConfig({}, { dbPath: freshStore(), port: 0, token: TOKEN });
  corpus = openCorpus({ dbPath: config.dbPath });
  const app = createApp(corpus, config, { requestLog: (line) => lines.push(line) });
  server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  corpus.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The lines written for one request, once its answer has been read. */
async function logged(pathname: string, init?: RequestInit): Promise<string[]> {
  const before = lines.length;
  await (await fetch(url + pathname, init)).text();
  // The line is written when the answer is sent, before the client has read it all.
  for (let i = 0; i < 100 && lines.length === before; i++) await new Promise((resolve) => setImmediate(resolve));
  return lines.slice(before);
}

describe('the request log', () => {
  it('writes one info line for an answer, with its path, status and time', async () => {
    expect(await logged('/api/stats')).toEqual([expect.stringMatching(/^info GET \/api\/stats 200 \d+\.\d ms$/)]);
  });

  it("writes a client's mistake once, as a warning with its reason, and nothing on stderr", async () => {
    const stderr = jest.spyOn(process.stderr, 'write');
    try {
      const written = await logged('/api/graph?minWeight=heavy');
      expect(written).toEqual([expect.stringMatching(/^warn GET \/api\/graph 400 [\d.]+ ms: minWeight: must be a non-negative number/)]);
      expect(stderr).not.toHaveBeenCalled();
    } finally {
      stderr.mockRestore();
    }
  });

  it('never writes the token, a query or a body', async () => {
    const written = await logged('/api/curation?secret=1', {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'hide', entity: 'no-such-entity' }),
    });
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^warn POST \/api\/curation 4\d\d/);
    expect(written[0]).not.toContain(TOKEN);
    expect(written[0]).not.toContain('secret');
  });

  it('takes its level from the status', () => {
    expect([200, 304, 404, 413, 500].map(levelOf)).toEqual(['info', 'info', 'warn', 'warn', 'error']);
  });
});
