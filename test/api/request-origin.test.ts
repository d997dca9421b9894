/**
 * Who may talk to the server: a request must name one of the server's own hosts (a page whose
 * name was rebound to 127.0.0.1 is refused), and a write must not come from another site.
 */

import http from 'node:http';
import { allowedHostNames, hostName } from '../../server/api/request-origin';
import { body, demoDocuments, errorOf, startTestServer, type TestServer } from './harness';
import type { CorpusStats } from '#model/types';

let api: TestServer;

beforeAll(async () => {
  api = await startTestServer({ allowedHosts: 'plexus.example.org' });
  api.corpus.ingest(demoDocuments());
});
afterAll(() => api.close());

/** A request with a Host header of our choosing (fetch sets its own). */
function requestAs(host: string, pathname: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(api.url);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, path: pathname, headers: { host } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.on('error', reject);
    request.end();
  });
}

async function documentCount(): Promise<number> {
  return (await body<CorpusStats>(await api.fetch('/api/stats'))).documents;
}

function uploadWith(headers: Record<string, string>): Promise<Response> {
  const form = new FormData();
  form.append('files', new Blob(['Vladimir Putin met Angela Merkel in Paris.']), 'meeting.txt');
  return api.fetch('/api/documents', { method: 'POST', body: form, headers });
}

describe('the Host a request names', () => {
  it.each(['attacker.example', 'attacker.example:80', '127.0.0.1.attacker.example'])('refuses %j with 421 and says how to allow a name', async (host) => {
    const response = await requestAs(host, '/api/stats');
    expect(response.status).toBe(421);
    expect(JSON.parse(response.body)).toEqual({ error: expect.stringMatching(/PLEXUS_ALLOWED_HOSTS/) });
  });

  it('refuses the explorer page too, not only the API', async () => {
    expect((await requestAs('attacker.example', '/')).status).toBe(421);
  });

  it.each(['127.0.0.1', 'localhost', '[::1]', 'LOCALHOST.', 'plexus.example.org'])('answers %j (with the port)', async (host) => {
    const { port } = new URL(api.url);
    expect((await requestAs(`${host}:${port}`, '/api/stats')).status).toBe(200);
  });
});

describe('which names a server answers to', () => {
  it('takes the port and brackets off a Host header', () => {
    expect(hostName('[::1]:3000')).toBe('::1');
    expect(hostName('Example.org:80')).toBe('example.org');
    expect(hostName('example.org.')).toBe('example.org');
  });

  it("answers to this machine's loopback names when it listens on loopback, and to nothing else", () => {
    expect([...allowedHostNames({ host: '127.0.0.1', allowedHosts: [] })].sort()).toEqual(['127.0.0.1', '::1', 'localhost']);
  });

  it('answers to the address it listens on and the allowed names', () => {
    expect([...allowedHostNames({ host: '10.1.2.3', allowedHosts: ['news.example.org'] })].sort()).toEqual(['10.1.2.3', 'news.example.org']);
  });
});

describe('a write from another site', () => {
  it.each([
    [{ origin: 'http://attacker.example' }],
    [{ origin: 'null' }],
    [{ 'sec-fetch-site': 'cross-site' }],
    [{ 'sec-fetch-site': 'same-site', origin: 'http://localhost:1' }],
  ])('is refused with 403 before its body is read, and nothing is stored: %j', async (headers) => {
    const before = await documentCount();
    expect(await errorOf(await uploadWith(headers), 403)).toMatch(/another (site|origin).*nothing was stored/);
    expect(await documentCount()).toBe(before);
  });

  it('is refused for deletions and curation as well', async () => {
    const headers = { origin: 'http://attacker.example', 'content-type': 'application/json' };
    expect((await api.fetch('/api/curation', { method: 'POST', headers, body: '{}' })).status).toBe(403);
    expect((await api.fetch('/api/curation/1', { method: 'DELETE', headers })).status).toBe(403);
  });
});

describe('a write the explorer or a tool sends', () => {
  it("is taken from the server's own origin", async () => {
    const response = await uploadWith({ origin: new URL(api.url).origin, 'sec-fetch-site': 'same-origin' });
    expect(response.status).toBe(201);
  });

  it('is taken from a tool that sends neither Origin nor Sec-Fetch-Site (curl, scripts)', async () => {
    const form = new FormData();
    form.append('files', new Blob(['Barack Obama met Bashar al-Assad in Geneva.']), 'talks.txt');
    expect((await api.fetch('/api/documents', { method: 'POST', body: form })).status).toBe(201);
  });
});
