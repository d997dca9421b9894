/** `GET /`: the built explorer with a CSP that allows no inline script, or a message saying how to build it. */

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startTestServer, type TestServer } from './harness';

describe('the explorer at /', () => {
  let api: TestServer;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plexus-client-'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Plexus</title><script type="module" src="app.js"></script>');
    fs.writeFileSync(path.join(dir, 'app.js'), 'export {};');
    api = await startTestServer({ clientDir: dir });
  });
  afterAll(async () => {
    await api.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html with a policy that forbids inline script', async () => {
    const response = await api.fetch('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(policy).toMatch(/worker-src 'self' blob:/);
    expect(await response.text()).toContain('src="app.js"');
  });

  it('serves the bundle from the same folder', async () => {
    const response = await api.fetch('/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
  });

  it('keeps the API and its JSON 404s in front of the client', async () => {
    expect((await api.fetch('/api/nothing')).status).toBe(404);
    expect((await api.fetch('/api/stats')).status).toBe(200);
  });
});

describe('/ without a built client', () => {
  it('says how to build it', async () => {
    const api = await startTestServer({ clientDir: path.join(os.tmpdir(), 'plexus-no-client-here') });
    try {
      const response = await api.fetch('/');
      expect(response.status).toBe(503);
      expect(await response.text()).toMatch(/npm run build/);
    } finally {
      await api.close();
    }
  });
});
