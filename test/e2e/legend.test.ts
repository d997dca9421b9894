/**
 * The colour legend follows the colour mode, in chromium on the demo corpus: by type, the type list
 * is the legend; by community, the communities are listed by their members' names, and the side
 * panel's most mentioned entities wear the same colours as the map.
 */

import type { Page } from 'playwright-core';
import { openExplorer, screenshot, startSession, type Session } from './harness';

let session: Session;

beforeAll(async () => {
  session = await startSession('legend');
}, 120_000);

afterAll(async () => {
  await session?.close();
});

/** Each row of a list: its text (the label) and its swatch's colour. */
async function rows(page: Page, selector: string): Promise<{ label: string; colour: string }[]> {
  // A string, as the page runs it: the tests are compiled without the DOM's types.
  return (await page.evaluate(`[...document.querySelectorAll(${JSON.stringify(selector)})].map((item) => ({
    label: item.querySelector('.label')?.textContent ?? '',
    colour: getComputedStyle(item.querySelector('.swatch')).backgroundColor,
  }))`)) as { label: string; colour: string }[];
}

describe('the colour legend', () => {
  it('by type: the type list carries the colours and no community is listed', async () => {
    const { page, errors } = await openExplorer(session);
    expect(await page.locator('.type-list .swatch').first().isVisible()).toBe(true);
    expect(await page.locator('.legend').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('by community: communities are listed by their members, and the most mentioned wear their colours', async () => {
    const { page, errors } = await openExplorer(session, '?colour=community');
    await page.locator('.legend .community-list li').first().waitFor();
    expect(await page.locator('.type-list .swatch').first().isVisible()).toBe(false);
    const communities = await rows(page, '.legend .community-list li');
    expect(communities.length).toBeGreaterThan(1);
    expect(new Set(communities.map((c) => c.colour)).size).toBe(communities.length);
    const top = await rows(page, '#panel .top-entities li .entity-row');
    let checked = 0;
    for (const entity of top) {
      const community = communities.find((c) => c.label.split(', ').includes(entity.label));
      if (community === undefined) continue;
      expect(entity.colour).toBe(community.colour);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'legend-communities');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
