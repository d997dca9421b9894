/**
 * Curation in the explorer, in a real chromium against the real server and its own store: merging
 * two entities of the demo corpus from the entity panel leaves one node with both names and the
 * reason, without a reload; undo (the control, then Ctrl+Z) brings them back; split, rename,
 * retype and hide act on the graph drawn.
 */

import type { Page } from 'playwright-core';
import { eventually, openExplorer, renderedNodes, screenshot, startSession, type Session } from './harness';

let session: Session;

beforeAll(async () => {
  session = await startSession('curation');
}, 120_000);

afterAll(async () => {
  await session?.close();
});

let page: Page;
let errors: string[];
beforeEach(async () => {
  ({ page, errors } = await openExplorer(session, '?entity=united-states'));
}, 30_000);
afterEach(async () => {
  await page.close();
  expect(errors).toEqual([]);
});

const ids = async (): Promise<string[]> => (await renderedNodes(page)).map((node) => node.id);
const panelOf = (id: string) => page.locator(`#panel section.entity[data-entity="${id}"]`);

describe('curation in the explorer', () => {
  it('merges two nodes into one with both aliases, and undo brings them back', async () => {
    const before = await ids();
    expect(before).toEqual(expect.arrayContaining(['pentagon', 'united-states']));
    const panel = panelOf('united-states');
    await panel.waitFor();
    const aliases = await panel.locator('ul.aliases .alias').allTextContents();
    expect(aliases).not.toContain('Pentagon');
    expect(await page.locator('#undo-curation').isDisabled()).toBe(true);

    await page.locator('#merge-search').fill('Pentagon');
    const option = page.locator('#merge-search-suggestions [role=option][data-entity="pentagon"]');
    await option.waitFor();
    await option.click();

    const merged = await eventually(ids, (now) => !now.includes('pentagon'), 'the merged node gone from the canvas');
    expect(merged).toContain('united-states');
    expect(merged.length).toBe(before.length - 1);
    await eventually(
      () => panel.locator('ul.aliases .alias').allTextContents(),
      (names) => names.includes('Pentagon'),
      'the merged alias in the panel',
    );
    expect((await panel.locator('ul.aliases .alias').allTextContents()).sort()).toEqual([...aliases, 'Pentagon'].sort());
    expect(await panel.locator('ul.merges li[data-by="user"]').textContent()).toContain('Pentagon: merged by hand');
    expect(await page.locator('#undo-curation').getAttribute('title')).toBe('Undo: merge Pentagon into United States (Ctrl+Z)');
    await screenshot(page, 'curation-merged');

    await page.locator('#undo-curation').click();
    await eventually(ids, (now) => now.includes('pentagon') && now.length === before.length, 'both nodes back');
    await eventually(
      () => panel.locator('ul.aliases .alias').allTextContents(),
      (names) => !names.includes('Pentagon'),
      'the alias gone again',
    );
    expect(await page.locator('#undo-curation').isDisabled()).toBe(true);
  });

  it('splits an alias off, renames, retypes, hides, and Ctrl+Z undoes each in turn', async () => {
    await page.goto(`${session.url}?entity=vladimir-putin`);
    await page.waitForSelector('body[data-explorer="ready"]');
    const before = await ids();
    const panel = panelOf('vladimir-putin');
    await panel.waitFor();

    await panel.locator('button[data-split="Putin"]').click();
    const split = await eventually(ids, (now) => now.length === before.length + 1, 'a new node for “Putin”');
    const made = split.find((id) => !before.includes(id)) ?? '';
    expect(made).toMatch(/^putin\.\d+$/);
    // The panel is drawn again once the entity's new details arrive: type into that one.
    await eventually(
      () => panel.locator('button[data-split="Putin"]').count(),
      (count) => count === 0,
      'the panel without the alias split off',
    );

    await page.locator('#rename-input').fill('President Putin');
    await page.locator('#rename-entity').click();
    await eventually(
      async () => (await renderedNodes(page)).find((node) => node.id === 'vladimir-putin')?.label,
      (label) => label === 'President Putin',
      'the new label drawn',
    );

    // A type changed from the list; Ctrl+Z there (a list, not a text) undoes it.
    await page.locator('#retype-select').selectOption('ORGANIZATION');
    const typeOf = async () => (await renderedNodes(page)).find((node) => node.id === 'vladimir-putin')?.type;
    await eventually(typeOf, (type) => type === 'ORGANIZATION', 'the new type drawn');
    await page.locator('#retype-select').focus();
    await page.keyboard.press('Control+z');
    await eventually(typeOf, (type) => type === 'PERSON', 'the type undone');

    await page.locator('#hide-entity').click();
    await eventually(ids, (now) => !now.includes('vladimir-putin'), 'the hidden entity gone');
    // The hidden entity was selected: the panel goes back to the overview.
    await page.locator('#panel section.overview').waitFor();

    // Ctrl+Z with the focus outside any field undoes the curation, not the view.
    await page.locator('#graph').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await eventually(ids, (now) => now.includes('vladimir-putin'), 'the entity shown again');
    await page.keyboard.press('Control+z');
    await eventually(
      async () => (await renderedNodes(page)).find((node) => node.id === 'vladimir-putin')?.label,
      (label) => label === 'Vladimir Putin',
      'the old label',
    );
    await page.keyboard.press('Control+z');
    await eventually(ids, (now) => now.length === before.length && !now.includes(made), 'the split undone');
  });
});
