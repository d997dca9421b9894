/** `plexus reingest`: a store made by another extractor version is extracted again; one made by this one is left alone. */

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../server/cli/main';
import { reingestWithCount, versionProblem } from '../../server/cli/reingest';
import { openCorpus } from '../../server/corpus';
import { captureOutput, type Captured } from './output';
import { freshStore } from '../helpers/store';
import { openEngine } from '../../server/store/store';

let dir: string;
let db: string;
let output: Captured;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plexus-reingest-'));
  db = freshStore();
  output = captureOutput();
});

afterEach(() => {
  output.restore();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A store of `n` small documents, with a curation rule, recorded as made by extractor `version`. */
function storeMadeBy(version: string | undefined, n = 3): void {
  const corpus = openCorpus({ dbPath: db });
  try {
    corpus.ingest(
      Array.from({ length: n }, (_, i) => ({ title: `d${i}`, text: `Angela Merkel met Emmanuel Macron in Berlin on day ${i}.`, sourcePath: `d${i}.txt` })),
    );
    corpus.curate({ action: 'rename', entity: 'angela-merkel', label: 'Chancellor Merkel' });
  } finally {
    corpus.close();
  }
  const raw = openEngine(db);
  if (version === undefined) raw.prepare("DELETE FROM store_info WHERE key = 'extractor_version'").run();
  else raw.prepare("UPDATE store_info SET value = ? WHERE key = 'extractor_version'").run(version);
  raw.close();
}

function versions(): { store: string | undefined; current: string } {
  const corpus = openCorpus({ dbPath: db });
  try {
    return corpus.extractorVersions();
  } finally {
    corpus.close();
  }
}

describe('the extractor version of a store', () => {
  it('is recorded by the extractor that made the store', () => {
    const corpus = openCorpus({ dbPath: db });
    corpus.close();
    const { store, current } = versions();
    expect(store).toBe(current);
  });

  it('differs when the store is opened with other lexicons', () => {
    const lexicons = path.join(dir, 'lexicons');
    fs.cpSync(path.join(__dirname, '..', '..', 'data', 'lexicons'), lexicons, { recursive: true });
    const made = openCorpus({ dbPath: db, lexiconDir: lexicons });
    made.ingest([{ title: 't', text: 'Angela Merkel spoke in Berlin.', sourcePath: 't.txt' }]);
    const madeWith = made.extractorVersions().current;
    made.close();
    fs.appendFileSync(path.join(lexicons, 'org-words.txt'), 'Syndicate\n');
    const reopened = openCorpus({ dbPath: db, lexiconDir: lexicons });
    try {
      const now = reopened.extractorVersions();
      expect(now.store).toBe(madeWith);
      expect(now.current).not.toBe(madeWith);
      expect(versionProblem(now)).toMatch(/plexus reingest/);
    } finally {
      reopened.close();
    }
  });
});

describe('plexus reingest', () => {
  it('extracts every document again when the store was made by another version, keeping the curation rules', async () => {
    storeMadeBy('e1-000000000000');
    expect(await main(['reingest', '--db', db])).toBe(0);
    expect(output.stdout()).toMatch(/^Extracted again with e\d+-[0-9a-f]{12}: 3 inputs: 3 added/);
    const { store, current } = versions();
    expect(store).toBe(current);
    const corpus = openCorpus({ dbPath: db });
    try {
      expect(corpus.stats().documents).toBe(3);
      expect(corpus.entity('angela-merkel').label).toBe('Chancellor Merkel');
    } finally {
      corpus.close();
    }
  });

  it('takes a store that recorded no version for one made by an earlier extractor', async () => {
    storeMadeBy(undefined);
    expect(versionProblem(versions())).toMatch(/an earlier extractor that recorded no version/);
    expect(await main(['reingest', '--db', db])).toBe(0);
    expect(versionProblem(versions())).toBeUndefined();
  });

  it('leaves a store made by this version alone unless forced', async () => {
    storeMadeBy(undefined);
    await main(['reingest', '--db', db]);
    output.restore();
    output = captureOutput();
    expect(await main(['reingest', '--db', db])).toBe(0);
    expect(output.stdout()).toMatch(/nothing to do/);
    expect(await main(['reingest', '--force', '--db', db])).toBe(0);
    expect(output.stdout()).toMatch(/Extracted again/);
  });

  it('reports each document extracted again, of how many, and ends the report', () => {
    storeMadeBy('e1-000000000000', 5);
    const lines: string[] = [];
    let finished = false;
    const corpus = openCorpus({ dbPath: db });
    try {
      reingestWithCount(corpus, { item: (line) => lines.push(line), note: () => undefined, finish: () => (finished = true) });
    } finally {
      corpus.close();
    }
    expect(lines).toEqual([1, 2, 3, 4, 5].map((n) => `[${n}/5] extracted again`));
    expect(finished).toBe(true);
  });
});
