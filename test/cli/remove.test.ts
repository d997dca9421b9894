/** `plexus remove ID…`: documents out of the store by id, all or nothing, with exit codes 0, 1 and 2. */
import { main } from '../../server/cli/main';
import { openCorpus } from '../../server/corpus';
import { demoDocuments } from '../helpers/fixtures';
import { captureOutput, type Captured } from './output';
import { freshStore } from '../helpers/store';

let db: string;
let output: Captured;

beforeEach(() => {
  db = freshStore();
  const corpus = openCorpus({ dbPath: db });
  corpus.ingest(demoDocuments());
  corpus.close();
  output = captureOutput();
});
afterEach(() => output.restore());

function documentIds(): number[] {
  const corpus = openCorpus({ dbPath: db });
  try {
    return corpus
      .documents()
      .map((d) => d.id)
      .sort();
  } finally {
    corpus.close();
  }
}

describe('plexus remove', () => {
  it('removes the documents named, says which, and what the store holds then', async () => {
    expect(await main(['remove', '1', '--db', db])).toBe(0);
    expect(output.stderr()).toMatch(/^removed 1 /);
    expect(output.stdout()).toMatch(/^Removed 1 document\. .* holds 1 documents and \d+ entities\.\n$/);
    expect(documentIds()).toEqual([2]);
  });

  it('removes nothing when one id is unknown, and exits 1', async () => {
    expect(await main(['remove', '2', '99', '--db', db])).toBe(1);
    expect(output.stderr()).toMatch(/no document with id 99 .*nothing was removed/);
    expect(documentIds()).toEqual([1, 2]);
  });

  it.each([[[]], [['abc']], [['0']], [['1', '--nope']]])('refuses the arguments %j with its usage, exit 2', async (args) => {
    expect(await main(['remove', ...args, '--db', db])).toBe(2);
    expect(output.stderr()).toMatch(/usage: plexus remove ID…/);
    expect(documentIds()).toEqual([1, 2]);
  });
});
