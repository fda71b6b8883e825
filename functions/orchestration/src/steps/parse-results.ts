import { gzipSync } from 'node:zlib';
import {
  COARSE_SUB_BUCKET_BITS,
  type CriterionOutcome,
  criteriaSource,
  DEFAULT_SUB_BUCKET_BITS,
  type DltScopeResults,
  decodeArtifact,
  dltScopeResults,
  dltSuccPercent,
  evaluateCriteria,
  MERGED_HISTOGRAMS_SCHEMA,
  type MergedHistograms,
  mergedHistogramSettings,
  mergedScope,
  parseCriteria,
  RunResults,
  type RunTimeSeries,
  readSeries,
  relativeErrorBound,
  type TaskArtifact,
  TIMESERIES_SCHEMA,
  timeSeriesColumns,
  WindowCounters,
} from '@dlt/shared';
import { runOutputKeys, type ScenarioRow, taskArtifactsPrefix } from '@dlt/shared/storage';
import type { OrchestrationDeps } from '../deps.js';
import { setRunStatus } from './run-status.js';

/** What `Parse Results` and `Parse Partial Results` pass (parseParams in the state machine), and cleanup. */
export interface ParseResultsInput {
  testId: string;
  testRunId: string;
  prefix: string;
  testTaskConfig: Array<{ region: string; taskCount?: number | string; concurrency?: number | string }>;
  /** `$$.Execution.StartTime`; not needed, as the artifacts carry the load's own start and stop. */
  executionStart?: string;
  /** The run Map's per-region outcomes (normal path only). */
  regions?: unknown[];
  /** The failure path: keep the run's status as it is, and parse whatever the tasks left. */
  partial?: boolean;
}

export type VerdictResult = 'pass' | 'fail' | 'none';

/** Stored on the history row as `verdict` and in S3 (`runOutputKeys(...).verdict`). */
export interface RunVerdict {
  /** `none` when the scenario has no criteria. */
  result: VerdictResult;
  criteria: CriterionOutcome[];
  /** Criteria that no longer parse: the gate cannot be checked, so the result is `fail`. */
  invalid?: string[];
  /** Judged on what tasks wrote before the run stopped early. */
  partial: boolean;
}

/** Small on purpose: it goes into the Step Functions state (256 KB for the whole state). */
export interface ParseResultsOutput {
  testResult: 'completed' | 'failed';
  reason?: string;
  /** Artifacts merged. */
  tasks: number;
  /** Tasks the run's config asked for. */
  expectedTasks: number;
  /** Artifacts skipped because they could not be decoded or belong to another run. */
  unreadable: number;
  requests: number;
  errors: number;
  verdict: VerdictResult;
}

export const NO_RESULTS_REASON = 'No task results were found';
/** Downloads in flight at once: enough to hide S3 latency, few enough to bound memory (artifacts are ≤ 2 MB). */
const READ_CONCURRENCY = 16;
const ARTIFACT_SUFFIX = '.json.gz';

export const RESULTS_TRUNCATED_NOTE =
  'Per-label results, status codes and error messages were left out of this row: with them it would exceed ' +
  "DynamoDB's 400 KB item limit. The merged histograms in S3 hold all of them.";

interface MergedRun {
  total: RunResults;
  regions: Map<string, RunResults>;
  unreadable: number;
}

/**
 * The results-parser step: merges every task artifact of the run exactly (per region and in total), stores DLT's
 * `results`, `completeTasks` and `succPercent` on the history and scenario rows, judges the scenario's criteria,
 * and writes the merged histograms, the per-second series and the verdict to S3.
 */
export async function parseResults(
  deps: OrchestrationDeps,
  input: ParseResultsInput,
): Promise<ParseResultsOutput> {
  const { testId, testRunId, prefix } = input;
  const partial = input.partial === true;
  if (!partial) await setRunStatus(deps, input, 'parsing results');

  const merged = await readArtifacts(deps, input);
  const expectedTasks = input.testTaskConfig.reduce((sum, c) => sum + positiveInt(c.taskCount), 0);
  const summary = { tasks: merged.total.tasks, expectedTasks, unreadable: merged.unreadable };
  if (merged.total.tasks === 0) {
    deps.logger.warn('no task results', { testId, testRunId, prefix, unreadable: merged.unreadable });
    return {
      testResult: 'failed',
      reason: NO_RESULTS_REASON,
      ...summary,
      requests: 0,
      errors: 0,
      verdict: 'none',
    };
  }
  if (merged.total.tasks < expectedTasks) {
    deps.logger.warn('fewer task results than tasks', { testId, testRunId, ...summary });
  }

  const regions = [...merged.regions.keys()].sort();
  const results: Record<string, DltScopeResults> = {};
  const completeTasks: Record<string, number> = {};
  for (const region of regions) {
    const run = merged.regions.get(region)!;
    results[region] = dltScopeResults(run);
    completeTasks[region] = run.tasks;
  }
  const total = dltScopeResults(merged.total);
  results.total = total;

  const scenario = await deps.scenarios.get(testId);
  const verdict = judge(scenario, merged.total, partial);
  await writeOutputs(deps, input, merged, regions, verdict);

  const succPercent = dltSuccPercent(total);
  const historyFields = {
    completeTasks,
    verdict,
    ...(succPercent === undefined ? {} : { succPercent }),
    ...(merged.unreadable > 0 ? { unreadableArtifacts: merged.unreadable } : {}),
  };
  const found = await withSizeFallback(deps, input, results, (r, note) =>
    deps.history.update(testId, testRunId, {
      set: { ...storable({ results: r, ...historyFields }), ...note },
    }),
  );
  if (!found) deps.logger.warn('no history row for the run; results are only in S3', { testId, testRunId });

  // A newer run owns the scenario's results; this one only keeps its history row.
  if (scenario !== undefined && (scenario.currentTestRunId ?? testRunId) === testRunId) {
    await withSizeFallback(deps, input, results, (r, note) =>
      deps.scenarios.update(testId, { set: { ...storable({ results: r, completeTasks }), ...note } }),
    );
  }

  deps.logger.info('results parsed', {
    testId,
    testRunId,
    ...summary,
    requests: total.throughput,
    verdict: verdict.result,
  });
  return {
    testResult: 'completed',
    ...summary,
    requests: total.throughput,
    errors: total.fail,
    verdict: verdict.result,
  };
}

/** Lists the run's artifacts and merges them in key order, so labels keep one order whatever S3's timing. */
async function readArtifacts(deps: OrchestrationDeps, input: ParseResultsInput): Promise<MergedRun> {
  const listed = await deps.objects.listAll(taskArtifactsPrefix(input.testId, input.prefix));
  const keys = listed.map((o) => o.key).filter((key) => key.endsWith(ARTIFACT_SUFFIX));
  const merged: MergedRun = { total: new RunResults(), regions: new Map(), unreadable: 0 };
  const fetchBatch = (from: number) =>
    Promise.all(keys.slice(from, from + READ_CONCURRENCY).map((key) => loadArtifact(deps, input, key)));
  let pending = keys.length > 0 ? fetchBatch(0) : undefined;
  for (let from = 0; pending !== undefined; from += READ_CONCURRENCY) {
    const batch = await pending;
    // The next batch downloads while this one merges.
    pending = from + READ_CONCURRENCY < keys.length ? fetchBatch(from + READ_CONCURRENCY) : undefined;
    batch.forEach((loaded, i) => {
      if (loaded instanceof Error) {
        merged.unreadable++;
        deps.logger.warn('task artifact skipped', {
          testId: input.testId,
          testRunId: input.testRunId,
          key: keys[from + i],
          reason: loaded.message,
        });
        return;
      }
      let region = merged.regions.get(loaded.region);
      if (region === undefined) {
        region = new RunResults();
        merged.regions.set(loaded.region, region);
      }
      region.add(loaded);
      merged.total.add(loaded);
    });
  }
  return merged;
}

/**
 * An artifact that cannot be used comes back as an Error, to be skipped and counted. S3 failures are thrown
 * instead: results missing a task for a transient reason must not be published as the run's results.
 */
async function loadArtifact(
  deps: OrchestrationDeps,
  input: ParseResultsInput,
  key: string,
): Promise<TaskArtifact | Error> {
  const data = await deps.objects.get(key);
  if (data === undefined) return new Error('the artifact was deleted while the results were read');
  try {
    const artifact = decodeArtifact(data);
    checkArtifact(artifact, input);
    return artifact;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * Everything `RunResults.add` could trip over, checked before anything is added: a throw halfway through an add
 * would leave the region and the total with part of one task counted.
 */
export function checkArtifact(a: TaskArtifact, run: { testId: string; testRunId: string }): void {
  if (a.testId !== run.testId || a.testRunId !== run.testRunId) {
    throw new Error(`the artifact belongs to run ${a.testId}/${a.testRunId}`);
  }
  if (typeof a.region !== 'string' || a.region === '' || a.region === 'total') {
    throw new Error(`the artifact names no usable region (${JSON.stringify(a.region)})`);
  }
  for (const field of ['startedAt', 'endedAt', 'maxVus', 'dropped'] as const) {
    if (!isCount(a[field])) throw new Error(`corrupt task artifact: ${field} is ${JSON.stringify(a[field])}`);
  }
  a.byLabel.forEach((counters, i) => {
    if (typeof a.labels[i] !== 'string') throw new Error(`corrupt task artifact: label ${i} is not a string`);
    if (counters?.latency?.s !== DEFAULT_SUB_BUCKET_BITS) {
      throw new Error(`corrupt task artifact: label ${i} has a histogram of another precision`);
    }
    for (const field of [counters.requests, counters.errors, counters.bytes]) {
      if (!isCount(field)) throw new Error(`corrupt task artifact: label ${i} has a bad counter`);
    }
    if (!isCountRecord(counters.statusCodes) || !isCountRecord(counters.errorMessages)) {
      throw new Error(`corrupt task artifact: label ${i} has bad status or message counts`);
    }
    WindowCounters.decode(counters);
  });
  const scratch = new WindowCounters(COARSE_SUB_BUCKET_BITS);
  readSeries(
    a.series,
    a.labels.length,
    () => {},
    () => scratch,
  );
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isCountRecord(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every(isCount)
  );
}

function positiveInt(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** The scenario's criteria judged on the exact merge of the whole run. */
function judge(scenario: ScenarioRow | undefined, total: RunResults, partial: boolean): RunVerdict {
  const texts = Array.isArray(scenario?.criteria)
    ? scenario.criteria.filter((c): c is string => typeof c === 'string')
    : [];
  if (texts.length === 0) return { result: 'none', criteria: [], partial };
  const { criteria, errors } = parseCriteria(texts);
  const judged = evaluateCriteria(criteria, criteriaSource(total));
  return {
    result: errors.length > 0 || judged.verdict === 'fail' ? 'fail' : 'pass',
    criteria: judged.outcomes,
    ...(errors.length > 0 ? { invalid: errors } : {}),
    partial,
  };
}

/** The S3 outputs first, so that once the rows show results, the series and histograms can be read too. */
async function writeOutputs(
  deps: OrchestrationDeps,
  input: ParseResultsInput,
  merged: MergedRun,
  regions: string[],
  verdict: RunVerdict,
): Promise<void> {
  const { testId, testRunId, prefix } = input;
  const keys = runOutputKeys(testId, prefix);
  const run = merged.total;
  const histograms: MergedHistograms = {
    schema: MERGED_HISTOGRAMS_SCHEMA,
    testId,
    testRunId,
    histogram: mergedHistogramSettings(),
    total: mergedScope(run),
    regions: Object.fromEntries(regions.map((r) => [r, mergedScope(merged.regions.get(r)!)])),
  };
  const series: RunTimeSeries = {
    schema: TIMESERIES_SCHEMA,
    testId,
    testRunId,
    intervalSec: 1,
    startedAt: run.startedAt,
    endedAt: run.endedAt,
    partial: run.partial || input.partial === true,
    latencyErrorBound: `relative error <= ${(relativeErrorBound(COARSE_SUB_BUCKET_BITS) * 100).toFixed(2)}%, resolution 1 us`,
    total: timeSeriesColumns(run),
    regions: Object.fromEntries(regions.map((r) => [r, timeSeriesColumns(merged.regions.get(r)!)])),
  };
  await Promise.all([
    deps.objects.put(keys.histograms, gzipSync(JSON.stringify(histograms)), {
      contentType: 'application/gzip',
    }),
    deps.objects.putJson(keys.timeseries, series),
    deps.objects.putJson(keys.verdict, { testId, testRunId, ...verdict }),
  ]);
}

/** Writes the full results; when the row would outgrow DynamoDB's item limit, writes them without labels. */
async function withSizeFallback<T>(
  deps: OrchestrationDeps,
  input: ParseResultsInput,
  results: Record<string, DltScopeResults>,
  write: (results: Record<string, unknown>, note: { resultsNote?: string }) => Promise<T>,
): Promise<T> {
  try {
    // An undefined note removes one a previous, larger parse of this run left.
    return await write(results, { resultsNote: undefined });
  } catch (error) {
    if (!isItemTooLarge(error)) throw error;
    deps.logger.warn('results too large for the row; storing them without labels', {
      testId: input.testId,
      testRunId: input.testRunId,
    });
    const compact: Record<string, unknown> = {};
    for (const [scope, r] of Object.entries(results)) {
      compact[scope] = { ...r, labels: [], statusCodes: {}, errorMessages: {} };
    }
    return write(compact, { resultsNote: RESULTS_TRUNCATED_NOTE });
  }
}

function isItemTooLarge(error: unknown): boolean {
  const e = error as { name?: string; message?: string };
  return e?.name === 'ValidationException' && /item size/i.test(e.message ?? '');
}

/** DynamoDB takes neither undefined nor NaN; JSON drops the one and nulls the other. */
function storable(fields: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(fields)) as Record<string, unknown>;
}
