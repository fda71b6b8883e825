// End-to-end tests of `dlt run`: the built CLI, real worker processes and the demo target on 127.0.0.1.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type DemoTarget, startDemoTarget } from '@dlt/demo-target';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  assertBuilt,
  closedPort,
  killStrayClis,
  type LatencyMs,
  type ReportMetrics,
  readReport,
  runCli,
  STACK_LINE,
  scenario,
  startCli,
  sum,
  TARGET,
  tempDir,
  writeScenario,
  xmlAttributes,
} from './helpers.js';

const LATENCY_ORDER = ['min', 'p50', 'p90', 'p95', 'p99', 'p999', 'max'] as const;

function expectOrderedLatency(latency: LatencyMs, what: string): void {
  for (const key of [...LATENCY_ORDER, 'mean'] as const) {
    expect(latency[key], `${what}.latencyMs.${key}`).toBeTypeOf('number');
  }
  for (let i = 1; i < LATENCY_ORDER.length; i++) {
    const [lo, hi] = [LATENCY_ORDER[i - 1]!, LATENCY_ORDER[i]!];
    expect(latency[lo], `${what}: ${lo} <= ${hi}`).toBeLessThanOrEqual(latency[hi]);
  }
  expect(latency.mean, `${what}: min <= mean`).toBeGreaterThanOrEqual(latency.min);
  expect(latency.mean, `${what}: mean <= max`).toBeLessThanOrEqual(latency.max);
}

function expectLabelsAddUp(total: ReportMetrics, labels: Record<string, ReportMetrics>): void {
  const all = Object.values(labels);
  expect(sum(all.map((l) => l.requests))).toBe(total.requests);
  expect(sum(all.map((l) => l.errors))).toBe(total.errors);
}

describe('dlt run (end to end)', () => {
  let target: DemoTarget;
  let dir: string;
  let cleanup: () => Promise<void>;
  let env: Record<string, string>;

  beforeAll(() => {
    assertBuilt();
  });

  beforeEach(async () => {
    target = await startDemoTarget();
    ({ dir, cleanup } = await tempDir());
    env = { TARGET: target.url };
  });

  afterEach(async () => {
    killStrayClis();
    await target.close();
    await cleanup();
  });

  it('passes a 2-task run and writes consistent JSON, JUnit, HTML and summary outputs', async () => {
    // Labels deliberately not in alphabetical order: the report must keep scenario order.
    const labels = ['zeta home', 'alpha search', 'mid login'];
    const criteria = ['p95>500ms', 'fail>5%', 'p99 of alpha search>2s'];
    const file = await writeScenario(
      dir,
      scenario({
        testName: 'E2E passing run',
        execution: { concurrency: 2, 'hold-for': '2s' },
        requests: [
          { label: labels[0]!, url: `${TARGET}/` },
          { label: labels[1]!, url: `${TARGET}/search?delay=3` },
          {
            label: labels[2]!,
            url: `${TARGET}/login?delay=5`,
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{"user":"demo"}',
          },
        ],
        criteria,
      }),
    );
    const json = join(dir, 'out/report.json');
    const junit = join(dir, 'out/junit.xml');
    const html = join(dir, 'html');
    target.resetStats();

    const res = await runCli(
      ['run', file, '--tasks', '2', '--json', json, '--junit', junit, '--report', html],
      {
        env,
      },
    );
    expect(res.code, res.stderr).toBe(0);

    const report = await readReport(json);
    const stats = target.stats();
    expect(report.schema).toBe('dlt.run-report.v1');
    expect(report.testName).toBe('E2E passing run');
    expect(report.tasks).toBe(2);
    expect(report.model).toBe('closed');
    expect(report.total.requests).toBeGreaterThan(0);
    expect(report.total.requests).toBe(stats.requests);
    expect(report.total.errors).toBe(0);
    expect(report.total.statusCodes).toEqual({ 200: stats.requests });
    expect(Object.keys(report.labels)).toEqual(labels);
    expectLabelsAddUp(report.total, report.labels);
    expect(report.labels['zeta home']!.requests).toBe(stats.byPath['/']);
    expect(report.labels['alpha search']!.requests).toBe(stats.byPath['/search']);
    expect(report.labels['mid login']!.requests).toBe(stats.byPath['/login']);
    expectOrderedLatency(report.total.latencyMs, 'total');
    for (const [name, metrics] of Object.entries(report.labels))
      expectOrderedLatency(metrics.latencyMs, name);

    expect(report.verdict).toBe('pass');
    expect(report.criteria.map((c) => c.criterion)).toEqual(criteria);
    for (const c of report.criteria) expect(c.passed, c.message).toBe(true);

    expect(report.workers).toHaveLength(2);
    expect(report.workers.map((w) => w.task).sort()).toEqual([0, 1]);
    for (const w of report.workers) expect(w.exitCode).toBe(0);
    expect(sum(report.workers.map((w) => w.requests))).toBe(report.total.requests);

    const xml = await readFile(junit, 'utf8');
    const suites = xmlAttributes(xml, 'testsuites');
    expect(suites.tests).toBe(String(criteria.length));
    expect(suites.failures).toBe('0');
    expect(xml.match(/<testcase\b/g)).toHaveLength(criteria.length);
    expect(xml).not.toContain('<failure');

    const page = await readFile(join(html, 'index.html'), 'utf8');
    expect(page).toContain('<svg');
    expect(page).not.toMatch(/https?:\/\//);
    expect(JSON.parse(await readFile(join(html, 'report.json'), 'utf8'))).toEqual(report);

    for (const label of ['total', ...labels]) expect(res.stdout).toContain(label);
    expect(res.stdout).toMatch(/PASS/);
    expect(res.stderr).not.toMatch(STACK_LINE);
  });

  it('stops after the configured iterations: 2 tasks x 3 VUs x 5 iterations x 2 requests = 60', async () => {
    const file = await writeScenario(
      dir,
      scenario({
        execution: { concurrency: 3, iterations: 5, 'hold-for': '30s' },
        requests: [
          { label: 'first', url: `${TARGET}/` },
          { label: 'second', url: `${TARGET}/delay/2`, method: 'POST', body: '{}' },
        ],
      }),
    );
    const json = join(dir, 'report.json');
    target.resetStats();

    // Bounded well below hold-for: the run must end when the iterations are done, not after 30 s.
    const res = await runCli(['run', file, '--tasks', '2', '--json', json, '--quiet'], {
      env,
      timeoutMs: 20_000,
    });
    expect(res.code, res.stderr).toBe(0);

    const report = await readReport(json);
    expect(target.stats().requests).toBe(60);
    expect(target.stats().byPath).toEqual({ '/': 30, '/delay/2': 30 });
    expect(report.total.requests).toBe(60);
    expect(report.labels.first!.requests).toBe(30);
    expect(report.labels.second!.requests).toBe(30);
    expect(report.workers.map((w) => w.requests)).toEqual([30, 30]);
    expect(report.partial ?? false).toBe(false);
  });

  it('measures latency at least as large as the injected delay (/delay/50)', async () => {
    const file = await writeScenario(
      dir,
      scenario({
        execution: { concurrency: 2, 'hold-for': '2s' },
        requests: [
          { label: 'fast', url: `${TARGET}/` },
          { label: 'delayed', url: `${TARGET}/delay/50` },
        ],
      }),
    );
    const json = join(dir, 'report.json');
    target.resetStats();

    const res = await runCli(['run', file, '--json', json, '--quiet'], { env });
    expect(res.code, res.stderr).toBe(0);

    const report = await readReport(json);
    const delayed = report.labels.delayed!;
    expect(delayed.requests).toBe(target.stats().byPath['/delay/50']);
    expect(delayed.latencyMs.min).toBeGreaterThanOrEqual(49);
    expect(delayed.latencyMs.p50).toBeGreaterThanOrEqual(50);
    expect(delayed.latencyMs.p50).toBeLessThan(50 + 40);
    expect(report.labels.fast!.latencyMs.p50).toBeLessThan(delayed.latencyMs.p50);
  });

  it('exits 1 with a failed outcome and a JUnit failure when p50>1ms is violated (/delay/20)', async () => {
    const file = await writeScenario(
      dir,
      scenario({
        execution: { concurrency: 2, 'hold-for': '1s' },
        requests: [{ label: 'slow', url: `${TARGET}/delay/20` }],
        criteria: ['p50>1ms'],
      }),
    );
    const json = join(dir, 'report.json');
    const junit = join(dir, 'junit.xml');

    const res = await runCli(['run', file, '--json', json, '--junit', junit, '--quiet'], { env });
    expect(res.code, res.stderr).toBe(1);
    expect(res.stderr).not.toMatch(STACK_LINE);

    const report = await readReport(json);
    expect(report.verdict).toBe('fail');
    expect(report.criteria).toHaveLength(1);
    const [outcome] = report.criteria;
    expect(outcome!.criterion).toBe('p50>1ms');
    expect(outcome!.passed).toBe(false);
    expect(outcome!.actual).toBeGreaterThanOrEqual(20);
    expect(outcome!.threshold).toBe(1);
    expect(outcome!.unit).toBe('ms');
    expect(outcome!.message).toMatch(/p50/);
    expect(outcome!.message).toMatch(/FAILED/);

    const xml = await readFile(junit, 'utf8');
    const suites = xmlAttributes(xml, 'testsuites');
    expect(suites.tests).toBe('1');
    expect(suites.failures).toBe('1');
    expect(xml).toContain('<failure');
    expect(res.stdout).toMatch(/FAIL/);
  });

  it('exits 1 on fail>10% with ?fail=0.5 and counts every 500 as an error', async () => {
    const file = await writeScenario(
      dir,
      scenario({
        execution: { concurrency: 2, 'hold-for': '1s' },
        requests: [{ label: 'flaky', url: `${TARGET}/?fail=0.5` }],
        criteria: ['fail>10%'],
      }),
    );
    const json = join(dir, 'report.json');
    target.resetStats();

    const res = await runCli(['run', file, '--json', json, '--quiet'], { env });
    expect(res.code, res.stderr).toBe(1);

    const report = await readReport(json);
    const stats = target.stats();
    expect(report.verdict).toBe('fail');
    expect(report.criteria[0]!.passed).toBe(false);
    expect(report.criteria[0]!.message).not.toBe('');
    expect(report.total.requests).toBe(stats.requests);
    // fail=0.5 fails exactly every 2nd request.
    expect(report.total.errors).toBe(Math.floor(stats.requests / 2));
    expect(report.total.statusCodes['500']).toBe(report.total.errors);
    expect(report.total.statusCodes['500']).toBe(stats.byStatus['500']);
    expect(report.total.statusCodes['200']).toBe(report.total.requests - report.total.errors);
    expect(sum(Object.values(report.total.errorMessages))).toBe(report.total.errors);
    expect(report.criteria[0]!.actual).toBeCloseTo((report.total.errors / report.total.requests) * 100, 6);
  });

  it('classifies HTTP errors, resets, timeouts and refused connections', async () => {
    const port = await closedPort();
    const file = await writeScenario(
      dir,
      scenario({
        execution: { concurrency: 1, 'hold-for': '2s' },
        timeout: '1s',
        requests: [
          { label: 'unavailable', url: `${TARGET}/status/503` },
          { label: 'reset', url: `${TARGET}/close` },
          { label: 'hang', url: `${TARGET}/hang` },
          { label: 'refused', url: `http://127.0.0.1:${port}/` },
        ],
      }),
    );
    const json = join(dir, 'report.json');
    target.resetStats();

    const res = await runCli(['run', file, '--json', json, '--quiet'], { env });
    // No criteria: errors alone do not fail the run.
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).not.toMatch(STACK_LINE);

    const report = await readReport(json);
    const codes = report.total.statusCodes;
    expect(Object.keys(codes).sort()).toEqual(['503', 'econnrefused', 'econnreset', 'timeout']);
    expect(report.labels.unavailable!.statusCodes).toEqual({ 503: report.labels.unavailable!.requests });
    expect(report.labels.reset!.statusCodes).toEqual({ econnreset: report.labels.reset!.requests });
    expect(report.labels.hang!.statusCodes).toEqual({ timeout: report.labels.hang!.requests });
    expect(report.labels.refused!.statusCodes).toEqual({ econnrefused: report.labels.refused!.requests });
    expect(report.total.errors).toBe(report.total.requests);
    expectLabelsAddUp(report.total, report.labels);
    // The engine never sends a request twice: every path reaches the target exactly as often as reported.
    expect(report.labels.unavailable!.requests).toBe(target.stats().byPath['/status/503']);
    expect(report.labels.reset!.requests).toBe(target.stats().byPath['/close']);
    expect(report.labels.hang!.requests).toBe(target.stats().byPath['/hang']);
    // The timeout is 1 s: a timed-out request is not reported much faster than that.
    expect(report.labels.hang!.latencyMs.min).toBeGreaterThanOrEqual(999);

    const messages = Object.keys(report.total.errorMessages);
    expect(sum(Object.values(report.total.errorMessages))).toBe(report.total.errors);
    for (const m of messages) {
      expect(m).toMatch(/[a-z]{3}/i);
      expect(m).not.toMatch(/\[object|undefined|\n/);
    }
    expect(messages.some((m) => m.includes('503'))).toBe(true);
    expect(messages.some((m) => /reset/i.test(m))).toBe(true);
    expect(messages.some((m) => /time/i.test(m))).toBe(true);
    expect(messages.some((m) => /refused/i.test(m))).toBe(true);
  });

  it('sends a non-idempotent request that the server reset only once', async () => {
    const file = await writeScenario(
      dir,
      scenario({
        execution: { concurrency: 1, iterations: 1, 'hold-for': '10s' },
        requests: [
          { label: 'warm', url: `${TARGET}/` },
          { label: 'order', url: `${TARGET}/close`, method: 'POST', body: '{"order":1}' },
        ],
      }),
    );
    const json = join(dir, 'report.json');
    target.resetStats();

    const res = await runCli(['run', file, '--json', json, '--quiet'], { env });
    expect(res.code, res.stderr).toBe(0);
    const report = await readReport(json);
    expect(report.labels.order!.statusCodes).toEqual({ econnreset: 1 });
    expect(target.stats().byPath['/close']).toBe(1);
  });

  it('on SIGINT stops, exits 2 and still writes a partial JSON report without losing requests', async () => {
    const file = await writeScenario(
      dir,
      scenario({
        testName: 'E2E interrupted run',
        execution: { concurrency: 2, 'hold-for': '30s' },
        requests: [{ label: 'steady', url: `${TARGET}/delay/5` }],
      }),
    );
    const json = join(dir, 'report.json');
    const artifacts = join(dir, 'artifacts');
    target.resetStats();

    const cli = startCli(['run', file, '--tasks', '2', '--json', json, '--artifacts', artifacts], {
      env,
      timeoutMs: 25_000,
    });
    // A progress line ("[==>  ] 1s/30s  VUs ...") means the load is running.
    await cli.waitForStderr(/\d+s\/30s/, 15_000);
    cli.child.kill('SIGINT');
    const res = await cli.result;

    expect(res.code, res.stderr).toBe(2);
    expect(res.stderr).not.toMatch(STACK_LINE);
    expect(res.stderr).toMatch(/stopp/);
    expect(existsSync(json)).toBe(true);
    const report = await readReport(json);
    expect(report.partial).toBe(true);
    expect(report.total.requests).toBeGreaterThan(0);
    expect(report.total.requests).toBe(target.stats().requests);
    expect(sum(report.workers.map((w) => w.requests))).toBe(report.total.requests);
    expect(report.workers).toHaveLength(2);
    const results = await readdir(join(artifacts, 'results'));
    expect(results.filter((f) => f.endsWith('.json.gz')).sort()).toEqual([
      'local-task-0.json.gz',
      'local-task-1.json.gz',
    ]);
    expect(res.stdout).toContain('steady');
  }, 30_000);

  it('runs the open model at a deterministic arrival rate: 200/s for 2 s = 400 arrivals', async () => {
    const file = await writeScenario(
      dir,
      scenario({
        execution: { throughput: 200, concurrency: 20, 'hold-for': '2s' },
        requests: [{ label: 'arrival', url: `${TARGET}/delay/5` }],
      }),
    );
    const json = join(dir, 'report.json');
    target.resetStats();

    const res = await runCli(['run', file, '--json', json, '--quiet'], { env });
    expect(res.code, res.stderr).toBe(0);

    const report = await readReport(json);
    expect(report.model).toBe('open');
    expect(report.targetRps).toBe(200);
    expect(report.total.requests + report.dropped).toBe(400);
    expect(report.total.requests).toBe(target.stats().requests);
    expect(sum(report.workers.map((w) => w.requests))).toBe(report.total.requests);
  });

  it('splits the open-model rate across 3 tasks without extra arrivals (200/s for 2 s = 400)', async () => {
    const file = await writeScenario(
      dir,
      scenario({
        execution: { throughput: 200, concurrency: 20, 'hold-for': '2s' },
        requests: [{ label: 'arrival', url: `${TARGET}/delay/5` }],
      }),
    );
    const json = join(dir, 'report.json');
    target.resetStats();

    const res = await runCli(['run', file, '--tasks', '3', '--threads', '1', '--json', json, '--quiet'], {
      env,
    });
    expect(res.code, res.stderr).toBe(0);
    const report = await readReport(json);
    expect(report.total.requests + report.dropped).toBe(400);
    expect(report.total.requests).toBe(target.stats().requests);
  });
});
