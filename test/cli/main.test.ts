/** `plexus`: help, unknown commands, and the delegation to each command. */

import { main } from '../../server/cli/main';
import { captureOutput, type Captured } from './output';

let output: Captured;
beforeEach(() => {
  output = captureOutput();
});
afterEach(() => output.restore());

describe('plexus', () => {
  it.each([['--help'], ['-h'], ['help']])('prints its usage to stdout with %s and exits 0', async (flag) => {
    expect(await main([flag])).toBe(0);
    expect(output.stdout()).toMatch(/^usage: plexus <command>/);
    expect(output.stdout()).toMatch(/serve \[--demo\] \[--port N\] \[--host H\] \[--db STORE\]/);
    expect(output.stdout()).toMatch(/ingest PATH… \[--db STORE\]/);
  });

  it('prints its usage to stderr and exits 2 without a command', async () => {
    expect(await main([])).toBe(2);
    expect(output.stderr()).toMatch(/^usage: plexus <command>/);
  });

  it('refuses an unknown command with exit code 2', async () => {
    expect(await main(['server'])).toBe(2);
    expect(output.stderr()).toMatch(/^plexus: unknown command "server"/);
  });

  it.each([
    ['serve', /^usage: plexus serve/],
    ['ingest', /^usage: plexus ingest/],
  ])('passes --help on to %s', async (command, usage) => {
    expect(await main([command, '--help'])).toBe(0);
    expect(output.stdout()).toMatch(usage);
  });

  it('delegates extract to the extract command', async () => {
    expect(await main(['extract'])).toBe(2);
    expect(output.stderr()).toMatch(/plexus extract: --input is required/);
  });
});
