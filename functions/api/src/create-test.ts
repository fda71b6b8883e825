/** POST /scenarios: DLT's createTest (create, update, re-run), saveOnly, and scheduling (see schedule.ts). */
import {
  generateTestId,
  parseCriterion,
  type Scenario,
  type ScenarioRequest,
  validateScenario,
} from '@dlt/shared';
import {
  type RegionRow,
  runPrefix,
  type ScenarioRow,
  type StoredTaskConfig,
  type TestStatus,
  taskConfigKey,
  toDltTimestamp,
} from '@dlt/shared/storage';
import { ApiError, conflict } from './http.js';
import type { RouteDeps, RunStartInput, RunTaskConfig } from './ports.js';
import { scheduledRunOutcome, scheduleTest } from './schedule.js';
import { checkUploadedScriptArchive } from './script-archive-check.js';

/** The statuses in which a scenario may be edited, re-run, saved or deleted (DLT's TEST_RUNNING rule). */
export const IDLE_STATUSES: readonly TestStatus[] = [
  'complete',
  'cancelled',
  'failed',
  'scheduled',
  'created',
];

/**
 * Where the run being executed is recorded on the scenario row. DLT finds it by listing Step Functions
 * executions; the RunStarter port takes the id instead.
 */
export const CURRENT_RUN_ATTRIBUTE = 'currentTestRunId';

export function testRunningError(testId: string, status: string | undefined): ApiError {
  return conflict(
    'TEST_RUNNING',
    `Test ${testId} is ${status ?? 'running'}. Wait for it to finish or cancel it first.`,
  );
}

function criterionMessage(criterion: string): string | undefined {
  try {
    parseCriterion(criterion);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The stored row, or DLT's "Cron Expiry Reached" when a recurring schedule fired after its expiry. */
export async function createTest(deps: RouteDeps, body: unknown): Promise<ScenarioRow | string> {
  const regionalStacks = await deps.regions.stackVersions?.();
  const result = validateScenario(body, {
    mode: 'api',
    now: deps.now(),
    criterionValidator: criterionMessage,
    ...(regionalStacks ? { regionalStacks } : {}),
  });
  if (!result.ok) throw result.error;
  const { request } = result.scenario;
  const testId = request.testId ?? generateTestId();
  await checkUploadedScriptArchive(deps, testId, request);
  const existing = await deps.scenarios.get(testId);
  const idle = existing?.status === undefined || IDLE_STATUSES.includes(existing.status);
  if (request.scheduleStep !== undefined) {
    return scheduleTest({
      deps,
      testId,
      scenario: result.scenario,
      body: body as Record<string, unknown>,
      existing,
      idle,
      baseRow: () => scenarioFields(testId, request, existing),
      save: (row) => writeRow(deps, row),
      runningError: () => testRunningError(testId, existing?.status),
    });
  }
  if (!idle) throw testRunningError(testId, existing?.status);
  if (request.saveOnly === true) return saveOnly(deps, testId, request, existing);
  const schedule = await scheduledRunOutcome(deps, testId, request, existing);
  if (schedule.expired) return schedule.message;
  return startRun(deps, testId, result.scenario, existing, schedule.fields);
}

/** The fields both paths write; unknown attributes of an existing row (baseline, counters…) survive. */
function scenarioFields(
  testId: string,
  request: ScenarioRequest,
  existing: ScenarioRow | undefined,
): ScenarioRow {
  const { errorReason: _dropped, ...kept } = existing ?? { testId };
  return {
    ...kept,
    testId,
    testName: request.testName,
    testDescription: request.testDescription,
    testType: request.testType,
    fileType: request.fileType,
    testTaskConfigs: request.testTaskConfigs.map((c) => ({ ...c }) as StoredTaskConfig),
    testScenario: storableJson(request.testScenario),
    showLive: request.showLive ?? false,
    tags: request.tags,
    healthyThreshold: request.healthyThreshold,
    scheduleTimezone: request.scheduleTimezone,
    ...(request.criteria ? { criteria: request.criteria } : {}),
  };
}

/** Input the validator lets through can still be unstorable; that is the caller's error, not a 500. */
function storableJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new ApiError('InvalidParameter', 'testScenario is nested too deeply to store', 400);
    }
    throw error;
  }
}

/** DLT turns DynamoDB's complaints about an item into 400 InvalidParameter; so do we, with a clearer text. */
function asInvalidParameter(error: unknown): ApiError | undefined {
  const e = error as { name?: string; message?: string };
  const message = e.message ?? '';
  if (e.name === 'ValidationException' && /item size/i.test(message)) {
    return new ApiError('InvalidParameter', 'The scenario is too large to store (at most 400 KB)', 400);
  }
  if (e.name === 'ValidationException') return new ApiError('InvalidParameter', message, 400);
  if (/MAX_SAFE_INTEGER|MIN_SAFE_INTEGER/.test(message)) {
    return new ApiError('InvalidParameter', 'Numbers must be at most 9007199254740991', 400);
  }
  return undefined;
}

async function writeRow(deps: RouteDeps, row: ScenarioRow): Promise<void> {
  // The conditional put closes the race between the status read above and this write.
  let written: Awaited<ReturnType<RouteDeps['scenarios']['put']>>;
  try {
    written = await deps.scenarios.put(row, { ifStatusIn: IDLE_STATUSES });
  } catch (error) {
    throw asInvalidParameter(error) ?? error;
  }
  if (!written.ok) {
    throw testRunningError(row.testId, written.reason === 'refused' ? written.currentStatus : undefined);
  }
}

async function saveOnly(
  deps: RouteDeps,
  testId: string,
  request: ScenarioRequest,
  existing: ScenarioRow | undefined,
): Promise<ScenarioRow> {
  const row = scenarioFields(testId, request, existing);
  row.status = existing?.status ?? 'created';
  await writeRow(deps, row);
  return row;
}

async function startRun(
  deps: RouteDeps,
  testId: string,
  scenario: Scenario,
  existing: ScenarioRow | undefined,
  scheduleFields: Partial<ScenarioRow>,
): Promise<ScenarioRow> {
  const { request, plan } = scenario;
  const now = deps.now();
  const testRunId = generateTestId();
  const prefix = runPrefix(testRunId, now);

  const row = scenarioFields(testId, request, existing);
  Object.assign(row, {
    status: 'queued',
    startTime: toDltTimestamp(now),
    endTime: '',
    results: {},
    taskFailureCount: 0,
    desiredTaskCount: request.testTaskConfigs.reduce((sum, c) => sum + c.taskCount, 0),
    [CURRENT_RUN_ATTRIBUTE]: testRunId,
    ...scheduleFields,
  });
  // The row first: when it cannot be stored, nothing else is written.
  await writeRow(deps, row);

  const infra = await Promise.all(request.testTaskConfigs.map((c) => deps.scenarios.getRegion(c.region)));
  const testTaskConfig: RunTaskConfig[] = request.testTaskConfigs.map((config, i) => ({
    ...(infra[i] ?? {}),
    ...config,
  }));
  const hub = infra.find((r): r is RegionRow => typeof r?.taskDefinition === 'string');
  const input: RunStartInput = {
    testTaskConfig,
    ...(hub?.taskDefinition ? { hubTaskDefinition: hub.taskDefinition } : {}),
    testId,
    testType: request.testType,
    fileType: request.fileType,
    showLive: request.showLive ?? false,
    testDuration: plan.durationSec,
    prefix,
    testRunId,
  };
  try {
    // One Taurus config per region, with that region's counts in execution[0] (DLT's S3 layout).
    await Promise.all(
      request.testTaskConfigs.map((config) => {
        const [first, ...rest] = request.testScenario.execution;
        const execution = [
          { ...first, taskCount: config.taskCount, concurrency: config.concurrency },
          ...rest,
        ];
        return deps.objects.putJson(taskConfigKey(testId, config.region), {
          ...request.testScenario,
          execution,
        });
      }),
    );
    const { executionId } = await deps.runs.start(input);
    deps.logger.info('run started', { testId, testRunId, executionId });
  } catch (error) {
    // A queued row that nothing will ever advance would block edits and deletes for good.
    deps.logger.error('run start failed', { testId, testRunId, error });
    await deps.scenarios.updateStatus(testId, 'failed', { errorReason: 'Failed to start the test run' });
    throw error;
  }
  return row;
}
