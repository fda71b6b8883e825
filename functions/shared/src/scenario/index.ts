export { CRON_FORMAT_MESSAGE, isCronSyntaxValid, validateCronExpression } from './cron.js';
export {
  type CronDays,
  type CronSpec,
  formatZonedDateTime,
  formatZonedIso,
  linuxCronToAwsFields,
  nextOccurrence,
  nextOccurrences,
  parseAwsCron,
  parseLinuxCron,
  type ZonedParts,
  zonedParts,
} from './cron-calendar.js';
export { isCalendarDate, isValidTimeZone, zonedDateTimeToInstant } from './datetime.js';
export {
  DURATION_UNITS,
  DurationError,
  type DurationSyntax,
  type DurationUnit,
  durationIssue,
  formatDuration,
  normalizeTimeUnit,
  type ParseDurationOptions,
  parseDurationSeconds,
  timeUnitSeconds,
} from './duration.js';
export {
  ErrorCodes,
  formatIssuePath,
  formatZodIssues,
  type ScenarioError,
  ScenarioValidationError,
} from './errors.js';
export {
  describeControlChar,
  GENERATED_ID_LENGTH,
  generateTestId,
  NAME_MAX_LENGTH,
  NAME_MIN_LENGTH,
  nameIssues,
  TEST_ID_PATTERN,
  testIdIssues,
} from './names.js';
export {
  type LoadPlan,
  type LoadPlanOptions,
  type PlannedRequest,
  type Scenario,
  toLoadPlan,
} from './plan.js';
export {
  type CompatibilityResult,
  checkRegionalCompatibility,
  checkRegionalStacks,
  MINIMUM_COMPATIBLE_REGIONAL_VERSION,
  type RegionalStackVersions,
  validateTaskCountConcurrency,
} from './regional.js';
export {
  type AwsCronOptions,
  CREATE_LEAD_MS,
  CRON_EXPIRY_REACHED,
  type CronPlan,
  type CronPlanInput,
  type CronRunState,
  type CronScheduleInput,
  checkRunInterval,
  cronExpiryEnd,
  cronRunState,
  EXPIRY_BEFORE_NEXT_RUN_MESSAGE,
  INTERVAL_CHECK_RUNS,
  INTERVAL_TOO_SHORT_MESSAGE,
  linuxCronToAwsCron,
  minimumRunGapSeconds,
  NO_RUN_LEFT_MESSAGE,
  nextRunInstant,
  type OncePlan,
  planCronSchedule,
  planOnceSchedule,
  wallClockToInstant,
} from './schedule.js';
export {
  type ApiScenarioInput,
  DEFAULT_HEALTHY_THRESHOLD,
  MAX_CONCURRENCY,
  REGION_PATTERN,
  type RunFileScenarioInput,
  runFileScenarioSchema,
  scenarioCriteriaSchema,
  scenarioRequestSchema,
} from './schema.js';
export { MAX_TAGS, normalizeTag, normalizeTags } from './tags.js';
export * from './types.js';
export {
  FINAL_STATS_REPORTING,
  type ScenarioValidationMode,
  type ScenarioValidationResult,
  type ValidateScenarioOptions,
  validateScenario,
} from './validate.js';
