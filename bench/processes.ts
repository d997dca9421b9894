/**
 * `plexus` commands in processes of their own, for the benchmarks that run several at once: a
 * command run to its end, and the server as a user starts it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

// Built beside the server: dist/bench and dist/server.
const CLI = path.join(__dirname, '..', 'server', 'cli', 'main.js');

/** A `plexus` command in a process of its own; resolves with its standard output when it ends, rejects unless it succeeded. */
export function plexus(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let errors = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`plexus ${args[0]} ${args[1]} failed (${code}):\n${errors}`))));
  });
}

/** `plexus serve` on `db`, in its own process; resolves with its URL (no trailing slash) once it listens. */
export function serve(db: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [...process.execArgv, CLI, 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr?.resume();
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      const url = /running at (\S+)/.exec(line)?.[1];
      if (url) resolve({ url: url.replace(/\/$/, ''), child });
    });
    child.once('exit', (code) => reject(new Error(`plexus serve exited (${code}) before it listened`)));
  });
}

/** Stops a server started by `serve` and waits for its end. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
