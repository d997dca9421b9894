/** `plexus eval`: the scorer's figures for the seeds and every re3d source in one table, with speed. */
import path from 'node:path';
import { evalCommand } from '../../server/cli/eval';
import { formatTable } from '../../server/eval/table';
import { tempDir } from '../helpers/fixtures';
import { captureOutput } from './output';

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const captured = captureOutput();
  try {
    const code = await evalCommand(argv);
    return { code, stdout: captured.stdout(), stderr: captured.stderr() };
  } finally {
    captured.restore();
  }
}

// The end-to-end run needs the shared evaluation data, which is not part of the repository: it is
// `npm run eval` itself, run by hand (docs/extraction.md). These cases need nothing outside.
describe('plexus eval', () => {
  it('says where it looked and how to point it elsewhere when the evaluation folder is missing', async () => {
    const missing = path.join(tempDir(), 'no-eval');
    const { code, stdout, stderr } = await run(['--eval-dir', missing]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(missing);
    expect(stderr).toMatch(/--eval-dir DIR or PLEXUS_EVAL_DIR/);
  });

  it('refuses a number of rounds that is not a whole number', async () => {
    expect((await run(['--rounds', 'many'])).code).toBe(2);
  });

  it('prints a row per set with P, R and F1, B³ for the seeds, and the two speeds', () => {
    const table = formatTable({
      rows: [
        { label: 'seeds', figures: { precision: 0.975, recall: 1, f1: 0.987 }, bcubed: { precision: 1, recall: 0.99, f1: 0.997 } },
        { label: 're3d pooled', figures: { precision: 0.8, recall: 0.7, f1: 0.747 } },
      ],
      speed: { words: 1000, extractWordsPerSecond: 50000, readDocWordsPerSecond: 100000 },
    });
    expect(table).toMatch(/seeds\s+97\.5\s+100\.0\s+98\.7\s+99\.7/);
    expect(table).toMatch(/re3d pooled\s+80\.0\s+70\.0\s+74\.7\s*$/m);
    expect(table).toContain('extract 50000 words/s, wink-nlp readDoc 100000 words/s (extract at 0.50× readDoc)');
  });
});
