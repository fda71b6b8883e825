/**
 * POST /scenarios validation: DLT's schema first (400 INVALID_REQUEST_BODY), then the business rules of
 * createTest / scheduleTest in DLT's order, each with DLT's code and message. Rules that need stored state
 * (an existing run, the test asset in S3, cron interval/expiry against the calendar) belong to the callers.
 */
import { validateCronExpression } from './cron.js';
import { DATE_PATTERN, STRICT_TIME_PATTERN, zonedDateTimeToInstant } from './datetime.js';
import { normalizeTimeUnit } from './duration.js';
import {
  ErrorCodes,
  invalidParameter,
  requestBodyError,
  type ScenarioError,
  ScenarioValidationError,
} from './errors.js';
import { type Scenario, toLoadPlan } from './plan.js';
import { checkRegionalStacks, type RegionalStackVersions, validateTaskCountConcurrency } from './regional.js';
import {
  type ApiScenarioInput,
  type RunFileScenarioInput,
  runFileScenarioSchema,
  scenarioRequestSchema,
} from './schema.js';
import { normalizeTags } from './tags.js';
import type { ExecutionSpec, ReportingModule, ScenarioRequest } from './types.js';

export type ScenarioValidationMode = 'api' | 'run-file';

export interface ValidateScenarioOptions {
  /** `run-file` (local CLI): description, task configs and regional details optional; testType defaults to simple. */
  mode?: ScenarioValidationMode;
  /** Clock for "Schedule time must be in the future."; defaults to the current time. */
  now?: Date;
  /** Deployed stack versions; when given, the INCOMPATIBLE_REGIONAL_STACKS rule runs for test starts. */
  regionalStacks?: RegionalStackVersions;
  /** Checks one criterion; a returned message fails the body as `criteria[i]: message`. */
  criterionValidator?: (criterion: string) => string | undefined;
}

export type ScenarioValidationResult = { ok: true; scenario: Scenario } | { ok: false; error: ScenarioError };

/** What DLT writes into every Taurus config it starts, whatever the client sent. */
export const FINAL_STATS_REPORTING: Readonly<ReportingModule> = Object.freeze({
  module: 'final-stats',
  summary: true,
  percentiles: true,
  'summary-labels': true,
  'test-duration': true,
  'dump-xml': '/tmp/artifacts/results.xml',
});

export function validateScenario(
  body: unknown,
  options: ValidateScenarioOptions = {},
): ScenarioValidationResult {
  const parsed = parseBody(body, options);
  if (!parsed.ok) return parsed;
  try {
    const request = applyBusinessRules(parsed.request, parsed.hasRegionalDetails, options);
    return { ok: true, scenario: { request, plan: toLoadPlan(request) } };
  } catch (error) {
    if (error instanceof ScenarioValidationError) return { ok: false, error };
    throw error;
  }
}

type Parsed =
  | { ok: true; request: ScenarioRequest; hasRegionalDetails: boolean }
  | { ok: false; error: ScenarioError };

function parseBody(body: unknown, options: ValidateScenarioOptions): Parsed {
  const validator = options.criterionValidator;
  const result =
    options.mode === 'run-file'
      ? runFileScenarioSchema
          .superRefine((data, ctx) => checkCriteria(data.criteria, validator, ctx))
          .safeParse(body)
      : scenarioRequestSchema
          .superRefine((data, ctx) => checkCriteria(data.criteria, validator, ctx))
          .safeParse(body);
  if (!result.success) return { ok: false, error: requestBodyError(result.error.issues) };
  return {
    ok: true,
    request: withDefaults(result.data),
    hasRegionalDetails: result.data.regionalTaskDetails !== undefined,
  };
}

interface IssueSink {
  addIssue(issue: { code: 'custom'; message: string; path: PropertyKey[] }): void;
}

function checkCriteria(
  criteria: readonly string[] | undefined,
  validator: ValidateScenarioOptions['criterionValidator'],
  ctx: IssueSink,
): void {
  if (!validator || !criteria) return;
  criteria.forEach((criterion, index) => {
    const message = validator(criterion);
    if (message !== undefined) ctx.addIssue({ code: 'custom', message, path: ['criteria', index] });
  });
}

/** Server-side defaults: DLT's `setFileType`, healthyThreshold (schema), UTC, plus the run-file defaults. */
function withDefaults(data: ApiScenarioInput | RunFileScenarioInput): ScenarioRequest {
  const testType = data.testType ?? 'simple';
  return {
    ...data,
    testDescription: data.testDescription ?? data.testName,
    testType,
    // simple tests have no file, whatever was sent.
    fileType: testType === 'simple' ? 'none' : (data.fileType ?? 'script'),
    testTaskConfigs: data.testTaskConfigs ?? [],
    regionalTaskDetails: data.regionalTaskDetails ?? {},
    tags: data.tags ?? [],
    scheduleTimezone: data.scheduleTimezone ?? 'UTC',
  };
}

function applyBusinessRules(
  request: ScenarioRequest,
  hasRegionalDetails: boolean,
  options: ValidateScenarioOptions,
): ScenarioRequest {
  const scheduling = request.scheduleStep !== undefined;
  if (scheduling && !request.cronValue && !request.scheduleDate && !request.scheduleTime) {
    throw invalidParameter('Missing cronValue, scheduleDate and ScheduleTime. Cannot schedule the Test.');
  }
  const tags = normalizeTags(request.tags);
  if (request.cronValue) {
    const message = validateCronExpression(request.cronValue);
    if (message) throw new ScenarioValidationError(ErrorCodes.invalidCron, message);
  }

  // The regional checks need regionalTaskDetails, which a run file may leave out (the CLI owns task counts).
  const checkRegions = options.mode !== 'run-file' || hasRegionalDetails;
  let testTaskConfigs = request.testTaskConfigs;
  if (checkRegions && (!scheduling || request.scheduleStep === 'create')) {
    testTaskConfigs = validateTaskCountConcurrency(testTaskConfigs, request.regionalTaskDetails);
  }
  if (!scheduling && options.regionalStacks) checkRegionalStacks(testTaskConfigs, options.regionalStacks);
  if (request.scheduleStep === 'create' && !request.cronValue) {
    checkOneTimeSchedule(request, options.now ?? new Date());
  }

  // DLT only checks durations when a run starts; checking them when scheduling too fails a doomed schedule now.
  const testScenario = {
    ...request.testScenario,
    execution: normalizeDurations(request.testScenario.execution),
  };
  // DLT replaces reporting on the run path only; a schedule stores the scenario as sent.
  if (!scheduling) testScenario.reporting = [{ ...FINAL_STATS_REPORTING }];
  return { ...request, tags, testTaskConfigs, testScenario };
}

/** The one-time `create` branch: strict HH:MM (seconds refused, DLT quirk), a date, and a future instant. */
function checkOneTimeSchedule(request: ScenarioRequest, now: Date): void {
  const time = request.scheduleTime ?? '';
  const date = request.scheduleDate ?? '';
  if (!STRICT_TIME_PATTERN.test(time)) throw invalidParameter('Invalid time format. Expected format: HH:MM');
  if (!DATE_PATTERN.test(date)) throw invalidParameter('Invalid date format. Expected format: YYYY-MM-DD');
  if (zonedDateTimeToInstant(date, time, request.scheduleTimezone).getTime() <= now.getTime()) {
    throw invalidParameter('Schedule time must be in the future.');
  }
}

/**
 * DLT's `validateTimeUnit` on execution[0]: ramp-up (≥0) then hold-for (≥1). hold-for is required (DLT
 * crashes without it); a missing ramp-up stays missing and counts as 0.
 */
function normalizeDurations(execution: ExecutionSpec[]): ExecutionSpec[] {
  const [first, ...rest] = execution;
  if (!first) return execution;
  const normalized: ExecutionSpec = { ...first };
  if (first['ramp-up'] !== undefined) {
    normalized['ramp-up'] = normalizeTimeUnit(first['ramp-up'], 'ramp-up', 0);
  }
  if (first['hold-for'] === undefined) throw invalidParameter('Invalid hold-for value.');
  normalized['hold-for'] = normalizeTimeUnit(first['hold-for'], 'hold-for', 1);
  return [normalized, ...rest];
}
