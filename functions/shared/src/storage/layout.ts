/** Object keys of the scenarios bucket (DLT v4 §6, §3.2, §4). All keys are relative to the bucket. */

export const JMETER_BUNDLE_KEY = 'frameworks/jmeter/jmeter-bundle.tgz';
export const REGIONAL_TEMPLATE_KEY = 'regional-template/distributed-load-testing-on-aws-regional.template';

/** Script extensions each test type accepts (`simple` has no script); `zip` is a bundle for any of them. */
export const SCRIPT_EXTENSIONS = {
  jmeter: ['jmx', 'zip'],
  k6: ['js', 'ts', 'zip'],
  locust: ['py', 'zip'],
} as const;
export type ScriptTestType = keyof typeof SCRIPT_EXTENSIONS;
export type ScriptExtension = (typeof SCRIPT_EXTENSIONS)[ScriptTestType][number];

/**
 * A key segment taken from input: one non-empty path component. A `/` or `..` inside an id would move the
 * object to another test's prefix.
 */
function segment(value: string, what: string): string {
  if (value.length === 0 || value.includes('/') || value === '.' || value === '..') {
    throw new RangeError(`invalid ${what} for an object key: "${value}"`);
  }
  return value;
}

/** The per-region Taurus config the tasks download: `test-scenarios/{testId}-{region}.json`. */
export function taskConfigKey(testId: string, region: string): string {
  return `test-scenarios/${segment(testId, 'testId')}-${segment(region, 'region')}.json`;
}

/** The uploaded script: `public/test-scenarios/{type}/{testId}.{ext}` (Amplify's `public/` prefix kept). */
export function scriptKey(testType: ScriptTestType, testId: string, ext: ScriptExtension): string {
  const allowed: readonly string[] = SCRIPT_EXTENSIONS[testType] ?? [];
  if (!allowed.includes(ext)) throw new RangeError(`a ${testType} script cannot be .${ext}`);
  return `public/test-scenarios/${testType}/${segment(testId, 'testId')}.${ext}`;
}

/** The run's results folder name: `YYYY-MM-DDTHH-MM-SS_<testRunId>` (UTC, `:` → `-`, milliseconds dropped). */
export function runPrefix(testRunId: string, startedAt: Date): string {
  const stamp = startedAt.toISOString().slice(0, 19).replace(/:/g, '-');
  return `${stamp}_${segment(testRunId, 'testRunId')}`;
}

/** `results/{testId}/`, or one run's `results/{testId}/{prefix}/`. Ends with `/` so listing is exact. */
export function resultsPrefix(testId: string, prefix?: string): string {
  const base = `results/${segment(testId, 'testId')}/`;
  return prefix === undefined ? base : `${base}${segment(prefix, 'prefix')}/`;
}

/** A file a task uploads for a run, e.g. `{uuid}-{region}.xml`. */
export function resultFileKey(testId: string, prefix: string, fileName: string): string {
  return `${resultsPrefix(testId, prefix)}${segment(fileName, 'file name')}`;
}

/** Where tasks drop completion markers: all regions, or one region's `…/completion/{region}/`. */
export function completionPrefix(testId: string, prefix: string, region?: string): string {
  const base = `${resultsPrefix(testId, prefix)}completion/`;
  return region === undefined ? base : `${base}${segment(region, 'region')}/`;
}

/** The zero-byte marker a task writes after uploading its results. */
export function completionMarkerKey(testId: string, prefix: string, region: string, taskId: string): string {
  return `${completionPrefix(testId, prefix, region)}${segment(taskId, 'taskId')}`;
}

/** True for marker keys, which the results parser skips. */
export function isCompletionKey(key: string): boolean {
  return key.includes('/completion/');
}

/** The empty object that releases a region's waiting tasks (one prefix per region for S3's HEAD rate). */
export function startSignalKey(testId: string, prefix: string, region: string): string {
  return `start-signal/${segment(testId, 'testId')}/${segment(prefix, 'prefix')}/${segment(region, 'region')}/start`;
}

/** A task's result artifact (`dlt.task-result.v1`, see functions/load-tester/ARTIFACT.md), grouped by region. */
export function taskArtifactKey(testId: string, prefix: string, region: string, taskId: string): string {
  return `${resultsPrefix(testId, prefix)}tasks/${segment(region, 'region')}/${segment(taskId, 'taskId')}.json.gz`;
}

/** Where the run's task artifacts are: all regions, or one region's `…/tasks/{region}/`. */
export function taskArtifactsPrefix(testId: string, prefix: string, region?: string): string {
  const base = `${resultsPrefix(testId, prefix)}tasks/`;
  return region === undefined ? base : `${base}${segment(region, 'region')}/`;
}

/** What the results parser writes for a run, beside the task artifacts. */
export function runOutputKeys(testId: string, prefix: string) {
  const base = `${resultsPrefix(testId, prefix)}merged/`;
  return {
    /** Merged per-label histograms per region and in total (exact; gzip JSON). */
    histograms: `${base}histograms.json.gz`,
    /** The per-second series, total and per region (JSON). */
    timeseries: `${base}timeseries.json`,
    /** The criteria verdict with each criterion's outcome (JSON). */
    verdict: `${base}verdict.json`,
  };
}
