#!/usr/bin/env node
// Runs a TypeScript entry point of the workspace: `node scripts/run-ts.mjs <file.ts> [args...]`.
// esbuild bundles the workspace sources (@dlt/* packages are TypeScript) and leaves the other dependencies
// external, because CommonJS packages such as cdktf call require() at load time, which fails inside an ESM
// bundle. The bundle is written beside the entry, so that Node resolves those dependencies from node_modules.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const entry = process.argv[2];
if (!entry) {
  console.error('usage: run-ts.mjs <file.ts> [args...]');
  process.exit(2);
}
const outdir = mkdtempSync(join(dirname(resolve(entry)), '.run-'));
const outfile = join(outdir, 'main.mjs');
const bundleWorkspace = {
  name: 'bundle-workspace-packages',
  setup(b) {
    b.onResolve({ filter: /^@dlt\// }, (args) => ({
      path: createRequire(join(args.resolveDir, 'noop.js')).resolve(args.path),
    }));
  },
};
try {
  await build({
    entryPoints: [resolve(entry)],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    plugins: [bundleWorkspace],
  });
  process.argv.splice(1, 2, outfile);
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
