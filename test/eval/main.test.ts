/** `npm run eval`: the scorer's figures for the seeds and every re3d source in one table, with speed. */
import path from 'node:path';
import { evalCommand } from '../../eval/main';
import { tempDir } from '../helpers/fixtures';
import { captureOutput } from '../cli/output';

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
describe('npm run eval', () => {
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
});
