/**
 * A narrow window, in chromium at 900 pixels: the map keeps most of the width, the filters and the
 * details are drawers that the top bar opens, and choosing an entity brings its details out.
 */

import { openExplorer, screenshot, startSession, type Session } from './harness';

let session: Session;

beforeAll(async () => {
  session = await startSession('narrow');
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('a window 900 pixels wide', () => {
  it('gives the map most of the width and keeps filters and details in drawers', async () => {
    const { page, errors } = await openExplorer(session);
    await page.setViewportSize({ width: 900, height: 700 });
    const map = await page.locator('#graph').boundingBox();
    expect(map?.width ?? 0).toBeGreaterThanOrEqual(0.9 * 900);
    expect(await page.locator('#sidebar').isVisible()).toBe(false);
    expect(await page.locator('#panel').isVisible()).toBe(false);

    await page.locator('button[data-drawer="sidebar"]').click();
    await page.locator('#sidebar input[data-type="PERSON"]').waitFor({ state: 'visible' });
    expect(await page.locator('button[data-drawer="sidebar"]').getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'narrow-filters');
    await page.locator('button[data-drawer="sidebar"]').click();
    await page.locator('#sidebar').waitFor({ state: 'hidden' });

    // Search, then choose: the details come out.
    await page.locator('#search-slot input').fill('Putin');
    await page.locator('#search-slot [role="option"]').first().click();
    await page.locator('#panel .entity-label').waitFor({ state: 'visible' });
    await screenshot(page, 'narrow-details');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
