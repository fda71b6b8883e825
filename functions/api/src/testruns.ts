/** /scenarios/{testId}/testruns[/{testRunId}] and /baseline: DLT's getTestRuns, deleteTestRuns and baseline. */
import {
  type HistoryRow,
  InvalidNextTokenError,
  InvalidTimestampError,
  parseIsoTimestamp,
} from '@dlt/shared/storage';
import { ApiError, conflict, idIssues, invalidBody, invalidQuery, notFound, type QueryRule } from './http.js';
import type { RouteDeps } from './ports.js';
import { requireScenario } from './scenarios.js';

export const timestampParam: QueryRule = (value) => {
  try {
    parseIsoTimestamp(value);
    return undefined;
  } catch {
    return 'Invalid ISO 8601 timestamp';
  }
};

export const limitParam: QueryRule = (value) =>
  /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 100
    ? undefined
    : 'must be an integer between 1 and 100';

function testRunNotFound(testId: string, testRunId: string) {
  return notFound('TESTRUN_NOT_FOUND', `Test run ${testRunId} not found for test ${testId}`);
}

function num(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : 0;
}

/** The results parser stores seconds; the run list reports milliseconds (DLT's `extractMetrics`). */
const ms = (value: unknown) => num(value) * 1000;

export function runSummary(run: HistoryRow): Record<string, unknown> {
  const total = (run.results?.total ?? {}) as Record<string, unknown>;
  const duration = num(total.testDuration);
  const perSecond = (value: unknown) => (duration > 0 ? num(value) / duration : 0);
  return {
    testRunId: run.testRunId,
    startTime: run.startTime,
    endTime: run.endTime,
    status: run.status ?? 'complete',
    scheduleTimezone: run.scheduleTimezone ?? 'UTC',
    requests: num(total.throughput),
    success: num(total.succ),
    errors: num(total.fail),
    requestsPerSecond: perSecond(total.throughput),
    avgResponseTime: ms(total.avg_rt),
    avgLatency: ms(total.avg_lt),
    avgConnectionTime: ms(total.avg_ct),
    avgBandwidth: perSecond(total.bytes),
    percentiles: {
      p0: ms(total.p0_0),
      p50: ms(total.p50_0),
      p90: ms(total.p90_0),
      p95: ms(total.p95_0),
      p99: ms(total.p99_0),
      p99_9: ms(total.p99_9),
      p100: ms(total.p100_0),
    },
  };
}

export interface RunsQuery {
  limit?: string;
  next_token?: string;
  start_timestamp?: string;
  end_timestamp?: string;
  latest?: string;
}

export async function getTestRuns(deps: RouteDeps, testId: string, query: RunsQuery) {
  await requireScenario(deps, testId);
  if (query.latest === 'true') {
    const page = await deps.history.listRuns(testId, { limit: 1 });
    const runs = page.items.map(runSummary);
    return { testRuns: runs, pagination: { limit: 1, next_token: null, total_count: runs.length } };
  }
  const limit = query.limit === undefined ? 20 : Number(query.limit);
  try {
    const page = await deps.history.listRuns(testId, {
      limit,
      ...(query.next_token !== undefined ? { nextToken: query.next_token } : {}),
      ...(query.start_timestamp !== undefined ? { startTimestamp: query.start_timestamp } : {}),
      ...(query.end_timestamp !== undefined ? { endTimestamp: query.end_timestamp } : {}),
    });
    return {
      testRuns: page.items.map(runSummary),
      pagination: { limit, next_token: page.nextToken, total_count: await deps.history.count(testId) },
    };
  } catch (error) {
    if (error instanceof InvalidNextTokenError) throw invalidQuery(`next_token: ${error.message}`);
    if (error instanceof InvalidTimestampError) throw invalidQuery(error.message);
    throw error;
  }
}

export async function getTestRun(deps: RouteDeps, testId: string, testRunId: string): Promise<HistoryRow> {
  const run = await deps.history.get(testId, testRunId);
  if (!run) throw testRunNotFound(testId, testRunId);
  return run;
}

function runIdsBody(body: unknown): string[] {
  if (!Array.isArray(body)) throw invalidBody('value: Invalid input: expected array');
  if (body.length === 0) throw invalidBody('value: Array must contain at least 1 element');
  const issues = body.flatMap((id, i) =>
    typeof id === 'string' ? idIssues(`${i}`, id) : [`${i}: Invalid input: expected string`],
  );
  if (issues.length > 0) throw invalidBody(issues.join('; '));
  return body as string[];
}

export async function deleteTestRuns(deps: RouteDeps, testId: string, body: unknown) {
  const ids = runIdsBody(body);
  const row = await requireScenario(deps, testId);
  if (row.baselineId !== undefined && ids.includes(row.baselineId)) {
    throw conflict(
      'BASELINE_CONFLICT',
      `Test run ${row.baselineId} is the baseline of test ${testId}. Clear the baseline before deleting it.`,
    );
  }
  // BatchWriteItem cannot tell which keys existed, so unknown ids are filtered out first.
  const unique = [...new Set(ids)];
  const existing = await Promise.all(unique.map((id) => deps.history.get(testId, id)));
  const known = unique.filter((_, i) => existing[i] !== undefined);
  const deletedCount = known.length > 0 ? await deps.history.deleteRuns(testId, known) : 0;
  return { deletedCount };
}

export async function getBaseline(deps: RouteDeps, testId: string, withData: boolean) {
  const row = await requireScenario(deps, testId);
  if (row.baselineId === undefined) {
    return { testId, baselineId: null, message: 'No baseline set for this test' };
  }
  const out: Record<string, unknown> = {
    testId,
    baselineId: row.baselineId,
    message: 'Baseline retrieved successfully',
  };
  if (!withData) return out;
  const run = await deps.history.get(testId, row.baselineId);
  if (!run) {
    out.warning = `Baseline test run ${row.baselineId} no longer exists`;
    return out;
  }
  out.testRunDetails = {
    testRunId: run.testRunId,
    startTime: run.startTime,
    endTime: run.endTime,
    status: run.status ?? 'complete',
    results: run.results ?? {},
    scheduleTimezone: run.scheduleTimezone ?? 'UTC',
  };
  return out;
}

function baselineBody(body: unknown): string {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidBody('value: Invalid input: expected object');
  }
  const issues: string[] = [];
  const extra = Object.keys(body).filter((key) => key !== 'testRunId');
  if (extra.length > 0)
    issues.push(`value: Unrecognized key(s) in object: ${extra.map((k) => `'${k}'`).join(', ')}`);
  const { testRunId } = body as { testRunId?: unknown };
  if (typeof testRunId !== 'string') issues.push('testRunId: Invalid input: expected string');
  else issues.push(...idIssues('testRunId', testRunId));
  if (issues.length > 0) throw invalidBody(issues.join('; '));
  return testRunId as string;
}

export async function setBaseline(deps: RouteDeps, testId: string, body: unknown) {
  const testRunId = baselineBody(body);
  await requireScenario(deps, testId);
  const run = await getTestRun(deps, testId, testRunId);
  const result = await deps.scenarios.setBaseline(testId, testRunId);
  if (!result.ok) throw notFound('TEST_NOT_FOUND', `Test ${testId} not found`);
  return {
    testId,
    baselineId: testRunId,
    message: 'Baseline set successfully',
    ...(result.previousBaselineId !== undefined ? { previousBaselineId: result.previousBaselineId } : {}),
    details: { testRunId, startTime: run.startTime, status: run.status ?? 'complete' },
  };
}

export async function clearBaseline(deps: RouteDeps, testId: string) {
  await requireScenario(deps, testId);
  const result = await deps.scenarios.clearBaseline(testId);
  if (!result.ok) throw notFound('TEST_NOT_FOUND', `Test ${testId} not found`);
  if (result.previousBaselineId === undefined) {
    throw new ApiError('NO_BASELINE_SET', `No baseline is set for test ${testId}`);
  }
  return {
    message: 'Baseline cleared successfully',
    testId,
    details: { previousBaselineId: result.previousBaselineId },
  };
}
