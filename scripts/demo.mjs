#!/usr/bin/env node
// npm run demo — the product on this machine, end to end: starts local mode (`dlt local up`: the embedded
// DynamoDB/S3 stand-ins, the API, the real state machine and worker processes), starts the demo target, runs
// examples/demo.yaml through the API with `dlt run --endpoint … --wait`, prints the results, and stops.
// Everything stays on loopback. `npm run demo -- --keep` leaves local mode running to explore the console.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, startTarget } from './bench/lib.mjs';

const keep = process.argv.includes('--keep');
const extraArgs = process.argv.slice(2).filter((a) => a !== '--keep');
const dlt = join(root, 'cli/bin/dlt.mjs');
const resultsDir = join(root, 'dlt-results', 'demo');
const stateDir = join(resultsDir, 'local-state');
mkdirSync(resultsDir, { recursive: true });

/** Starts `dlt local up` and resolves with its printed lines once it is serving (or rejects with its output). */
function startLocalMode() {
  const child = spawn(process.execPath, [dlt, 'local', 'up', '--state-dir', stateDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`local mode did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk) => {
      output += chunk;
      if (output.includes('Press Ctrl-C to stop.')) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`dlt local up exited with ${code}:\n${output}`));
    });
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGINT');
    });
  return { ready, stop };
}

const target = await startTarget();
const local = startLocalMode();
let code = 2;
try {
  const banner = await local.ready;
  process.stdout.write(`${banner.replace(/\s*Press Ctrl-C to stop\.\s*$/, '')}\n\n`);
  const apiUrl = /API:\s+(\S+)/.exec(banner)?.[1];
  if (!apiUrl) throw new Error(`no API URL in the output of dlt local up:\n${banner}`);
  const run = spawn(
    process.execPath,
    [
      dlt,
      'run',
      join(root, 'examples/demo.yaml'),
      '--endpoint',
      apiUrl,
      '--wait',
      '--poll-interval',
      '1s',
      '--json',
      join(resultsDir, 'report.json'),
      '--junit',
      join(resultsDir, 'junit.xml'),
      '--report',
      resultsDir,
      ...extraArgs,
    ],
    {
      stdio: 'inherit',
      env: {
        ...process.env,
        DEMO_TARGET_URL: target.url,
        // The same SigV4 path as against AWS, with the local key pair as the credentials profile.
        AWS_SHARED_CREDENTIALS_FILE: join(stateDir, 'credentials'),
        AWS_PROFILE: 'dlt-local',
      },
    },
  );
  code = await new Promise((resolve) => run.on('exit', (c) => resolve(c ?? 2)));
  process.stdout.write(
    `\nThe run is stored in ${stateDir}. To browse it in the console:\n` +
      `  npx dlt local up --state-dir ${stateDir}   (then open the login link it prints)\n`,
  );
  if (keep) {
    process.stdout.write('\nLocal mode stays up (--keep): press Ctrl-C to stop.\n');
    await new Promise((resolve) => process.once('SIGINT', resolve));
  }
} catch (error) {
  process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
} finally {
  await local.stop();
  target.stop();
}
process.exit(code);
