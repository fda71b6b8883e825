// npm run bench:engines — requests per CPU-second of the native engine, Locust and JMeter (run directly by the
// worker's script adapters) against the same loopback target in one run, and what a million requests costs on
// Fargate at list price.
// Optional: BENCH_SECONDS (default 10) per engine, BENCH_VUS (default 10), BENCH_SKIP=locust,jmeter.
//
// Each engine runs in the built worker's file host (functions/load-tester/dist/worker.js) under `bash -c '...;
// times'`, so the CPU counted is the worker's plus everything it started (Locust's Python, JMeter's JVM),
// start-up included, as a Fargate task pays it too. The target runs in its own process on the same machine.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { decodeArtifact } from '@dlt/shared';
import { testPlanXml } from '../../functions/load-tester/src/script-engines/jmeter/test-plans.js';

/** The repository root: run-ts.mjs runs a bundle from a folder beside this file, so walk up to nx.json. */
function repositoryRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the repository root (nx.json) above this script');
    dir = parent;
  }
  return dir;
}
const root = repositoryRoot();
const worker = join(root, 'functions/load-tester/dist/worker.js');
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const vus = Number(process.env.BENCH_VUS ?? 10);
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const tmp = mkdtempSync(join(tmpdir(), 'dlt-bench-engines-'));

/**
 * AWS Fargate, Linux/x86, us-east-1, on-demand list price as the author knows it (published unchanged since
 * 2023; check https://aws.amazon.com/fargate/pricing/ before quoting): $0.04048 per vCPU-hour and $0.004445 per
 * GB-hour. A DLT task has 2 vCPU and 4 GB, i.e. 2 GB per vCPU.
 */
const VCPU_HOUR_USD = 0.04048;
const GB_HOUR_USD = 0.004445;
const GB_PER_VCPU = 2;
const PRICE_NOTE = 'Fargate Linux/x86 us-east-1 list price $0.04048/vCPU-h + $0.004445/GB-h (2 GB per vCPU)';
const usdPerVcpuSecond = (VCPU_HOUR_USD + GB_PER_VCPU * GB_HOUR_USD) / 3600;

if (!existsSync(worker)) {
  console.error(
    `bench:engines runs the built worker; build it first: cd functions/load-tester && npm run build`,
  );
  process.exit(2);
}

async function startTarget(): Promise<{ url: string; port: number; stop(): void }> {
  const child = spawn(process.execPath, [join(root, 'scripts/demo-target/dist/main.js'), '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', (line) => {
      const m = /^listening (http:\/\/\S+)$/.exec(line.trim());
      if (m) resolve(m[1]!);
      else reject(new Error(`unexpected target output: ${line}`));
    });
    child.once('exit', (code) => reject(new Error(`target exited with ${code}`)));
  });
  return { url, port: Number(new URL(url).port), stop: () => child.kill('SIGTERM') };
}

interface Measured {
  engine: string;
  requests: number;
  wallSec: number;
  cpuSec: number;
}

const parseTimes = (text: string): number => {
  // `times` prints the shell's own times, then its children's: "0m1.230s 0m0.450s".
  const line = text.trim().split('\n').at(-1) ?? '';
  const parts = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  if (parts.length !== 2) throw new Error(`cannot read CPU times from ${JSON.stringify(text)}`);
  return parts[0]! + parts[1]!;
};

function runWorker(engine: string, config: object, extraArgs: string[] = []): Measured {
  const dir = mkdtempSync(join(tmp, `${engine}-`));
  const configPath = join(dir, 'config.json');
  writeFileSync(configPath, JSON.stringify(config));
  const out = join(dir, 'out');
  const command = [
    'node',
    JSON.stringify(worker),
    '--config',
    JSON.stringify(configPath),
    '--out',
    JSON.stringify(out),
    '--start-signal',
    'now',
    ...extraArgs,
  ].join(' ');
  const r = spawnSync('bash', ['-c', `${command} >/dev/null 2>"$ERRLOG"; code=$?; times >&3; exit $code`], {
    env: { ...process.env, DLT_SCRIPT_ADAPTER: 'direct', ERRLOG: join(dir, 'stderr.txt') },
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    timeout: (seconds + 120) * 1000,
  });
  if (r.status !== 0) {
    throw new Error(
      `${engine} run failed (${r.status}): ${readFileSync(join(dir, 'stderr.txt'), 'utf8').slice(-2000)}`,
    );
  }
  const artifact = decodeArtifact(readFileSync(join(out, 'local-task-0.json.gz')));
  return {
    engine,
    requests: artifact.byLabel.reduce((n, c) => n + c.requests, 0),
    wallSec: (artifact.endedAt - artifact.startedAt) / 1000,
    cpuSec: parseTimes(String(r.output[3] ?? '')),
  };
}

const target = await startTarget();
const results: Measured[] = [];
const execution = { scenario: 's', concurrency: vus, 'hold-for': `${seconds}s` };
try {
  console.log(
    `target ${target.url}, ${vus} VUs, ${seconds} s per engine; target and engines share this machine\n`,
  );
  results.push(
    runWorker(
      'native',
      { execution: [execution], scenarios: { s: { requests: [{ url: `${target.url}/` }] } } },
      ['--threads', '1'],
    ),
  );
  if (!skip.has('locust')) {
    for (const [name, user] of [
      ['locust HttpUser', 'HttpUser'],
      ['locust FastHttpUser', 'FastHttpUser'],
    ] as const) {
      const script = join(tmp, `${user}.py`);
      writeFileSync(
        script,
        `from locust import task, constant\nfrom locust import ${user} as Base\n\n` +
          `class Visitor(Base):\n    wait_time = constant(0)\n\n    @task\n    def home(self):\n        self.client.get("/")\n`,
      );
      results.push(
        runWorker(name, {
          execution: [{ ...execution, executor: 'locust' }],
          scenarios: { s: { script, 'default-address': target.url } },
        }),
      );
    }
  }
  if (!skip.has('jmeter')) {
    const plan = join(tmp, 'plan.jmx');
    writeFileSync(
      plan,
      testPlanXml(
        [{ name: 'users', threads: 1, loops: 1, labels: ['home'], paths: { home: '/' } }],
        target.port,
      ),
    );
    try {
      results.push(
        runWorker('jmeter', {
          execution: [{ ...execution, executor: 'jmeter' }],
          scenarios: { s: { script: plan } },
        }),
      );
    } catch (err) {
      console.log(`jmeter skipped: ${(err as Error).message.split('\n')[0]}`);
    }
  }
} finally {
  target.stop();
}

const pad = (s: string, n: number) => s.padStart(n);
const native = results[0]!;
console.log(
  `${'engine'.padEnd(20)}${pad('requests', 10)}${pad('wall s', 8)}${pad('req/s', 9)}${pad('CPU s', 8)}${pad('req/CPU-s', 11)}${pad('vs native', 11)}${pad('USD/1M req', 12)}`,
);
for (const r of results) {
  const perCpu = r.requests / r.cpuSec;
  const usdPerMillion = (1e6 / perCpu) * usdPerVcpuSecond;
  console.log(
    `${r.engine.padEnd(20)}${pad(String(r.requests), 10)}${pad(r.wallSec.toFixed(1), 8)}` +
      `${pad((r.requests / r.wallSec).toFixed(0), 9)}` +
      `${pad(r.cpuSec.toFixed(1), 8)}${pad(perCpu.toFixed(0), 11)}${pad((perCpu / (native.requests / native.cpuSec)).toFixed(3), 11)}` +
      `${pad(usdPerMillion.toFixed(4), 12)}`,
  );
}
console.log(
  `\nreq/CPU-s: requests per second of one fully used core (worker + engine processes, start-up included).\n` +
    `USD/1M req: ${PRICE_NOTE}, charged per vCPU-second used; run on ${new Date().toISOString().slice(0, 10)}.`,
);
