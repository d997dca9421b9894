/**
 * The server's TypeScript compiled into test-artifacts/ (git-ignored), for tests of what runs only
 * as JavaScript: worker threads, and the CLI as a user runs it. Type errors elsewhere do not stop
 * tsc from emitting, so each test checks that the file it loads is there.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { REPO } from './fixtures';

/** The flags of tsconfig.json that emitting a few files needs (tsc takes no project with a list of files). */
const FILE_FLAGS = ['--rootDir', '.', '--module', 'commonjs', '--target', 'ES2022', '--esModuleInterop', '--skipLibCheck', '--types', 'node'];

/** Compiles the whole project into `outDir`, emptied first, or only `sources` (paths from the repository) and what they import. */
export function compileServer(outDir: string, sources?: string[]): void {
  fs.rmSync(outDir, { recursive: true, force: true });
  const args = sources ? [...FILE_FLAGS, '--outDir', outDir, ...sources] : ['-p', 'tsconfig.json', '--outDir', outDir, '--incremental', 'false'];
  spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), ...args], { cwd: REPO, encoding: 'utf8' });
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'package.json'), JSON.stringify({ imports: compiledImports() }));
}

/**
 * The package.json "imports" (`#model/*`) of a compiled tree: the root's point into dist/, these
 * into the tree itself. Node reads the package.json nearest the importing file.
 */
function compiledImports(): Record<string, string> {
  const { imports } = z
    .object({ imports: z.record(z.string(), z.object({ default: z.string() })) })
    .parse(JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')));
  return Object.fromEntries(Object.entries(imports).map(([alias, target]) => [alias, target.default.replace(/^\.\/dist\//, './')]));
}
