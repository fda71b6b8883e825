/**
 * The API's operations as data. Kept apart from the handler's route table on purpose: the document test
 * compares the two, so a route added to one side only fails a test instead of silently going undocumented.
 */
import { z } from 'zod';
import { MAX_TAGS_QUERY_LENGTH } from '../scenarios.js';
import * as s from './schemas.js';
import { openApiRegistry } from './schemas.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'delete';

/** Error statuses an operation can answer, beyond the 400/403/500 every operation can. */
export type ExtraError = 404 | 409 | 413 | 501;

export interface QueryParam {
  name: string;
  description: string;
  schema: z.ZodType;
}

export interface Operation {
  method: HttpMethod;
  /** OpenAPI form: `/scenarios/{testId}`. */
  path: string;
  operationId: string;
  tag: 'Scenarios' | 'Test runs' | 'Baseline' | 'Capacity' | 'Meta';
  summary: string;
  description?: string;
  query?: QueryParam[];
  body?: { schema: z.ZodType; description: string };
  ok: { schema: z.ZodType; description: string };
  /** Other media types the 200 can be, by `format`: a description each (the body is not JSON). */
  okAlternatives?: Record<string, string>;
  errors?: ExtraError[];
}

const boolean = (description: string, defaultValue: boolean): QueryParam => ({
  name: '',
  description,
  schema: z.enum(['true', 'false']).default(defaultValue ? 'true' : 'false'),
});
const isoTimestamp = z.string().register(openApiRegistry, { format: 'date-time' });
const named = (name: string, param: QueryParam): QueryParam => ({ ...param, name });

const REGIONS_DESCRIPTION =
  'Each registered regional stack (a local pool in local mode) with its compatibility verdict.';

export const OPERATIONS: readonly Operation[] = [
  {
    method: 'get',
    path: '/regions',
    operationId: 'listRegions',
    tag: 'Capacity',
    summary: 'List regions',
    description: REGIONS_DESCRIPTION,
    ok: { schema: s.Regions, description: 'The regions and the regional template URL.' },
  },
  {
    method: 'get',
    path: '/stack-info',
    operationId: 'getStackInfo',
    tag: 'Meta',
    summary: 'Describe the deployment',
    ok: { schema: s.StackInfo, description: 'Version, region and deployment details.' },
  },
  {
    method: 'get',
    path: '/tasks',
    operationId: 'listTasks',
    tag: 'Capacity',
    summary: 'List running tasks per region',
    ok: { schema: s.Tasks, description: 'Every task in each registered region.' },
  },
  {
    method: 'get',
    path: '/vCPUDetails',
    operationId: 'getVcpuDetails',
    tag: 'Capacity',
    summary: 'vCPU quota and use per region',
    ok: { schema: s.VcpuDetails, description: 'Limit, in use and per task, per region.' },
  },
  {
    method: 'get',
    path: '/scenarios',
    operationId: 'listScenarios',
    tag: 'Scenarios',
    summary: 'List scenarios',
    description: 'With `op=listRegions`, answers what `GET /regions` answers instead.',
    query: [
      {
        name: 'tags',
        description: 'Comma-separated tags; a scenario matches if it has any of them (after normalizing).',
        schema: z.string().max(MAX_TAGS_QUERY_LENGTH),
      },
      { name: 'op', description: "DLT's legacy region listing.", schema: z.enum(['listRegions']) },
    ],
    ok: { schema: s.ScenarioList, description: 'The scenarios (or, with op=listRegions, a Regions body).' },
  },
  {
    method: 'post',
    path: '/scenarios',
    operationId: 'createScenario',
    tag: 'Scenarios',
    summary: 'Create, update or re-run a scenario',
    description:
      'Without `testId` a scenario is created; with the `testId` of an idle scenario it is replaced. ' +
      'The scenario then runs at once, unless `saveOnly` is true (stored with status `created`, or its ' +
      'current status if it exists). `scheduleStep` answers 501 until scheduling exists.',
    body: { schema: s.ScenarioRequest, description: 'The full scenario.' },
    ok: { schema: s.ScenarioRow, description: 'The stored row.' },
    errors: [409, 413, 501],
  },
  {
    method: 'get',
    path: '/scenarios/{testId}',
    operationId: 'getScenario',
    tag: 'Scenarios',
    summary: 'Get a scenario',
    query: [
      named('history', boolean('Include every run under `history`.', true)),
      named('latest', boolean('`false` blanks `results`.', true)),
    ],
    ok: { schema: s.ScenarioDetails, description: 'The scenario with its parsed config.' },
    errors: [404],
  },
  {
    method: 'post',
    path: '/scenarios/{testId}',
    operationId: 'cancelScenario',
    tag: 'Scenarios',
    summary: 'Cancel the running test',
    description: 'The body is ignored but must be JSON if present. An idle scenario is left unchanged.',
    ok: { schema: s.CancelAccepted, description: 'Cancellation requested.' },
    errors: [404, 413],
  },
  {
    method: 'delete',
    path: '/scenarios/{testId}',
    operationId: 'deleteScenario',
    tag: 'Scenarios',
    summary: 'Delete a scenario and its runs',
    description: '409 `TEST_RUNNING` unless the status is complete, cancelled, failed, scheduled or created.',
    ok: { schema: s.Deleted, description: 'Deleted.' },
    errors: [404, 409],
  },
  {
    method: 'get',
    path: '/scenarios/{testId}/testruns',
    operationId: 'listTestRuns',
    tag: 'Test runs',
    summary: 'List runs, newest first',
    query: [
      { name: 'limit', description: 'Page size.', schema: z.number().int().min(1).max(100).default(20) },
      { name: 'next_token', description: 'From the previous page.', schema: z.string() },
      {
        name: 'start_timestamp',
        description: 'Runs started at or after (ISO 8601).',
        schema: isoTimestamp,
      },
      {
        name: 'end_timestamp',
        description: 'Runs started at or before (ISO 8601).',
        schema: isoTimestamp,
      },
      named('latest', boolean('Only the newest run (one item, no next page).', false)),
    ],
    ok: { schema: s.TestRunsPage, description: 'One page of run summaries.' },
    errors: [404],
  },
  {
    method: 'delete',
    path: '/scenarios/{testId}/testruns',
    operationId: 'deleteTestRuns',
    tag: 'Test runs',
    summary: 'Delete runs',
    description: 'Unknown ids are skipped. 409 `BASELINE_CONFLICT` if the baseline is among them.',
    body: { schema: s.TestRunIds, description: 'The testRunIds to delete.' },
    ok: { schema: s.DeletedCount, description: 'How many runs were deleted.' },
    errors: [404, 409, 413],
  },
  {
    method: 'get',
    path: '/scenarios/{testId}/testruns/{testRunId}',
    operationId: 'getTestRun',
    tag: 'Test runs',
    summary: 'Get one run',
    ok: { schema: s.TestRun, description: 'The raw history row.' },
    errors: [404],
  },
  {
    method: 'get',
    path: '/scenarios/{testId}/testruns/{testRunId}/timeseries',
    operationId: 'getTestRunTimeseries',
    tag: 'Test runs',
    summary: 'Get the per-second series of a run',
    description:
      'Not in DLT. The series the results parser stores (docs/timeseries.md). 404 `TESTRUN_NOT_FOUND` when ' +
      'the run does not exist, 404 `TIMESERIES_NOT_FOUND` until its results are parsed.',
    ok: { schema: s.RunTimeSeries, description: 'Total and per region, one entry per second.' },
    errors: [404],
  },
  {
    method: 'get',
    path: '/scenarios/{testId}/testruns/{testRunId}/artifacts',
    operationId: 'listTestRunArtifacts',
    tag: 'Test runs',
    summary: "List a run's result files",
    description:
      "Not in DLT. Every object in the run's results folder (task artifacts, completion markers, merged " +
      'histograms, series and verdict), each with a download URL valid for 15 minutes.',
    ok: { schema: s.RunArtifacts, description: 'The files, in key order.' },
    errors: [404],
  },
  {
    method: 'get',
    path: '/scenarios/{testId}/testruns/{testRunId}/report',
    operationId: 'getTestRunReport',
    tag: 'Test runs',
    summary: 'Get the run report (JSON or HTML)',
    description:
      'Not in DLT. The report `dlt run` writes, built from the stored results and the per-second series: ' +
      '`format=json` (default) is the `dlt.run-report.v1` document (docs/json-report.md), `format=html` the ' +
      'same self-contained HTML page (no scripts, no network references). 404 `TEST_NOT_FOUND` or ' +
      '`TESTRUN_NOT_FOUND`; 409 `NOT_TERMINAL` while the run has no results yet; 404 `RESULTS_NOT_FOUND` ' +
      'for a run that ended without results.',
    query: [
      {
        name: 'format',
        description: 'json (default) or html.',
        schema: z.enum(['json', 'html']).default('json'),
      },
      named(
        'download',
        boolean('Adds `Content-Disposition: attachment; filename="<testId>-<testRunId>.<format>"`.', false),
      ),
    ],
    ok: { schema: s.RunReport, description: 'The report.' },
    okAlternatives: { 'text/html': 'With format=html: the HTML report (UTF-8).' },
    errors: [404, 409],
  },
  {
    method: 'get',
    path: '/scenarios/{testId}/baseline',
    operationId: 'getBaseline',
    tag: 'Baseline',
    summary: 'Get the baseline run',
    query: [named('data', boolean('Include `testRunDetails`.', true))],
    ok: { schema: s.Baseline, description: 'The baseline, or `baselineId: null`.' },
    errors: [404],
  },
  {
    method: 'put',
    path: '/scenarios/{testId}/baseline',
    operationId: 'setBaseline',
    tag: 'Baseline',
    summary: 'Set the baseline run',
    body: { schema: s.SetBaselineRequest, description: 'The run to compare later runs against.' },
    ok: { schema: s.BaselineSet, description: 'The new baseline.' },
    errors: [404, 413],
  },
  {
    method: 'delete',
    path: '/scenarios/{testId}/baseline',
    operationId: 'clearBaseline',
    tag: 'Baseline',
    summary: 'Clear the baseline',
    description: '400 `NO_BASELINE_SET` when there is none.',
    ok: { schema: s.BaselineCleared, description: 'The baseline was cleared.' },
    errors: [404],
  },
  {
    method: 'post',
    path: '/scenarios/{testId}/script',
    operationId: 'presignScriptUpload',
    tag: 'Scenarios',
    summary: 'Get an upload URL for the test script',
    description: 'Not in DLT: its console uploads with S3 credentials of its own. At most 50 MB.',
    body: { schema: s.ScriptUploadRequest, description: 'What will be uploaded.' },
    ok: { schema: s.ScriptUpload, description: 'Where and how to PUT the script.' },
    errors: [413],
  },
  {
    method: 'post',
    path: '/iot/attach',
    operationId: 'attachLiveDataPolicy',
    tag: 'Meta',
    summary: "Let the caller's Cognito identity receive live data",
    description:
      "Not in DLT: attaches the deployment's live-data IoT policy to the caller's own Cognito identity (the " +
      'console calls it after sign-in, before opening its MQTT WebSocket). 403 without identity-pool credentials.',
    ok: { schema: s.LiveDataAttachment, description: 'The identity and the policy now attached to it.' },
    errors: [501],
  },
  {
    method: 'get',
    path: '/openapi.json',
    operationId: 'getOpenApiDocument',
    tag: 'Meta',
    summary: 'This OpenAPI document',
    ok: { schema: s.OpenApiDocument, description: 'OpenAPI 3.1.' },
  },
];
