/**
 * A sentence copied into several documents (agency copy): weighed by statements, the link counts
 * it once, and its evidence lists it once with every other document it appears in.
 */

import { openCorpus } from '../../server/corpus';
import { openExplorer, screenshot, startSession, type Session } from './harness';

const COPIED = 'Vladimir Putin met Bashar al-Assad in Moscow on Tuesday to discuss the war.';
const OPENINGS = ['The talks were announced late.', 'Markets barely moved on the news.', 'Later Vladimir Putin said that Bashar al-Assad had asked for help.'];

let session: Session;

beforeAll(async () => {
  session = await startSession('statements', {
    prepare(dbPath) {
      const corpus = openCorpus({ dbPath });
      corpus.ingest(
        OPENINGS.map((opening, i) => ({
          title: `Agency copy ${i + 1}`,
          text: `${opening}\n\n${COPIED}`,
          sourcePath: `copy-${i + 1}.txt`,
          outlet: `Outlet ${i + 1}`,
        })),
      );
      corpus.close();
    },
  });
}, 120_000);

afterAll(() => session?.close());

it('weighs the link by its two different sentences, and lists the copied one once with its copies', async () => {
  const { page, errors } = await openExplorer(session, '?weight=statements&entity=vladimir-putin');
  expect(await page.locator('#weighting').inputValue()).toBe('statements');
  await page.locator('#panel button[data-evidence="bashar-al-assad"]').click();
  const sentences = page.locator('#panel ol.evidence > li');
  await sentences.first().waitFor();
  expect(await sentences.count()).toBe(2);
  expect(await page.locator('#panel section.link p.meta').textContent()).toMatch(/^weight 2 · 2 sentences/);
  const copies = page.locator('#panel ol.evidence p.copies');
  expect(await copies.count()).toBe(1);
  expect(await copies.textContent()).toMatch(/^Also in 2 other documents: Agency copy \d \(Outlet \d\); Agency copy \d \(Outlet \d\)$/);
  await screenshot(page, 'evidence-copies');

  // A copy opens its own document, at the sentence.
  const copy = copies.locator('.doc-link').first();
  const id = await copy.getAttribute('data-document');
  const title = await copy.textContent();
  await copy.click();
  const reader = page.locator(`#reader-slot article.reader[data-document="${id}"]`);
  await reader.waitFor();
  expect(await reader.locator('h2').textContent()).toBe(title);
  expect(await reader.textContent()).toContain(COPIED);
  expect(errors).toEqual([]);
});
