/**
 * The compiled CLI as a user runs it, through the `bin/plexus.js` shim: a real process, real
 * signals and real exit codes. The sources are compiled into test-artifacts/ (git-ignored), where
 * the shim is copied beside them, so that the test neither needs nor touches dist/.
 */

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compileServer } from '../helpers/compile';
import { freshStore } from '../helpers/store';

const REPO = path.resolve(__dirname, '..', '..');
const BUILD = path.join(REPO, 'test-artifacts', 'cli-build');
const BIN = path.join(BUILD, 'bin', 'plexus.js');
const MAIN = path.join(BUILD, 'dist', 'server', 'cli', 'main.js');

let dir: string;

beforeAll(() => {
  fs.rmSync(BUILD, { recursive: true, force: true });
  compileServer(path.join(BUILD, 'dist'));
  expect(fs.existsSync(MAIN)).toBe(true);
  fs.mkdirSync(path.dirname(BIN), { recursive: true });
  fs.copyFileSync(path.join(REPO, 'bin', 'plexus.js'), BIN);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plexus-bin-'));
}, 180_000);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function run(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Resolves with the first stdout line of a child, or rejects with its stderr if it exits first. */
function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const end = out.indexOf('\n');
      if (end >= 0) resolve(out.slice(0, end));
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before printing: ${err}`)));
  });
}

describe('bin/plexus.js', () => {
  it('ships the server alone: the bench and eval programs compile beside it, and nothing in it requires them', () => {
    const dist = path.join(BUILD, 'dist');
    const server = path.join(dist, 'server');
    expect(fs.existsSync(path.join(dist, 'bench', 'main.js'))).toBe(true);
    expect(fs.existsSync(path.join(dist, 'eval', 'main.js'))).toBe(true);
    const outside: string[] = [];
    for (const file of fs.readdirSync(server, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'))) {
      const from = path.dirname(path.join(server, file));
      for (const [, required] of fs.readFileSync(path.join(server, file), 'utf8').matchAll(/require\("(\.[^"]*)"\)/g)) {
        if (!path.resolve(from, required).startsWith(server + path.sep)) outside.push(`${file} requires ${required}`);
      }
    }
    expect(outside).toEqual([]);
    expect(run(['eval']).stderr).toMatch(/^plexus: unknown command "eval"/);
  });

  it('prints its usage with --help and exits 0', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^usage: plexus <command>/);
  });

  it('runs nothing when main.js is only required', () => {
    const result = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(MAIN)})`], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout + result.stderr).toBe('');
  });

  it('ingests files with exit codes 0, 1 and 2', () => {
    const good = path.join(dir, 'good.txt');
    const bad = path.join(dir, 'bad.pdf');
    fs.writeFileSync(good, 'Angela Merkel met Emmanuel Macron in Berlin.\n');
    fs.writeFileSync(bad, '%PDF');
    const db = freshStore('ingest');

    const first = run(['ingest', good, '--db', db]);
    expect(first.stderr).toMatch(/^\[1\/1\] added {2}.*good\.txt \(\d+ mentions\)\n$/);
    expect(first.status).toBe(0);
    const second = run(['ingest', good, bad, '--db', db]);
    expect(second.stderr).toMatch(/\[1\/2\] duplicate .*good\.txt \(already present\)\n\[2\/2\] refused: .*bad\.pdf: is not a PDF document/);
    expect(second.stdout).toMatch(/2 inputs: 0 added, 1 already present, 1 refused/);
    expect(second.status).toBe(1);
    expect(run(['ingest']).status).toBe(2);
  });

  it('ingests with --workers as without, reporting each input in order', () => {
    const folder = path.join(dir, 'articles');
    fs.mkdirSync(folder);
    const people = ['Angela Merkel', 'Emmanuel Macron', 'Joe Biden', 'Olaf Scholz', 'Vladimir Putin', 'Bashar al-Assad'];
    const cities = ['Berlin', 'Paris', 'Washington', 'Moscow', 'Damascus', 'Brussels'];
    people.forEach((person, i) => {
      for (let j = 0; j < 3; j++) {
        const other = people[(i + j + 1) % people.length];
        const text = `${person} met ${other} in ${cities[(i + j) % cities.length]} on Tuesday, Reuters reported.\n\n${other} said the talks with ${person.split(' ').pop()} had gone well.\n`;
        fs.writeFileSync(path.join(folder, `${String(i * 3 + j + 1).padStart(2, '0')}.txt`), text);
      }
    });
    // An input that cannot be read, among the others: its line stays in its place.
    fs.writeFileSync(path.join(folder, '09b.pdf'), '%PDF');

    const stores = { single: freshStore('single'), parallel: freshStore('parallel') };
    const single = run(['ingest', folder, '--workers', '0', '--db', stores.single]);
    const parallel = run(['ingest', folder, '--workers', '1', '--db', stores.parallel]);
    expect(parallel.status).toBe(1);
    const [first, ...lines] = parallel.stderr.trimEnd().split('\n');
    expect(first).toBe('Extracting in 1 worker thread (--workers 0 for none)');
    expect(lines).toHaveLength(19);
    expect(lines[9]).toMatch(/^\[10\/19\] refused: .*09b\.pdf: is not a PDF document/);
    expect(lines.map((line) => line.slice(0, line.indexOf(']') + 1))).toEqual(lines.map((_, i) => `[${i + 1}/19]`));
    expect(lines.join('\n')).toBe(single.stderr.trimEnd());
    expect(parallel.stdout.replace(stores.parallel, stores.single)).toBe(single.stdout);
    expect(parallel.stdout).toMatch(/19 inputs: 18 added, 0 already present, 1 refused/);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('serves until %s, then exits 0', async (signal) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--db', freshStore(signal)], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const line = await firstLine(child);
      const match = /^Plexus is running at (http:\/\/127\.0\.0\.1:\d+\/)$/.exec(line);
      expect(match).not.toBeNull();
      const response = await fetch(`${match?.[1] ?? ''}healthz`);
      expect(await response.json()).toEqual({ ok: true });

      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill(signal);
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
});
