export { createStorageClients, type StorageClientConfig, type StorageClients } from './clients.js';
export {
  InvalidNextTokenError,
  InvalidTimestampError,
  isConditionalCheckFailed,
  ObjectTooLargeError,
} from './errors.js';
export type { StatusUpdateResult, UpdateFields, UpdateSpec, WriteRefused } from './expressions.js';
export {
  BATCH_WRITE_SIZE,
  DEFAULT_RUNS_LIMIT,
  decodeNextToken,
  encodeNextToken,
  HistoryStore,
  type ListRunsOptions,
  MAX_RUNS_LIMIT,
  type RunsPage,
} from './history.js';
export {
  completionMarkerKey,
  completionPrefix,
  isCompletionKey,
  JMETER_BUNDLE_KEY,
  REGIONAL_TEMPLATE_KEY,
  resultFileKey,
  resultsPrefix,
  runOutputKeys,
  runPrefix,
  SCRIPT_EXTENSIONS,
  type ScriptExtension,
  type ScriptTestType,
  scriptKey,
  startSignalKey,
  taskArtifactKey,
  taskArtifactsPrefix,
  taskConfigKey,
} from './layout.js';
export { type ObjectInfo, ObjectStore, type PresignedUpload, type PresignPutOptions } from './objects.js';
export type { HistoryRow, RegionRow, ScenarioRow, ScenarioSummary, StoredTaskConfig } from './rows.js';
export {
  type BaselineResult,
  type ConditionalWriteOptions,
  REGION_ROW_PREFIX,
  regionRowId,
  SCENARIO_LIST_ATTRIBUTES,
  ScenarioStore,
  type WriteResult,
} from './scenarios.js';
export {
  blockingStatuses,
  canTransition,
  isTerminalStatus,
  isTestStatus,
  TERMINAL_STATUSES,
  TEST_STATUSES,
  type TerminalStatus,
  type TestStatus,
} from './status.js';
export {
  type EnsureStorageResult,
  ensureStorage,
  HISTORY_START_TIME_INDEX,
  type StorageNames,
  storageNames,
  storageNamesFromEnv,
  storageNamesSchema,
} from './tables.js';
export { DLT_TIMESTAMP_PATTERN, fromDltTimestamp, parseIsoTimestamp, toDltTimestamp } from './timestamps.js';
