/**
 * `/`: the explorer, the browser client that `npm run build` bundles into `config.clientDir`,
 * served as static files under a Content-Security-Policy that allows no inline script: every
 * script comes from this origin, and the layout worker from a blob URL (graphology's FA2 worker
 * is built that way). If the client was not built, `/` says how to build it instead of a bare 404.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import express, { Router } from 'express';
import type { Config } from '../config';

export const CLIENT_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  // The PNG export draws into canvases and downloads a blob URL.
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const NOT_BUILT_POLICY = "default-src 'none'";

export function clientRoutes(config: Config): Router {
  const router = Router();
  router.use(
    express.static(config.clientDir, {
      index: 'index.html',
      // The bundle's name does not change between builds: browsers revalidate rather than cache blindly.
      maxAge: 0,
      setHeaders: (res) => {
        res.setHeader('Content-Security-Policy', CLIENT_CONTENT_SECURITY_POLICY);
      },
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
  return router;
}
