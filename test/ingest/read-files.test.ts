import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SUPPORTED_EXTENSIONS } from '../../server/ingest/formats';
import { fsErrorReason, readInputs, type ReadResult } from '../../server/ingest/read-files';
import { demoFrontMatter } from '../helpers/fixtures';

const CORPUS = path.join(__dirname, '..', '..', 'data', 'corpus');

let root: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'plexus-ingest-'));
});

afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

/** Writes files (path relative to the temp folder → content) and returns the folder. */
function writeFiles(files: Record<string, string | Uint8Array>): string {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return root;
}

const inRoot = (name: string): string => path.join(root, name);

function errorOf(result: ReadResult | undefined): string {
  if (result && 'error' in result) return result.error;
  throw new Error(`expected a refusal, got ${JSON.stringify(result)}`);
}

function titleOf(result: ReadResult | undefined): string {
  if (result && 'document' in result) return result.document.title;
  throw new Error(`expected a document, got ${JSON.stringify(result)}`);
}

describe('readInputs on the demo corpus', () => {
  it('reads every article of the folder, sorted by path, with its text after the front matter unchanged', async () => {
    const results = await readInputs([CORPUS]);
    const files = fs
      .readdirSync(CORPUS)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => path.join(CORPUS, name));
    expect(results.map((result) => result.source)).toEqual(files);
    for (const result of results) {
      if (!('document' in result)) throw new Error(errorOf(result));
      expect(result.document.text).toBe(demoFrontMatter(fs.readFileSync(result.source, 'utf8')).text);
      // The store keeps the path from the folder given, not this machine's absolute path.
      expect(result.document.sourcePath).toBe(path.join('corpus', path.basename(result.source)));
    }
  });
});

describe('readInputs', () => {
  it('reads a single file, keeping only its name as the path to show', async () => {
    writeFiles({ 'story.md': '# Putin speaks\n\nBody' });
    expect(await readInputs([inRoot('story.md')])).toEqual([
      { source: inRoot('story.md'), document: { title: 'Putin speaks', text: '# Putin speaks\n\nBody', sourcePath: 'story.md' } },
    ]);
  });

  it("keeps a folder's files by their path from the folder, under the folder's name", async () => {
    writeFiles({ 'news/2015/putin.txt': 'Putin', 'news/obama.txt': 'Obama' });
    const shown = (await readInputs([inRoot('news')])).map((result) => ('document' in result ? result.document.sourcePath : result.error));
    expect(shown).toEqual([path.join('news', '2015', 'putin.txt'), path.join('news', 'obama.txt')]);
  });

  it('walks a folder recursively and returns its files sorted by path', async () => {
    writeFiles({
      'b.txt': 'B',
      'a/z.txt': 'AZ',
      'a/m/deep.html': '<h1>Deep</h1><p>text</p>',
      'a-b.txt': 'A-B',
      'A.txt': 'capital A',
    });
    // Code-unit order: 'A' < 'a', and '-' (0x2d) < '/' (0x2f), so 'a-b.txt' comes before 'a/…'.
    expect((await readInputs([root])).map((result) => result.source)).toEqual(['A.txt', 'a-b.txt', 'a/m/deep.html', 'a/z.txt', 'b.txt'].map(inRoot));
  });

  it('keeps the order of the paths it is given, sorting within each folder', async () => {
    writeFiles({ 'z.txt': 'Z', 'folder/b.txt': 'B', 'folder/a.txt': 'A' });
    expect((await readInputs([inRoot('z.txt'), inRoot('folder')])).map((result) => result.source)).toEqual([
      inRoot('z.txt'),
      inRoot('folder/a.txt'),
      inRoot('folder/b.txt'),
    ]);
  });

  it('skips hidden files and hidden folders inside a folder', async () => {
    writeFiles({ 'story.txt': 'Story', '.draft.txt': 'Draft', '.git/notes.txt': 'Git', 'sub/.DS_Store': 'junk' });
    expect((await readInputs([root])).map((result) => result.source)).toEqual([inRoot('story.txt')]);
  });

  it('reads a hidden file that is named explicitly', async () => {
    writeFiles({ '.draft.txt': 'Draft' });
    expect(titleOf((await readInputs([inRoot('.draft.txt')]))[0])).toBe('Draft');
  });

  it('reports a file of an unsupported type inside a folder as refused, not skipped', async () => {
    writeFiles({ 'story.txt': 'Story', 'notes.odt': 'PK' });
    const results = await readInputs([root]);
    expect(results.map((result) => result.source)).toEqual([inRoot('notes.odt'), inRoot('story.txt')]);
    expect(errorOf(results[0])).toBe(`${inRoot('notes.odt')}: unsupported file type '.odt' (supported: ${SUPPORTED_EXTENSIONS.join(', ')})`);
    expect(titleOf(results[1])).toBe('Story');
  });

  it('reports each refused file with its path and reason, and goes on with the others', async () => {
    writeFiles({
      '1-binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]),
      '2-empty.md': '',
      '3-blank.txt': '  \n\n ',
      '4-latin1.txt': Buffer.from('Café', 'latin1'),
      '5-good.txt': 'Good',
    });
    const results = await readInputs([root]);
    expect(errorOf(results[0])).toMatch(new RegExp(`^${escape(inRoot('1-binary.txt'))}: looks like binary data`));
    expect(errorOf(results[1])).toBe(`${inRoot('2-empty.md')}: is empty`);
    expect(errorOf(results[2])).toBe(`${inRoot('3-blank.txt')}: is empty (only whitespace)`);
    expect(errorOf(results[3])).toMatch(new RegExp(`^${escape(inRoot('4-latin1.txt'))}: is not valid UTF-8 text`));
    expect(titleOf(results[4])).toBe('Good');
  });

  it('reports a path that does not exist, naming it', async () => {
    const missing = inRoot('missing.txt');
    expect(await readInputs([missing])).toEqual([{ source: missing, error: `${missing}: no such file or folder` }]);
  });

  it('reports a path that runs through a file as not a folder', async () => {
    writeFiles({ 'story.txt': 'Story' });
    const through = path.join(inRoot('story.txt'), 'inner.txt');
    expect(errorOf((await readInputs([through]))[0])).toBe(`${through}: not a folder (a part of the path is a file)`);
  });

  it('reports an empty folder rather than returning nothing', async () => {
    fs.mkdirSync(inRoot('empty'));
    expect(await readInputs([inRoot('empty')])).toEqual([{ source: inRoot('empty'), error: `${inRoot('empty')}: folder contains no files` }]);
  });

  it('follows a symbolic link to a file', async () => {
    writeFiles({ 'elsewhere/story.txt': 'Story' });
    fs.mkdirSync(inRoot('corpus'));
    fs.symlinkSync(inRoot('elsewhere/story.txt'), inRoot('corpus/link.txt'));
    expect(titleOf((await readInputs([inRoot('corpus')]))[0])).toBe('Story');
  });

  it('walks a folder once even when a symbolic link leads back into it', async () => {
    writeFiles({ 'corpus/story.txt': 'Story' });
    fs.symlinkSync(inRoot('corpus'), inRoot('corpus/loop'));
    expect((await readInputs([inRoot('corpus')])).map((result) => result.source)).toEqual([inRoot('corpus/story.txt')]);
  });

  it('reports a broken symbolic link inside a folder', async () => {
    writeFiles({ 'corpus/story.txt': 'Story' });
    fs.symlinkSync(inRoot('nowhere.txt'), inRoot('corpus/broken.txt'));
    const results = await readInputs([inRoot('corpus')]);
    expect(errorOf(results[0])).toBe(`${inRoot('corpus/broken.txt')}: no such file or folder`);
    expect(titleOf(results[1])).toBe('Story');
  });

  it('reports a file it may not read as permission denied', async () => {
    writeFiles({ 'secret.txt': 'Secret' });
    fs.chmodSync(inRoot('secret.txt'), 0o000);
    const expected = `${inRoot('secret.txt')}: permission denied`;
    if (process.getuid?.() !== 0) {
      expect(errorOf((await readInputs([inRoot('secret.txt')]))[0])).toBe(expected);
      return;
    }
    // root reads any file whatever its mode, so as root the reader runs as the unprivileged 'nobody'.
    fs.chmodSync(root, 0o755);
    const script = `const { readInputs } = require(${JSON.stringify(path.join(__dirname, '../../server/ingest/read-files.ts'))});
      readInputs([${JSON.stringify(inRoot('secret.txt'))}]).then((results) => process.stdout.write(JSON.stringify(results)));`;
    const child = spawnSync(process.execPath, ['-r', path.join(__dirname, '../helpers/ts-register.js'), '-e', script], {
      uid: 65534,
      gid: 65534,
      encoding: 'utf8',
    });
    expect(child.stderr).toBe('');
    expect(errorOf((JSON.parse(child.stdout) as ReadResult[])[0])).toBe(expected);
  });
});

describe('fsErrorReason', () => {
  const errno = (code: string, message = `${code}: something`): Error => Object.assign(new Error(message), { code });

  it.each([
    ['ENOENT', 'no such file or folder'],
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['EISDIR', 'is a folder'],
  ])('says %s in plain words: %s', (code, reason) => {
    expect(fsErrorReason(errno(code))).toBe(reason);
  });

  it("keeps Node's message for an error it has no words for", async () => {
    expect(fsErrorReason(errno('EXDEV', 'EXDEV: cross-device link not permitted'))).toBe('EXDEV: cross-device link not permitted');
  });
});

/** A path as a literal regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
