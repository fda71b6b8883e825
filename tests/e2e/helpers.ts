// Shared helpers for the `dlt run` end-to-end tests: spawn the built CLI, write scenarios, read its reports.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunReport } from '../../functions/report/src/types.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const cliPath = join(repoRoot, 'cli/bin/dlt.mjs');
const builtFiles = ['cli/dist/main.js', 'functions/load-tester/dist/worker.js'];

/** Throws a clear message when the CLI or the worker is not built (the e2e tests run the real binaries). */
export function assertBuilt(): void {
  const missing = builtFiles.filter((f) => !existsSync(join(repoRoot, f)));
  if (missing.length > 0) {
    throw new Error(
      `e2e tests need the built CLI, but ${missing.join(', ')} is missing. ` +
        'Build first: cd /work/main && CI=true npx nx run-many -t build',
    );
  }
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliProcess {
  child: ChildProcess;
  /** Settles when the CLI exits; rejects (after killing it) when it outlives `timeoutMs`. */
  result: Promise<CliResult>;
  stderr(): string;
  /** Resolves once stderr matches `pattern`; rejects after `timeoutMs` or when the CLI exits first. */
  waitForStderr(pattern: RegExp, timeoutMs: number): Promise<void>;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Hard bound on the run: the CLI's process group is killed and the result rejects. Default 30 s. */
  timeoutMs?: number;
}

const running = new Set<ChildProcess>();

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    // The CLI runs in its own process group (detached), so this also reaches its worker processes.
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

/** Kills every CLI (and its workers) still running from these helpers; call it in afterEach. */
export function killStrayClis(): void {
  for (const child of running) killGroup(child, 'SIGKILL');
  running.clear();
}

export function startCli(args: string[], opts: CliOptions = {}): CliProcess {
  const child = spawn(process.execPath, [cliPath, ...args], {
    cwd: opts.cwd ?? repoRoot,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  const stderrListeners = new Set<() => void>();
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    for (const listener of stderrListeners) listener();
  });
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const result = new Promise<CliResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      killGroup(child, 'SIGKILL');
      reject(
        new Error(
          `dlt ${args.join(' ')} did not exit within ${timeoutMs} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`,
        ),
      );
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      running.delete(child);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      for (const listener of stderrListeners) listener();
      resolve({ code, signal, stdout, stderr });
    });
  });
  const waitForStderr = (pattern: RegExp, waitMs: number) =>
    new Promise<void>((resolve, reject) => {
      const done = (err?: Error) => {
        clearTimeout(timer);
        stderrListeners.delete(check);
        if (err) reject(err);
        else resolve();
      };
      const check = () => {
        if (pattern.test(stderr)) done();
        else if (child.exitCode !== null || child.signalCode !== null)
          done(new Error(`dlt exited before stderr matched ${pattern}; stderr:\n${stderr}`));
      };
      const timer = setTimeout(
        () => done(new Error(`stderr did not match ${pattern} within ${waitMs} ms; stderr:\n${stderr}`)),
        waitMs,
      );
      stderrListeners.add(check);
      check();
    });
  return { child, result, stderr: () => stderr, waitForStderr };
}

export function runCli(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  return startCli(args, opts).result;
}

/** A fresh temporary directory; `cleanup()` removes it. */
export async function tempDir(): Promise<{ dir: string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'dlt-e2e-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A loopback port that nothing listens on: bound to port 0, then released. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return address.port;
}

export interface ScenarioRequest {
  url: string;
  method?: string;
  label?: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface ScenarioOptions {
  testName?: string;
  execution: Record<string, unknown>;
  requests: ScenarioRequest[];
  criteria?: string[];
  /** `scenarios.<name>.timeout`, e.g. "1s". */
  timeout?: string;
}

export const SCENARIO_NAME = 'e2e flow';

/** The literal placeholder `dlt run` expands from the environment (the tests spawn it with TARGET=<demo url>). */
// biome-ignore lint/suspicious/noTemplateCurlyInString: a placeholder for dlt run, not for JavaScript
export const TARGET = '${TARGET}';

/** A `dlt run` scenario file body (the DLT v4 POST /scenarios body, without the optional parts). */
export function scenario(opts: ScenarioOptions): Record<string, unknown> {
  return {
    testName: opts.testName ?? 'E2E run',
    testType: 'simple',
    testScenario: {
      execution: [{ scenario: SCENARIO_NAME, ...opts.execution }],
      scenarios: {
        [SCENARIO_NAME]: {
          ...(opts.timeout === undefined ? {} : { timeout: opts.timeout }),
          requests: opts.requests.map((r) => ({ method: 'GET', ...r })),
        },
      },
    },
    ...(opts.criteria === undefined ? {} : { criteria: opts.criteria }),
  };
}

export async function writeScenario(dir: string, body: unknown, name = 'scenario.json'): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, typeof body === 'string' ? body : JSON.stringify(body, null, 2));
  return file;
}

// The report's types are the product's own; the tests read the JSON file the CLI wrote into them.
export type {
  LatencySummaryMs as LatencyMs,
  ReportMetrics,
  RunReport,
} from '../../functions/report/src/types.js';

export async function readReport(file: string): Promise<RunReport> {
  return JSON.parse(await readFile(file, 'utf8')) as RunReport;
}

export function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** The attributes of the first `<tag ...>` element in an XML text, e.g. the root `<testsuites>`. */
export function xmlAttributes(xml: string, tag: string): Record<string, string> {
  const open = new RegExp(`<${tag}\\b([^>]*)>`).exec(xml);
  if (open === null) throw new Error(`no <${tag}> element in:\n${xml}`);
  const attrs: Record<string, string> = {};
  for (const m of open[1]!.matchAll(/([\w.:-]+)="([^"]*)"/g)) attrs[m[1]!] = m[2]!;
  return attrs;
}

/** Lines of a Node.js stack trace. */
export const STACK_LINE = /^ {4}at /m;
