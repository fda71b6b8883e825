import type { TestStatus } from './status.js';

/** One `testTaskConfigs` entry as DLT stores it (counts may be digit strings, as the API accepts them). */
export interface StoredTaskConfig {
  region: string;
  taskCount: number | string;
  concurrency: number | string;
  [attribute: string]: unknown;
}

/**
 * A scenario row of the scenarios table (DLT v4 §6). Only the key is required: DLT writes the row in several
 * steps (create, status updates, results), and unknown attributes survive a read-modify-write.
 */
export interface ScenarioRow {
  testId: string;
  testName?: string;
  testDescription?: string;
  testType?: string;
  fileType?: string;
  testTaskConfigs?: StoredTaskConfig[];
  /** The Taurus config as a JSON string, exactly as DLT stores it. */
  testScenario?: string;
  status?: TestStatus;
  errorReason?: string;
  startTime?: string;
  endTime?: string;
  nextRun?: string;
  scheduleRecurrence?: string;
  cronValue?: string;
  cronExpiryDate?: string;
  scheduleTimezone?: string;
  showLive?: boolean;
  tags?: string[];
  healthyThreshold?: number;
  desiredTaskCount?: number;
  taskFailureCount?: number;
  results?: Record<string, unknown>;
  completeTasks?: Record<string, number>;
  baselineId?: string;
  totalTestRuns?: number;
  [attribute: string]: unknown;
}

/** The fields of DLT's scenario list projection, with its defaults applied (tags [], totalTestRuns 0). */
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

/**
 * A registered regional stack (or local pool), stored in the scenarios table as `testId = "region-<region>"`.
 * A deleted stack leaves the row with `taskCluster = ""`.
 */
export interface RegionRow {
  region: string;
  taskCluster?: string;
  ecsCloudWatchLogGroup?: string;
  subnetA?: string;
  subnetB?: string;
  taskSecurityGroup?: string;
  taskDefinition?: string;
  taskRoleArn?: string;
  executionRoleArn?: string;
  version?: string;
  stackId?: string;
  deploymentDate?: string;
  [attribute: string]: unknown;
}

/** One run of the history table. Times are `YYYY-MM-DD HH:MM:SS` UTC (see `toDltTimestamp`). */
export interface HistoryRow {
  testId: string;
  testRunId: string;
  startTime?: string;
  endTime?: string;
  status?: TestStatus;
  errorReason?: string;
  /** Unlike the scenario row, the run keeps the Taurus config as an object. */
  testScenario?: Record<string, unknown>;
  testDescription?: string;
  testType?: string;
  testTaskConfigs?: StoredTaskConfig[];
  scheduleTimezone?: string;
  results?: Record<string, unknown>;
  completeTasks?: Record<string, number>;
  succPercent?: string;
  [attribute: string]: unknown;
}
