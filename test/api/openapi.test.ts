/**
 * `GET /api/openapi.json`: a valid OpenAPI 3.1 document (checked by an OpenAPI schema validator)
 * that lists every route the app serves under /api, and nothing it does not serve.
 */

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Router } from 'express';
import { createApp } from '../../server/api/app';
import { loadConfig } from '../../server/config';
import { openCorpus } from '../../server/corpus';
import { body, REPO, startTestServer, type TestServer } from './harness';
import { freshStore } from '../helpers/store';

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every route of the app's routers, as 'get /api/entities/{id}' (clientRoutes' '/' is the page, not the API). */
function servedRoutes(): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plexus-openapi-'));
  const config = loadConfig({}, { dbPath: freshStore(), port: 0 });
  const corpus = openCorpus({ dbPath: config.dbPath });
  try {
    const app = createApp(corpus, config) as unknown as { router: Router & { stack: Layer[] } };
    const routes: string[] = [];
    for (const layer of app.router.stack) {
      for (const inner of layer.handle?.stack ?? []) {
        if (!inner.route || inner.route.path === '/') continue;
        const openApiPath = inner.route.path.replace(/:(\w+)/g, '{$1}');
        for (const [method, on] of Object.entries(inner.route.methods)) if (on) routes.push(`${method} /api${openApiPath}`);
      }
    }
    return routes.sort();
  } finally {
    corpus.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

let api: TestServer;
let document: { openapi: string; paths: Record<string, Record<string, unknown>> };

beforeAll(async () => {
  api = await startTestServer();
  document = await body(await api.fetch('/api/openapi.json'));
});

afterAll(() => api.close());

describe('GET /api/openapi.json', () => {
  it('lists exactly the routes the app serves under /api', () => {
    const described = Object.entries(document.paths)
      .flatMap(([pathname, operations]) => Object.keys(operations).map((method) => `${method} ${pathname}`))
      .sort();
    expect(described).toEqual(servedRoutes());
    expect(described.length).toBeGreaterThan(10);
  });

  it('describes the query parameters from the schemas that check them', () => {
    const graph = document.paths['/api/graph']?.['get'] as { parameters: { name: string }[] };
    expect(graph.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(['types', 'minWeight', 'minMentions', 'weight', 'q', 'metrics']));
  });

  it('is a valid OpenAPI 3.1 document', () => {
    // The validator is an ES module: it runs in a child process, as a client's tooling would.
    const script = `import { Validator } from '@seriousme/openapi-schema-validator';
      const chunks = []; for await (const chunk of process.stdin) chunks.push(chunk);
      const result = await new Validator().validate(JSON.parse(Buffer.concat(chunks).toString()));
      console.log(JSON.stringify(result));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO, input: JSON.stringify(document), encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as { valid: boolean; errors?: unknown };
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
  });
});
