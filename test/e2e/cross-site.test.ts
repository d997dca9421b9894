/**
 * Another site open in the same browser, as an attacker would write it: a page on a second origin
 * that posts an upload to a local Plexus with `fetch(…, {mode: 'no-cors'})` and with a plain form,
 * and a name rebound to 127.0.0.1 (DNS rebinding) that tries to read it. Nothing is stored, and
 * the rebound name gets no data.
 */

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import type { CorpusStats } from '#model/types';
import { CHROMIUM, CHROMIUM_ARGS, eventually, startSession, type Session } from './harness';

let session: Session;
let attacker: http.Server;
let attackerOrigin = '';

/** The attacker's page: both kinds of write a page can send without CORS. */
function attackPage(plexus: string): string {
  const target = `${plexus}api/documents`;
  return `<!doctype html><title>a page of another site</title>
<iframe name="sink"></iframe>
<form id="f" method="post" enctype="multipart/form-data" target="sink" action="${target}">
  <textarea name="text">Vladimir Putin met Angela Merkel.</textarea>
</form>
<script>
  const data = new FormData();
  data.append('files', new Blob(['Barack Obama met Bashar al-Assad in Geneva.'], { type: 'text/plain' }), 'planted.txt');
  fetch(${JSON.stringify(target)}, { method: 'POST', mode: 'no-cors', body: data })
    .catch(() => undefined)
    .then(() => {
      document.getElementById('f').submit();
    });
</script>`;
}

async function stats(): Promise<CorpusStats> {
  const response = await fetch(`${session.url}api/stats`);
  return (await response.json()) as CorpusStats;
}

beforeAll(async () => {
  session = await startSession('cross-site');
  attacker = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(attackPage(session.url));
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerOrigin = `http://localhost:${(attacker.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => attacker.close(resolve));
  await session.close();
});

it("refuses the uploads another origin's page sends, and stores nothing", async () => {
  const before = await stats();
  // The server's request log says what it answered: the no-cors answer is opaque to the page and its tools.
  const page = await session.browser.newPage();
  await page.goto(`${attackerOrigin}/`);
  const refused = await eventually(
    async () => session.logged.filter((line) => /^warn POST \/api\/documents 403 /.test(line)),
    (lines) => lines.length === 2,
    'both uploads to be refused',
  );
  expect(refused[0]).toMatch(/another (site|origin)/);
  await page.close();
  expect(await stats()).toEqual(before);
});

describe('a name rebound to this machine', () => {
  let browser: Browser;

  beforeAll(async () => {
    // The browser resolves the attacker's name to 127.0.0.1, as a rebinding DNS server makes it do.
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP attacker.test 127.0.0.1'],
    });
  });
  afterAll(() => browser.close());

  it('gets 421 and none of the data, for the page and for the API', async () => {
    const port = new URL(session.url).port;
    const page = await browser.newPage();
    for (const pathname of ['/', '/api/stats', '/api/graph']) {
      const response = await page.goto(`http://attacker.test:${port}${pathname}`);
      expect(response?.status()).toBe(421);
      expect(await page.content()).not.toMatch(/"documents"|"nodes"/);
    }
    await page.close();
  });
});
