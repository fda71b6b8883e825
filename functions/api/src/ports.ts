/** What the API needs from the rest of the system. Orchestration and capacity data come from other issues. */
import type { RegionalStackVersions, Scheduler } from '@dlt/shared';
import type { HistoryStore, ObjectStore, RegionRow, ScenarioStore } from '@dlt/shared/storage';
import type { LiveDataAccess } from './live-data-access.js';

/** One entry of DLT's Step Functions input: the region's task config merged with its infrastructure row. */
export interface RunTaskConfig extends Partial<RegionRow> {
  region: string;
  taskCount: number;
  concurrency: number;
}

/** DLT v4's state machine input (`createTest` → `StartExecution`). */
export interface RunStartInput {
  testTaskConfig: RunTaskConfig[];
  /** The hub's task definition, when a registered region row carries one. */
  hubTaskDefinition?: string;
  testId: string;
  testType: string;
  fileType: string;
  showLive: boolean;
  /** ramp-up + hold-for, seconds. */
  testDuration: number;
  /** `YYYY-MM-DDTHH-MM-SS_<testRunId>`: the run's results folder. */
  prefix: string;
  testRunId: string;
}

export interface RunStarter {
  start(input: RunStartInput): Promise<{ executionId: string }>;
  cancel(testId: string, testRunId: string): Promise<void>;
}

export interface VcpuDetail {
  vCPULimit: number;
  vCPUsInUse: number;
  vCPUsPerTask: number;
}

export interface TaskCounts {
  region: string;
  running: number;
  pending: number;
  desired: number;
}

/** ECS + Service Quotas on AWS; local pools locally. */
export interface RegionInfoPort {
  /** The `/regions` body: `{ regions: [regionConfig + compatible, incompatibilityReason], url }`. */
  regions(): Promise<{ regions: Record<string, unknown>[]; url: string }>;
  /** The `/tasks` body. */
  tasks(): Promise<{ region: string; taskArns: string[] }[]>;
  /** The `/vCPUDetails` body. */
  vCPUDetails(): Promise<Record<string, VcpuDetail>>;
  /** Versions for the INCOMPATIBLE_REGIONAL_STACKS rule; absent means the rule is skipped. */
  stackVersions?(): Promise<RegionalStackVersions | undefined>;
  /** GET /scenarios/{testId}'s `tasksPerRegion` while a run is active; absent means zero counts (DLT's missing service). */
  tasksPerRegion?(testId: string, regions: string[]): Promise<TaskCounts[]>;
}

export interface ApiLogger {
  info(...a: unknown[]): void;
  warn(...a: unknown[]): void;
  error(...a: unknown[]): void;
}

export interface ApiDeps {
  scenarios: ScenarioStore;
  history: HistoryStore;
  objects: ObjectStore;
  runs: RunStarter;
  regions: RegionInfoPort;
  stackInfo: () => Promise<Record<string, unknown>>;
  /** EventBridge Scheduler on AWS, a timer-driven scheduler locally; absent means scheduleStep answers 501. */
  scheduler?: Scheduler;
  /** Attaches the live-data IoT policy to a Cognito identity (`POST /iot/attach`); absent means 501. */
  liveData?: LiveDataAccess;
  now?: () => Date;
  logger?: ApiLogger;
}

/** The dependencies with defaults filled in, as the routes see them. */
export interface RouteDeps extends Omit<ApiDeps, 'now' | 'logger'> {
  now: () => Date;
  logger: ApiLogger;
}
