/**
 * The `plexus` command line in a process of its own, from the sources: for what one process cannot
 * show (several workers at once, a worker killed with SIGKILL). Its output is kept line by line,
 * and a test waits for a line, or for the exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { REPO } from './fixtures';

export interface CliProcess {
  child: ChildProcess;
  /** Resolves with the first line (of stdout or stderr) that matches, as soon as it is written. */
  line(pattern: RegExp): Promise<string>;
  /** The exit code, or the signal that ended it. */
  exited: Promise<number | NodeJS.Signals | null>;
  output(): string;
}

/** `env`: variables set for the process on top of this one's. */
export function startCli(args: string[], env: Record<string, string> = {}): CliProcess {
  const child = spawn(process.execPath, ['-r', path.join(REPO, 'test', 'helpers', 'ts-register.js'), path.join(REPO, 'server', 'cli', 'main.ts'), ...args], {
    cwd: REPO,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.once('close', (code, signal) => resolve(signal ?? code)));
  const take = (chunk: Buffer) => {
    output += chunk.toString();
    const lines = output.split('\n');
    waiters = waiters.filter((waiter) => {
      const found = lines.find((line) => waiter.pattern.test(line));
      if (found !== undefined) waiter.resolve(found);
      return found === undefined;
    });
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  return {
    child,
    exited,
    output: () => output,
    line(pattern) {
      const found = output.split('\n').find((line) => pattern.test(line));
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        waiters.push({ pattern, resolve });
        void exited.then((end) => reject(new Error(`plexus ${args[0]} ended (${String(end)}) without writing a line matching ${pattern}:\n${output}`)));
      });
    },
  };
}
