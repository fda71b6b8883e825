import type { ScenarioDetails, TestType } from '../api/types.js';

/** The scenario form's state: plain JSON, so it can be saved as a draft and restored after signing in again. */
export interface RequestRow {
  label: string;
  method: string;
  url: string;
  /** JSON object text, e.g. `{"content-type": "application/json"}`. */
  headers: string;
  body: string;
}

export interface RegionRow {
  region: string;
  taskCount: number | null;
  concurrency: number | null;
}

export type ScheduleMode = 'now' | 'once' | 'cron';
export type TimeUnit = 's' | 'm';

export interface ScenarioForm {
  /** Pre-generated so a script can be uploaded under its final key before the scenario is saved. */
  testId: string;
  /** True when editing an existing scenario (the ID is fixed, a stored script may be kept). */
  editing: boolean;
  testName: string;
  testDescription: string;
  tags: string[];
  healthyThreshold: number | null;
  testType: TestType;
  requests: RequestRow[];
  /** The script already stored for this scenario (edit), e.g. `abc.jmx`. */
  existingScript?: string;
  /** Set once the chosen file is uploaded: `{testId}.{ext}`. */
  uploadedScript?: string;
  k6Licence: boolean;
  regions: RegionRow[];
  rampUp: number | null;
  rampUpUnit: TimeUnit;
  holdFor: number | null;
  holdForUnit: TimeUnit;
  openModel: boolean;
  throughput: number | null;
  criteria: string[];
  scheduleMode: ScheduleMode;
  scheduleDate: string;
  scheduleTime: string;
  timezone: string;
  cronValue: string;
  cronExpiryDate: string;
  showLive: boolean;
}

export const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'] as const;
export const MAX_REQUESTS = 100;
export const MAX_REGIONS = 5;
export const MAX_SCRIPT_BYTES = 50 * 1024 * 1024;
export const SCRIPT_EXTENSIONS: Record<Exclude<TestType, 'simple'>, string[]> = {
  jmeter: ['jmx', 'zip'],
  k6: ['js', 'ts', 'zip'],
  locust: ['py', 'zip'],
};

export function emptyRequest(): RequestRow {
  return { label: '', method: 'GET', url: '', headers: '', body: '' };
}

export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export function emptyForm(testId: string): ScenarioForm {
  return {
    testId,
    editing: false,
    testName: '',
    testDescription: '',
    tags: [],
    healthyThreshold: 90,
    testType: 'simple',
    requests: [emptyRequest()],
    k6Licence: false,
    regions: [],
    rampUp: 0,
    rampUpUnit: 's',
    holdFor: 1,
    holdForUnit: 'm',
    openModel: false,
    throughput: null,
    criteria: [],
    scheduleMode: 'now',
    scheduleDate: '',
    scheduleTime: '',
    timezone: browserTimeZone(),
    cronValue: '',
    cronExpiryDate: '',
    showLive: true,
  };
}

function durationToForm(
  value: string | number | undefined,
  fallbackUnit: TimeUnit,
): [number | null, TimeUnit] {
  if (value === undefined || value === '') return [null, fallbackUnit];
  if (typeof value === 'number') return [value, 's'];
  const m = /^(\d+)\s*(s|m|h|d)?$/.exec(value.trim());
  if (!m) return [null, fallbackUnit];
  const n = Number(m[1]);
  switch (m[2]) {
    case 'm':
      return [n, 'm'];
    case 'h':
      return [n * 60, 'm'];
    case 'd':
      return [n * 1440, 'm'];
    default:
      return [n, 's'];
  }
}

/** A form from a stored scenario: to edit it, or (copy) as the start of a new one with a new ID. */
export function formFromDetails(
  details: ScenarioDetails,
  mode: 'edit' | 'copy',
  newId: string,
): ScenarioForm {
  const form = emptyForm(mode === 'edit' ? details.testId : newId);
  form.editing = mode === 'edit';
  form.testName = mode === 'copy' ? `${details.testName ?? details.testId} (copy)` : (details.testName ?? '');
  form.testDescription = details.testDescription ?? '';
  form.tags = [...(details.tags ?? [])];
  form.healthyThreshold = details.healthyThreshold ?? 90;
  form.testType = details.testType ?? 'simple';
  form.showLive = details.showLive ?? false;
  form.criteria = [...(details.criteria ?? [])];
  const exec = details.testScenario?.execution?.[0] ?? {};
  [form.rampUp, form.rampUpUnit] = durationToForm(exec['ramp-up'], 's');
  [form.holdFor, form.holdForUnit] = durationToForm(exec['hold-for'], 'm');
  if (typeof exec.throughput === 'number') {
    form.openModel = true;
    form.throughput = exec.throughput;
  }
  const scenarios = details.testScenario?.scenarios ?? {};
  const first = scenarios[exec.scenario ?? ''] ?? Object.values(scenarios)[0];
  if (form.testType === 'simple') {
    const requests = first?.requests ?? [];
    form.requests = requests.length
      ? requests.map((r) => ({
          label: r.label ?? '',
          method: r.method ?? 'GET',
          url: r.url ?? '',
          headers: r.headers && Object.keys(r.headers).length ? JSON.stringify(r.headers) : '',
          body: r.body ?? '',
        }))
      : [emptyRequest()];
  } else if (mode === 'edit' && first?.script) {
    form.existingScript = first.script;
  }
  form.regions = (details.testTaskConfigs ?? []).map((c) => ({
    region: c.region,
    taskCount: Number(c.taskCount) || null,
    concurrency: Number(c.concurrency) || null,
  }));
  if (mode === 'edit' && details.cronValue) {
    form.scheduleMode = 'cron';
    form.cronValue = details.cronValue;
    form.cronExpiryDate = details.cronExpiryDate ?? '';
  }
  if (details.scheduleTimezone) form.timezone = details.scheduleTimezone;
  return form;
}

export function durationSeconds(value: number | null, unit: TimeUnit): number {
  return (value ?? 0) * (unit === 'm' ? 60 : 1);
}
