/**
 * Builds the Lambda bundles into modules/ (scripts/bundles), synthesizes every stack into modules/<name>/
 * (main.tf.json + README.md) and lints the result.
 *
 *   cli.ts            write the bundles and the modules, then lint them and every example
 *   cli.ts --check    write nothing; exit 1 if the committed modules differ from a fresh synthesis, a committed
 *                     bundle differs from a fresh build (the CI drift check), or the lint finds problems
 *
 * Run from the repository root: node scripts/run-ts.mjs scripts/synth-modules/cli.ts [--check]
 */
import { resolve } from 'node:path';
import { run } from './main.js';

process.exitCode = run(process.argv.slice(2), resolve(process.env.DLT_ROOT ?? process.cwd()));
