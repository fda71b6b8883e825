#!/usr/bin/env node
// Bundles one workspace package with esbuild: `node build-package.mjs src/a.ts src/b.ts`, run from the package folder.
// Workspace packages (@dlt/*) are compiled in, because they are consumed as TypeScript source; every other
// package stays external and is resolved from node_modules at run time (some, like dynalite's LevelDB binding,
// cannot be bundled at all). Lambda bundles that must be self-contained come with the Terraform modules work.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

const entryPoints = process.argv.slice(2);
if (entryPoints.length === 0) {
  console.error('usage: build-package.mjs <entry.ts>...');
  process.exit(2);
}

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  packages: 'external',
  plugins: [
    {
      name: 'bundle-workspace-packages',
      setup(b) {
        b.onResolve({ filter: /^@dlt\// }, (args) => ({
          path: createRequire(join(args.resolveDir, 'noop.js')).resolve(args.path),
        }));
      },
    },
  ],
  // Bundled CommonJS dependencies may call require(); give ESM output one.
  banner: {
    js: "import { createRequire as __dltCreateRequire } from 'node:module'; const require = __dltCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
