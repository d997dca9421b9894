/**
 * Adding documents from the page, against the real server: a new text file adds its entities to
 * the graph without a reload; a refused file says why; and a document whose text and title carry
 * markup (`<img src=x onerror=…>`) shows it as text and runs nothing.
 */

import type { Page } from 'playwright-core';
import type { SerializedGraph } from '../../server/model/types';
import { eventually, openExplorer, renderedNodes, screenshot, startSession, type Session } from './harness';

let session: Session;
let page: Page;
let errors: string[];
let dialogs: string[];

beforeAll(async () => {
  session = await startSession('upload');
}, 120_000);
afterAll(async () => {
  await session?.close();
});
beforeEach(async () => {
  ({ page, errors } = await openExplorer(session));
  dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
}, 30_000);
afterEach(async () => {
  await page.close();
  expect(dialogs).toEqual([]);
});

async function graphKeys(): Promise<Set<string>> {
  const graph = (await (await fetch(`${session.url}api/graph`)).json()) as SerializedGraph;
  return new Set(graph.nodes.map((node) => node.key));
}

/** A marker set in the page: still there afterwards means the page was not reloaded. */
async function markPage(): Promise<void> {
  await page.evaluate('window.__notReloaded = true');
}
async function stillSamePage(): Promise<boolean> {
  return (await page.evaluate('window.__notReloaded === true')) === true;
}

describe('uploading documents', () => {
  it('adds the entities of a new text file to the graph without a reload', async () => {
    const before = await graphKeys();
    await markPage();
    await page.locator('#upload-input').setInputFiles({
      name: 'geneva-talks.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        'Geneva talks\n\nSergei Lavrov met John Kerry in Geneva on Tuesday. Lavrov said that Russia and the United States would keep talking. Kerry thanked the Swiss government.\n',
      ),
    });
    await page.locator('.upload-status li.added').waitFor({ timeout: 20_000 });
    const after = await graphKeys();
    const added = [...after].filter((key) => !before.has(key));
    expect(added.length).toBeGreaterThan(0);
    const drawn = await eventually(
      () => renderedNodes(page),
      (nodes) => added.every((key) => nodes.some((node) => node.id === key)),
      'the new entities drawn',
    );
    expect(drawn.some((node) => /Kerry/.test(node.label))).toBe(true);
    expect(await stillSamePage()).toBe(true);
    expect(errors).toEqual([]);
    await screenshot(page, 'upload-added');
  });

  it('says why a file was refused', async () => {
    await page
      .locator('#upload-input')
      .setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n') });
    const message = page.locator('.upload-status .error');
    await message.waitFor({ timeout: 20_000 });
    expect(await message.textContent()).toMatch(/scan\.pdf/);
    await screenshot(page, 'upload-refused');
  });

  it('shows markup in a document as text and runs none of it', async () => {
    const payload = '<img src=x onerror=alert(document.domain)>';
    await page.locator('#upload-input').setInputFiles({
      name: 'payload.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        `${payload} Herald\n\nPresident ${payload} Smith met Mr Hollande in Paris on Monday. ${payload} Smith said France would help.\n` +
          `<script>alert("script")</script> Officials from the <b onmouseover=alert(2)>Bold Party</b> were there.\n`,
      ),
    });
    await page.locator('.upload-status li.added').waitFor({ timeout: 20_000 });
    // The document in the overview list, its reader, and its entities in the panel and search.
    await page.keyboard.press('Escape');
    const link = page.locator('#panel .overview button[data-document]').filter({ hasText: 'onerror' });
    await link.first().click();
    const reader = page.locator('#reader-slot article.reader');
    await reader.waitFor();
    expect(await reader.locator('h2').textContent()).toContain(payload);
    expect(await reader.textContent()).toContain(`President ${payload} Smith`);
    const marks = reader.locator('mark.mention');
    if ((await marks.count()) > 0) await marks.first().click();
    await page.locator('#search').fill('Smith');
    await page.locator('#search-slot [role="option"]').first().waitFor();
    await screenshot(page, 'markup-as-text');

    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(await page.locator('b').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate('document.domain')).toBe('127.0.0.1');
  });
});
