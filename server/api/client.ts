/**
 * `/`: the explorer, the browser client that `npm run build` bundles into `config.clientDir`,
 * served as static files (under the Content-Security-Policy of server/api/security.ts, set on
 * every response). express.static refuses paths that climb out of the folder. If the client was
 * not built, `/` says how to build it instead of a bare 404.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import express, { Router } from 'express';
import type { Config } from '../config';

const NOT_BUILT_POLICY = "default-src 'none'; frame-ancestors 'none'";

export function clientRoutes(config: Config): Router {
  const router = Router();
  router.use(
    express.static(config.clientDir, {
      index: 'index.html',
      // The bundle's name does not change between builds: browsers revalidate rather than cache blindly.
      maxAge: 0,
    }),
  );
  router.get('/', (_req, res) => {
    // express.static found no index.html: the client was not built.
    const index = path.join(config.clientDir, 'index.html');
    res.set('Content-Security-Policy', NOT_BUILT_POLICY);
    res
      .status(503)
      .type('text/plain')
      .send(
        fs.existsSync(index)
          ? 'The explorer could not be served.\n'
          : `The explorer is not built (no ${index}): run \`npm run build\` (\`npm start\` does it), then reload.\n` +
              'The API is served at /api and a plain page at /plain.\n',
      );
  });
  // Express's own 404 page would set a policy of its own, without frame-ancestors.
  router.use((_req, res) => {
    res.set('Content-Security-Policy', NOT_BUILT_POLICY).status(404).type('text/plain').send('Not found\n');
  });
  return router;
}
