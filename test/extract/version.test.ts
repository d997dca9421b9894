import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EXTRACTOR_CODE_VERSION, extractorDataDirs, extractorVersion } from '../../server/extract/version';

let dir: string;
let lexicons: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plexus-version-'));
  lexicons = path.join(dir, 'lexicons');
  fs.mkdirSync(lexicons);
  fs.writeFileSync(path.join(lexicons, 'org-words.txt'), 'Ministry\n');
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const version = () => extractorVersion(extractorDataDirs(lexicons));

describe('extractorVersion', () => {
  it('opens with the code version and stays the same while nothing changes', () => {
    expect(version()).toMatch(new RegExp(`^e${EXTRACTOR_CODE_VERSION}-[0-9a-f]{12}$`));
    expect(version()).toBe(version());
  });

  it('changes when a lexicon file changes, is added or is renamed', () => {
    const before = version();
    fs.writeFileSync(path.join(lexicons, 'org-words.txt'), 'Ministry\nCouncil\n');
    const edited = version();
    expect(edited).not.toBe(before);
    fs.writeFileSync(path.join(lexicons, 'not-names.txt'), 'Monday\n');
    expect(version()).not.toBe(edited);
    const added = version();
    fs.renameSync(path.join(lexicons, 'not-names.txt'), path.join(lexicons, 'not-names-2.txt'));
    expect(version()).not.toBe(added);
  });

  it('ignores the notes that describe the files', () => {
    const before = version();
    fs.writeFileSync(path.join(lexicons, 'README.md'), '# Lexicons\n');
    expect(version()).toBe(before);
  });

  it('works without a models folder, and changes when a model is added in one, however deep', () => {
    const without = version();
    fs.mkdirSync(path.join(dir, 'models', 'tagger'), { recursive: true });
    expect(version()).toBe(without);
    fs.writeFileSync(path.join(dir, 'models', 'tagger', 'weights.json'), '{}');
    expect(version()).not.toBe(without);
  });
});
