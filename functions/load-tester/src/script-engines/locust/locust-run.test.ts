// Runs the built worker (dist/worker.js; build first) in its file host with a real Locust (python3-locust) against
// a loopback target that counts what it receives.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  COARSE_SUB_BUCKET_BITS,
  decodeArtifact,
  LatencyHistogram,
  readSeries,
  type TaskArtifact,
  WindowCounters,
} from '@dlt/shared';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertWorkerBuilt, killStrayWorkers, startWorker } from '../../test-support.js';
import { findOnPath } from '../engine-process.js';

const haveLocust = (await findOnPath('locust')) !== undefined;

let server: Server;
let targetUrl: string;
let closedPortUrl: string;
let received = 0;
let tmp: string;

beforeAll(async () => {
  assertWorkerBuilt();
  tmp = await mkdtemp(join(tmpdir(), 'dlt-locust-run-'));
  server = createServer((req, res) => {
    received++;
    if (req.url?.startsWith('/fail')) {
      res.statusCode = 503;
      res.end('unavailable');
    } else res.end('hello world');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  targetUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port nothing listens on: bound, read, closed.
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  closedPortUrl = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
  await new Promise<void>((r) => probe.close(() => r()));
});
afterAll(async () => {
  await new Promise<void>((r) => server?.close(() => r()));
  await rm(tmp, { recursive: true, force: true });
});
afterEach(() => killStrayWorkers());

const LOCUSTFILE = (refusedUrl: string) => `
from locust import HttpUser, task, constant

class Visitor(HttpUser):
    wait_time = constant(0.005)

    @task(6)
    def home(self):
        self.client.get("/")

    @task(2)
    def failing(self):
        self.client.get("/fail", name="fail")

    @task(1)
    def checked(self):
        with self.client.get("/", name="checked", catch_response=True) as response:
            response.failure("no welcome text in the page")

    @task(1)
    def refused(self):
        self.client.get("${refusedUrl}/", name="refused")
`;

interface Row {
  n: string;
  c: number;
  ok: boolean;
  ms: number;
  e?: string;
}

/** Nearest rank, q in 0..100 as the histograms take it. */
function nearestRank(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((q * sorted.length) / 100 - 1e-9))) - 1]!;
}

describe.skipIf(!haveLocust)('Locust through the worker (file host)', () => {
  let artifact: TaskArtifact;
  let rows: Row[];
  let lines: Array<Record<string, unknown>>;
  let exitCode: number;
  let stderr: string;

  beforeAll(async () => {
    const dir = join(tmp, 'run');
    const outputDir = join(tmp, 'engine-output');
    await rm(dir, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(dir, { recursive: true }));
    await writeFile(join(dir, 'locustfile.py'), LOCUSTFILE(closedPortUrl));
    await writeFile(
      join(dir, 'config.json'),
      JSON.stringify({
        execution: [{ executor: 'locust', scenario: 's', concurrency: 4, 'ramp-up': '1s', 'hold-for': '3s' }],
        scenarios: { s: { script: 'locustfile.py', 'default-address': targetUrl } },
      }),
    );
    received = 0;
    const run = startWorker(
      ['--config', join(dir, 'config.json'), '--out', join(dir, 'out'), '--start-signal', 'now'],
      { DLT_SCRIPT_ADAPTER: 'direct', DLT_SCRIPT_OUTPUT_DIR: outputDir },
      90_000,
    );
    exitCode = await run.exited;
    stderr = run.stderr();
    lines = run.lines;
    if (exitCode !== 0) return;
    artifact = decodeArtifact(await readFile(join(dir, 'out', 'local-task-0.json.gz')));
    const text = await readFile(join(outputDir, 'locust-samples.jsonl'), 'utf8');
    rows = text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Row);
  }, 120_000);

  it('exits 0 with a complete artifact from the locust adapter', () => {
    expect(exitCode, stderr).toBe(0);
    expect(artifact.engine).toBe('locust');
    expect(artifact.partial).toBe(false);
    expect(new Set(artifact.labels)).toEqual(new Set(['/', 'fail', 'checked', 'refused']));
  });

  it('counts exactly the requests the target received, plus the refused ones it never saw', () => {
    const requests = (label: string) => artifact.byLabel[artifact.labels.indexOf(label)]!.requests;
    expect(requests('/') + requests('fail') + requests('checked')).toBe(received);
    expect(received).toBeGreaterThan(50);
    expect(requests('refused')).toBe(rows.filter((r) => r.n === 'refused').length);
    expect(requests('refused')).toBeGreaterThan(0);
    const total = artifact.byLabel.reduce((n, c) => n + c.requests, 0);
    expect(total).toBe(rows.length);
    expect(lines.find((l) => l.type === 'done')?.requests).toBe(total);
  });

  it('has the percentiles of the raw rows: the same histogram, and within its bound of the exact ones', () => {
    for (const [i, label] of artifact.labels.entries()) {
      const latencies = rows.filter((r) => r.n === label).map((r) => r.ms * 1000);
      const fromRows = new LatencyHistogram();
      for (const us of latencies) fromRows.record(us);
      const encoded = artifact.byLabel[i]!.latency;
      const fromArtifact = new LatencyHistogram(encoded.s).addEncoded(encoded);
      const qs = [50, 90, 95, 99, 100];
      expect(fromArtifact.percentilesUs(qs)).toEqual(fromRows.percentilesUs(qs));
      const sorted = latencies.map((us) => Math.round(us)).sort((a, b) => a - b);
      for (const q of qs) {
        const exact = nearestRank(sorted, q);
        expect(Math.abs(fromArtifact.percentileUs(q) - exact)).toBeLessThanOrEqual(exact / 256 + 1);
      }
    }
  });

  it('reports statuses exactly, engine failures on a 200 as errors, and Locust messages verbatim', () => {
    const c = (label: string) => artifact.byLabel[artifact.labels.indexOf(label)]!;
    expect(c('/')).toMatchObject({ errors: 0, statusCodes: { 200: c('/').requests } });
    expect(c('fail')).toMatchObject({ errors: c('fail').requests, statusCodes: { 503: c('fail').requests } });
    const failMessages = Object.keys(c('fail').errorMessages);
    expect(failMessages).toHaveLength(1);
    expect(failMessages[0]).toMatch(/^HTTPError\('503 Server Error: Service Unavailable for url: /);
    expect(c('checked')).toMatchObject({
      errors: c('checked').requests,
      statusCodes: { 200: c('checked').requests },
      errorMessages: { "CatchResponseError('no welcome text in the page')": c('checked').requests },
    });
    expect(c('refused').statusCodes).toEqual({ econnrefused: c('refused').requests });
    expect(Object.keys(c('refused').errorMessages)[0]).toMatch(/Connection refused|ConnectionRefusedError/);
  });

  it('streams live lines while running, and its series adds up to the totals', () => {
    const live = lines.filter((l) => l.type === 'live');
    expect(live.length).toBeGreaterThanOrEqual(4);
    expect(live.some((l) => (l.requests as number) > 0 && (l.vus as number) > 0)).toBe(true);
    const liveTotal = live.reduce((n, l) => n + (l.requests as number), 0);
    const total = artifact.byLabel.reduce((n, c) => n + c.requests, 0);
    expect(liveTotal).toBe(total);
    let seriesTotal = 0;
    const counters = new Map<string, WindowCounters>();
    readSeries(
      artifact.series,
      artifact.labels.length,
      () => {},
      (t, label) => {
        const key = `${t}:${label}`;
        let c = counters.get(key);
        if (c === undefined) {
          c = new WindowCounters(COARSE_SUB_BUCKET_BITS);
          counters.set(key, c);
        }
        return c;
      },
    );
    for (const c of counters.values()) seriesTotal += c.requests;
    expect(seriesTotal).toBe(total);
  });
});

describe.skipIf(!haveLocust)('stopping a Locust run', () => {
  it('on SIGTERM stops Locust and delivers a partial artifact with what it reported (exit 143)', async () => {
    const dir = await mkdtemp(join(tmp, 'stop-'));
    await writeFile(join(dir, 'locustfile.py'), LOCUSTFILE(closedPortUrl));
    await writeFile(
      join(dir, 'config.json'),
      JSON.stringify({
        execution: [{ executor: 'locust', concurrency: 2, 'hold-for': '60s' }],
        scenarios: { s: { script: 'locustfile.py', 'default-address': targetUrl } },
      }),
    );
    received = 0;
    const run = startWorker(
      ['--config', join(dir, 'config.json'), '--out', join(dir, 'out'), '--start-signal', 'now'],
      { DLT_SCRIPT_ADAPTER: 'direct' },
      60_000,
    );
    await run.waitForLine('started');
    // Bounded: live lines arrive every second; wait for one that carries requests.
    for (let i = 0; i < 100 && !run.lines.some((l) => l.type === 'live' && (l.requests as number) > 0); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(143);
    const artifact = decodeArtifact(await readFile(join(dir, 'out', 'local-task-0.json.gz')));
    expect(artifact.partial).toBe(true);
    const total = artifact.byLabel.reduce((n, c) => n + c.requests, 0);
    expect(total).toBeGreaterThan(0);
    // A request cut off by the stop may have reached the target without being reported.
    expect(
      artifact.byLabel.filter((_, i) => artifact.labels[i] !== 'refused').reduce((n, c) => n + c.requests, 0),
    ).toBeLessThanOrEqual(received);
  }, 60_000);
});

describe('a missing engine', () => {
  it('fails before ready with exit 2, naming the package on stderr and in the error line', async () => {
    const dir = await mkdtemp(join(tmp, 'missing-'));
    await writeFile(join(dir, 'locustfile.py'), LOCUSTFILE(closedPortUrl));
    await writeFile(
      join(dir, 'config.json'),
      JSON.stringify({
        execution: [{ executor: 'locust', concurrency: 1, 'hold-for': '1s' }],
        scenarios: { s: { script: 'locustfile.py' } },
      }),
    );
    const emptyPath = await mkdtemp(join(tmp, 'path-'));
    const run = startWorker(['--config', join(dir, 'config.json'), '--out', join(dir, 'out')], {
      PATH: emptyPath,
    });
    expect(await run.exited).toBe(2);
    const hint = "locust is not installed: install Debian's python3-locust (apt-get install python3-locust)";
    expect(run.stderr()).toContain(hint);
    expect(run.lines.find((l) => l.type === 'error')?.message).toContain(hint);
    expect(run.lines.some((l) => l.type === 'ready')).toBe(false);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
