/**
 * Exposure: security headers on every kind of response, the token that write requests need, the
 * refusal to serve other machines without one, and no path from a request to a file outside the
 * served folders (static files, upload names, export names), against the real server.
 */

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startServer } from '../../server/cli/serve';
import { loadConfig } from '../../server/config';
import type { IngestOutcome } from '#model/types';
import { body, errorOf, startTestServer, type TestServer } from '../api/harness';
import { form, postJson, rawRequest, storeState, upload } from './helpers';
import { freshStore, storeName, untouched } from '../helpers/store';

const ARTICLE = 'Angela Merkel met Emmanuel Macron in Berlin on Tuesday.\n';
const TOKEN = 'a-secret-token-of-the-operator-0123456789';

/** A temporary folder with a built-looking client (index.html, app.js) and a secret file beside it. */
function clientFolder(): { root: string; clientDir: string; secret: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'plexus-paths-'));
  const clientDir = path.join(root, 'client');
  fs.mkdirSync(clientDir);
  fs.writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>Plexus</title><script type="module" src="app.js"></script>');
  fs.writeFileSync(path.join(clientDir, 'app.js'), 'export {};\n');
  const secret = path.join(root, 'secret.txt');
  fs.writeFileSync(secret, 'TOP-SECRET-CONTENT');
  return { root, clientDir, secret };
}

describe('security headers', () => {
  let api: TestServer;
  let folder: ReturnType<typeof clientFolder>;
  beforeAll(async () => {
    folder = clientFolder();
    api = await startTestServer({ clientDir: folder.clientDir, maxUploadBytes: 64 });
  });
  afterAll(async () => {
    await api.close();
    fs.rmSync(folder.root, { recursive: true, force: true });
  });

  const responses: [string, () => Promise<Response>][] = [
    ['the explorer page', () => api.fetch('/')],
    ['a static script', () => api.fetch('/app.js')],
    ['an API answer', () => api.fetch('/api/stats')],
    ['an API 404', () => api.fetch('/api/nothing-here')],
    ['a 400 error', () => api.fetch('/api/graph?minWeight=x')],
    ['a 413 error', () => upload(api, form(['big.txt', 'x'.repeat(100)]))],
    ['a 404 outside the API', () => api.fetch('/no-such-file.js')],
    ['the plain page', () => api.fetch('/plain')],
  ];

  it.each(responses)('%s carries X-Content-Type-Options: nosniff', async (_what, request) => {
    const response = await request();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each(responses.filter(([what]) => what !== 'the plain page'))('%s carries a CSP that allows no inline script', async (_what, request) => {
    const policy = (await request()).headers.get('content-security-policy') ?? '';
    const directives = new Map(
      policy.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    const scripts = directives.get('script-src') ?? directives.get('default-src') ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts.every((source) => source === "'self'" || source === "'none'")).toBe(true);
  });

  it('the explorer page forbids inline script and event-handler attributes, framing and plugins', async () => {
    const policy = (await api.fetch('/')).headers.get('content-security-policy') ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("script-src-attr 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('the plain page, which has no script at all, allows none, and no framing', async () => {
    const policy = (await api.fetch('/plain')).headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src/);
  });

  it('a page that does not exist allows nothing, and no framing', async () => {
    const response = await api.fetch('/no/such/page');
    expect(response.status).toBe(404);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).toContain("frame-ancestors 'none'");
  });
});

describe('the write token (PLEXUS_TOKEN)', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ token: TOKEN });
  });
  afterAll(() => api.close());

  it.each([
    ['no token', {}, /requires a token for changes/],
    ['a wrong bearer token', { authorization: `Bearer ${TOKEN}x` }, /token is wrong/],
    ['a prefix of the token', { 'x-plexus-token': TOKEN.slice(0, -1) }, /token is wrong/],
    ['the token in another scheme', { authorization: `Basic ${TOKEN}` }, /requires a token/],
  ])('refuses an upload with %s: 401, nothing stored', async (_what, headers, message) => {
    const before = await storeState(api);
    const response = await upload(api, form(['merkel.txt', ARTICLE]), headers);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await errorOf(response, 401)).toMatch(message);
    expect(await storeState(api)).toEqual(before);
  });

  it('refuses posted text and any other write method under /api without the token', async () => {
    const before = await storeState(api);
    expect(await errorOf(await postJson(api, { title: 'x', text: ARTICLE }), 401)).toMatch(/requires a token/);
    for (const method of ['PUT', 'PATCH', 'DELETE']) {
      expect((await api.fetch('/api/documents/1', { method })).status).toBe(401);
    }
    // A route that does not exist is refused before it is looked up.
    expect((await api.fetch('/api/entities/x/merge', { method: 'POST' })).status).toBe(401);
    expect(await storeState(api)).toEqual(before);
  });

  it('refuses curation writes without the token, and keeps the rules', async () => {
    const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
    const uploaded = await upload(api, form(['curated.txt', 'Angela Merkel met Emmanuel Macron in Berlin.\n']), { authorization: headers.authorization });
    expect(uploaded.status).toBe(201);
    const rename = JSON.stringify({ action: 'rename', entity: 'angela-merkel', label: 'Chancellor Merkel' });
    expect((await api.fetch('/api/curation', { method: 'POST', headers, body: rename })).status).toBe(201);
    const rules = await (await api.fetch('/api/curation')).text();

    const unsigned = { 'content-type': 'application/json' };
    const hide = JSON.stringify({ action: 'hide', entity: 'emmanuel-macron' });
    expect(await errorOf(await api.fetch('/api/curation', { method: 'POST', headers: unsigned, body: hide }), 401)).toMatch(/requires a token/);
    expect((await api.fetch('/api/curation/undo', { method: 'POST' })).status).toBe(401);
    expect((await api.fetch('/api/curation/1', { method: 'DELETE' })).status).toBe(401);
    expect(await (await api.fetch('/api/curation')).text()).toBe(rules);
  });

  it('accepts the token as a bearer token or in X-Plexus-Token', async () => {
    const first = await upload(api, form(['merkel.txt', ARTICLE]), { authorization: `Bearer ${TOKEN}` });
    expect(first.status).toBe(201);
    const second = await postJson(api, { title: 'Scholz', text: 'Olaf Scholz met Joe Biden in Washington.' }, { 'x-plexus-token': TOKEN });
    expect(second.status).toBe(201);
    expect((await storeState(api)).documents.length).toBeGreaterThanOrEqual(2);
  });

  it('lets anyone read without it', async () => {
    for (const pathname of ['/api/stats', '/api/graph', '/api/documents', '/healthz']) {
      expect((await api.fetch(pathname)).status).toBe(200);
    }
  });
});

describe('serving other machines', () => {
  it('refuses to start on a non-local address without a token, before touching the store', async () => {
    const dbPath = freshStore();
    const config = loadConfig({ PLEXUS_HOST: '0.0.0.0' }, { dbPath, port: 0 });
    await expect(startServer(config, { log: () => undefined })).rejects.toMatchObject({
      name: 'ConfigError',
      message: expect.stringMatching(/PLEXUS_HOST is 0\.0\.0\.0, which other machines can reach, and PLEXUS_TOKEN is not set/),
    });
    expect(untouched(dbPath)).toBe(true);
  });

  it('starts there with a token, and then requires it for writes', async () => {
    const config = loadConfig({ PLEXUS_HOST: '0.0.0.0', PLEXUS_TOKEN: TOKEN }, { dbPath: freshStore(), port: 0 });
    const running = await startServer(config, { log: () => undefined });
    try {
      const port = new URL(running.url).port;
      const refused = await fetch(`http://127.0.0.1:${port}/api/documents`, { method: 'POST', body: form(['a.txt', ARTICLE]) });
      expect(refused.status).toBe(401);
      const accepted = await fetch(`http://127.0.0.1:${port}/api/documents`, {
        method: 'POST',
        body: form(['a.txt', ARTICLE]),
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(accepted.status).toBe(201);
    } finally {
      await running.close();
    }
  });

  it.each(['127.0.0.1', 'localhost', '::1'])('serves %s without a token', async (host) => {
    const config = loadConfig({ PLEXUS_HOST: host }, { dbPath: freshStore(), port: 0 });
    const running = await startServer(config, { log: () => undefined }).then(
      (server) => server,
      (error: unknown) => {
        // ::1 may be missing on a machine without IPv6; what matters is that no ConfigError came.
        expect(error).toHaveProperty('code', 'EADDRNOTAVAIL');
        return undefined;
      },
    );
    await running?.close();
  });

  it('refuses a token too short to be a secret', () => {
    expect(() => loadConfig({ PLEXUS_TOKEN: 'secret' })).toThrow(/PLEXUS_TOKEN must be at least 16 printable ASCII characters/);
  });
});

describe('no request reaches a file outside the served folders', () => {
  let api: TestServer;
  let folder: ReturnType<typeof clientFolder>;
  beforeAll(async () => {
    folder = clientFolder();
    api = await startTestServer({ clientDir: folder.clientDir });
  });
  afterAll(async () => {
    await api.close();
    fs.rmSync(folder.root, { recursive: true, force: true });
  });

  it('serves the client folder itself', async () => {
    const response = await rawRequest(api.url, 'GET /app.js HTTP/1.1');
    expect(response.status).toBe(200);
    expect(response.body).toContain('export {}');
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/.%2e/secret.txt',
    '/%252e%252e%252fsecret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/../../../../etc/passwd',
    '//etc/passwd',
    '/%2fetc%2fpasswd',
    '/secret.txt%00.js',
    '/app.js%00/../../secret.txt',
    '/api/..%2f..%2fsecret.txt',
    '/api/documents/..%2f..%2fsecret.txt',
    '/api/entities/..%2f..%2fsecret.txt',
  ])('GET %s answers 4xx and no file outside', async (target) => {
    const response = await rawRequest(api.url, `GET ${target} HTTP/1.1`);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.body).not.toContain('TOP-SECRET-CONTENT');
    expect(response.body).not.toMatch(/root:.*:0:0:/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('takes the absolute path of the secret as a name, not a place', async () => {
    const response = await rawRequest(api.url, `GET /${encodeURIComponent(folder.secret)} HTTP/1.1`);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('TOP-SECRET-CONTENT');
  });

  it.each([
    ['../../../../tmp/evil.txt', 'evil.txt'],
    ['..\\..\\windows\\evil2.txt', 'evil2.txt'],
    ['/etc/cron.d/evil3.txt', 'evil3.txt'],
    ['%2e%2e%2fevil4.txt', '%2e%2e%2fevil4.txt'],
  ])('records the upload named %j as %j, only as text, writing no file', async (name, recorded) => {
    const response = await upload(api, form([name, `${ARTICLE} ${recorded}`]));
    expect(response.status).toBe(201);
    const { outcomes } = await body<{ outcomes: IngestOutcome[] }>(response);
    expect(outcomes[0]).toMatchObject({ status: 'added', source: `upload:${recorded}` });
    for (const where of ['/tmp/evil.txt', path.join(folder.root, 'evil.txt'), '/etc/cron.d/evil3.txt']) {
      expect(fs.existsSync(where)).toBe(false);
    }
  });

  it('refuses an upload whose name carries a NUL byte, as a malformed form', async () => {
    const before = await storeState(api);
    expect(await errorOf(await upload(api, form(['evil\u0000.txt', ARTICLE])), 400)).toMatch(/multipart form could not be read/);
    expect(await storeState(api)).toEqual(before);
  });

  it('names exports without a path, whatever the filters say', async () => {
    for (const q of ['../../etc/passwd', '..\\..\\boot.ini', '/absolute/name', 'a\u0000b', '"; filename=evil.sh']) {
      const response = await api.fetch(`/api/export?format=json&q=${encodeURIComponent(q)}`);
      expect(response.status).toBe(200);
      const disposition = response.headers.get('content-disposition') ?? '';
      expect(disposition.match(/filename\*?=/g)).toHaveLength(1);
      const name = /filename="?([^";]*)"?$/.exec(disposition)?.[1] ?? '';
      expect(name.startsWith(`${storeName(api.location)}_q-`)).toBe(true);
      expect(name.slice(storeName(api.location).length)).toMatch(/^_q-[\p{L}\p{N}.+-]+_\d{4}-\d{2}-\d{2}\.json$/u);
    }
  });
});
