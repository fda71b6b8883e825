/**
 * Response (and small request) bodies of the API as zod schemas, for the OpenAPI document only: the handlers
 * build these shapes by hand and keep DLT's error texts, which a zod parse would not produce. Rows are loose
 * because DynamoDB items keep attributes this code does not know about, and the API returns them as stored.
 */
import { scenarioRequestSchema } from '@dlt/shared';
import { SCRIPT_EXTENSIONS, TEST_STATUSES } from '@dlt/shared/storage';
import { z } from 'zod';
import { ID_MAX_LENGTH } from '../http.js';
import { MAX_SCRIPT_BYTES } from '../script-upload.js';

export interface SchemaMeta {
  id?: string;
  description?: string;
  examples?: unknown[];
  format?: string;
  type?: string;
}

/**
 * The document's metadata. A schema registered with an `id` becomes `#/components/schemas/<id>` and its uses
 * become `$ref`s; without one, the entry only annotates (description, format). `.describe()` would write to
 * zod's global registry instead, which the generator does not read once it is given this one.
 */
export const openApiRegistry = z.registry<SchemaMeta>();

/** `.int()` would print Number.MAX_SAFE_INTEGER bounds on every counter. */
const integer = z.number().register(openApiRegistry, { type: 'integer' });

function component<T extends z.ZodType>(id: string, schema: T, meta: string | SchemaMeta = {}): T {
  openApiRegistry.add(schema, { ...(typeof meta === 'string' ? { description: meta } : meta), id });
  return schema;
}

export const ErrorBody = component('ErrorBody', z.string(), {
  description:
    'DLT\'s error body: a JSON string "CODE: message" (the bare message when DLT has no code, e.g. ' +
    'malformed JSON). Validation messages list every problem as `path.to[0].field: msg; other: msg`.',
  examples: ['TEST_NOT_FOUND: Test abc123 not found', 'Invalid JSON in request body'],
});

export const AuthError = component(
  'AuthError',
  z.object({ message: z.string() }),
  'Answered by API Gateway (or the local host) before the API runs: a missing, wrong or stale SigV4 ' +
    'signature, or a body over the payload limit.',
);

export const ResourceId = component(
  'ResourceId',
  z
    .string()
    .min(1)
    .max(ID_MAX_LENGTH)
    .regex(/^[a-zA-Z0-9-]+$/),
  'A testId or testRunId.',
);

export const TestStatus = component('TestStatus', z.enum(TEST_STATUSES));

const dltTimestamp = z
  .string()
  .register(openApiRegistry, { description: 'UTC `YYYY-MM-DD HH:MM:SS`; empty while a run has not ended.' });

export const ScenarioRequest = component(
  'ScenarioRequest',
  scenarioRequestSchema,
  "DLT's createTestSchema. Unknown fields are kept. Rules the schema language cannot express are " +
    'enforced too: name rules (3-255 characters, no control characters, no leading or trailing ' +
    'whitespace), duration syntax and limits, URLs, cron syntax, IANA time zones, calendar dates, ' +
    'execution[i].scenario naming a key of scenarios, task counts within regionalTaskDetails.',
);

const taskConfig = z.looseObject({
  region: z.string(),
  taskCount: z.union([z.number(), z.string()]),
  concurrency: z.union([z.number(), z.string()]),
});

const scenarioFields = {
  testId: z.string(),
  testName: z.string().optional(),
  testDescription: z.string().optional(),
  testType: z.string().optional(),
  fileType: z.string().optional(),
  status: TestStatus.optional(),
  errorReason: z.string().optional(),
  startTime: dltTimestamp.optional(),
  endTime: dltTimestamp.optional(),
  nextRun: z.string().optional(),
  scheduleRecurrence: z.string().optional(),
  cronValue: z.string().optional(),
  cronExpiryDate: z.string().optional(),
  scheduleTimezone: z.string().optional(),
  showLive: z.boolean().optional(),
  tags: z.array(z.string()).optional(),
  healthyThreshold: integer.optional(),
  criteria: z.array(z.string()).optional(),
  desiredTaskCount: integer.optional(),
  taskFailureCount: integer.optional(),
  results: z.record(z.string(), z.unknown()).optional(),
  baselineId: z.string().optional(),
};

export const ScenarioRow = component(
  'ScenarioRow',
  z.looseObject({
    ...scenarioFields,
    testTaskConfigs: z.array(taskConfig).optional(),
    testScenario: z
      .string()
      .optional()
      .register(openApiRegistry, { description: 'The Taurus config as a JSON string, as DLT stores it.' }),
    currentTestRunId: z.string().optional(),
  }),
  'The stored scenario row (DynamoDB ALL_NEW attributes).',
);

export const ScenarioSummary = component(
  'ScenarioSummary',
  z.object({
    testId: z.string(),
    testName: z.string().optional(),
    testDescription: z.string().optional(),
    status: TestStatus.optional(),
    startTime: dltTimestamp.optional(),
    nextRun: z.string().optional(),
    scheduleRecurrence: z.string().optional(),
    cronValue: z.string().optional(),
    scheduleTimezone: z.string().optional(),
    tags: z.array(z.string()),
    totalTestRuns: integer,
  }),
);

export const ScenarioList = component(
  'ScenarioList',
  z.object({ Items: z.array(ScenarioSummary) }),
  'Every scenario, newest start first; there is no server pagination (as in DLT).',
);

export const TestRun = component(
  'TestRun',
  z.looseObject({
    testId: z.string(),
    testRunId: z.string(),
    startTime: dltTimestamp.optional(),
    endTime: dltTimestamp.optional(),
    status: TestStatus.optional(),
    errorReason: z.string().optional(),
    testScenario: z.record(z.string(), z.unknown()).optional(),
    testDescription: z.string().optional(),
    testType: z.string().optional(),
    testTaskConfigs: z.array(taskConfig).optional(),
    scheduleTimezone: z.string().optional(),
    results: z.record(z.string(), z.unknown()).optional(),
    completeTasks: z.record(z.string(), z.number()).optional(),
    succPercent: z.string().optional(),
  }),
  'A history row: one run of a scenario, with its parsed results.',
);

const tasksPerRegion = z.object({
  region: z.string(),
  running: integer,
  pending: integer,
  desired: integer,
});

export const ScenarioDetails = component(
  'ScenarioDetails',
  z.looseObject({
    ...scenarioFields,
    testScenario: z
      .record(z.string(), z.unknown())
      .optional()
      .register(openApiRegistry, { description: 'The Taurus config, parsed.' }),
    testTaskConfigs: z
      .array(taskConfig)
      .optional()
      .register(openApiRegistry, { description: "Each entry merged with its region's infrastructure row." }),
    totalTestRuns: integer,
    tasksPerRegion: z
      .array(tasksPerRegion)
      .optional()
      .register(openApiRegistry, { description: 'Only while the test is active.' }),
    history: z
      .array(TestRun)
      .optional()
      .register(openApiRegistry, { description: 'Every run, unless history=false.' }),
  }),
  'results is `{}` when latest=false.',
);

const ms = z.number().register(openApiRegistry, { description: 'Milliseconds.' });

export const TestRunSummary = component(
  'TestRunSummary',
  z.object({
    testRunId: z.string(),
    startTime: dltTimestamp.optional(),
    endTime: dltTimestamp.optional(),
    status: z.string(),
    scheduleTimezone: z.string(),
    requests: z.number(),
    success: z.number(),
    errors: z.number(),
    requestsPerSecond: z.number(),
    avgResponseTime: ms,
    avgLatency: ms,
    avgConnectionTime: ms,
    avgBandwidth: z.number().register(openApiRegistry, { description: 'Bytes per second.' }),
    percentiles: z.object({
      p0: ms,
      p50: ms,
      p90: ms,
      p95: ms,
      p99: ms,
      p99_9: ms,
      p100: ms,
    }),
  }),
);

export const TestRunsPage = component(
  'TestRunsPage',
  z.object({
    testRuns: z.array(TestRunSummary),
    pagination: z.object({
      limit: integer,
      next_token: z
        .string()
        .nullable()
        .register(openApiRegistry, { description: 'Pass back as next_token for the next page.' }),
      total_count: integer,
    }),
  }),
);

const perSecond = z.array(integer);
const perSecondMs = z
  .array(z.number().nullable())
  .register(openApiRegistry, { description: 'Milliseconds; null in seconds without requests.' });

export const TimeSeriesColumns = component(
  'TimeSeriesColumns',
  z.object({
    t: z.array(integer).register(openApiRegistry, { description: 'Unix epoch seconds, consecutive.' }),
    vus: perSecond,
    requests: perSecond,
    errors: perSecond,
    rps: perSecond,
    bytes: perSecond,
    meanMs: perSecondMs,
    p50Ms: perSecondMs,
    p90Ms: perSecondMs,
    p95Ms: perSecondMs,
    p99Ms: perSecondMs,
    maxMs: perSecondMs,
  }),
  'Parallel columns: entry i of every array belongs to second t[i].',
);

const epochMs = z.number().register(openApiRegistry, { type: 'integer', description: 'Epoch milliseconds.' });

export const RunTimeSeries = component(
  'RunTimeSeries',
  z.object({
    schema: z.literal('dlt.timeseries.v1'),
    testId: z.string(),
    testRunId: z.string(),
    intervalSec: z.literal(1),
    startedAt: epochMs,
    endedAt: epochMs,
    partial: z.boolean(),
    latencyErrorBound: z.string(),
    total: TimeSeriesColumns,
    regions: z.record(z.string(), TimeSeriesColumns),
  }),
  "A run's per-second series, total and per region (docs/timeseries.md).",
);

export const RunArtifacts = component(
  'RunArtifacts',
  z.object({
    artifacts: z.array(
      z.object({
        key: z.string(),
        name: z
          .string()
          .register(openApiRegistry, { description: "The key relative to the run's results folder." }),
        size: integer,
        lastModified: z.string().nullable().register(openApiRegistry, { format: 'date-time' }),
        url: z.string().register(openApiRegistry, { description: 'A presigned GET, valid for 15 minutes.' }),
      }),
    ),
  }),
);

const reportLatency = z.object({
  min: ms,
  mean: ms,
  p50: ms,
  p90: ms,
  p95: ms,
  p99: ms,
  p999: ms,
  max: ms,
});

const reportMetrics = z.object({
  requests: integer,
  errors: integer,
  errorRate: z.number().register(openApiRegistry, { description: 'Percent, 0..100.' }),
  rps: z.number(),
  bytes: integer,
  latencyMs: reportLatency,
  statusCodes: z.record(z.string(), integer),
  errorMessages: z.record(z.string(), integer),
});

export const RunReport = component(
  'RunReport',
  z.looseObject({
    schema: z.literal('dlt.run-report.v1'),
    testName: z.string(),
    testId: z.string(),
    startedAt: z.string().register(openApiRegistry, { format: 'date-time' }),
    endedAt: z.string().register(openApiRegistry, { format: 'date-time' }),
    durationSec: z.number(),
    tasks: integer,
    model: z.enum(['closed', 'open']),
    targetRps: z.number().optional(),
    dropped: integer,
    total: reportMetrics,
    labels: z.record(z.string(), reportMetrics),
    series: z.array(
      z.object({
        t: z.number(),
        vus: integer,
        rps: z.number(),
        errors: integer,
        latencyMs: z.object({ mean: ms, p50: ms, p90: ms, p95: ms, p99: ms }),
      }),
    ),
    verdict: z.enum(['pass', 'fail']),
    criteria: z.array(
      z.object({
        criterion: z.string(),
        passed: z.boolean(),
        actual: z.number().nullable(),
        threshold: z.number(),
        unit: z.string(),
        message: z.string(),
      }),
    ),
    workers: z
      .array(
        z.object({ task: integer, exitCode: integer.nullable(), peakRssMb: z.number(), requests: integer }),
      )
      .register(openApiRegistry, {
        description: 'Empty for runs of the stack: per-task outcomes are not stored.',
      }),
    histogramErrorBound: z.string(),
    seriesErrorBound: z.string().optional(),
    partial: z.boolean().optional(),
  }),
  "The run report (`dlt.run-report.v1`, docs/json-report.md): the model behind `dlt run`'s outputs.",
);

export const TestRunIds = component('TestRunIds', z.array(ResourceId).min(1));
export const DeletedCount = component('DeletedCount', z.object({ deletedCount: integer }));

export const Baseline = component(
  'Baseline',
  z.object({
    testId: z.string(),
    baselineId: z.string().nullable(),
    message: z.string(),
    testRunDetails: z
      .object({
        testRunId: z.string(),
        startTime: dltTimestamp.optional(),
        endTime: dltTimestamp.optional(),
        status: z.string(),
        results: z.record(z.string(), z.unknown()),
        scheduleTimezone: z.string(),
      })
      .optional()
      .register(openApiRegistry, { description: 'Omitted when data=false.' }),
    warning: z
      .string()
      .optional()
      .register(openApiRegistry, { description: 'Set when the baseline run no longer exists.' }),
  }),
);

export const SetBaselineRequest = component('SetBaselineRequest', z.strictObject({ testRunId: ResourceId }));

export const BaselineSet = component(
  'BaselineSet',
  z.object({
    testId: z.string(),
    baselineId: z.string(),
    message: z.string(),
    previousBaselineId: z.string().optional(),
    details: z.object({ testRunId: z.string(), startTime: dltTimestamp.optional(), status: z.string() }),
  }),
);

export const BaselineCleared = component(
  'BaselineCleared',
  z.object({
    message: z.string(),
    testId: z.string(),
    details: z.object({ previousBaselineId: z.string() }),
  }),
);

const scriptExtensions = [...new Set(Object.values(SCRIPT_EXTENSIONS).flat())] as [string, ...string[]];

export const ScriptUploadRequest = component(
  'ScriptUploadRequest',
  z.strictObject({
    testType: z.enum(Object.keys(SCRIPT_EXTENSIONS) as [keyof typeof SCRIPT_EXTENSIONS]),
    extension: z.enum(scriptExtensions).register(openApiRegistry, {
      description: 'Checked against testType: jmeter jmx|zip, k6 js|ts|zip, locust py|zip.',
    }),
    contentLength: z
      .number()
      .int()
      .min(1)
      .max(MAX_SCRIPT_BYTES)
      .register(openApiRegistry, { description: 'Bytes; signed into the URL.' }),
  }),
);

export const ScriptUpload = component(
  'ScriptUpload',
  z.object({
    key: z.string(),
    url: z.string(),
    method: z.literal('PUT'),
    headers: z
      .record(z.string(), z.string())
      .register(openApiRegistry, { description: 'Send exactly these: they are part of the signature.' }),
    expiresAt: z.string().register(openApiRegistry, { format: 'date-time' }),
  }),
  'A presigned S3 PUT for the test script, valid for 15 minutes.',
);

export const Regions = component(
  'Regions',
  z.object({
    regions: z.array(
      z.looseObject({
        region: z.string(),
        compatible: z.boolean(),
        incompatibilityReason: z.string().nullable().optional(),
        version: z.string().optional(),
      }),
    ),
    url: z
      .string()
      .register(openApiRegistry, { description: 'The regional stack template URL (empty in local mode).' }),
  }),
);

export const Tasks = component(
  'Tasks',
  z.array(z.object({ region: z.string(), taskArns: z.array(z.string()) })),
);

export const VcpuDetails = component(
  'VcpuDetails',
  z.record(z.string(), z.object({ vCPULimit: z.number(), vCPUsInUse: z.number(), vCPUsPerTask: z.number() })),
  'Keyed by region.',
);

export const StackInfo = component(
  'StackInfo',
  z.looseObject({
    created_time: z.string().optional(),
    region: z.string().optional(),
    version: z.string().optional(),
    mcp_endpoint: z.string().optional(),
    deployment_id: z.string().optional(),
    account_id: z.string().optional(),
    deployment_method: z.string().optional(),
    stack_id: z.string().optional(),
    solution_template: z.string().optional(),
    latest_version: z.string().optional(),
    is_update_available: z.boolean().optional(),
  }),
);

export const LiveDataAttachment = component(
  'LiveDataAttachment',
  z.object({ identityId: z.string(), policyName: z.string() }),
);

export const CancelAccepted = component('CancelAccepted', z.literal('test cancelling'));
export const Deleted = component('Deleted', z.literal('success'));

export const OpenApiDocument = component(
  'OpenApiDocument',
  z.looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) }),
  'This document.',
);
