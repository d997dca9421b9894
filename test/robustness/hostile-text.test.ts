/**
 * Hostile text in the explorer, in chromium against the real server: a document whose title,
 * sentences and entity names carry `<script>` and `<img onerror=…>` payloads that would call
 * `window.__pwned`, bidi controls and a very long token. The hook is never called, no element
 * is made from the payloads, and every payload is visible as text, in the entity panel, the
 * evidence, the document reader and the search suggestions, without overflowing its panel.
 */

import type { Page } from 'playwright-core';
import { openCorpus } from '../../server/corpus';
import { Store } from '../../server/store/store';
import { openExplorer, screenshot, startSession, type Session } from '../e2e/harness';

// A bare call: 'window.' would end a sentence for the sentence splitter.
const hook = (where: string): string => `__pwned(${JSON.stringify(where)})`;
const TITLE = `<script>${hook('title')}</script><img src=x onerror=${hook('title-img')}> Summit`;
const SENTENCE_SCRIPT = `<script>${hook('sentence')}</script>`;
const SENTENCE_IMG = `<img src=x onerror=${hook('sentence-img')}>`;
const LONG_TOKEN = `Zz${'z'.repeat(400)}`;
const RLO = '\u202e';
const TEXT =
  `Vladimir Putin met ${SENTENCE_SCRIPT} Angela Merkel in Paris ${SENTENCE_IMG} on Monday. Putin said the talks went well.\n\n` +
  `Angela Merkel said ${RLO}sdrow live and Vladimir Putin agreed. ${LONG_TOKEN} was written on the wall in Paris.\n`;

/**
 * Entity labels as a curated rename may set them. Extraction never puts markup in a name, but
 * the explorer must not depend on that: the labels are written into the store directly.
 */
const PUTIN_LABEL = `Vladimir <img src=x onerror=${hook('entity-img')}> Putin`;
const MERKEL_LABEL = `<script>${hook('entity-script')}</script>Angela ${RLO}Merkel`;

let session: Session;
let page: Page;
let errors: string[];
const calls: string[] = [];
let putinId = '';
let merkelId = '';

function prepare(dbPath: string): void {
  const corpus = openCorpus({ dbPath });
  try {
    corpus.ingest([{ title: TITLE, text: TEXT, sourcePath: 'upload:payload.txt', outlet: `<b onmouseover=${hook('outlet')}>Herald</b>` }]);
  } finally {
    corpus.close();
  }
  const store = new Store(dbPath);
  try {
    const idOf = (label: string): string => {
      const row = store.engine.prepare('SELECT id FROM entities WHERE label = ?').get(label) as { id: string } | undefined;
      if (!row) throw new Error(`the extractor did not find ${label}`);
      return row.id;
    };
    putinId = idOf('Vladimir Putin');
    merkelId = idOf('Angela Merkel');
    const relabel = store.engine.prepare('UPDATE entities SET label = ? WHERE id = ?');
    relabel.run(PUTIN_LABEL, putinId);
    relabel.run(MERKEL_LABEL, merkelId);
  } finally {
    store.close();
  }
}

beforeAll(async () => {
  session = await startSession('hostile', { prepare });
  ({ page, errors } = await openExplorer(session));
  // The hook the payloads call: exposed to the page, it records every call in this test.
  await page.exposeBinding('__pwned', (_source, where: unknown) => {
    calls.push(String(where));
  });
  page.on('dialog', (dialog) => {
    calls.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.reload();
  await page.waitForSelector('body[data-explorer="ready"]', { timeout: 20_000 });
}, 120_000);

afterAll(async () => {
  await page?.close();
  await session?.close();
});

afterEach(async () => {
  // No payload made an element or ran: the hook is there (it would be called) and never was.
  expect(await page.evaluate('typeof window.__pwned')).toBe('function');
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(await page.locator('b').count()).toBe(0);
  expect(calls).toEqual([]);
});

/** The element fits across its scrolling container: no text pushed out of sight sideways. */
async function fitsWidth(selector: string): Promise<boolean> {
  const value: unknown = await page.evaluate(`(() => {
    const element = document.querySelector(${JSON.stringify(selector)});
    return element !== null && element.scrollWidth <= element.clientWidth + 1;
  })()`);
  return value === true;
}

/** How the element's text is set off for bidi: 'isolate' keeps its controls from reordering the text around it. */
async function unicodeBidi(selector: string): Promise<unknown> {
  return page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).unicodeBidi`);
}

describe('hostile text is shown as text and runs nothing', () => {
  it('in the entity panel: names with markup and a bidi control, as text', async () => {
    await page.goto(`${session.url}?entity=${encodeURIComponent(putinId)}`);
    await page.waitForSelector('body[data-explorer="ready"]');
    const panel = page.locator(`#panel section.entity[data-entity="${putinId}"]`);
    await panel.waitFor();
    expect(await panel.locator('h2').textContent()).toContain(PUTIN_LABEL);
    expect(await panel.textContent()).toContain(MERKEL_LABEL);
    expect(await unicodeBidi(`#panel section.entity h2`)).toBe('isolate');
    expect(await unicodeBidi(`#panel section.entity .label`)).toBe('isolate');
    expect(await fitsWidth('#panel')).toBe(true);
    await screenshot(page, 'hostile-entity');
  });

  it('in the evidence: sentences with markup, names marked, as text', async () => {
    await page.locator(`#panel button[data-evidence="${merkelId}"]`).click();
    const sentences = page.locator('#panel ol.evidence > li');
    await sentences.first().waitFor();
    const text = (await sentences.allTextContents()).join('\n');
    expect(text).toContain(SENTENCE_SCRIPT);
    expect(text).toContain(SENTENCE_IMG);
    expect(text).toContain(`${RLO}sdrow live`);
    expect(await page.locator('#panel ol.evidence .doc-link').first().textContent()).toContain(TITLE);
    expect(await fitsWidth('#panel')).toBe(true);
    await screenshot(page, 'hostile-evidence');
  });

  it('in the document reader: the title, every sentence and the long token, as text', async () => {
    await page.locator('#panel ol.evidence .doc-link').first().click();
    const reader = page.locator('#reader-slot article.reader');
    await reader.locator('mark.mention').first().waitFor();
    expect(await reader.locator('h2').textContent()).toContain(TITLE);
    const text = (await reader.textContent()) ?? '';
    expect(text).toContain(SENTENCE_SCRIPT);
    expect(text).toContain(SENTENCE_IMG);
    expect(text).toContain(LONG_TOKEN);
    expect(await reader.locator('mark.mention').allTextContents()).toEqual(expect.arrayContaining(['Vladimir Putin', 'Angela Merkel']));
    // The 400-letter token wraps inside the reader instead of widening it past its edge.
    expect(await fitsWidth('#reader-slot')).toBe(true);
    await screenshot(page, 'hostile-reader');
  });

  it('in the search suggestions: labels with markup, as text', async () => {
    await page.keyboard.press('Escape');
    await page.locator('#search').fill('Putin');
    const option = page.locator(`#search-suggestions [role=option][data-entity="${putinId}"]`);
    await option.waitFor();
    expect(await option.textContent()).toContain(PUTIN_LABEL);
    await screenshot(page, 'hostile-search');
  });

  it('in the document list of the overview: the title, as text', async () => {
    await page.goto(session.url);
    await page.waitForSelector('body[data-explorer="ready"]');
    const link = page.locator('#panel .overview button[data-document]').first();
    await link.waitFor();
    expect(await link.textContent()).toContain(TITLE);
    expect(errors.filter((error) => !/Content Security Policy/.test(error))).toEqual([]);
  });
});
