/**
 * A graph too large to settle before its first frame opens on its overview: the most mentioned
 * entities are drawn first, and the rest of the graph comes in behind them.
 */

import { writeClientStore } from '../../bench/client-graph';
import { eventually, openExplorer, renderedNodes, startSession, type Session } from './harness';

const ENTITIES = 2500;
const LINKS = 5000;

let session: Session;

beforeAll(async () => {
  session = await startSession('overview', { prepare: (dbPath) => writeClientStore(dbPath, ENTITIES, LINKS, 3) });
}, 120_000);

afterAll(() => session?.close());

it('draws the 300 most mentioned entities first, then takes the rest in and offers more', async () => {
  const { page, errors } = await openExplorer(session);
  const first = await renderedNodes(page);
  expect(first.length).toBeLessThanOrEqual(300);
  const top = (await (await fetch(`${session.url}api/graph?top=300`)).json()) as { nodes: { key: string }[] };
  expect(new Set(first.map((node) => node.id))).toEqual(new Set(top.nodes.map((node) => node.key)));

  await page.waitForSelector('body[data-graph="whole"]', { timeout: 60_000 });
  await eventually(
    () => page.locator('#status').textContent(),
    (text) => new RegExp(`of ${ENTITIES} entities`).test(text ?? ''),
    'the status to count every entity',
  );
  expect(await page.locator('#status button', { hasText: /^Show \d+ more$/ }).count()).toBe(1);
  // The whole graph's overview is the one drawn first.
  expect(new Set((await renderedNodes(page)).map((node) => node.id))).toEqual(new Set(first.map((node) => node.id)));
  expect(errors).toEqual([]);
});
