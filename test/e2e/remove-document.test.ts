/**
 * Removing a document from the reader: a confirmation first (cancelling keeps it), then the
 * document, and the entities only it named, leave the map, and the reader closes.
 */

import type { Page } from 'playwright-core';
import type { DocumentSummary } from '#model/types';
import { eventually, openExplorer, renderedNodes, screenshot, startSession, type Session } from './harness';

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await startSession('remove-document');
});
afterAll(() => session.close());

async function documents(): Promise<DocumentSummary[]> {
  return ((await (await fetch(`${session.url}api/documents`)).json()) as { documents: DocumentSummary[] }).documents;
}

it('asks first, and keeps the document when the reader cancels', async () => {
  const [first] = await documents();
  ({ page } = await openExplorer(session, `?doc=${first.id}`));
  await page.locator('#reader-slot article.reader').waitFor();
  const asked = page.waitForEvent('dialog');
  const click = page.locator('#reader-slot button.remove').click();
  const dialog = await asked;
  expect(dialog.type()).toBe('confirm');
  expect(dialog.message()).toContain(first.title);
  await dialog.dismiss();
  await click;
  expect((await documents()).map((d) => d.id)).toContain(first.id);
  expect(await page.locator('#reader-slot article.reader').isVisible()).toBe(true);
});

it('removes it once confirmed: the reader closes and the entities only it named leave the map', async () => {
  const [first] = await documents();
  const before = await renderedNodes(page);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.locator('#reader-slot button.remove').click();
  await page.locator('#reader-slot article.reader').waitFor({ state: 'detached' });
  await eventually(
    () => page.locator('#status').textContent(),
    (text) => /Removed/.test(text ?? ''),
    'the status to say the document was removed',
  );
  expect((await documents()).map((d) => d.id)).not.toContain(first.id);
  const after = await eventually(
    () => renderedNodes(page),
    (nodes) => nodes.length < before.length,
    'fewer entities on the map',
  );
  expect(after.length).toBeGreaterThan(0);
  await screenshot(page, 'document-removed');
});
