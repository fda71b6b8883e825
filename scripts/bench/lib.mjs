// Shared helpers for the benchmarks: a loopback target process, external tools, and dlt runs.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const root = new URL('../../', import.meta.url).pathname;
export const tmp = mkdtempSync(join(tmpdir(), 'dlt-bench-'));

/** Starts the demo target in its own process (so it does not share an event loop with any load generator). */
export async function startTarget(args = []) {
  const child = spawn(
    process.execPath,
    [join(root, 'scripts/demo-target/dist/main.js'), '--port', '0', ...args],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise((resolve, reject) => {
    const rl = createInterface({ input: child.stdout });
    rl.once('line', (line) => {
      const m = /^listening (http:\/\/\S+)$/.exec(line.trim());
      m ? resolve(m[1]) : reject(new Error(`unexpected target output: ${line}`));
    });
    child.once('exit', (code) => reject(new Error(`target exited with ${code}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

export function have(tool) {
  return spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  if (r.status !== 0 && !opts.allowFail) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr || r.stdout}`);
  }
  return r;
}

const UNIT_MS = { us: 0.001, ms: 1, s: 1000 };
/** wrk prints `Requests/sec: N` and, with --latency, `50% 1.23ms`. */
export function wrk(url, connections, seconds, threads = 1) {
  const out = run('wrk', [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, '--latency', url]).stdout;
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const p50 = /\s50%\s+([\d.]+)(us|ms|s)/.exec(out);
  return { rps, p50Ms: p50 ? Number(p50[1]) * UNIT_MS[p50[2]] : Number.NaN };
}

export function autocannon(url, connections, seconds) {
  const bin = join(root, 'node_modules/.bin/autocannon');
  const out = run(bin, ['-c', String(connections), '-d', String(seconds), '-j', url]).stdout;
  const json = JSON.parse(out);
  return { rps: json.requests.total / seconds, p50Ms: json.latency.p50 };
}

/** Runs `dlt run` on a generated scenario and returns its JSON report. */
export function dlt(name, scenario, extraArgs = []) {
  const file = join(tmp, `${name}.json`);
  const report = join(tmp, `${name}-report.json`);
  writeFileSync(file, JSON.stringify(scenario));
  const r = run(
    process.execPath,
    [join(root, 'cli/bin/dlt.mjs'), 'run', file, '--quiet', '--json', report, ...extraArgs],
    {
      allowFail: true,
    },
  );
  if (r.status !== 0) throw new Error(`dlt run ${name} exited ${r.status}: ${r.stderr}`);
  return JSON.parse(readFileSync(report, 'utf8'));
}

export function scenario(name, url, execution) {
  return {
    testName: name,
    testScenario: {
      execution: [{ scenario: name, ...execution }],
      scenarios: { [name]: { requests: [{ url, method: 'GET' }] } },
    },
  };
}

export const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : 'n/a');
export const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
