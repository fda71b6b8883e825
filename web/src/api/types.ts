/**
 * The API's shapes as the console reads them (docs/openapi.json). Hand-written rather than generated: the
 * console only needs the fields it shows, and every field the server may omit is optional here.
 */
export type TestStatus =
  | 'created'
  | 'scheduled'
  | 'queued'
  | 'provisioning'
  | 'running'
  | 'parsing results'
  | 'cleaning up'
  | 'cancelling'
  | 'cancelled'
  | 'complete'
  | 'failed';

export const ACTIVE_STATUSES: ReadonlySet<string> = new Set([
  'queued',
  'provisioning',
  'running',
  'parsing results',
  'cleaning up',
  'cancelling',
]);
/** DLT lets a scenario be edited, deleted or re-run only in these states. */
export const TERMINAL_STATUSES: ReadonlySet<string> = new Set([
  'complete',
  'cancelled',
  'failed',
  'scheduled',
  'created',
]);

export type TestType = 'simple' | 'jmeter' | 'k6' | 'locust';

export interface ScenarioSummary {
  testId: string;
  testName?: string;
  testDescription?: string;
  status?: TestStatus;
  startTime?: string;
  nextRun?: string;
  scheduleRecurrence?: string;
  cronValue?: string;
  scheduleTimezone?: string;
  tags: string[];
  totalTestRuns: number;
}

export interface TaskConfig {
  region: string;
  taskCount: number | string;
  concurrency: number | string;
}

export interface HttpRequestSpec {
  label?: string;
  url: string;
  method: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface ExecutionSpec {
  concurrency?: number | string;
  'ramp-up'?: string | number;
  'hold-for'?: string | number;
  throughput?: number;
  iterations?: number;
  scenario?: string;
  executor?: string;
  taskCount?: number;
}

export interface TaurusConfig {
  execution: ExecutionSpec[];
  scenarios?: Record<string, { requests?: HttpRequestSpec[]; script?: string }>;
  [key: string]: unknown;
}

/** One scope of `results` (DLT's field names; times in seconds). */
export interface ScopeStats {
  avg_rt?: number;
  stdev_rt?: number;
  avg_lt?: number | null;
  avg_ct?: number | null;
  p0_0?: number;
  p50_0?: number;
  p90_0?: number;
  p95_0?: number;
  p99_0?: number;
  p99_9?: number;
  p100_0?: number;
  throughput?: number;
  succ?: number;
  fail?: number;
  bytes?: number;
  concurrency?: number;
  testDuration?: number;
  rps?: number;
  errorRate?: number;
  rc?: Array<{ code: string; count: number }>;
  statusCodes?: Record<string, number>;
  errorMessages?: Record<string, number>;
  label?: string;
  labels?: ScopeStats[];
  peakVus?: number;
  tasks?: number;
  partial?: boolean;
}

export interface CriterionOutcome {
  criterion: string;
  passed: boolean;
  actual: number | null;
  threshold: number;
  unit: string;
  message: string;
  failsRun: boolean;
}

export interface RunVerdict {
  result: 'pass' | 'fail' | 'none';
  criteria: CriterionOutcome[];
  invalid?: string[];
  partial: boolean;
}

export interface TestRun {
  testId: string;
  testRunId: string;
  status?: TestStatus;
  startTime?: string;
  endTime?: string;
  errorReason?: string;
  scheduleTimezone?: string;
  succPercent?: string;
  results?: Record<string, ScopeStats | undefined>;
  completeTasks?: Record<string, number>;
  testTaskConfigs?: TaskConfig[];
  testScenario?: TaurusConfig;
  testType?: string;
  verdict?: RunVerdict;
}

export interface ScenarioDetails {
  testId: string;
  testName?: string;
  testDescription?: string;
  testType?: TestType;
  fileType?: string;
  status?: TestStatus;
  errorReason?: string;
  startTime?: string;
  endTime?: string;
  nextRun?: string;
  cronValue?: string;
  cronExpiryDate?: string;
  scheduleRecurrence?: string;
  scheduleTimezone?: string;
  showLive?: boolean;
  tags?: string[];
  criteria?: string[];
  healthyThreshold?: number;
  baselineId?: string;
  taskFailureCount?: number;
  totalTestRuns: number;
  testScenario?: TaurusConfig;
  testTaskConfigs?: TaskConfig[];
  tasksPerRegion?: Array<{ region: string; running: number; pending: number; desired: number }>;
  results?: Record<string, ScopeStats | undefined>;
  currentTestRunId?: string;
  history?: TestRun[];
}

export interface Percentiles {
  p0: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  p99_9: number;
  p100: number;
}

export interface TestRunSummary {
  testRunId: string;
  startTime?: string;
  endTime?: string;
  status: string;
  scheduleTimezone: string;
  requests: number;
  success: number;
  errors: number;
  requestsPerSecond: number;
  avgResponseTime: number;
  avgLatency: number;
  avgConnectionTime: number;
  avgBandwidth: number;
  percentiles: Percentiles;
}

export interface TestRunsPage {
  testRuns: TestRunSummary[];
  pagination: { limit: number; next_token: string | null; total_count: number };
}

export interface BaselineInfo {
  testId: string;
  baselineId: string | null;
  message: string;
  warning?: string;
  testRunDetails?: {
    testRunId: string;
    startTime?: string;
    endTime?: string;
    status: string;
    results: Record<string, ScopeStats | undefined>;
    scheduleTimezone: string;
  };
}

export interface StackInfo {
  created_time?: string;
  region?: string;
  version?: string;
  mcp_endpoint?: string;
  deployment_id?: string;
  account_id?: string;
  deployment_method?: string;
  stack_id?: string;
  solution_template?: string;
  latest_version?: string;
  is_update_available?: boolean;
  /** Local mode (and our AWS stacks): the MQTT-over-WebSocket URL for live data. */
  live_data_endpoint?: string;
}

export interface RegionInfo {
  region: string;
  version?: string;
  compatible: boolean;
  incompatibilityReason?: string | null;
}

export interface RegionsResponse {
  regions: RegionInfo[];
  url: string;
}

export type VcpuDetails = Record<string, { vCPULimit: number; vCPUsInUse: number; vCPUsPerTask: number }>;

export type TasksResponse = Array<{ region: string; taskArns: string[] }>;

export interface ScriptUpload {
  key: string;
  url: string;
  method: 'PUT';
  headers: Record<string, string>;
  expiresAt: string;
}

export interface RunArtifact {
  key: string;
  name: string;
  size: number;
  lastModified: string | null;
  url: string;
}

export interface TimeSeriesColumns {
  t: number[];
  vus: number[];
  requests: number[];
  errors: number[];
  rps: number[];
  bytes: number[];
  meanMs: Array<number | null>;
  p50Ms: Array<number | null>;
  p90Ms: Array<number | null>;
  p95Ms: Array<number | null>;
  p99Ms: Array<number | null>;
  maxMs: Array<number | null>;
}

export interface RunTimeSeries {
  schema: 'dlt.timeseries.v1';
  testId: string;
  testRunId: string;
  intervalSec: number;
  startedAt: number;
  endedAt: number;
  partial: boolean;
  latencyErrorBound: string;
  total: TimeSeriesColumns;
  regions: Record<string, TimeSeriesColumns>;
}

/** The POST /scenarios body the console sends. */
export interface ScenarioRequestBody {
  testId?: string;
  testName: string;
  testDescription: string;
  testType: TestType;
  fileType?: 'none' | 'script' | 'zip';
  testTaskConfigs: TaskConfig[];
  testScenario: TaurusConfig;
  regionalTaskDetails: Record<string, { dltAvailableTasks: number }>;
  showLive?: boolean;
  tags?: string[];
  criteria?: string[];
  healthyThreshold?: number;
  saveOnly?: boolean;
  scheduleStep?: 'create' | 'start';
  scheduleDate?: string;
  scheduleTime?: string;
  cronValue?: string;
  cronExpiryDate?: string;
  scheduleTimezone?: string;
}
