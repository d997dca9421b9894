/**
 * Adding documents from the page, against the real server: a new text file, a PDF or an e-mail adds
 * its entities to the graph without a reload; a refused file says why; and a document whose text
 * and title carry markup (`<img src=x onerror=…>`) shows it as text and runs nothing.
 */

import type { Page } from 'playwright-core';
import type { SerializedGraph } from '#model/types';
import { linesFromTop, makeEmail, makePdf } from '../helpers/documents';
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

  it('adds the entities of a PDF report, and shows its text and author in the reader', async () => {
    const pdf = await makePdf(
      [
        linesFromTop([
          'Talks in Minsk',
          '',
          'Petro Poroshenko met Alexander Lukashenko in Minsk on Wednesday. Poroshenko',
          'thanked Lukashenko for hosting the talks.',
        ]),
      ],
      { title: 'Talks in Minsk', author: 'Olga Ivanova' },
    );
    await page.locator('#upload-input').setInputFiles({ name: 'minsk.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
    await page.locator('.upload-status li.added').filter({ hasText: 'Talks in Minsk' }).waitFor({ timeout: 20_000 });
    const drawn = await eventually(
      () => renderedNodes(page),
      (nodes) => nodes.some((node) => /Poroshenko/.test(node.label)) && nodes.some((node) => /Lukashenko/.test(node.label)),
      'the PDF’s people drawn',
    );
    expect(drawn.length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await page.locator('#panel .overview button[data-document]').filter({ hasText: 'Talks in Minsk' }).first().click();
    const reader = page.locator('#reader-slot article.reader');
    await reader.waitFor();
    expect(await reader.textContent()).toContain('Poroshenko thanked Lukashenko for hosting the talks.');
    expect(await reader.locator('.meta').textContent()).toMatch(/^by Olga Ivanova · /);
    expect(errors).toEqual([]);
    await screenshot(page, 'upload-pdf');
  });

  it('adds an e-mail, its sender and recipients linked to the people it names', async () => {
    const email = makeEmail({
      headers: [
        'From: Federica Mogherini <fm@example.eu>',
        'To: Javad Zarif <jz@example.ir>',
        'Date: Mon, 13 Jul 2015 22:00:00 +0200',
        'Subject: Vienna, final round',
      ],
      body: 'Javad,\r\n\r\nJohn Kerry will join us in Vienna tomorrow.\r\n\r\nFederica',
    });
    await page.locator('#upload-input').setInputFiles({ name: 'vienna.eml', mimeType: 'message/rfc822', buffer: email });
    await page.locator('.upload-status li.added').filter({ hasText: 'Vienna, final round' }).waitFor({ timeout: 20_000 });
    const graph = (await (await fetch(`${session.url}api/graph`)).json()) as SerializedGraph;
    const labels = graph.nodes.map((node) => node.attributes.label);
    expect(labels).toEqual(expect.arrayContaining(['Federica Mogherini', 'Javad Zarif', 'John Kerry']));
    // The correspondents are linked to the person the body names.
    const idOf = (label: string): string | undefined => graph.nodes.find((node) => node.attributes.label === label)?.key;
    const kerry = idOf('John Kerry');
    const linkedToKerry = graph.edges.flatMap((edge) => (edge.source === kerry ? [edge.target] : edge.target === kerry ? [edge.source] : []));
    expect(linkedToKerry).toEqual(expect.arrayContaining([idOf('Federica Mogherini'), idOf('Javad Zarif')]));
    await eventually(
      () => renderedNodes(page),
      (nodes) => nodes.some((node) => node.label === 'Federica Mogherini'),
      'the sender drawn',
    );
    expect(errors).toEqual([]);
    await screenshot(page, 'upload-email');
  });

  it("says how a table's columns were read", async () => {
    const table = 'Headline,Body,Byline,Section\nTalks in Rome,Giorgia Meloni met Ursula von der Leyen in Rome.,Anna Rossi,Europe\n';
    await page.locator('#upload-input').setInputFiles({ name: 'rome.csv', mimeType: 'text/csv', buffer: Buffer.from(table) });
    await page.locator('.upload-status li.added').filter({ hasText: 'Talks in Rome' }).waitFor({ timeout: 20_000 });
    expect(await page.locator('.upload-status .note').allTextContents()).toEqual([
      'rome.csv: columns Headline → title, Body → text, Byline → author (not read: Section)',
    ]);
    expect(errors).toEqual([]);
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
