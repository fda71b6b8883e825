#!/usr/bin/env node
// npm run demo — starts the demo target on 127.0.0.1, runs examples/demo.yaml against it with `dlt run`,
// and prints the results. Everything stays on loopback.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { root, startTarget } from './bench/lib.mjs';

const target = await startTarget();
const reportDir = join(root, 'dlt-results', 'demo');
const args = [
  join(root, 'cli/bin/dlt.mjs'),
  'run',
  join(root, 'examples/demo.yaml'),
  '--json',
  join(reportDir, 'report.json'),
  '--junit',
  join(reportDir, 'junit.xml'),
  '--report',
  reportDir,
  ...process.argv.slice(2),
];
const child = spawn(process.execPath, args, {
  stdio: 'inherit',
  env: { ...process.env, DEMO_TARGET_URL: target.url },
});
const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 2)));
target.stop();
process.exit(code);
