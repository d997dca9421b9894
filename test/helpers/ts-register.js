// Lets a child Node process require the TypeScript sources, for tests that must run code as
// another user (a root test process cannot see permission errors). Transpile only, no type check.
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const ts = require('typescript');
require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    fileName: filename,
  });
  module._compile(outputText, filename);
};

// `#model/*` resolves as package.json's "imports" say under the plexus-source condition: to the
// sources. Node applies conditions given at start only (--conditions), which every child would need.
const ROOT = path.resolve(__dirname, '..', '..');
const { imports } = require(path.join(ROOT, 'package.json'));
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const alias = Object.keys(imports).find((key) => key.endsWith('/*') && request.startsWith(key.slice(0, -1)));
  const source = alias === undefined ? request : path.join(ROOT, imports[alias]['plexus-source'].replace('*', request.slice(alias.length - 1)));
  return resolveFilename.call(this, source, ...rest);
};
