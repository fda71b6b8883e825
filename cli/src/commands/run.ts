import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderSummaryTable } from '@dlt/report';
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
import { normaliseBaselineFlag, runRemoteCommand, writeRunOutputs } from './run-remote.js';

export const RUN_USAGE = `usage: dlt run <scenario.json|.yaml> [options]

Runs a load test on this machine: N local tasks become ready, then start together.
With --endpoint URL or --profile NAME (or $DLT_ENDPOINT / $DLT_PROFILE) it runs on that stack instead.

options (this machine):
  --tasks N          local tasks (worker processes); default testTaskConfigs[0].taskCount or 1
  --json FILE        write the JSON report (docs/json-report.md)
  --junit FILE       write JUnit XML, one testcase per criterion
  --report DIR       write a self-contained HTML report to DIR/index.html
  --artifacts DIR    keep the task result artifacts in DIR (default: a temporary folder, removed)
  --threads N        engine threads per task (default: CPUs / tasks)
  --quiet            no progress lines
  --summary FILE     write a Markdown summary (also appended to $GITHUB_STEP_SUMMARY when set)

options (a stack, through its API):
  --endpoint URL     the API base URL; --profile NAME a profile of \`dlt configure\`; --local forces this machine
  --wait             wait for the end, print the results and exit 0/1/2 (without it: start and print the ids)
  --baseline [PCT]   fail when p95, mean or error rate is more than PCT % (default 10) worse than the
                     scenario's baseline run (\`dlt runs baseline set\`)
  --test-id ID       update this scenario (default: the file's testId, else the one with the same testName)
  --timeout DUR      cancel the run and fail past this (default: ramp-up + hold-for + 30m)
  --poll-interval DUR  status polling (default 5s)
  --region R         SigV4 region; --json, --junit, --report, --summary as above (need --wait)

exit codes: 0 every criterion passed, 1 a criterion failed or the baseline regressed, 2 usage or runtime
error, or (remote) the run failed, was cancelled or timed out`;

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
    args: normaliseBaselineFlag(argv),
    allowPositionals: true,
    options: {
      summary: { type: 'string' },
      endpoint: { type: 'string' },
      profile: { type: 'string' },
      region: { type: 'string' },
      'state-dir': { type: 'string' },
      local: { type: 'boolean' },
      wait: { type: 'boolean' },
      baseline: { type: 'string' },
      'test-id': { type: 'string' },
      timeout: { type: 'string' },
      'poll-interval': { type: 'string' },
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
  const env = process.env;
  const remote =
    values.local !== true &&
    (values.endpoint !== undefined ||
      values.profile !== undefined ||
      !!env.DLT_ENDPOINT ||
      !!env.DLT_PROFILE);
  if (remote) {
    const parsed = {
      positionals,
      values: {
        endpoint: values.endpoint,
        profile: values.profile,
        region: values.region,
        'state-dir': values['state-dir'],
      },
      format: 'table' as const,
      help: false,
    };
    return runRemoteCommand(
      parsed,
      {
        file,
        wait: values.wait === true,
        quiet: values.quiet === true,
        testId: values['test-id'],
        timeout: values.timeout,
        pollInterval: values['poll-interval'],
        baseline: values.baseline,
        json: values.json,
        junit: values.junit,
        report: values.report,
        summary: values.summary,
      },
      env,
    );
  }
  const remoteOnly = (['wait', 'baseline', 'test-id', 'timeout', 'poll-interval'] as const).filter(
    (k) => values[k] !== undefined,
  );
  if (remoteOnly.length > 0) {
    throw new UsageError(
      `--${remoteOnly[0]} needs --endpoint or --profile (a run on a stack)\n\n${RUN_USAGE}`,
    );
  }
  const body = (await readScenarioFile(file)) as Record<string, unknown>;
  inferScriptTestType(body);

  const validated = validateScenario(body, { mode: 'run-file' });
  if (!validated.ok) throw new UsageError(`${file}: ${validated.error.toString()}`);
  const scenario = validated.scenario.request;
  const testId = scenario.testId ?? generateTestId();
  const { criteria, errors } = parseCriteria(scenario.criteria ?? []);
  if (errors.length > 0) throw new UsageError(`${file}: bad criteria:\n  ${errors.join('\n  ')}`);

  const taskConfig = scenario.testTaskConfigs?.[0];
  const tasks = positive(values.tasks, '--tasks', 256) ?? Number(taskConfig?.taskCount ?? 1);
  const threads = positive(values.threads, '--threads', 256);
  const testScenario = structuredClone(scenario.testScenario) as {
    execution: Array<Record<string, unknown>>;
  };
  if (scenario.testType !== 'simple') {
    await resolveScriptPaths(
      testScenario as Parameters<typeof resolveScriptPaths>[0],
      dirname(resolve(file)),
      file,
    );
  }
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
    await writeRunOutputs(report, values, process.env);
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

/**
 * A file that names its engine the Taurus way (`execution[0].executor`) and runs a script need not also say
 * `testType`: the executor is the test type.
 */
function inferScriptTestType(body: Record<string, unknown>): void {
  if (body.testType !== undefined) return;
  const testScenario = body.testScenario as
    | { execution?: Array<{ executor?: unknown; scenario?: unknown }>; scenarios?: Record<string, unknown> }
    | undefined;
  const exec = testScenario?.execution?.[0];
  const name =
    typeof exec?.scenario === 'string' ? exec.scenario : Object.keys(testScenario?.scenarios ?? {})[0];
  const spec = name === undefined ? undefined : (testScenario?.scenarios?.[name] as { script?: unknown });
  if (typeof exec?.executor === 'string' && typeof spec?.script === 'string') body.testType = exec.executor;
}

/**
 * Script paths in a scenario file are relative to the file; the workers read their config from another folder,
 * so they get absolute paths. A missing script is a usage error here rather than a failed task later.
 */
async function resolveScriptPaths(
  testScenario: { scenarios?: Record<string, { script?: unknown }> },
  baseDir: string,
  file: string,
): Promise<void> {
  for (const [name, spec] of Object.entries(testScenario.scenarios ?? {})) {
    if (typeof spec.script !== 'string') continue;
    const path = resolve(baseDir, spec.script);
    try {
      await access(path);
    } catch {
      throw new UsageError(`${file}: scenario ${name} runs ${spec.script}, but ${path} does not exist`);
    }
    spec.script = path;
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
