// npm run bench:api — signed GET /scenarios and GET /scenarios/{id} at 50 concurrent clients against local mode
// with 1,000 stored scenarios. Target: no errors, p99 under 50 ms. BENCH_SECONDS sets each measurement (default 10).
//
// Local mode serves reads from write-through caches (functions/local-mode/src/store-cache.ts): the seeding writes
// clear them, so the first read of each scenario id in a phase still goes to dynalite.
//
// The load runs in a child process (this same file, BENCH_ROLE=client): in the stack's own process, 50 clients
// signing requests would steal the event loop from the server they measure, which a real client never does.
import { type ChildProcess, fork } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Sha256 } from '@aws-crypto/sha256-js';
import {
  ensureLocalCredentials,
  type LocalStackDeps,
  localApiHandler,
  startLocalStack,
} from '@dlt/local-mode';
import type { ScenarioRow, TestStatus } from '@dlt/shared/storage';
import { SignatureV4 } from '@smithy/signature-v4';

const SCENARIOS = 1000;
/** BENCH_CLIENTS=1 shows the unloaded service time, for telling queueing from slow requests. */
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
// Long enough for the clients to have read each of the 1,000 ids at least once: the figures are steady state.
// First reads of a row go to dynalite (about 10 ms each under load); BENCH_WARMUP_SECONDS=1 shows that tail.
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
/** A cap on recorded requests per endpoint, so a very fast machine cannot grow the sample without bound. */
const MAX_REQUESTS = 1_000_000;
const REQUEST_TIMEOUT_MS = 10_000;
const TARGET_P99_MS = 50;
const SIGN_SAMPLES = 1000;

interface Phase {
  label: string;
  path: 'list' | 'get';
}

interface ClientJob {
  apiUrl: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  ids: string[];
  phases: Phase[];
}

interface PhaseResult {
  label: string;
  requests: number;
  errors: number;
  errorSamples: string[];
  seconds: number;
  latencies: number[];
}

interface ClientReport {
  phases: PhaseResult[];
  /** Mean cost of one signature, measured alone: inside the load loop it would include other clients' work. */
  signMs: number;
}

// ---- client process ----------------------------------------------------------------------------------------

async function runClient(job: ClientJob): Promise<ClientReport> {
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const base = new URL(job.apiUrl);
  const signer = new SignatureV4({
    service: 'execute-api',
    region: 'us-east-1',
    credentials: job.credentials,
    sha256: Sha256,
  });
  const pathFor = (phase: Phase) =>
    phase.path === 'list'
      ? `${base.pathname}/scenarios`
      : `${base.pathname}/scenarios/${job.ids[randomInt(job.ids.length)]}`;

  // Signed per request, as any SigV4 client does: the date and the path change every time.
  const sign = (path: string) =>
    signer.sign({
      method: 'GET',
      protocol: base.protocol,
      hostname: base.hostname,
      port: Number(base.port),
      path,
      query: {},
      headers: { host: base.host },
    });

  async function once(path: string): Promise<{ status: number; latencyMs: number }> {
    const signed = await sign(path);
    const t1 = performance.now();
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { agent, host: base.hostname, port: base.port, path, method: 'GET', headers: signed.headers },
        (res) => {
          res.on('data', () => undefined);
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', reject);
        },
      );
      req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error('timeout')));
      req.on('error', reject);
      req.end();
    });
    return { status, latencyMs: performance.now() - t1 };
  }

  async function measure(phase: Phase, seconds: number): Promise<PhaseResult> {
    const result: PhaseResult = {
      label: phase.label,
      requests: 0,
      errors: 0,
      errorSamples: [],
      seconds: 0,
      latencies: [],
    };
    const start = performance.now();
    const deadline = start + seconds * 1000;
    const loop = async () => {
      while (performance.now() < deadline && result.requests < MAX_REQUESTS) {
        result.requests++;
        try {
          const r = await once(pathFor(phase));
          result.latencies.push(r.latencyMs);
          if (r.status < 200 || r.status > 299) {
            result.errors++;
            if (result.errorSamples.length < 3) result.errorSamples.push(`HTTP ${r.status}`);
          }
        } catch (error) {
          result.errors++;
          if (result.errorSamples.length < 3) result.errorSamples.push(String(error));
        }
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, loop));
    result.seconds = (performance.now() - start) / 1000;
    return result;
  }

  const s0 = performance.now();
  for (let i = 0; i < SIGN_SAMPLES; i++) await sign(pathFor({ label: '', path: 'get' }));
  const signMs = (performance.now() - s0) / SIGN_SAMPLES;

  const phases: PhaseResult[] = [];
  for (const phase of job.phases) {
    await measure(phase, WARMUP_SECONDS); // opens the sockets and warms the JIT on both sides; not reported
    phases.push(await measure(phase, SECONDS));
  }
  agent.destroy();
  return { phases, signMs };
}

// ---- stack process -----------------------------------------------------------------------------------------

const TAGS = ['checkout', 'search', 'nightly', 'smoke', 'payments', 'api', 'mobile', 'eu'];
const STATUSES: TestStatus[] = ['complete', 'complete', 'complete', 'failed', 'cancelled', 'created'];

/** A row as POST /scenarios and a finished run leave it: Taurus config as a string, results summary, tags. */
function scenarioRow(i: number): ScenarioRow {
  const testId = `bench${String(i).padStart(5, '0')}`;
  const name = `Bench scenario ${i}`;
  const status = STATUSES[i % STATUSES.length] ?? 'created';
  const ran = status !== 'created';
  const requests = Array.from({ length: 1 + (i % 3) }, (_, k) => ({
    url: `https://shop.example.com/api/items/${k}?page=${i}`,
    method: k === 2 ? 'POST' : 'GET',
    headers: { Accept: 'application/json' },
    body: k === 2 ? '{"qty":1}' : '',
  }));
  return {
    testId,
    testName: name,
    testDescription: `Load test ${i} of the shop API`,
    testType: 'simple',
    fileType: 'none',
    status,
    testTaskConfigs: [{ region: 'us-east-1', taskCount: 1 + (i % 4), concurrency: 10 * (1 + (i % 5)) }],
    testScenario: JSON.stringify({
      execution: [{ 'ramp-up': '30s', 'hold-for': '2m', scenario: name }],
      scenarios: { [name]: { requests } },
      reporting: [{ module: 'final-stats', summary: true, percentiles: true, 'dump-xml': '/tmp/a.xml' }],
    }),
    showLive: false,
    tags: [TAGS[i % TAGS.length] ?? 'api', TAGS[(i * 3 + 1) % TAGS.length] ?? 'api'],
    healthyThreshold: 90,
    scheduleTimezone: 'UTC',
    ...(ran
      ? {
          startTime: `2030-01-${String(1 + (i % 28)).padStart(2, '0')} 10:00:00`,
          endTime: `2030-01-${String(1 + (i % 28)).padStart(2, '0')} 10:02:30`,
          taskFailureCount: 0,
          desiredTaskCount: 1 + (i % 4),
          results: {
            total: {
              throughput: 12000 + i,
              succ: 11900 + i,
              fail: 100,
              avg_rt: 0.12,
              avg_lt: 0.11,
              avg_ct: 0.01,
              p0_0: 0.01,
              p50_0: 0.1,
              p90_0: 0.2,
              p95_0: 0.25,
              p99_0: 0.4,
              p99_9: 0.8,
              p100_0: 1.2,
              bytes: 9_600_000,
              testDuration: 150,
            },
          },
        }
      : {}),
    ...(status === 'failed' ? { errorReason: 'Task failed to start' } : {}),
  };
}

async function seed(deps: LocalStackDeps): Promise<string[]> {
  const rows = Array.from({ length: SCENARIOS }, (_, i) => scenarioRow(i));
  let next = 0;
  const writer = async () => {
    for (let row = rows[next++]; row !== undefined; row = rows[next++]) {
      const written = await deps.scenarios.put(row);
      if (!written.ok) throw new Error(`seeding ${row.testId} was refused`);
    }
  };
  await Promise.all(Array.from({ length: 16 }, writer));
  return rows.map((r) => r.testId);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function report({ phases: results, signMs }: ClientReport): void {
  const cols = [
    'endpoint',
    'requests',
    'errors',
    'req/s',
    'p50 ms',
    'p99 ms',
    `target: no errors, p99 < ${TARGET_P99_MS} ms`,
  ];
  const rows = results.map((r) => {
    const sorted = Float64Array.from(r.latencies).sort();
    const p99 = percentile([...sorted], 99);
    const met = r.errors === 0 && p99 < TARGET_P99_MS;
    return [
      r.label,
      String(r.requests),
      String(r.errors),
      (r.requests / r.seconds).toFixed(0),
      percentile([...sorted], 50).toFixed(1),
      p99.toFixed(1),
      met ? 'met' : 'MISSED',
    ];
  });
  const widths = cols.map((c, i) => Math.max(c.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        i === cells.length - 1 ? c : i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0),
      )
      .join('  ');
  console.log(line(cols));
  for (const row of rows) console.log(line(row));
  for (const r of results) {
    if (r.errorSamples.length > 0) console.log(`${r.label} errors, e.g.: ${r.errorSamples.join(' | ')}`);
  }
  console.log(
    `\nEvery request is SigV4-signed by the client (@smithy/signature-v4 + @aws-crypto/sha256-js): ` +
      `${signMs.toFixed(3)} ms per signature (mean of ${SIGN_SAMPLES}, measured alone). It counts in req/s; ` +
      'p50/p99 run from the signed request leaving to the last byte of the answer.',
  );
}

function runLoad(job: ClientJob): Promise<ClientReport> {
  const entry = process.argv[1];
  if (entry === undefined) throw new Error('cannot locate this script to start the client process');
  const child: ChildProcess = fork(entry, [], {
    env: { ...process.env, BENCH_ROLE: 'client' },
    serialization: 'advanced',
  });
  const limitMs = (job.phases.length * (SECONDS + WARMUP_SECONDS) + 60) * 1000;
  return new Promise((resolve, reject) => {
    const watchdog = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the client process did not finish within ${limitMs / 1000} s`));
    }, limitMs);
    child.once('message', (results) => {
      clearTimeout(watchdog);
      resolve(results as ClientReport);
    });
    child.once('exit', (code) => {
      clearTimeout(watchdog);
      reject(new Error(`the client process exited (${code}) without results`));
    });
    child.send(job);
  });
}

async function main(): Promise<void> {
  if (!Number.isFinite(SECONDS) || SECONDS <= 0 || SECONDS > 600) {
    throw new Error('BENCH_SECONDS must be a number of seconds from 1 to 600');
  }
  if (!Number.isInteger(CLIENTS) || CLIENTS < 1 || CLIENTS > 1000) {
    throw new Error('BENCH_CLIENTS must be an integer from 1 to 1000');
  }
  const stateDir = await mkdtemp(join(tmpdir(), 'dlt-bench-api-'));
  let deps: LocalStackDeps | undefined;
  const stack = await startLocalStack({
    stateDir,
    port: 0,
    log: () => undefined,
    createHandler: (d) => {
      deps = d;
      return localApiHandler(d);
    },
  }).catch(async (error: unknown) => {
    await rm(stateDir, { recursive: true, force: true });
    throw error;
  });
  try {
    if (!deps) throw new Error('the local stack did not hand over its storage');
    const t0 = performance.now();
    const ids = await seed(deps);
    console.log(
      `local mode on ${stack.apiUrl}: ${SCENARIOS} scenarios stored in ${((performance.now() - t0) / 1000).toFixed(1)} s` +
        ` (no run history); ${CLIENTS} clients, ${SECONDS} s per endpoint after a ${WARMUP_SECONDS} s warm-up\n`,
    );
    // Reads back the pair the stack created on start, as any client of `dlt local up` would.
    const { accessKeyId, secretAccessKey } = await ensureLocalCredentials(stateDir);
    const results = await runLoad({
      apiUrl: stack.apiUrl,
      credentials: { accessKeyId, secretAccessKey },
      ids,
      phases: [
        { label: 'GET /scenarios', path: 'list' },
        { label: 'GET /scenarios/{id}', path: 'get' },
      ],
    });
    report(results);
  } finally {
    await stack.close();
    await rm(stateDir, { recursive: true, force: true });
  }
}

if (process.env.BENCH_ROLE === 'client') {
  process.once('message', async (job) => {
    const results = await runClient(job as ClientJob);
    process.send?.(results, () => process.exit(0));
  });
} else {
  await main();
}
