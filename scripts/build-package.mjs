#!/usr/bin/env node
// Bundles one workspace package with esbuild: `node build-package.mjs src/a.ts src/b.ts`, run from the package folder.
// Workspace packages (@dlt/*) are compiled in, because they are consumed as TypeScript source; every other
// dependency of the package stays external and is resolved from node_modules at run time.
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const entryPoints = process.argv.slice(2);
if (entryPoints.length === 0) {
  console.error('usage: build-package.mjs <entry.ts>...');
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(resolve('package.json'), 'utf8'));
const external = Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies }).filter(
  (name) => !name.startsWith('@dlt/'),
);

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external: [...external, ...external.map((name) => `${name}/*`)],
  // Bundled CommonJS dependencies may call require(); give ESM output one.
  banner: {
    js: "import { createRequire as __dltCreateRequire } from 'node:module'; const require = __dltCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
