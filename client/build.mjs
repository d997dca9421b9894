#!/usr/bin/env node
/**
 * Builds the explorer into dist/client (or the folder given as the first argument): esbuild
 * bundles client/src/main.ts with sigma and graphology into one ES module, and index.html and
 * style.css are copied beside it. `npm run build` runs it after tsc; the e2e tests run it into
 * test-artifacts/. Type checking is tsc's job (`npm run typecheck`), not esbuild's.
 */

import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export async function buildClient(outdir = resolve(here, '..', 'dist', 'client')) {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: { app: join(here, 'src', 'main.ts') },
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    // `#model/*` (package.json "imports") is bundled from the TypeScript sources, not from dist/.
    conditions: ['plexus-source'],
    target: ['es2020'],
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  for (const file of ['index.html', 'style.css']) copyFileSync(join(here, file), join(outdir, file));
  return outdir;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildClient(process.argv[2] === undefined ? undefined : resolve(process.argv[2])).catch((error) => {
    console.error(`client build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
