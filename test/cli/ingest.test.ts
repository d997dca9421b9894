/** `plexus ingest PATH… [--db FILE]`: progress per input, a summary, and exit codes 0, 1 and 2. */

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../server/cli/main';
import { openCorpus } from '../../server/corpus';
import { captureOutput, type Captured } from './output';
import { freshStore, untouched } from '../helpers/store';

const MERKEL = 'German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Tuesday.\n';
const BIDEN = '# Washington talks\n\nJoe Biden spoke to Olaf Scholz in Washington on Friday.\n';

let dir: string;
let inputs: string;
let db: string;
let output: Captured;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plexus-ingest-'));
  inputs = path.join(dir, 'inputs');
  fs.mkdirSync(inputs);
  fs.writeFileSync(path.join(inputs, 'biden.md'), BIDEN);
  fs.writeFileSync(path.join(inputs, 'copy.txt'), MERKEL);
  fs.writeFileSync(path.join(inputs, 'merkel.txt'), MERKEL);
  fs.writeFileSync(path.join(inputs, 'notes.pdf'), '%PDF-1.7');
  db = freshStore();
  output = captureOutput();
});

afterEach(() => {
  output.restore();
  fs.rmSync(dir, { recursive: true, force: true });
});

function storedDocuments(): number {
  const corpus = openCorpus({ dbPath: db });
  try {
    return corpus.stats().documents;
  } finally {
    corpus.close();
  }
}

describe('plexus ingest', () => {
  it('reports each input in order, then a summary, and exits 1 when some input was refused', async () => {
    expect(await main(['ingest', inputs, '--db', db])).toBe(1);
    const lines = output.stderr().trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^\\[1/4\\] added  ${inputs}/biden\\.md \\(\\d+ mentions\\)$`)),
      expect.stringMatching(new RegExp(`^\\[2/4\\] added  ${inputs}/copy\\.txt \\(\\d+ mentions\\)$`)),
      `[3/4] duplicate ${inputs}/merkel.txt (already present)`,
      `[4/4] refused: ${inputs}/notes.pdf: is not a readable PDF (Invalid PDF structure.)`,
    ]);
    expect(output.stdout()).toMatch(
      new RegExp(`^Ingested 4 inputs: 2 added, 1 already present, 1 refused\\. ${db} holds 2 documents and \\d+ entities\\.\\n$`),
    );
    expect(storedDocuments()).toBe(2);
  });

  it('exits 0 when nothing was refused, counting what is already present', async () => {
    const files = ['biden.md', 'merkel.txt'].map((name) => path.join(inputs, name));
    expect(await main(['ingest', ...files, '--db', db])).toBe(0);
    expect(await main(['ingest', ...files, '--db', db])).toBe(0);
    expect(output.stdout()).toMatch(/2 inputs: 0 added, 2 already present, 0 refused/);
    expect(storedDocuments()).toBe(2);
  });

  it('refuses a path that does not exist', async () => {
    const missing = path.join(dir, 'missing.txt');
    expect(await main(['ingest', missing, '--db', db])).toBe(1);
    expect(output.stderr()).toBe(`[1/1] refused: ${missing}: no such file or folder\n`);
  });

  it('takes --db relative to the working directory', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      expect(await main(['ingest', path.join(inputs, 'biden.md'), '--db', 'relative.db'])).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(fs.existsSync(path.join(dir, 'relative.db'))).toBe(true);
  });

  it('makes the folder of an SQLite file (SQLite only)', async () => {
    const file = path.join(dir, 'store', 'plexus.db');
    expect(await main(['ingest', path.join(inputs, 'biden.md'), '--db', file])).toBe(0);
    expect(fs.existsSync(file)).toBe(true);
  });

  it('--again runs the stored documents through the pipeline again, keeping the curation rules', async () => {
    expect(await main(['ingest', inputs, '--db', db])).toBe(1);
    const corpus = openCorpus({ dbPath: db });
    try {
      corpus.curate({ action: 'rename', entity: 'angela-merkel', label: 'Chancellor Merkel' });
    } finally {
      corpus.close();
    }
    output.restore();
    output = captureOutput();

    expect(await main(['ingest', '--again', '--db', db])).toBe(0);
    expect(output.stderr().trimEnd().split('\n')).toEqual(['[1] again  inputs/biden.md', '[2] again  inputs/copy.txt']);
    expect(output.stdout()).toMatch(/^Ingested 2 inputs: 2 added, 0 already present, 0 refused\./);
    const again = openCorpus({ dbPath: db });
    try {
      expect(again.stats().documents).toBe(2);
      expect(again.entity('angela-merkel').label).toBe('Chancellor Merkel');
    } finally {
      again.close();
    }
  });

  describe('exits 2 on a usage error', () => {
    it('with --again and a path', async () => {
      expect(await main(['ingest', '--again', inputs, '--db', db])).toBe(2);
      expect(output.stderr()).toMatch(/^plexus ingest: --again takes no file or folder/);
    });

    it('without a path', async () => {
      expect(await main(['ingest', '--db', db])).toBe(2);
      expect(output.stderr()).toMatch(/^plexus ingest: name at least one file or folder\nusage: plexus ingest/);
    });

    it('with --workers that is not a whole number', async () => {
      expect(await main(['ingest', inputs, '--workers', 'two', '--db', db])).toBe(2);
      expect(output.stderr()).toMatch(/^plexus ingest: --workers wants a whole number of threads \(0 for none\), got 'two'\nusage: plexus ingest/);
      expect(await main(['ingest', inputs, '--workers', '-1', '--db', db])).toBe(2);
      expect(untouched(db)).toBe(true);
    });

    it('with --again and --workers', async () => {
      expect(await main(['ingest', '--again', '--workers', '1', '--db', db])).toBe(2);
      expect(output.stderr()).toMatch(/^plexus ingest: --again runs on one thread and takes no --workers/);
    });

    it('with an unknown option', async () => {
      expect(await main(['ingest', inputs, '--database', db])).toBe(2);
      expect(output.stderr()).toMatch(/^plexus ingest: Unknown option '--database'/);
    });

    it('with a bad setting in the environment', async () => {
      process.env.PLEXUS_WINDOW = 'chapter';
      try {
        expect(await main(['ingest', inputs, '--db', db])).toBe(2);
      } finally {
        delete process.env.PLEXUS_WINDOW;
      }
      expect(output.stderr()).toBe('plexus ingest: PLEXUS_WINDOW must be one of sentence, paragraph, document, got "chapter"\n');
      expect(untouched(db)).toBe(true);
    });
  });
});
