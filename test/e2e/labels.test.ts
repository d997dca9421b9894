/**
 * Labels on the map, in chromium on the demo corpus: every entity drawn is labelled when there is
 * room, no label covers another or leaves the map, and the selection and its neighbours are always
 * labelled. Read through the page's inspector, which reports the boxes the renderer placed.
 */

import type { Page } from 'playwright-core';
import { eventually, openExplorer, renderedNodes, screenshot, startSession, type Session } from './harness';

interface Label {
  id: string;
  box: { x: number; y: number; width: number; height: number };
}

let session: Session;

beforeAll(async () => {
  session = await startSession('labels');
}, 120_000);

afterAll(async () => {
  await session?.close();
});

async function labels(page: Page): Promise<Label[]> {
  return (await page.evaluate('window.plexusExplorer.labels()')) as Label[];
}

function overlapping(list: Label[]): [string, string][] {
  const pairs: [string, string][] = [];
  list.forEach((a, i) =>
    list.slice(i + 1).forEach((b) => {
      if (a.box.x < b.box.x + b.box.width && b.box.x < a.box.x + a.box.width && a.box.y < b.box.y + b.box.height && b.box.y < a.box.y + a.box.height)
        pairs.push([a.id, b.id]);
    }),
  );
  return pairs;
}

/** Labels once every entity drawn has settled: the count no longer changes between two reads. */
async function settledLabels(page: Page, expected: readonly string[]): Promise<Label[]> {
  const missing = (list: Label[]) => expected.filter((id) => !list.some((l) => l.id === id));
  await eventually(
    async () => missing(await labels(page)),
    (left) => left.length === 0,
    `every entity drawn labelled (the unlabelled ones are listed)`,
  );
  return labels(page);
}

describe('labels on the map', () => {
  it('labels all the entities of the demo corpus, none over another and all on the map', async () => {
    const { page, errors } = await openExplorer(session);
    const drawn = await renderedNodes(page);
    expect(drawn.length).toBeGreaterThanOrEqual(30);
    await screenshot(page, 'labels-demo');
    const list = await settledLabels(
      page,
      drawn.map((n) => n.id),
    );
    expect(new Set(list.map((l) => l.id))).toEqual(new Set(drawn.map((n) => n.id)));
    expect(overlapping(list)).toEqual([]);
    const map = await page.locator('#graph').boundingBox();
    for (const { box } of list) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(map?.width ?? 0);
      expect(box.y + box.height).toBeLessThanOrEqual(map?.height ?? 0);
    }
    await screenshot(page, 'labels-demo');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('labels every person when only people are shown', async () => {
    const { page, errors } = await openExplorer(session, '?hide=LOCATION,ORGANIZATION,OUTLET');
    const drawn = await renderedNodes(page);
    expect(drawn.every((n) => n.type === 'PERSON')).toBe(true);
    const list = await settledLabels(
      page,
      drawn.map((n) => n.id),
    );
    expect(overlapping(list)).toEqual([]);
    await screenshot(page, 'labels-people');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('labels the selected entity and its neighbours', async () => {
    const { page, errors } = await openExplorer(session, '?entity=vladimir-putin');
    const neighbours = (await page.evaluate(`fetch('/api/entities/vladimir-putin').then((r) => r.json())`)) as { neighbours: { id: string }[] };
    const wanted = ['vladimir-putin', ...neighbours.neighbours.map((n) => n.id)];
    const list = await eventually(
      () => labels(page),
      (l) => wanted.every((id) => l.some((label) => label.id === id)),
      'the selection and its neighbours labelled',
    );
    expect(list.length).toBeGreaterThanOrEqual(wanted.length);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
