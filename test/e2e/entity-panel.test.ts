/** The entity panel in a real headless chromium: an entity's title (the office written with its name) under its label. */

import { openCorpus } from '../../server/corpus';
import { openExplorer, startSession, type Session } from './harness';
import { openEngine } from '../../server/store/store';

let session: Session;

beforeAll(async () => {
  session = await startSession('entity-panel', {
    prepare(dbPath) {
      const corpus = openCorpus({ dbPath });
      corpus.ingest(
        ['Michael Howard met Charles Kennedy in Leeds.', 'Michael Howard met Charles Kennedy in York.'].map((text, i) => ({
          title: `d${i}`,
          text,
          sourcePath: `d${i}`,
        })),
      );
      corpus.close();
      // As the extractor writes it on each mention that carries a title.
      const raw = openEngine(dbPath);
      raw.prepare("UPDATE mentions SET title = 'Tory leader' WHERE name = 'Michael Howard'").run();
      raw.close();
    },
  });
}, 120_000);

afterAll(async () => {
  await session?.close();
});

describe('the entity panel', () => {
  it("shows the title written with an entity's name under its label, and none for an entity without one", async () => {
    const { page, errors } = await openExplorer(session, '?entity=michael-howard');
    try {
      const howard = page.locator('#panel section.entity[data-entity="michael-howard"]');
      await howard.waitFor();
      expect(await howard.locator('.entity-title').textContent()).toBe('Tory leader');
      await page.goto(`${session.url}?entity=charles-kennedy`);
      const kennedy = page.locator('#panel section.entity[data-entity="charles-kennedy"]');
      await kennedy.waitFor();
      expect(await kennedy.locator('.entity-title').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
