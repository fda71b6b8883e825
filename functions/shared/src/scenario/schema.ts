/**
 * Zod schemas for the POST /scenarios body, mirroring DLT's `createTestSchema` rule for rule and message for
 * message. Objects DLT passes through are loose here too; `testTaskConfigs` items are stripped like DLT's.
 * Where DLT's schema emits the same complaint twice (a union member plus a refinement), one message is kept.
 */
import { z } from 'zod';
import { CRON_FORMAT_MESSAGE, isCronSyntaxValid } from './cron.js';
import { isCalendarDate, isValidTimeZone, TIME_PATTERN } from './datetime.js';
import { durationIssue } from './duration.js';
import { describeControlChar, findControlChar, nameIssues, testIdIssues } from './names.js';
import { MAX_TAGS, MAX_TAGS_MESSAGE } from './tags.js';
import {
  EXECUTORS,
  FILE_TYPES,
  HTTP_METHODS,
  LOAD_PROFILES,
  RECURRENCES,
  SCHEDULE_STEPS,
  TEST_TYPES,
} from './types.js';

export const REGION_PATTERN = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;
export const MAX_CONCURRENCY = 25000;
export const MAX_REQUESTS_PER_SCENARIO = 100;
export const MAX_URL_LENGTH = 2048;
export const MAX_REQUEST_BODY_LENGTH = 65536;
export const MAX_TIMEZONE_LENGTH = 64;
export const DEFAULT_HEALTHY_THRESHOLD = 90;
export const MAX_CRITERIA = 50;
export const MAX_CRITERION_LENGTH = 200;
export const MAX_LABEL_LENGTH = 255;

const DIGITS = /^\d+$/;

/** Adds one custom issue per message `check` returns for the value. */
const withIssues =
  <T>(check: (value: T) => string[] | string | undefined) =>
  (value: T, ctx: z.RefinementCtx): void => {
    const found = check(value);
    for (const message of typeof found === 'string' ? [found] : (found ?? [])) {
      ctx.addIssue({ code: 'custom', message });
    }
  };

const toNumber = (value: string | number): number => (typeof value === 'string' ? Number(value) : value);

const nameSchema = (label: string) =>
  z.string().superRefine(withIssues((value: string) => nameIssues(value, label)));

const durationSchema = (field: string, allowZero: boolean) =>
  z
    .union([z.string(), z.number()])
    .superRefine(withIssues((value) => durationIssue(value, field, allowZero)));

const concurrencySchema = z
  .union([z.number(), z.string()])
  .superRefine(
    withIssues((value) => {
      if (typeof value === 'number' && !Number.isInteger(value)) return 'Invalid input';
      if (typeof value === 'string' && !DIGITS.test(value)) return 'concurrency must be a positive integer';
      const n = toNumber(value);
      return n < 1 || n > MAX_CONCURRENCY
        ? `concurrency must be between 1 and ${MAX_CONCURRENCY}`
        : undefined;
    }),
  )
  .transform(toNumber);

const taskCountSchema = z
  .union([z.number(), z.string()])
  .superRefine(
    withIssues((value) => {
      if (typeof value === 'number' && !Number.isInteger(value)) return 'Invalid input';
      const valid = typeof value === 'number' ? value >= 1 : DIGITS.test(value) && Number(value) >= 1;
      return valid ? undefined : 'taskCount must be a positive integer';
    }),
  )
  .transform(toNumber);

const testTaskConfigSchema = z.object({
  region: z
    .string()
    .regex(REGION_PATTERN, 'Invalid region format (expected: us-west-2, us-gov-west-1, eu-central-1, etc.)'),
  taskCount: taskCountSchema,
  concurrency: concurrencySchema,
});

const executionSchema = z.looseObject({
  concurrency: concurrencySchema.optional(),
  'ramp-up': durationSchema('ramp-up', true).optional(),
  'hold-for': durationSchema('hold-for', false).optional(),
  scenario: z.string().optional(),
  executor: z.enum(EXECUTORS).optional(),
  taskCount: z
    .number()
    .superRefine(
      withIssues((n) => (Number.isInteger(n) && n > 0 ? undefined : 'taskCount must be a positive integer')),
    )
    .optional(),
  throughput: z
    .number()
    .superRefine(withIssues((n) => (n > 0 ? undefined : 'throughput must be a positive number')))
    .optional(),
  iterations: z
    .number()
    .superRefine(
      withIssues((n) => (Number.isInteger(n) && n > 0 ? undefined : 'iterations must be a positive integer')),
    )
    .optional(),
});

function urlIssue(url: string): string | undefined {
  if (url.length < 1) return 'url is required';
  if (url.length > MAX_URL_LENGTH) return `url must not exceed ${MAX_URL_LENGTH} characters`;
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return 'url must be a valid URL';
  }
  return protocol === 'http:' || protocol === 'https:' ? undefined : 'url must be a valid HTTP/HTTPS URL';
}

function labelIssue(label: string): string | undefined {
  if (label.length < 1 || label.length > MAX_LABEL_LENGTH) {
    return `label must be between 1 and ${MAX_LABEL_LENGTH} characters`;
  }
  const control = findControlChar(label);
  return control === undefined
    ? undefined
    : `label contains a disallowed control character: ${describeControlChar(control)}`;
}

const httpRequestSchema = z.looseObject({
  url: z.string().superRefine(withIssues(urlIssue)),
  method: z.enum(HTTP_METHODS, {
    error: () => `method must be a valid HTTP method (${HTTP_METHODS.join(', ')})`,
  }),
  headers: z.record(z.string(), z.string()).optional(),
  body: z
    .string()
    .max(MAX_REQUEST_BODY_LENGTH, `body must not exceed ${MAX_REQUEST_BODY_LENGTH} characters`)
    .optional(),
  label: z.string().superRefine(withIssues(labelIssue)).optional(),
});

const scenarioSpecSchema = z.looseObject({
  loadProfile: z
    .enum(LOAD_PROFILES, { error: () => `loadProfile must be one of: ${LOAD_PROFILES.join(', ')}` })
    .optional(),
  requests: z
    .array(httpRequestSchema)
    .min(1, 'Each scenario must have at least one request')
    .max(MAX_REQUESTS_PER_SCENARIO, `Each scenario cannot exceed ${MAX_REQUESTS_PER_SCENARIO} requests`)
    .optional(),
});

const scenariosSchema = z
  .record(nameSchema('Scenario name'), scenarioSpecSchema)
  .refine(
    (scenarios) => Object.keys(scenarios).length > 0,
    'At least one scenario must be defined in scenarios object',
  );

const reportingSchema = z.looseObject({
  module: z.string(),
  summary: z.boolean().optional(),
  percentiles: z.boolean().optional(),
  'summary-labels': z.boolean().optional(),
  'test-duration': z.boolean().optional(),
  'dump-xml': z.string().optional(),
});

const testScenarioSchema = z.looseObject({
  execution: z.array(executionSchema).min(1, 'At least one execution configuration is required'),
  scenarios: scenariosSchema.optional(),
  reporting: z.array(reportingSchema).optional(),
});

const regionalTaskDetailsSchema = z.record(
  z.string(),
  z.looseObject({
    dltAvailableTasks: z.union([z.number(), z.string()]).superRefine(
      withIssues((value) => {
        if (typeof value === 'number' && !Number.isInteger(value)) return 'Invalid input';
        const valid = typeof value === 'number' ? value > 0 : DIGITS.test(value);
        return valid ? undefined : 'dltAvailableTasks must be a positive integer';
      }),
    ),
  }),
);

const dateSchema = z
  .string()
  .superRefine(
    withIssues((v) => (isCalendarDate(v) ? undefined : 'Invalid date format. Expected format: YYYY-MM-DD')),
  );

/** Our addition: the strings are parsed by the criteria module; add a refinement for that (see validate.ts). */
export const scenarioCriteriaSchema = z
  .array(
    z
      .string()
      .min(1, `Each criterion must be between 1 and ${MAX_CRITERION_LENGTH} characters`)
      .max(MAX_CRITERION_LENGTH, `Each criterion must be between 1 and ${MAX_CRITERION_LENGTH} characters`),
  )
  .max(MAX_CRITERIA, `Maximum ${MAX_CRITERIA} criteria allowed`);

const baseShape = {
  testId: z.string().superRefine(withIssues(testIdIssues)).optional(),
  testName: nameSchema('testName'),
  testDescription: z
    .string()
    .min(3, 'testDescription must be at least 3 characters')
    .max(60000, 'testDescription must not exceed 60000 characters'),
  testType: z.enum(TEST_TYPES, { error: () => `testType must be one of: ${TEST_TYPES.join(', ')}` }),
  fileType: z.enum(FILE_TYPES).optional(),
  testTaskConfigs: z.array(testTaskConfigSchema).min(1, 'At least one test task configuration is required'),
  testScenario: testScenarioSchema,
  showLive: z.boolean().optional(),
  regionalTaskDetails: regionalTaskDetailsSchema,
  tags: z.array(z.string()).max(MAX_TAGS, MAX_TAGS_MESSAGE).optional(),
  scheduleStep: z.enum(SCHEDULE_STEPS).optional(),
  scheduleDate: dateSchema.optional(),
  scheduleTime: z
    .string()
    .regex(TIME_PATTERN, 'Invalid time format. Expected format: HH:MM or HH:MM:SS')
    .optional(),
  recurrence: z.enum(RECURRENCES).optional(),
  cronValue: z.string().refine(isCronSyntaxValid, CRON_FORMAT_MESSAGE).optional(),
  cronExpiryDate: dateSchema.optional(),
  scheduleTimezone: z
    .string()
    .superRefine(
      withIssues((tz) => {
        if (tz.length > MAX_TIMEZONE_LENGTH) {
          return `scheduleTimezone must not exceed ${MAX_TIMEZONE_LENGTH} characters`;
        }
        return isValidTimeZone(tz) ? undefined : 'scheduleTimezone must be a valid IANA timezone';
      }),
    )
    .optional(),
  eventBridge: z.string().optional(),
  saveOnly: z.boolean().optional(),
  healthyThreshold: z
    .number()
    .int('healthyThreshold must be an integer')
    .min(0, 'healthyThreshold must be between 0 and 100')
    .max(100, 'healthyThreshold must be between 0 and 100')
    .default(DEFAULT_HEALTHY_THRESHOLD),
  criteria: scenarioCriteriaSchema.optional(),
};

interface CrossCheckInput {
  testScenario: {
    execution: Array<{ scenario?: string | undefined }>;
    scenarios?: Record<string, unknown> | undefined;
  };
}

/** `execution[i].scenario` must name a key of `scenarios`. */
function checkScenarioReferences(data: CrossCheckInput, ctx: z.RefinementCtx): void {
  const names = new Set(Object.keys(data.testScenario.scenarios ?? {}));
  data.testScenario.execution.forEach((execution, index) => {
    if (execution.scenario && !names.has(execution.scenario)) {
      ctx.addIssue({
        code: 'custom',
        path: ['testScenario', 'execution', index, 'scenario'],
        message: `Execution references scenario '${execution.scenario}' that doesn't exist in scenarios object`,
      });
    }
  });
}

/** The API body (`createTestSchema`). Refine it further with `.superRefine` if a caller needs to. */
export const scenarioRequestSchema = z.looseObject(baseShape).superRefine(checkScenarioReferences);

/**
 * `dlt run scenario.json`: description, task configs and regional details may be left out and testType
 * defaults to simple; every rule that applies to a present field is the API's.
 */
export const runFileScenarioSchema = z
  .looseObject({
    ...baseShape,
    testDescription: baseShape.testDescription.optional(),
    testType: baseShape.testType.default('simple'),
    testTaskConfigs: baseShape.testTaskConfigs.optional(),
    regionalTaskDetails: baseShape.regionalTaskDetails.optional(),
  })
  .superRefine(checkScenarioReferences);

export type ApiScenarioInput = z.output<typeof scenarioRequestSchema>;
export type RunFileScenarioInput = z.output<typeof runFileScenarioSchema>;
