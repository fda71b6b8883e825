/**
 * Runs the real JMeter on this machine (Debian's 2.13 through the launcher, or a modern one directly) against a
 * loopback target that counts the requests it receives.
 */

import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawSample, ScriptRunOutcome, ScriptRunRequest } from '../contract.js';
import { findOnPath } from '../engine-process.js';
import { createJmeterAdapter, type JmeterAdapter } from './adapter.js';
import { locateJmeter } from './install.js';
import { type TestGroup, testPlanXml } from './test-plans.js';
import { buildEchoPluginJar } from './test-plugin.js';

let base: string;
let server: Server;
let port: number;
let received = 0;
let paths: string[] = [];
let adapter: JmeterAdapter;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'dlt-jmeter-'));
  server = createServer((req, res) => {
    received++;
    paths.push(req.url ?? '');
    req.resume();
    res.end('hello from the target');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  // A fresh cache, so the launcher compile path runs here too.
  adapter = createJmeterAdapter({ launcherCacheDir: join(base, 'launcher-cache') });
  const availability = await adapter.availability();
  if (!availability.available) throw new Error(`JMeter is needed for these tests: ${availability.hint}`);
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await rm(base, { recursive: true, force: true });
});

interface Run {
  samples: RawSample[];
  maxUsers: number;
  outcome: ScriptRunOutcome;
  received: number;
  jtl: string;
  /** The work folder's files after the run, and whether the plan is still the one written. */
  workFiles: string[];
  planUnchanged: boolean;
  /** The request paths the target saw. */
  paths: string[];
}

let runNumber = 0;

async function runPlan(
  groups: TestGroup[],
  load: Partial<ScriptRunRequest>,
  options: {
    targetPort?: number;
    onSample?: (s: RawSample, stop: () => void) => void;
    /** Files to put beside the plan, e.g. plugins/x.jar. */
    files?: Record<string, Buffer>;
  } = {},
): Promise<Run> {
  const dir = join(base, `run-${++runNumber}`);
  const workDir = join(dir, 'work');
  const outputDir = join(dir, 'out');
  await mkdir(workDir, { recursive: true });
  await mkdir(outputDir, { recursive: true });
  const scriptPath = join(workDir, 'test.jmx');
  const planText = testPlanXml(groups, options.targetPort ?? port);
  await writeFile(scriptPath, planText);
  for (const [name, data] of Object.entries(options.files ?? {})) {
    await mkdir(join(workDir, name, '..'), { recursive: true });
    await writeFile(join(workDir, name), data);
  }
  const controller = new AbortController();
  const samples: RawSample[] = [];
  let maxUsers = 0;
  received = 0;
  paths = [];
  const outcome = await adapter.run(
    {
      engine: 'jmeter',
      workDir,
      scriptPath,
      loadProfile: 'scenario',
      concurrency: 1,
      rampUpSec: 0,
      holdForSec: 0,
      outputDir,
      signal: controller.signal,
      ...load,
    },
    {
      add(sample) {
        samples.push(sample);
        options.onSample?.(sample, () => controller.abort());
      },
      users(count) {
        maxUsers = Math.max(maxUsers, count);
      },
    },
  );
  const jtl = await readFile(join(outputDir, 'results.jtl'), 'utf8');
  const workFiles = (await readdir(workDir)).filter((f) => f !== 'plugins').sort();
  const planUnchanged = (await readFile(scriptPath, 'utf8')) === planText;
  return { samples, maxUsers, outcome, received, jtl, workFiles, planUnchanged, paths: [...paths] };
}

/** Nearest-rank percentile. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

describe('JMeter adapter (real JMeter)', () => {
  it('reports its version', async () => {
    const availability = await adapter.availability();
    expect(availability).toMatchObject({ available: true, version: expect.stringMatching(/^\d+\.\d+/) });
  });

  it("keeps the plan's own profile with loadProfile 'script': 3 threads x 5 loops is exactly 15 requests", async () => {
    const run = await runPlan([{ name: 'users', threads: 3, loops: 5, labels: ['home'] }], {
      loadProfile: 'script',
      concurrency: 50,
      holdForSec: 30,
    });
    expect(run.outcome).toMatchObject({ exitCode: 0, stopped: false });
    expect(run.samples).toHaveLength(15);
    expect(run.received).toBe(15);
    expect(run.maxUsers).toBe(3);
    for (const s of run.samples) {
      expect(s).toMatchObject({ label: 'home', status: 200, success: true });
      expect(s.bytes).toBeGreaterThan(0);
      expect(s.connectMs).toBeGreaterThanOrEqual(0);
      expect(s.failure).toBeUndefined();
    }
    expect(run.workFiles).toEqual(['test.jmx']);
    expect(run.planUnchanged).toBe(true);
  });

  it("applies the scenario's profile otherwise: 4 threads x 3 iterations is exactly 12 requests", async () => {
    const run = await runPlan([{ name: 'users', threads: 3, loops: 5, labels: ['home'] }], {
      concurrency: 4,
      iterations: 3,
    });
    expect(run.outcome.exitCode).toBe(0);
    expect(run.samples).toHaveLength(12);
    expect(run.received).toBe(12);
    expect(run.maxUsers).toBe(4);
    // The rewritten copy is removed after the run and the user's plan is untouched.
    expect(run.workFiles).toEqual(['test.jmx']);
    expect(run.planUnchanged).toBe(true);
  });

  it("counts exactly what the target received over a timed hold, and its percentiles match the raw JTL's", async () => {
    const run = await runPlan(
      [
        { name: 'browse', threads: 1, loops: 1, labels: ['list', 'item'] },
        { name: 'buy', threads: 1, loops: 1, labels: ['cart'] },
      ],
      { concurrency: 2, rampUpSec: 0, holdForSec: 2 },
    );
    expect(run.outcome.exitCode).toBe(0);
    expect(run.samples.length).toBeGreaterThan(10);
    expect(run.samples.length).toBe(run.received);
    expect(new Set(run.samples.map((s) => s.label))).toEqual(new Set(['list', 'item', 'cart']));

    // An independent read of the JTL: header, then one row per sample (no quoted fields in a clean run).
    const [header, ...rows] = run.jtl.trim().split('\n');
    const columns = header!.split(',');
    const elapsedAt = columns.indexOf('elapsed');
    expect(elapsedAt).toBeGreaterThanOrEqual(0);
    expect(rows).toHaveLength(run.samples.length);
    const fromJtl = rows.map((r) => Number(r.split(',')[elapsedAt])).sort((a, b) => a - b);
    const fromSamples = run.samples.map((s) => s.latencyMs).sort((a, b) => a - b);
    for (const p of [50, 90, 95, 99, 100]) {
      expect(percentile(fromSamples, p)).toBe(percentile(fromJtl, p));
    }
  });

  it("reports a refused connection as status 0 with the failure kind and JMeter's message", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const run = await runPlan(
      [{ name: 'users', threads: 1, loops: 2, labels: ['down'] }],
      {
        loadProfile: 'script',
      },
      { targetPort: closedPort },
    );
    expect(run.samples).toHaveLength(2);
    for (const s of run.samples) {
      expect(s).toMatchObject({ status: 0, success: false, failure: 'econnrefused' });
      expect(s.message).toMatch(/^Non HTTP response code: \S+/);
      expect(s.latencyMs).toBeGreaterThanOrEqual(0);
    }
  });

  it('loads plugin JARs from plugins/ beside the plan', async () => {
    const found = await locateJmeter();
    const javac = await findOnPath('javac');
    if (!found.ok || javac === undefined) throw new Error('JMeter and javac are needed for this test');
    const jar = await buildEchoPluginJar(javac, found.install.home);
    const run = await runPlan(
      [{ name: 'users', threads: 1, loops: 2, labels: ['echo'], paths: { echo: '/$' + '{__dltEcho(x)}' } }],
      { loadProfile: 'script' },
      { files: { 'plugins/dlt-echo-1.0.jar': jar } },
    );
    expect(run.samples.map((s) => s.status)).toEqual([200, 200]);
    expect(run.paths).toEqual(['/plugin-x', '/plugin-x']);
  });

  it('stops on the abort signal and keeps what JMeter recorded until then', async () => {
    let stopRequested = false;
    const run = await runPlan(
      [{ name: 'users', threads: 1, loops: 1, labels: ['home'] }],
      { concurrency: 2, holdForSec: 120 },
      {
        onSample: (_s, stop) => {
          if (!stopRequested) {
            stopRequested = true;
            stop();
          }
        },
      },
    );
    expect(run.outcome.stopped).toBe(true);
    expect(run.samples.length).toBeGreaterThan(0);
    expect(run.samples.length).toBeLessThanOrEqual(run.received);
  });
});
