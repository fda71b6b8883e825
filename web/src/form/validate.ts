import {
  isCalendarDate,
  isValidTimeZone,
  nameIssues,
  nextOccurrences,
  parseCriterion,
  parseLinuxCron,
  planOnceSchedule,
  validateCronExpression,
  zonedDateTimeToInstant,
} from '@dlt/shared/browser';
import type { ScenarioRequestBody, TaurusConfig } from '../api/types.js';
import {
  durationSeconds,
  MAX_REGIONS,
  MAX_REQUESTS,
  MAX_SCRIPT_BYTES,
  SCRIPT_EXTENSIONS,
  type ScenarioForm,
} from './model.js';

/** Field path (`testName`, `requests.0.url`, `regions.1.taskCount`) → the message shown at that field. */
export type FieldErrors = Record<string, string>;

export interface ValidationContext {
  /** Tasks each region can take now (or, for a schedule, at most); regions missing here are not registered. */
  available: Record<string, number>;
  /** Regions that exist but run an incompatible regional stack. */
  incompatible?: ReadonlySet<string>;
  now: Date;
  /** The file chosen for a script test and not uploaded yet. */
  file?: { name: string; size: number } | undefined;
}

const MAX_CONCURRENCY = 25_000;
const MAX_DESCRIPTION = 1000;
const TAG_MAX = 50;
/** DLT's seconds/minutes limits for ramp-up and hold-for. */
const UNIT_MAX = { s: 3600, m: 1440 } as const;

function headersIssue(text: string): string | undefined {
  if (text.trim() === '') return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return 'Headers must be a JSON object.';
    if (Object.values(value).some((v) => typeof v !== 'string'))
      return 'Every header value must be a string, e.g. {"accept": "application/json"}.';
    return undefined;
  } catch {
    return 'Headers must be valid JSON, e.g. {"accept": "application/json"}.';
  }
}

function urlIssue(text: string): string | undefined {
  if (text.trim() === '') return 'Enter the URL to call.';
  if (text.length > 2048) return 'The URL must not exceed 2048 characters.';
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return 'The URL must start with http:// or https://.';
  } catch {
    return 'Enter a full URL, e.g. https://example.com/path.';
  }
  return undefined;
}

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Every problem in the form, each at its field. An empty result means the body can be sent. */
export function validateForm(form: ScenarioForm, ctx: ValidationContext): FieldErrors {
  const errors: FieldErrors = {};
  const put = (key: string, message: string | undefined) => {
    if (message && !errors[key]) errors[key] = message;
  };

  put('testName', form.testName.trim() === '' ? 'Enter a name.' : nameIssues(form.testName, 'The name')[0]);
  const desc = form.testDescription;
  if (desc.trim().length < 3) put('testDescription', 'Enter a description of at least 3 characters.');
  else if (desc.length > MAX_DESCRIPTION)
    put('testDescription', `The description must not exceed ${MAX_DESCRIPTION} characters.`);
  if (form.tags.length > 5) put('tags', 'At most 5 tags.');
  const longTag = form.tags.find((t) => t.length > TAG_MAX);
  if (longTag) put('tags', `Tags must not exceed ${TAG_MAX} characters ("${longTag.slice(0, 20)}…").`);
  const ht = form.healthyThreshold;
  if (ht === null || !Number.isInteger(ht) || ht < 0 || ht > 100)
    put('healthyThreshold', 'The healthy threshold is a whole percentage from 0 to 100.');

  if (form.testType === 'simple') {
    if (form.requests.length === 0) put('requests', 'Add at least one request.');
    if (form.requests.length > MAX_REQUESTS) put('requests', `At most ${MAX_REQUESTS} requests.`);
    const labels = new Set<string>();
    form.requests.forEach((r, i) => {
      put(`requests.${i}.url`, urlIssue(r.url));
      put(`requests.${i}.headers`, headersIssue(r.headers));
      if (r.body.length > 65_536) put(`requests.${i}.body`, 'The body must not exceed 65,536 characters.');
      const label = r.label.trim();
      if (label && labels.has(label)) put(`requests.${i}.label`, `The label "${label}" is used twice.`);
      if (label) labels.add(label);
    });
  } else {
    const allowed = SCRIPT_EXTENSIONS[form.testType];
    if (ctx.file) {
      if (!allowed.includes(extension(ctx.file.name)))
        put('script', `A ${form.testType} script must be ${allowed.map((e) => `.${e}`).join(', ')}.`);
      else if (ctx.file.size > MAX_SCRIPT_BYTES) put('script', 'The file must not exceed 50 MB.');
      else if (ctx.file.size === 0) put('script', 'The file is empty.');
    } else if (!form.uploadedScript && !form.existingScript) {
      put('script', 'Choose the test script to upload.');
    } else {
      const kept = form.uploadedScript ?? form.existingScript ?? '';
      if (!allowed.includes(extension(kept)))
        put('script', `The stored script (${kept}) is not a ${form.testType} script; choose a new file.`);
    }
    if (form.testType === 'k6' && !form.k6Licence)
      put('k6Licence', 'Acknowledge the k6 licence (AGPL-3.0) to use k6.');
  }

  if (form.regions.length === 0) put('regions', 'Choose at least one region.');
  if (form.regions.length > MAX_REGIONS) put('regions', `At most ${MAX_REGIONS} regions.`);
  const seen = new Set<string>();
  form.regions.forEach((r, i) => {
    if (!r.region) put(`regions.${i}.region`, 'Choose a region.');
    else if (seen.has(r.region)) put(`regions.${i}.region`, `${r.region} is chosen twice.`);
    else if (!(r.region in ctx.available))
      put(`regions.${i}.region`, `${r.region} is not a registered region.`);
    else if (ctx.incompatible?.has(r.region))
      put(`regions.${i}.region`, `${r.region} runs an incompatible regional stack.`);
    seen.add(r.region);
    const max = ctx.available[r.region];
    if (r.taskCount === null || !Number.isInteger(r.taskCount) || r.taskCount < 1)
      put(`regions.${i}.taskCount`, 'Enter a task count of at least 1.');
    else if (max !== undefined && r.taskCount > max)
      put(`regions.${i}.taskCount`, `Task count should be between 1 and ${max} (available in ${r.region}).`);
    if (
      r.concurrency === null ||
      !Number.isInteger(r.concurrency) ||
      r.concurrency < 1 ||
      r.concurrency > MAX_CONCURRENCY
    )
      put(
        `regions.${i}.concurrency`,
        `Concurrency is a whole number from 1 to ${MAX_CONCURRENCY.toLocaleString('en-US')}.`,
      );
  });

  const ramp = form.rampUp;
  if (ramp === null || !Number.isInteger(ramp) || ramp < 0)
    put('rampUp', 'Ramp-up is a whole number, 0 or more.');
  else if (ramp > UNIT_MAX[form.rampUpUnit])
    put(
      'rampUp',
      `Ramp-up must not exceed ${UNIT_MAX[form.rampUpUnit]} ${form.rampUpUnit === 's' ? 'seconds' : 'minutes'}.`,
    );
  const hold = form.holdFor;
  if (hold === null || !Number.isInteger(hold) || hold < 1)
    put('holdFor', 'Hold-for is a whole number, at least 1.');
  else if (hold > UNIT_MAX[form.holdForUnit])
    put(
      'holdFor',
      `Hold-for must not exceed ${UNIT_MAX[form.holdForUnit]} ${form.holdForUnit === 's' ? 'seconds' : 'minutes'}.`,
    );
  if (form.openModel) {
    const rate = form.throughput;
    if (rate === null || !(rate > 0))
      put('throughput', 'Enter the target rate in requests per second (more than 0).');
  }

  if (form.criteria.length > 50) put('criteria', 'At most 50 criteria.');
  form.criteria.forEach((c, i) => {
    if (c.trim() === '') put(`criteria.${i}`, 'Enter the criterion or remove it.');
    else {
      try {
        parseCriterion(c);
      } catch (e) {
        put(`criteria.${i}`, (e as Error).message);
      }
    }
  });

  if (form.scheduleMode !== 'now' && !isValidTimeZone(form.timezone))
    put('timezone', `"${form.timezone}" is not an IANA time zone (e.g. Europe/Paris).`);
  if (form.scheduleMode === 'once') {
    if (!isCalendarDate(form.scheduleDate)) put('scheduleDate', 'Choose the date (YYYY-MM-DD).');
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(form.scheduleTime)) put('scheduleTime', 'Enter the time as HH:MM.');
    if (!errors.scheduleDate && !errors.scheduleTime && !errors.timezone) {
      try {
        const { instant } = planOnceSchedule(form.scheduleDate, form.scheduleTime, form.timezone);
        if (instant.getTime() <= ctx.now.getTime()) put('scheduleTime', 'The time must be in the future.');
      } catch (e) {
        put('scheduleTime', (e as Error).message);
      }
    }
  }
  if (form.scheduleMode === 'cron') {
    const issue =
      form.cronValue.trim() === '' ? 'Enter a cron expression.' : validateCronExpression(form.cronValue);
    put('cronValue', issue || undefined);
    if (form.cronExpiryDate && !isCalendarDate(form.cronExpiryDate))
      put('cronExpiryDate', 'The expiry date is YYYY-MM-DD.');
    if (!errors.cronValue && !errors.cronExpiryDate && !errors.timezone) {
      const preview = cronPreview(form.cronValue, form.timezone, ctx.now, form.cronExpiryDate);
      if ('error' in preview) put('cronValue', preview.error);
      else if (preview.runs.length === 0) put('cronExpiryDate', 'No run is left before the expiry date.');
    }
  }
  return errors;
}

/** The next `count` runs of a cron schedule, in its time zone, up to the end of the expiry day. */
export function cronPreview(
  cron: string,
  timeZone: string,
  now: Date,
  expiryDate?: string,
  count = 5,
): { runs: Date[] } | { error: string } {
  const issue = validateCronExpression(cron);
  if (issue) return { error: issue };
  if (!isValidTimeZone(timeZone)) return { error: `"${timeZone}" is not an IANA time zone.` };
  try {
    const notAfter =
      expiryDate && isCalendarDate(expiryDate)
        ? zonedDateTimeToInstant(expiryDate, '23:59', timeZone)
        : undefined;
    return { runs: nextOccurrences(parseLinuxCron(cron.trim()), timeZone, now, count, notAfter) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** The POST /scenarios body for a form that passed validateForm. */
export function toRequestBody(
  form: ScenarioForm,
  available: Record<string, number>,
  options: { saveOnly: boolean },
): ScenarioRequestBody {
  const name = form.testName;
  const execution: TaurusConfig['execution'][number] = {
    'ramp-up': `${form.rampUp ?? 0}${form.rampUpUnit}`,
    'hold-for': `${form.holdFor ?? 1}${form.holdForUnit}`,
    scenario: name,
  };
  if (form.openModel && form.throughput !== null) execution.throughput = form.throughput;
  if (form.testType !== 'simple') execution.executor = form.testType;
  const script = form.uploadedScript ?? form.existingScript;
  const scenario =
    form.testType === 'simple'
      ? {
          requests: form.requests.map((r) => ({
            ...(r.label.trim() ? { label: r.label.trim() } : {}),
            url: r.url.trim(),
            method: r.method,
            ...(r.headers.trim() ? { headers: JSON.parse(r.headers) as Record<string, string> } : {}),
            ...(r.body !== '' ? { body: r.body } : {}),
          })),
        }
      : { script: script ?? '' };
  const body: ScenarioRequestBody = {
    testId: form.testId,
    testName: name,
    testDescription: form.testDescription,
    testType: form.testType,
    fileType: form.testType === 'simple' ? 'none' : script?.endsWith('.zip') ? 'zip' : 'script',
    testTaskConfigs: form.regions.map((r) => ({
      region: r.region,
      taskCount: r.taskCount ?? 1,
      concurrency: r.concurrency ?? 1,
    })),
    testScenario: { execution: [execution], scenarios: { [name]: scenario } },
    regionalTaskDetails: Object.fromEntries(
      Object.entries(available).map(([region, n]) => [region, { dltAvailableTasks: n }]),
    ),
    showLive: form.showLive,
    tags: form.tags,
    criteria: form.criteria.map((c) => c.trim()),
    healthyThreshold: form.healthyThreshold ?? 90,
  };
  if (options.saveOnly) body.saveOnly = true;
  else if (form.scheduleMode === 'once') {
    body.scheduleStep = 'create';
    body.scheduleDate = form.scheduleDate;
    body.scheduleTime = form.scheduleTime;
    body.scheduleTimezone = form.timezone;
  } else if (form.scheduleMode === 'cron') {
    body.scheduleStep = 'create';
    body.cronValue = form.cronValue.trim();
    if (form.cronExpiryDate) body.cronExpiryDate = form.cronExpiryDate;
    body.scheduleTimezone = form.timezone;
  }
  return body;
}

/** Seconds of load per run, as the cost estimate and DLT's test duration count them. */
export function testDurationSeconds(form: ScenarioForm): number {
  return durationSeconds(form.rampUp, form.rampUpUnit) + durationSeconds(form.holdFor, form.holdForUnit);
}

/**
 * Splits a server validation message (`path.to[0].field: msg; other: msg`) onto the form's fields, so an error
 * the browser could not foresee still lands next to the field; what maps nowhere stays a form-level message.
 */
export function serverErrorsToFields(message: string): { fields: FieldErrors; rest: string[] } {
  const fields: FieldErrors = {};
  const rest: string[] = [];
  for (const part of message.split('; ')) {
    const m = /^([A-Za-z][\w.[\]-]*): (.+)$/.exec(part.trim());
    const key = m ? mapServerPath(m[1]!) : undefined;
    if (m && key) fields[key] ??= m[2]!;
    else rest.push(part);
  }
  return { fields, rest };
}

function mapServerPath(path: string): string | undefined {
  const simple: Record<string, string> = {
    testName: 'testName',
    testDescription: 'testDescription',
    tags: 'tags',
    healthyThreshold: 'healthyThreshold',
    cronValue: 'cronValue',
    cronExpiryDate: 'cronExpiryDate',
    scheduleDate: 'scheduleDate',
    scheduleTime: 'scheduleTime',
    scheduleTimezone: 'timezone',
  };
  if (simple[path]) return simple[path];
  let m = /^testTaskConfigs\[?(\d+)\]?\.(region|taskCount|concurrency)$/.exec(path);
  if (m) return `regions.${m[1]}.${m[2]}`;
  m = /^testScenario\.scenarios\.[^.]+\.requests\[(\d+)\]\.(url|method|headers|body)/.exec(path);
  if (m) return `requests.${m[1]}.${m[2]}`;
  m = /^criteria\[?(\d+)\]?$/.exec(path);
  if (m) return `criteria.${m[1]}`;
  if (/ramp-up/.test(path)) return 'rampUp';
  if (/hold-for/.test(path)) return 'holdFor';
  if (/throughput/.test(path)) return 'throughput';
  return undefined;
}
