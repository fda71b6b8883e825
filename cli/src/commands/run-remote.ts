/** The remote half of `dlt run`: flags, the API client, outputs for CI (JUnit, Markdown summary) and exit codes. */
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import {
  type RunReport,
  renderHtmlReport,
  renderJsonReport,
  renderJunit,
  renderMarkdownSummary,
  renderSummaryTable,
  sanitizeTerminal,
} from '@dlt/report';
import { ApiError, ClientError, clientFor, type Parsed } from '../api-client/index.js';
import { DEFAULT_BASELINE_PCT } from '../remote/baseline-gate.js';
import { runRemote } from '../remote/remote-run.js';
import { readScenarioFile, UsageError } from '../scenario-file.js';

export interface OutputFlags {
  json?: string | undefined;
  junit?: string | undefined;
  report?: string | undefined;
  summary?: string | undefined;
}

async function write(file: string, content: string): Promise<void> {
  await mkdir(dirname(resolve(file)), { recursive: true });
  await writeFile(file, content);
}

/** Every report file of a run; the Markdown summary also goes to GitHub's job summary when it is set. */
export async function writeRunOutputs(
  report: RunReport,
  flags: OutputFlags,
  env: NodeJS.ProcessEnv,
  notes: string[] = [],
): Promise<void> {
  if (flags.json !== undefined) await write(flags.json, renderJsonReport(report));
  if (flags.junit !== undefined) await write(flags.junit, renderJunit(report));
  if (flags.report !== undefined) {
    await write(join(flags.report, 'index.html'), renderHtmlReport(report));
    await write(join(flags.report, 'report.json'), renderJsonReport(report));
    process.stderr.write(`report: ${join(flags.report, 'index.html')}\n`);
  }
  if (flags.summary === undefined && !env.GITHUB_STEP_SUMMARY) return;
  const markdown = renderMarkdownSummary(report, { notes });
  if (flags.summary !== undefined) await write(flags.summary, markdown);
  // Appended: one job may run several tests, and GitHub shows the whole file.
  if (env.GITHUB_STEP_SUMMARY) await appendFile(env.GITHUB_STEP_SUMMARY, markdown);
}

/** "90s", "15m", "2h" or plain seconds. */
export function parseDuration(value: string, flag: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(value.trim());
  if (!m)
    throw new UsageError(`${flag} must be a duration like 90s, 15m or 2h, got ${JSON.stringify(value)}`);
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  const ms = Number(m[1]) * factor;
  if (ms <= 0) throw new UsageError(`${flag} must be more than 0`);
  return ms;
}

/** `--baseline` takes an optional number: `--baseline`, `--baseline 5`, `--baseline=5`. */
export function normaliseBaselineFlag(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--baseline') {
      const next = argv[i + 1];
      if (next !== undefined && /^\d+(\.\d+)?$/.test(next)) {
        out.push(`--baseline=${next}`);
        i++;
      } else out.push(`--baseline=${DEFAULT_BASELINE_PCT}`);
    } else out.push(arg);
  }
  return out;
}

/** Load duration from the scenario (ramp-up + hold-for), to size the default --wait timeout. */
function loadSeconds(body: Record<string, unknown>): number | undefined {
  const exec = (body.testScenario as { execution?: Array<Record<string, unknown>> } | undefined)
    ?.execution?.[0];
  const sec = (v: unknown) => {
    if (typeof v === 'number') return v;
    if (typeof v !== 'string') return 0;
    const m = /^(\d+)\s*([smhd]?)$/.exec(v.trim());
    return m
      ? Number(m[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as '' | 's' | 'm' | 'h' | 'd']
      : 0;
  };
  const hold = sec(exec?.['hold-for']);
  return hold > 0 ? sec(exec?.['ramp-up']) + hold : undefined;
}

export interface RemoteRunFlags extends OutputFlags {
  file: string;
  wait: boolean;
  quiet: boolean;
  testId?: string | undefined;
  timeout?: string | undefined;
  pollInterval?: string | undefined;
  baseline?: string | undefined;
}

export async function runRemoteCommand(
  parsed: Parsed,
  flags: RemoteRunFlags,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const body = (await readScenarioFile(flags.file, env)) as Record<string, unknown>;
  let baselinePct: number | undefined;
  if (flags.baseline !== undefined) {
    baselinePct = Number(flags.baseline);
    if (!Number.isFinite(baselinePct) || baselinePct < 0)
      throw new UsageError('--baseline must be a percentage ≥ 0');
  }
  if (
    !flags.wait &&
    (baselinePct !== undefined || flags.junit || flags.summary || flags.json || flags.report)
  ) {
    throw new UsageError(
      '--baseline, --junit, --json, --report and --summary need --wait (the results come at the end)',
    );
  }
  const load = loadSeconds(body);
  // Provisioning Fargate tasks and parsing results take minutes on AWS; the default leaves room for both.
  const timeoutMs =
    flags.timeout !== undefined
      ? parseDuration(flags.timeout, '--timeout')
      : ((load ?? 3600) + 30 * 60) * 1000;
  const pollMs =
    flags.pollInterval !== undefined ? parseDuration(flags.pollInterval, '--poll-interval') : 5000;
  const api = await clientFor(parsed, { env });
  const log = (line: string) => {
    if (!flags.quiet) process.stderr.write(`${line}\n`);
  };
  const abort = new AbortController();
  const onSignal = () => {
    if (abort.signal.aborted) process.exit(130);
    abort.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const outcome = await runRemote({
      api,
      body,
      file: flags.file,
      ...(flags.testId !== undefined ? { testId: flags.testId } : {}),
      wait: flags.wait,
      pollMs,
      timeoutMs,
      ...(baselinePct !== undefined ? { baselinePct } : {}),
      log,
      signal: abort.signal,
    });
    if (outcome.kind === 'started') {
      process.stdout.write(`testId ${outcome.testId}\ntestRunId ${outcome.testRunId}\n`);
      return 0;
    }
    const { report, notes } = outcome;
    process.stdout.write(`${renderSummaryTable(report, { color: process.stdout.isTTY === true })}\n`);
    for (const note of notes) process.stdout.write(`${note}\n`);
    const header = `Run ${outcome.testRunId} of test ${outcome.testId} on ${api.endpoint}: ${outcome.status}.`;
    await writeRunOutputs(report, flags, env, [header, ...notes]);
    return outcome.exitCode;
  } catch (error) {
    // Set-up, network and API errors are the user's to fix: one line, exit 2, no stack.
    if (error instanceof ApiError || error instanceof ClientError) {
      const what = error instanceof ApiError ? `${error.code}: ${error.message}` : error.message;
      process.stderr.write(`dlt: ${sanitizeTerminal(what)}\n`);
      return 2;
    }
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
