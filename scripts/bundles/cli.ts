/**
 * Builds the Lambda bundles into modules/ and prints their sizes.
 *
 *   cli.ts           build and write every bundle and modules/BUNDLES.md
 *   cli.ts --check   write nothing; exit 1 when a committed bundle differs from a fresh build
 *
 * Run from the repository root: node scripts/run-ts.mjs scripts/bundles/cli.ts [--check]
 * (`npm run synth:modules` runs this before synthesizing.)
 */
import { resolve } from 'node:path';
import { buildAll, driftAll, writeAll } from './index.js';

const root = resolve(process.env.DLT_ROOT ?? process.cwd());
const run = buildAll(root);
console.log(run.report);
if (process.argv.includes('--check')) {
  const drift = driftAll(run, root);
  if (drift.length > 0) {
    console.error(
      `bundles differ from a fresh build (run npm run synth:modules and commit):\n${drift.join('\n')}`,
    );
    process.exitCode = 1;
  } else console.log('bundles: up to date');
} else {
  writeAll(run, root);
  console.log('bundles: written');
}
