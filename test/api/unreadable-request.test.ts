/**
 * Requests the server cannot read (a body that does not decompress as its Content-Encoding says,
 * a path that is not percent-encoded UTF-8) are the client's mistake: 400 with the reason, and
 * one line in the server log instead of a stack trace.
 */

import zlib from 'node:zlib';
import { errorOf, startTestServer, type TestServer } from './harness';

let api: TestServer;
let logged: string[];
let stderr: jest.SpyInstance;

beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

beforeEach(() => {
  logged = [];
  stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    logged.push(String(chunk));
    return true;
  });
});
afterEach(() => stderr.mockRestore());

const curation = JSON.stringify({ action: 'hide', entity: 'vladimir-putin' });

describe.each(['gzip', 'deflate', 'br'])('a JSON body with a corrupt Content-Encoding: %s', (encoding) => {
  it('gets 400 saying it could not be decompressed, and one line in the log', async () => {
    const error = await errorOf(
      await api.fetch('/api/curation', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': encoding },
        body: 'not compressed at all',
      }),
      400,
    );
    expect(error).toMatch(/could not be decompressed/);
    expect(logged.join('')).toMatch(/^plexus: 400 POST \/api\/curation: The body could not be decompressed/);
    expect(logged.join('')).not.toMatch(/\n\s+at /);
  });
});

it('still reads a body that is compressed as it says', async () => {
  const response = await api.fetch('/api/curation', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
    body: zlib.gzipSync(curation),
  });
  // The body was read: the refusal is about the entity, which this empty store does not have.
  expect(await errorOf(response, 404)).toMatch(/vladimir-putin/);
});

describe.each([
  ['GET', '/api/entities/%FF'],
  ['GET', '/api/documents/%FF%FE'],
  ['DELETE', '/api/curation/%FF'],
])('%s %s, a path that is not percent-encoded UTF-8', (method, pathname) => {
  it('gets 400 with the reason, and one line in the log', async () => {
    expect(await errorOf(await api.fetch(pathname, { method }), 400)).toMatch(/not valid percent-encoded UTF-8/);
    const lines = logged.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^plexus: 400 ${method} `));
  });
});
