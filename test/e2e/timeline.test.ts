/**
 * The timeline strip on a store of four dated documents, months apart, and one undated: documents
 * per week with the undated counted apart; brushing a period with the mouse or the keyboard keeps
 * it in the URL and draws only what those documents say, each entity where it was; play slides a
 * window through the corpus; an entity's panel shows its sparkline and first and last mention; and
 * two brushes show what changed between them.
 */

import type { Page } from 'playwright-core';
import { openCorpus } from '../../server/corpus';
import { eventually, openExplorer, renderedNodes, screenshot, startSession, type Session } from './harness';

let session: Session;
let page: Page;

const DOCUMENTS = [
  { title: 'January', text: 'Anna Keleth met Peter Vadesh in Carrowvale.', date: '2015-01-05' },
  { title: 'March', text: 'Maria Oldane met John Brisker in Dunmerrin.', date: '2015-03-02' },
  { title: 'May', text: 'Anna Keleth met Elena Halloway in Lowbridge.', date: '2015-05-04' },
  { title: 'July', text: 'David Pennick met Sarah Quarles in Tarrant.', date: '2015-07-06' },
  { title: 'Undated', text: 'Thomas Wolloch met Laura Dunmore in Ashgrove.' },
];

beforeAll(async () => {
  session = await startSession('timeline', {
    prepare(dbPath) {
      const corpus = openCorpus({ dbPath });
      corpus.ingest(DOCUMENTS.map((doc) => ({ ...doc, sourcePath: `${doc.title}.txt` })));
      corpus.close();
    },
  });
  ({ page } = await openExplorer(session));
  await page.waitForSelector('#timeline[data-ready="true"]');
}, 120_000);

afterAll(() => session?.close());

const labels = async () => (await renderedNodes(page)).map((node) => node.label).sort();
const periodInUrl = () => new URL(page.url()).searchParams.get('period');
const position = async (id: string) => page.evaluate(`window.plexusExplorer.graphPosition(${JSON.stringify(id)})`);

/** Drags the brush from the middle of one week's bar to the middle of another's. */
async function brush(fromWeek: string, toWeek: string): Promise<void> {
  const box = async (week: string) => {
    const found = await page.locator(`.timeline-bar[data-start="${week}"]`).boundingBox();
    if (found === null) throw new Error(`no bar for the week of ${week}`);
    return found;
  };
  const [a, b] = [await box(fromWeek), await box(toWeek)];
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2 - 10);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2 - 10, { steps: 5 });
  await page.mouse.up();
}

it('counts documents per week, from the first dated one to the last, and the undated apart', async () => {
  expect(await page.locator('.timeline-bar').count()).toBe(27);
  expect(await page.locator('.timeline-bar[data-start="2015-01-05"]').getAttribute('title')).toBe('2015-01-05: 1 document');
  expect(await page.locator('#timeline-undated').textContent()).toBe('1 undated');
  expect(await page.locator('#timeline-undated').getAttribute('title')).toMatch(/^1 undated document: in no period/);
  expect(await page.locator('#timeline-period').textContent()).toBe('All 5 documents');
});

it('brushing a period changes the map and the URL, and keeps every entity where it was', async () => {
  const before = await position('anna-keleth');
  expect(await labels()).toContain('Thomas Wolloch');
  await brush('2015-01-05', '2015-01-19');
  await eventually(
    async () => periodInUrl(),
    (period) => period === '2015-01-05,2015-01-25',
    'the period in the URL',
  );
  await eventually(labels, (shown) => JSON.stringify(shown) === JSON.stringify(['Anna Keleth', 'Carrowvale', 'Peter Vadesh']), 'the January entities alone');
  expect(await position('anna-keleth')).toEqual(before);
  expect(await page.locator('#timeline-period').textContent()).toBe('2015-01-05 – 2015-01-25');
  await screenshot(page, 'timeline-brushed');
});

it('moves the brush with the keyboard, and clears it with Delete', async () => {
  await page.locator('#timeline-bars').focus();
  await page.keyboard.press('End');
  await eventually(
    async () => periodInUrl(),
    (period) => period === '2015-06-22,2015-07-12',
    'the brush at the end of the strip',
  );
  await eventually(labels, (shown) => shown.includes('Sarah Quarles') && !shown.includes('Anna Keleth'), 'the July entities');
  await page.keyboard.press('Shift+ArrowLeft');
  await eventually(
    async () => periodInUrl(),
    (period) => period === '2015-06-22,2015-07-05',
    'the brush one week shorter',
  );
  await page.keyboard.press('Delete');
  await eventually(
    async () => periodInUrl(),
    (period) => period === null,
    'no period in the URL',
  );
  await eventually(labels, (shown) => shown.includes('Thomas Wolloch') && shown.includes('Anna Keleth'), 'every entity again');
});

it('play slides the window through the corpus, and pauses', async () => {
  await page.locator('#timeline-width').selectOption('6');
  await page.locator('#timeline-play').click();
  await eventually(
    async () => periodInUrl(),
    (period) => period === '2015-01-05,2015-02-15',
    'the first window of six weeks',
  );
  await eventually(
    async () => periodInUrl(),
    (period) => period !== null && period > '2015-01-12',
    'the window a week or more later',
  );
  expect(await page.locator('#timeline').getAttribute('data-playing')).toBe('true');
  await page.locator('#timeline-play').click();
  expect(await page.locator('#timeline').getAttribute('data-playing')).toBeNull();
  const paused = periodInUrl();
  await page.locator('#timeline-bars').focus();
  await page.keyboard.press('Delete');
  expect(paused).not.toBeNull();
});

it("shows an entity's sparkline and its first and last mention", async () => {
  await page.goto(`${session.url}?entity=anna-keleth`);
  await page.waitForSelector('body[data-explorer="ready"]');
  const when = page.locator('#panel .when-named');
  await when.waitFor();
  expect(await when.locator('.seen').textContent()).toBe('First named 2015-01-05 · last 2015-05-04');
  const bars = when.locator('svg.sparkline rect.bar');
  expect(await bars.count()).toBeGreaterThan(2);
  expect(await when.locator('svg.sparkline rect.bar[data-documents="1"]').count()).toBe(2);
  await screenshot(page, 'timeline-sparkline');
});

it('lists what changed between two brushed periods', async () => {
  await page.goto(session.url);
  await page.waitForSelector('#timeline[data-ready="true"]');
  await brush('2015-01-05', '2015-01-05');
  await eventually(
    async () => periodInUrl(),
    (period) => period === '2015-01-05,2015-01-11',
    'the first week',
  );
  await page.locator('#timeline-compare').click();
  await brush('2015-05-04', '2015-05-04');
  await eventually(
    async () => new URL(page.url()).searchParams.get('vs'),
    (vs) => vs === '2015-01-05,2015-01-11',
    'the kept period in the URL',
  );
  const changes = page.locator('#changes');
  await changes.waitFor();
  const listed = async (kind: string) =>
    changes.locator(`.change-list[data-kind="${kind}"] [data-entity]`).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-entity')));
  await eventually(
    async () => (await listed('new')).sort(),
    (ids) => JSON.stringify(ids) === JSON.stringify(['elena-halloway', 'lowbridge']),
    'the entities new in May',
  );
  expect((await listed('gone')).sort()).toEqual(['carrowvale', 'peter-vadesh']);
  await screenshot(page, 'timeline-changes');
});

it('says what the map waits for while a period is slow to come, then shows it', async () => {
  await page.goto(session.url);
  await page.waitForSelector('#timeline[data-ready="true"]');
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  // The server's answer is held back, as a large corpus's first period is, until the wait was said.
  const periods = (url: URL) => url.pathname === '/api/graph' && url.searchParams.has('from');
  const handled: Promise<void>[] = [];
  await page.route(periods, (route) => {
    const continued = released.then(() => route.continue());
    handled.push(continued);
    return continued;
  });
  const status = async () => (await page.locator('#status').textContent()) ?? '';
  try {
    await brush('2015-03-02', '2015-03-02');
    await eventually(status, (text) => text === 'Reading what the documents of 2015-03-02 – 2015-03-08 say…', 'the wait said in the status line');
  } finally {
    release();
    await Promise.all(handled);
    await page.unroute(periods);
  }
  await eventually(labels, (shown) => JSON.stringify(shown) === JSON.stringify(['Dunmerrin', 'John Brisker', 'Maria Oldane']), 'the March entities');
  await eventually(status, (text) => text.startsWith('3 of '), 'the count of what is shown');
});
