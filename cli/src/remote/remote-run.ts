/**
 * `dlt run FILE --endpoint URL|--profile P [--wait]`: the scenario goes to a deployed stack (or local mode through
 * its API): created or updated, started, then with --wait polled until it ends and judged for CI.
 */
import type { RunReport } from '@dlt/report';
import type { RunRecord } from '@dlt/shared';
import { type ApiClient, ApiError, segment } from '../api-client/index.js';
import { regionalTaskDetails } from '../commands/scenarios.js';
import { UsageError } from '../scenario-file.js';
import { type BaselineGate, checkAgainstBaseline, describeCheck, gateCriteria } from './baseline-gate.js';
import { type ApiRunRow, type ApiTimeSeries, reportFromApiRun } from './report-from-api.js';
import { uploadScenarioScript } from './script-upload.js';

export const TERMINAL = new Set(['complete', 'failed', 'cancelled']);

export interface RemoteRunOptions {
  api: ApiClient;
  body: Record<string, unknown>;
  /** The scenario file: script paths in it are relative to it. */
  file: string;
  /** `--test-id`: the scenario to update, when the file has no testId. */
  testId?: string;
  wait: boolean;
  pollMs: number;
  /** Past this the run is cancelled and the command fails (exit 2). */
  timeoutMs: number;
  /** `--baseline PCT`, undefined when not asked. */
  baselinePct?: number;
  log: (line: string) => void;
  signal?: AbortSignal;
}

export type RemoteOutcome =
  | { kind: 'started'; testId: string; testRunId: string }
  | {
      kind: 'finished';
      testId: string;
      testRunId: string;
      status: string;
      report: RunReport;
      gate?: BaselineGate;
      notes: string[];
      /** 0 pass, 1 criteria or baseline failed, 2 the run failed, was cancelled or timed out. */
      exitCode: 0 | 1 | 2;
    };

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

/** The file's testId, else --test-id, else the one scenario with the same testName (so baselines carry over). */
async function resolveTestId(
  api: ApiClient,
  body: Record<string, unknown>,
  flag?: string,
): Promise<string | undefined> {
  if (typeof body.testId === 'string') {
    if (flag !== undefined && flag !== body.testId) {
      throw new UsageError(`--test-id ${flag} differs from the file's testId ${body.testId}`);
    }
    return body.testId;
  }
  if (flag !== undefined) return flag;
  const list = await api.request<{ Items: Array<{ testId: string; testName?: string }> }>(
    'GET',
    '/scenarios',
  );
  const same = list.Items.filter((s) => s.testName === body.testName);
  if (same.length > 1) {
    throw new UsageError(
      `${same.length} scenarios are named ${JSON.stringify(body.testName)} (${same.map((s) => s.testId).join(', ')}); ` +
        'put testId in the file or pass --test-id',
    );
  }
  return same[0]?.testId;
}

function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export async function runRemote(opts: RemoteRunOptions): Promise<RemoteOutcome> {
  const { api, log } = opts;
  const body = { ...opts.body };
  if (
    opts.wait &&
    (body.scheduleDate !== undefined || body.cronValue !== undefined || body.recurrence !== undefined)
  ) {
    throw new UsageError(
      '--wait cannot wait for a scheduled scenario; remove the schedule fields or drop --wait',
    );
  }
  const known = await resolveTestId(api, body, opts.testId);
  if (known !== undefined) body.testId = known;
  const uploaded = await uploadScenarioScript(api, body, opts.file);
  if (uploaded !== undefined) log(`uploaded the script to ${uploaded}`);
  if (body.regionalTaskDetails === undefined) body.regionalTaskDetails = await regionalTaskDetails(api, true);
  const row = await api.request<{ testId: string; status?: string; currentTestRunId?: string }>(
    'POST',
    '/scenarios',
    {
      body,
    },
  );
  const testId = row.testId;
  const testRunId = row.currentTestRunId ?? (await latestRunId(api, testId));
  log(
    `${known === undefined ? 'created' : 'updated'} test ${testId}; run ${testRunId} ${row.status ?? 'queued'}`,
  );
  if (!opts.wait) return { kind: 'started', testId, testRunId };

  const base = `/scenarios/${segment(testId)}`;
  const started = Date.now();
  const notes: string[] = [];
  let status = row.status ?? 'queued';
  let lastLine = '';
  let lastLogAt = 0;
  let stoppedBy: 'timeout' | 'interrupt' | undefined;
  for (;;) {
    const scenario = await api.request<{ status?: string; currentTestRunId?: string }>('GET', base);
    status = scenario.status ?? status;
    if (TERMINAL.has(status)) break;
    const now = Date.now();
    const line = `${clock(now - started)} ${status}`;
    // A line on every change, and one every 15 s so CI logs show the run is alive.
    if (line.split(' ')[1] !== lastLine.split(' ')[1] || now - lastLogAt >= 15_000) {
      log(line);
      lastLine = line;
      lastLogAt = now;
    }
    if (stoppedBy === undefined && (now - started > opts.timeoutMs || opts.signal?.aborted)) {
      stoppedBy = opts.signal?.aborted ? 'interrupt' : 'timeout';
      log(
        stoppedBy === 'timeout'
          ? `the run is still ${status} after ${clock(opts.timeoutMs)}: cancelling it`
          : 'interrupted: cancelling the run',
      );
      await api
        .request('POST', base)
        .catch((error: unknown) => log(`cancel failed: ${(error as Error).message}`));
    }
    // Once cancelled, wait at most a minute more for the stack to confirm, then give up.
    if (stoppedBy !== undefined && now - started > opts.timeoutMs + 60_000) break;
    await sleep(opts.pollMs, stoppedBy === undefined ? opts.signal : undefined);
  }
  log(`${clock(Date.now() - started)} ${status}`);

  const run = await api.request<ApiRunRow>('GET', `${base}/testruns/${segment(testRunId)}`);
  const series = await api
    .request<ApiTimeSeries>('GET', `${base}/testruns/${segment(testRunId)}/timeseries`)
    .catch(() => undefined);
  const failedRun = status !== 'complete' || stoppedBy !== undefined;
  if (stoppedBy === 'timeout')
    notes.push(`The run was cancelled after the ${clock(opts.timeoutMs)} timeout.`);
  if (stoppedBy === 'interrupt') notes.push('The run was cancelled from the command line.');

  let gate: BaselineGate | undefined;
  if (opts.baselinePct !== undefined && !failedRun) {
    gate = await baselineGate(api, base, run, opts.baselinePct, notes);
  }
  const extra = failedRun
    ? [
        {
          criterion: 'run completed',
          passed: false,
          actual: null,
          threshold: 0,
          unit: '',
          message: `the run ended ${status}${run.errorReason ? `: ${run.errorReason}` : ''}`,
        },
      ]
    : [];
  const report = reportFromApiRun(
    run,
    {
      testName: String(body.testName ?? testId),
      testId,
      extraCriteria: [...extra, ...(gate ? gateCriteria(gate) : [])],
    },
    series,
  );
  const exitCode = failedRun ? 2 : report.verdict === 'fail' ? 1 : 0;
  return { kind: 'finished', testId, testRunId, status, report, ...(gate ? { gate } : {}), notes, exitCode };
}

async function latestRunId(api: ApiClient, testId: string): Promise<string> {
  const page = await api.request<{ testRuns: Array<{ testRunId: string }> }>(
    'GET',
    `/scenarios/${segment(testId)}/testruns`,
    { query: { latest: 'true' } },
  );
  const id = page.testRuns[0]?.testRunId;
  if (!id) throw new ApiError(500, 'NO_RUN', `the API started test ${testId} but lists no run for it`);
  return id;
}

async function baselineGate(
  api: ApiClient,
  base: string,
  run: ApiRunRow,
  pct: number,
  notes: string[],
): Promise<BaselineGate | undefined> {
  const res = await api.request<{ baselineId: string | null }>('GET', `${base}/baseline`);
  if (!res.baselineId) {
    notes.push(
      'No baseline is set for this test, so --baseline checked nothing (set one with `dlt runs baseline set`).',
    );
    return undefined;
  }
  if (res.baselineId === run.testRunId) {
    notes.push('This run is the baseline itself; --baseline checked nothing.');
    return undefined;
  }
  const baseline = await api
    .request<ApiRunRow>('GET', `${base}/testruns/${segment(res.baselineId)}`)
    .catch((error: unknown) => {
      if (error instanceof ApiError && error.isNotFound) return undefined;
      throw error;
    });
  if (!baseline) {
    notes.push(`Baseline run ${res.baselineId} no longer exists; --baseline checked nothing.`);
    return undefined;
  }
  const gate = checkAgainstBaseline(run as RunRecord, baseline as RunRecord, pct);
  const regressed = gate.checks.filter((c) => c.regressed);
  notes.push(
    regressed.length === 0
      ? `Within ${pct}% of baseline run ${gate.baselineRunId}: ${gate.checks.map(describeCheck).join('; ')}.`
      : `Regressed beyond ${pct}% against baseline run ${gate.baselineRunId}: ${regressed.map(describeCheck).join('; ')}.`,
  );
  notes.push(...gate.notes);
  return gate;
}
