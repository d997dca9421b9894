/**
 * The map the analyst arranged is kept with the store: stopping *Run layout* saves it, and the
 * explorer opened again shows every entity where it was left.
 */

import type { Page } from 'playwright-core';
import type { NodePositions } from '#model/types';
import { eventually, openExplorer, renderedNodes, startSession, type Session } from './harness';

let session: Session;

beforeAll(async () => {
  session = await startSession('layout-saved');
}, 120_000);

afterAll(() => session?.close());

const graphPosition = (page: Page, id: string) =>
  page.evaluate(`window.plexusExplorer.graphPosition(${JSON.stringify(id)})`) as Promise<{ x: number; y: number } | null>;
const savedMap = async () => ((await (await fetch(`${session.url}api/layout`)).json()) as { positions: NodePositions }).positions;

it('saves the map when the layout is stopped, and opens on it again', async () => {
  expect(await savedMap()).toEqual({});
  const { page } = await openExplorer(session);
  const [node] = await renderedNodes(page);
  const before = await graphPosition(page, node.id);
  await page.locator('button', { hasText: 'Run layout' }).click();
  await eventually(
    () => graphPosition(page, node.id),
    (now) => now !== null && before !== null && (now.x !== before.x || now.y !== before.y),
    'the layout to move the entity',
  );
  await page.locator('button', { hasText: 'Stop layout' }).click();
  await eventually(
    () => page.locator('#status').textContent(),
    (text) => /Map saved with the store/.test(text ?? ''),
    'the status to say the map was saved',
  );
  const left = await graphPosition(page, node.id);
  const saved = await savedMap();
  expect(Object.keys(saved).length).toBe((await renderedNodes(page)).length);
  expect(saved[node.id]).toEqual([left?.x, left?.y]);

  const { page: again } = await openExplorer(session);
  expect(await graphPosition(again, node.id)).toEqual(left);
});
