/**
 * The document filter on a store of sixty documents: one page of twenty-five at a time, a search
 * and facets that narrow the list, 'Only these' that keeps the matching documents' links, and
 * 'All documents' that brings every one back; the corpus overview lists only the latest.
 */

import type { Page } from 'playwright-core';
import { openCorpus } from '../../server/corpus';
import { eventually, openExplorer, renderedNodes, screenshot, startSession, type Session } from './harness';

const OUTLETS = ['Reuters', 'The Daily Telegraph', 'RIA Novosti'];
const GIVEN = ['Anna', 'Peter', 'Maria', 'John', 'Elena', 'David', 'Sarah', 'Michael', 'Laura', 'Thomas'];
const SURNAMES = [
  ['Keleth', 'Vadesh', 'Marrowby', 'Strovanic', 'Wolloch', 'Tarrant'],
  ['Oldane', 'Brisker', 'Halloway', 'Pennick', 'Quarles', 'Dunmore'],
];
/** Document i names two people of its own, so that each document brings links no other has. */
const people = (i: number) => [`${GIVEN[i % 10]} ${SURNAMES[0][Math.floor(i / 10)]}`, `${GIVEN[(i + 5) % 10]} ${SURNAMES[1][Math.floor(i / 10)]}`];

let session: Session;
let page: Page;

beforeAll(async () => {
  session = await startSession('document-filter', {
    prepare(dbPath) {
      const corpus = openCorpus({ dbPath });
      corpus.ingest(
        Array.from({ length: 60 }, (_, i) => {
          const [a, b] = people(i);
          return {
            title: i === 41 ? 'Ceasefire talks in Geneva' : `Report ${i + 1}`,
            text: `${a} met ${b} in Carrowvale on Tuesday, officials said.`,
            sourcePath: `report-${i + 1}.txt`,
            outlet: OUTLETS[i % 3],
            date: `2015-${i < 30 ? '09' : '10'}-${String((i % 28) + 1).padStart(2, '0')}`,
          };
        }),
      );
      corpus.close();
    },
  });
  ({ page } = await openExplorer(session));
}, 120_000);

afterAll(() => session?.close());

const listed = () => page.locator('ul.document-filter input[data-document]').count();
const status = async () => (await page.locator('#document-status').textContent()) ?? '';

it('lists one page of twenty-five documents, and pages through the rest', async () => {
  await eventually(listed, (n) => n === 25, 'the first page of documents');
  expect(await status()).toMatch(/^60 of 60 documents · page 1 of 3/);
  await page.locator('#documents-next').click();
  await page.locator('#documents-next').click();
  await eventually(listed, (n) => n === 10, 'the last page, of ten');
  expect(await page.locator('#documents-next').isDisabled()).toBe(true);
  expect(await status()).toMatch(/page 3 of 3/);
});

it('lists the latest twelve in the corpus overview, and says where the rest are', async () => {
  const titles = await page.locator('#panel section.overview ul.documents button').allTextContents();
  expect(titles).toEqual(Array.from({ length: 12 }, (_, k) => (60 - k === 42 ? 'Ceasefire talks in Geneva' : `Report ${60 - k}`)));
  expect(await page.locator('#panel section.overview').textContent()).toContain('and 48 more');
});

it('narrows the list by words typed and by outlet and month, with their counts', async () => {
  await page.locator('#document-search').fill('ceasefire gen');
  await eventually(listed, (n) => n === 1, 'the one document whose title has both words');
  expect(await page.locator('ul.document-filter .doc-title').textContent()).toBe('Ceasefire talks in Geneva');
  await page.locator('#document-search').fill('');
  const outlets = await page.locator('#document-outlet option').allTextContents();
  expect(outlets).toEqual(['Any outlet', 'Reuters (20)', 'RIA Novosti (20)', 'The Daily Telegraph (20)']);
  await page.locator('#document-outlet').selectOption('Reuters');
  await page.locator('#document-month').selectOption('2015-10');
  await eventually(status, (text) => text.startsWith('10 of 60 documents'), 'ten Reuters documents of October');
  expect(await listed()).toBe(10);
});

it("keeps the matching documents' links with 'Only these', and every document's with 'All documents'", async () => {
  const before = (await renderedNodes(page)).length;
  await page.locator('#documents-only').click();
  await eventually(status, (text) => text.endsWith('links from 10 of them'), 'the ten documents kept');
  const kept = await eventually(
    () => renderedNodes(page),
    // Until the documents' links arrive, none is drawn: the map empties before it shows the ten.
    (nodes) => nodes.length > 0 && nodes.length < before,
    'only the entities of the ten documents on the map',
  );
  // Each document names two people of its own, and all of them the same place.
  expect(kept.filter((node) => node.type === 'PERSON')).toHaveLength(20);
  await screenshot(page, 'document-filter');
  await page.locator('#documents-all').click();
  await eventually(
    () => renderedNodes(page),
    (nodes) => nodes.length === before,
    'every entity back',
  );
  expect(await status()).toMatch(/links from all of them$/);
});
