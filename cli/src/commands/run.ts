import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderHtmlReport, renderJsonReport, renderJunit, renderSummaryTable } from '@dlt/report';
import {
  criteriaSource,
  evaluateCriteria,
  generateTestId,
  latencySummaryMs,
  parseCriteria,
  validateScenario,
} from '@dlt/shared';
import { LocalRunError, runLocal } from '../local/local-run.js';
import { ProgressPrinter } from '../progress-printer.js';
import { buildRunReport } from '../run-report.js';
import { readScenarioFile, UsageError } from '../scenario-file.js';

export const RUN_USAGE = `usage: dlt run <scenario.json|.yaml> [options]

Runs a load test on this machine: N local tasks become ready, then start together.

options:
  --tasks N          local tasks (worker processes); default testTaskConfigs[0].taskCount or 1
  --json FILE        write the JSON report (docs/json-report.md)
  --junit FILE       write JUnit XML, one testcase per criterion
  --report DIR       write a self-contained HTML report to DIR/index.html
  --artifacts DIR    keep the task result artifacts in DIR (default: a temporary folder, removed)
  --threads N        engine threads per task (default: CPUs / tasks)
  --quiet            no progress lines

exit codes: 0 every criterion passed, 1 a criterion failed, 2 usage or runtime error`;

export const EXIT_PASS = 0;
export const EXIT_FAIL = 1;
export const EXIT_ERROR = 2;

function positive(value: string | undefined, flag: string, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UsageError(`${flag} must be an integer from 1 to ${max}, got ${value}`);
  return n;
}

export async function runCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      tasks: { type: 'string' },
      json: { type: 'string' },
      junit: { type: 'string' },
      report: { type: 'string' },
      artifacts: { type: 'string' },
      threads: { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${RUN_USAGE}\n`);
    return EXIT_PASS;
  }
  if (positionals.length !== 1) throw new UsageError(`expected one scenario file\n\n${RUN_USAGE}`);
  const file = positionals[0]!;
  const body = (await readScenarioFile(file)) as Record<string, unknown>;

  const validated = validateScenario(body, { mode: 'run-file' });
  if (!validated.ok) throw new UsageError(`${file}: ${validated.error.toString()}`);
  const scenario = validated.scenario.request;
  const testId = scenario.testId ?? generateTestId();
  if (scenario.testType !== 'simple') {
    throw new UsageError(
      `${file}: testType ${scenario.testType} needs a script engine, which dlt run does not support yet`,
    );
  }
  const { criteria, errors } = parseCriteria(scenario.criteria ?? []);
  if (errors.length > 0) throw new UsageError(`${file}: bad criteria:\n  ${errors.join('\n  ')}`);

  const taskConfig = scenario.testTaskConfigs?.[0];
  const tasks = positive(values.tasks, '--tasks', 256) ?? Number(taskConfig?.taskCount ?? 1);
  const threads = positive(values.threads, '--threads', 256);
  const testScenario = structuredClone(scenario.testScenario) as {
    execution: Array<Record<string, unknown>>;
  };
  const exec = testScenario.execution[0]!;
  exec.taskCount = tasks;
  if (taskConfig?.concurrency !== undefined) exec.concurrency = Number(taskConfig.concurrency);
  const testRunId = `${Date.now().toString(36)}`;

  const workDir =
    values.artifacts === undefined ? await mkdtemp(join(tmpdir(), 'dlt-run-')) : resolve(values.artifacts);
  const progress = new ProgressPrinter(process.stderr, !values.quiet);
  const abort = new AbortController();
  const onSignal = () => {
    progress.note('stopping: waiting for the tasks to write their results (press Ctrl-C again to force)');
    if (abort.signal.aborted) process.exit(130);
    abort.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const workerScript = fileURLToPath(import.meta.resolve('@dlt/load-tester/worker'));
    progress.note(`${scenario.testName}: starting ${tasks} local task${tasks === 1 ? '' : 's'}`);
    const result = await runLocal({
      testId,
      testRunId,
      taskConfig: testScenario,
      tasks,
      workDir,
      workerScript,
      ...(threads === undefined ? {} : { threadsPerTask: threads }),
      signal: abort.signal,
      onReady: (startAt) => progress.start(startAt, scenarioDurationSec(exec)),
      onSecond: (s) =>
        progress.second({
          t: s.t,
          vus: s.vus,
          rps: s.total.requests,
          errors: s.total.errors,
          p95Ms: s.total.requests > 0 ? latencySummaryMs(s.total).p95 : null,
        }),
    });
    progress.end();
    const verdict = evaluateCriteria(criteria, criteriaSource(result.run));
    const report = buildRunReport(result.run, verdict, {
      testName: scenario.testName,
      testId,
      model: exec.throughput === undefined ? 'closed' : 'open',
      ...(typeof exec.throughput === 'number' ? { targetRps: exec.throughput } : {}),
      partial: result.interrupted,
      workers: result.workers.map((w) => ({
        task: w.index,
        exitCode: w.exitCode,
        peakRssMb: Math.round(((w.done?.peakRssBytes ?? 0) / 1048576) * 10) / 10,
        requests: w.done?.requests ?? 0,
      })),
    });
    process.stdout.write(`${renderSummaryTable(report, { color: process.stdout.isTTY === true })}\n`);
    await writeOutputs(report, values);
    if (result.interrupted) {
      process.stderr.write('dlt: the run was stopped early; the results above cover what ran.\n');
      return EXIT_ERROR;
    }
    return report.verdict === 'pass' ? EXIT_PASS : EXIT_FAIL;
  } catch (err) {
    progress.end();
    if (err instanceof LocalRunError) throw new UsageError(`the run failed: ${err.message}`);
    throw err;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (values.artifacts === undefined) await rm(workDir, { recursive: true, force: true });
  }
}

function scenarioDurationSec(exec: Record<string, unknown>): number | null {
  const toSec = (v: unknown) => {
    if (typeof v === 'number') return v;
    if (typeof v !== 'string') return 0;
    const m = /^(\d+)([smhd])$/.exec(v);
    if (m === null) return Number(v) || 0;
    return Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[m[2] as 's' | 'm' | 'h' | 'd'];
  };
  const hold = toSec(exec['hold-for']);
  return hold > 0 ? toSec(exec['ramp-up']) + hold : null;
}

async function writeOutputs(
  report: Parameters<typeof renderJsonReport>[0],
  values: { json?: string; junit?: string; report?: string },
): Promise<void> {
  const write = async (file: string, content: string) => {
    await mkdir(dirname(resolve(file)), { recursive: true });
    await writeFile(file, content);
  };
  if (values.json !== undefined) await write(values.json, renderJsonReport(report));
  if (values.junit !== undefined) await write(values.junit, renderJunit(report));
  if (values.report !== undefined) {
    await write(join(values.report, 'index.html'), renderHtmlReport(report));
    await write(join(values.report, 'report.json'), renderJsonReport(report));
    process.stderr.write(`report: ${join(values.report, 'index.html')}\n`);
  }
}
