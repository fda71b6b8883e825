export {
  LocalScheduler,
  type LocalSchedulerOptions,
  MAX_TIMER_MS,
  type SchedulerClock,
  type ScheduleSummary,
  systemClock,
} from './local-scheduler.js';
export { localSchedulesFile, SCHEDULES_FILE, ScheduleFileError } from './schedule-file.js';
