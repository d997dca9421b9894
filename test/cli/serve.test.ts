/** `plexus serve`, run in this process: the demo corpus, the address it prints, stopping, and its usage errors. */

import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { serveCommand } from '../../server/cli/serve';
import { openCorpus } from '../../server/corpus';
import type { CorpusStats } from '#model/types';
import { captureOutput, type Captured } from './output';
import { freshStore } from '../helpers/store';
import { openEngine } from '../../server/store/store';

let dir: string;
let db: string;
let output: Captured;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plexus-serve-'));
  db = freshStore();
  output = captureOutput();
});

afterEach(() => {
  output.restore();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A serve command in the background, and a way to stop it as SIGINT would. */
function serveInBackground(argv: string[]): { exit: Promise<number>; stop: () => void } {
  let stop = (): void => undefined;
  const stopped = new Promise<void>((resolve) => {
    stop = resolve;
  });
  return { exit: serveCommand(argv, () => stopped), stop };
}

/** The address printed on stdout, once the server runs. */
async function printedUrl(): Promise<string> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const match = /^Plexus is running at (http:\/\/127\.0\.0\.1:\d+\/)\n$/.exec(output.stdout());
    if (match?.[1] !== undefined) return match[1];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the server did not start; stderr: ${output.stderr()}`);
}

describe('plexus serve', () => {
  it('loads the demo corpus into an empty store, serves it, and closes the store when stopped', async () => {
    const server = serveInBackground(['--demo', '--port', '0', '--db', db]);
    const url = await printedUrl();
    expect(output.stderr()).toMatch(/^Loading the demo corpus from .*data\/corpus\n\[1\/2\] added {2}.*\.txt \(\d+ mentions\)\n\[2\/2\] added {2}/);
    expect(await (await fetch(`${url}healthz`)).json()).toEqual({ ok: true });
    const stats = (await (await fetch(`${url}api/stats`)).json()) as CorpusStats;
    expect(stats.documents).toBe(2);

    server.stop();
    expect(await server.exit).toBe(0);
    await expect(fetch(`${url}healthz`)).rejects.toThrow();
    // Closed: the store opens again, with the documents in it.
    const corpus = openCorpus({ dbPath: db });
    expect(corpus.stats().documents).toBe(2);
    corpus.close();
  });

  it('says on start that the store was made by another extractor version, and how to update it', async () => {
    const corpus = openCorpus({ dbPath: db });
    corpus.ingest([{ title: 'One', text: 'Angela Merkel visited Paris.', sourcePath: 'test' }]);
    corpus.close();
    const raw = openEngine(db);
    raw.prepare("UPDATE store_info SET value = 'e1-000000000000' WHERE key = 'extractor_version'").run();
    raw.close();

    const server = serveInBackground(['--port', '0', '--db', db]);
    await printedUrl();
    expect(output.stderr()).toMatch(/^Note: the store was made by extractor e1-000000000000, and this is extractor e\d+-[0-9a-f]{12}.*Run 'plexus reingest'/m);
    server.stop();
    expect(await server.exit).toBe(0);
  });

  it('says nothing of versions when the store was made by this extractor', async () => {
    const server = serveInBackground(['--port', '0', '--db', db]);
    await printedUrl();
    expect(output.stderr()).not.toMatch(/reingest/);
    server.stop();
    expect(await server.exit).toBe(0);
  });

  it('does not load the demo corpus into a store that has documents', async () => {
    const corpus = openCorpus({ dbPath: db });
    corpus.ingest([{ title: 'One', text: 'Angela Merkel visited Paris.', sourcePath: 'test' }]);
    corpus.close();

    const server = serveInBackground(['--demo', '--port', '0', '--db', db]);
    const url = await printedUrl();
    const stats = (await (await fetch(`${url}api/stats`)).json()) as CorpusStats;
    expect(stats.documents).toBe(1);
    expect(output.stderr()).not.toMatch(/demo corpus/);
    server.stop();
    expect(await server.exit).toBe(0);
  });

  it('exits 2 for a port that is not a number, saying what is expected', async () => {
    expect(await serveCommand(['--port', 'abc', '--db', db])).toBe(2);
    expect(output.stderr()).toBe('plexus serve: port must be a whole number from 0 to 65535, got "abc"\n');
  });

  it('exits 2 for an unknown option', async () => {
    expect(await serveCommand(['--demo', '--prot', '80'])).toBe(2);
    expect(output.stderr()).toMatch(/^plexus serve: Unknown option '--prot'/);
  });

  it('exits 1 when the port is taken, saying so', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    try {
      expect(await serveCommand(['--port', String(address.port), '--db', db])).toBe(1);
      expect(output.stderr()).toBe(`plexus serve: 127.0.0.1:${address.port} is already in use: choose another port with --port or PORT\n`);
    } finally {
      blocker.close();
    }
  });
});
