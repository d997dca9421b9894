#!/usr/bin/env -S node --max-semi-space-size=32
// The `plexus` command: runs the compiled CLI (build it first with `npm run build`), with the
// young generation the npm scripts give it (see .npmrc).
'use strict';

const { main } = require('../dist/server/cli/main.js');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`plexus: ${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
