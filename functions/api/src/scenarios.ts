/** GET /scenarios, GET/POST/DELETE /scenarios/{testId}: DLT's listTests, getTest, cancelTest, deleteTest. */
import type { ScenarioRow, ScenarioSummary, TestStatus } from '@dlt/shared/storage';
import { CURRENT_RUN_ATTRIBUTE, IDLE_STATUSES, testRunningError } from './create-test.js';
import { json, notFound, RawResult } from './http.js';
import type { RouteDeps } from './ports.js';
import { deleteTestSchedules } from './schedule.js';

/** While these last, GET /scenarios/{testId} reports the ECS task counts per region. */
const ACTIVE_STATUSES: readonly TestStatus[] = ['provisioning', 'running', 'cancelling', 'cleaning up'];

export const MAX_TAGS_QUERY_LENGTH = 500;

export function testNotFound(testId: string) {
  return notFound('TEST_NOT_FOUND', `Test ${testId} not found`);
}

export async function requireScenario(deps: RouteDeps, testId: string): Promise<ScenarioRow> {
  const row = await deps.scenarios.get(testId);
  if (!row) throw testNotFound(testId);
  return row;
}

/**
 * The list's JSON by list instance. A store that hands out one frozen list until the next write (local mode's
 * write-through cache) gets it serialized once, not once per call: with 1,000 scenarios that is most of a
 * cached GET /scenarios. A store that answers a new array each time (DynamoDB on AWS) just misses.
 */
const serializedLists = new WeakMap<readonly ScenarioSummary[], string>();

export async function listTests(deps: RouteDeps, tags: string | undefined): Promise<RawResult> {
  const filter = tags === undefined ? [] : tags.split(',');
  const items = await deps.scenarios.list({ tags: filter });
  let body = Object.isFrozen(items) ? serializedLists.get(items) : undefined;
  if (body === undefined) {
    body = JSON.stringify({ Items: items });
    if (Object.isFrozen(items)) serializedLists.set(items, body);
  }
  return new RawResult({ ...json(200, null), body });
}

function parseScenario(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function getTest(
  deps: RouteDeps,
  testId: string,
  opts: { history: boolean; latest: boolean },
): Promise<Record<string, unknown>> {
  const row = await requireScenario(deps, testId);
  const configs = row.testTaskConfigs ?? [];
  const infra = await Promise.all(configs.map((c) => deps.scenarios.getRegion(c.region)));
  const out: Record<string, unknown> = {
    ...row,
    testScenario: parseScenario(row.testScenario),
    testTaskConfigs: configs.map((config, i) => ({ ...(infra[i] ?? {}), ...config })),
    totalTestRuns: await deps.history.count(testId),
  };
  if (!opts.latest) out.results = {};
  if (row.status !== undefined && ACTIVE_STATUSES.includes(row.status)) {
    const regions = configs.map((c) => c.region);
    out.tasksPerRegion = deps.regions.tasksPerRegion
      ? await deps.regions.tasksPerRegion(testId, regions)
      : regions.map((region) => ({ region, running: 0, pending: 0, desired: 0 }));
  }
  if (opts.history) out.history = await deps.history.listAll(testId);
  return out;
}

/**
 * DLT sets `cancelling` optimistically and lets the canceler finish. An idle test (finished, saved, scheduled)
 * is left alone: writing `cancelling` over it would leave a status nothing ever clears.
 */
export async function cancelTest(deps: RouteDeps, testId: string): Promise<string> {
  const row = await requireScenario(deps, testId);
  if (row.status !== undefined && IDLE_STATUSES.includes(row.status)) {
    deps.logger.info('cancel ignored: test not running', { testId, status: row.status });
    return 'test cancelling';
  }
  const updated = await deps.scenarios.updateStatus(testId, 'cancelling');
  if (!updated.ok) {
    if (updated.reason === 'not-found') throw testNotFound(testId);
    deps.logger.info('cancel ignored: test not running', { testId, status: updated.currentStatus });
    return 'test cancelling';
  }
  const testRunId = row[CURRENT_RUN_ATTRIBUTE];
  if (typeof testRunId === 'string') await deps.runs.cancel(testId, testRunId);
  else deps.logger.warn('cancel: no current run recorded', { testId });
  return 'test cancelling';
}

/** Deletes the row, its history and its schedules (`{testId}Create`, `{testId}Scheduled`); S3 objects stay, as in DLT. */
export async function deleteTest(deps: RouteDeps, testId: string): Promise<string> {
  const deleted = await deps.scenarios.delete(testId, { ifStatusIn: IDLE_STATUSES });
  if (!deleted.ok) {
    if (deleted.reason === 'not-found') throw testNotFound(testId);
    throw testRunningError(testId, deleted.currentStatus);
  }
  await deps.history.deleteAllForTest(testId);
  await deleteTestSchedules(deps, testId);
  return 'success';
}
