/**
 * The operator's side of PLEXUS_TOKEN, in chromium: on a server that requires a token, the first
 * upload asks for it once, then succeeds; the token is kept for the tab, so the next upload needs
 * no second prompt. A wrong answer leaves the store as it was, and is asked again next time.
 */

import type { Page } from 'playwright-core';
import type { DocumentSummary } from '#model/types';
import { openExplorer, startSession, type Session } from '../e2e/harness';

const TOKEN = 'operator-token-0123456789abcdef';

let session: Session;
let page: Page;
const prompts: string[] = [];
/** What the operator types at the next prompt. */
let answer = TOKEN;

beforeAll(async () => {
  session = await startSession('token', { config: { token: TOKEN } });
  ({ page } = await openExplorer(session));
  page.on('dialog', (dialog) => {
    prompts.push(dialog.message());
    void (dialog.type() === 'prompt' ? dialog.accept(answer) : dialog.dismiss());
  });
}, 120_000);

afterAll(async () => {
  await page?.close();
  await session?.close();
});

async function documentCount(): Promise<number> {
  const { documents } = (await (await fetch(`${session.url}api/documents`)).json()) as { documents: DocumentSummary[] };
  return documents.length;
}

async function uploadFile(name: string, text: string): Promise<void> {
  await page.locator('#upload-input').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
}

it('refuses the upload when the operator gives a wrong token, storing nothing', async () => {
  const before = await documentCount();
  answer = 'not-the-token-at-all';
  await uploadFile('wrong.txt', 'Sergei Lavrov met John Kerry in Geneva on Tuesday.\n');
  await page.locator('.upload-status .error').waitFor({ timeout: 20_000 });
  expect(await page.locator('.upload-status .error').textContent()).toMatch(/token is wrong/);
  expect(prompts).toHaveLength(1);
  expect(prompts[0]).toMatch(/requires a token/);
  expect(await documentCount()).toBe(before);
});

it('asks again after a wrong token, then uploads; the next upload asks nothing', async () => {
  const before = await documentCount();
  prompts.length = 0;
  answer = TOKEN;
  // The wrong token kept in the tab is refused, which asks for the right one.
  await uploadFile('geneva.txt', 'Sergei Lavrov met John Kerry in Geneva on Tuesday.\n');
  await page.locator('.upload-status li.added').waitFor({ timeout: 20_000 });
  expect(prompts).toHaveLength(1);
  expect(await documentCount()).toBe(before + 1);

  await uploadFile('paris.txt', 'Laurent Fabius met Frank-Walter Steinmeier in Paris on Friday.\n');
  await page.locator('.upload-status li.added').filter({ hasText: 'Laurent Fabius met' }).waitFor({ timeout: 20_000 });
  expect(prompts).toHaveLength(1);
  expect(await documentCount()).toBe(before + 2);
});
