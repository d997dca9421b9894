/** `plexus train`: a CoNLL-format file in, a model file out that the extractor can read. */
import fs from 'node:fs';
import path from 'node:path';
import { trainCommand } from '../../server/cli/train';
import { loadModel } from '../../server/extract/tagger/model';
import { tempDir } from '../helpers/fixtures';
import { captureOutput } from './output';

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const captured = captureOutput();
  try {
    const code = await trainCommand(argv);
    return { code, stdout: captured.stdout(), stderr: captured.stderr() };
  } finally {
    captured.restore();
  }
}

describe('plexus train', () => {
  it('writes a model that can be read back, from a file written here', async () => {
    const dir = tempDir();
    const data = path.join(dir, 'slice.conll');
    const sentence = (name: string, place: string): string => `${name} NNP I-NP I-PER\nvisited VBD I-VP O\n${place} NNP I-NP I-LOC\n. . O O\n`;
    fs.writeFileSync(data, ['-DOCSTART- -X- O O', '', sentence('Okonkwo', 'Lagos'), sentence('Adaeze', 'Enugu'), sentence('Chidi', 'Kano')].join('\n'));
    const out = path.join(dir, 'model.json');
    const { code, stderr } = await run(['--data', data, '--epochs', '2', '--out', out]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/1 documents, \d+ tokens/);
    expect(loadModel(out).features.size).toBeGreaterThan(0);
  });

  it('refuses to run without data', async () => {
    const { code, stderr } = await run([]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--data/);
  });

  it('says which file it cannot read', async () => {
    const missing = path.join(tempDir(), 'none.conll');
    const { code, stderr } = await run(['--data', missing, '--out', path.join(tempDir(), 'm.json')]);
    expect(code).toBe(1);
    expect(stderr).toContain(missing);
  });
});
