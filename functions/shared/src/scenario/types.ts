/**
 * The normalised POST /scenarios body. Objects DLT passes through keep their unknown keys (index
 * signatures); numbers sent as digit strings are numbers here.
 */

export const TEST_TYPES = ['simple', 'jmeter', 'locust', 'k6'] as const;
export const FILE_TYPES = ['none', 'script', 'zip'] as const;
export const EXECUTORS = ['locust', 'k6', 'jmeter'] as const;
/** Our addition: whose load profile a script test follows (see ScenarioSpec.loadProfile). */
export const LOAD_PROFILES = ['scenario', 'script'] as const;
export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'] as const;
export const SCHEDULE_STEPS = ['create', 'start'] as const;
export const RECURRENCES = ['daily', 'weekly', 'biweekly', 'monthly'] as const;

export type TestType = (typeof TEST_TYPES)[number];
export type FileType = (typeof FILE_TYPES)[number];
export type Executor = (typeof EXECUTORS)[number];
export type LoadProfile = (typeof LOAD_PROFILES)[number];
export type HttpMethod = (typeof HTTP_METHODS)[number];
export type ScheduleStep = (typeof SCHEDULE_STEPS)[number];
export type Recurrence = (typeof RECURRENCES)[number];

export interface TaskConfig {
  region: string;
  taskCount: number;
  concurrency: number;
}

export interface HttpRequestSpec {
  url: string;
  method: HttpMethod;
  headers?: Record<string, string>;
  body?: string;
  /** Our addition: the name results are reported under. */
  label?: string;
  [key: string]: unknown;
}

export interface ScenarioSpec {
  requests?: HttpRequestSpec[];
  /** Script tests: `<testId>.<ext>`. */
  script?: string;
  /**
   * Our addition, script tests: `scenario` (default) applies execution[0]'s concurrency, ramp-up, hold-for,
   * iterations and throughput over the script's own; `script` keeps the script's profile (JMeter thread groups,
   * k6 options, a Locust LoadTestShape or locust.conf), with ramp-up + hold-for only as a ceiling.
   */
  loadProfile?: LoadProfile;
  [key: string]: unknown;
}

export interface ExecutionSpec {
  concurrency?: number;
  'ramp-up'?: string | number;
  'hold-for'?: string | number;
  scenario?: string;
  executor?: Executor;
  taskCount?: number;
  /** Our addition: target requests per second per task (open model). */
  throughput?: number;
  /** Our addition: iterations per virtual user, as in Taurus. */
  iterations?: number;
  [key: string]: unknown;
}

export interface ReportingModule {
  module: string;
  summary?: boolean;
  percentiles?: boolean;
  'summary-labels'?: boolean;
  'test-duration'?: boolean;
  'dump-xml'?: string;
  [key: string]: unknown;
}

export interface TestScenario {
  execution: ExecutionSpec[];
  scenarios?: Record<string, ScenarioSpec>;
  reporting?: ReportingModule[];
  [key: string]: unknown;
}

export interface RegionalTaskDetail {
  dltAvailableTasks: number | string;
  [key: string]: unknown;
}

export interface ScenarioRequest {
  /** As sent; absent means "new scenario" (generate one with `generateTestId`). */
  testId?: string;
  testName: string;
  testDescription: string;
  testType: TestType;
  fileType: FileType;
  /** Empty only in run-file mode when the file has none (the CLI supplies the task count). */
  testTaskConfigs: TaskConfig[];
  testScenario: TestScenario;
  /** Empty only in run-file mode when the file has none. */
  regionalTaskDetails: Record<string, RegionalTaskDetail>;
  showLive?: boolean;
  tags: string[];
  healthyThreshold: number;
  saveOnly?: boolean;
  scheduleStep?: ScheduleStep;
  scheduleDate?: string;
  scheduleTime?: string;
  recurrence?: Recurrence;
  cronValue?: string;
  cronExpiryDate?: string;
  scheduleTimezone: string;
  eventBridge?: string;
  /** Our addition: pass/fail criteria, parsed elsewhere. */
  criteria?: string[];
  [key: string]: unknown;
}
