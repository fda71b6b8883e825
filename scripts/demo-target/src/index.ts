export type { DemoTarget, DemoTargetOptions, DemoTargetStats } from './server.js';
export {
  isLoopbackHost,
  MAX_BODY_BYTES,
  MAX_DELAY_MS,
  MAX_PATH_KEYS,
  OTHER_PATHS_KEY,
  startDemoTarget,
} from './server.js';
