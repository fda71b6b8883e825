export { CURRENT_RUN_ATTRIBUTE, IDLE_STATUSES } from './create-test.js';
export { createApiHandler } from './handler.js';
export { ApiError, CORS_HEADERS, MAX_BODY_BYTES } from './http.js';
export type {
  ApiDeps,
  ApiLogger,
  RegionInfoPort,
  RunStarter,
  RunStartInput,
  RunTaskConfig,
  TaskCounts,
  VcpuDetail,
} from './ports.js';
export { MAX_SCRIPT_BYTES } from './script-upload.js';
