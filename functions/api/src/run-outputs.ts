/**
 * GET /scenarios/{testId}/testruns/{testRunId}/timeseries and …/artifacts: what the results parser left in S3 for
 * one run. Not in DLT, which stores no series (see docs/timeseries.md).
 */
import {
  fromDltTimestamp,
  type HistoryRow,
  resultsPrefix,
  runOutputKeys,
  runPrefix,
} from '@dlt/shared/storage';
import { notFound } from './http.js';
import type { RouteDeps } from './ports.js';
import { getTestRun } from './testruns.js';

/** How long an artifact's download URL stays valid. */
export const ARTIFACT_URL_SECONDS = 15 * 60;

export interface RunArtifact {
  /** The full object key in the bucket. */
  key: string;
  /** The key relative to the run's results folder, e.g. `merged/timeseries.json`. */
  name: string;
  size: number;
  /** ISO 8601, or null when the store did not say. */
  lastModified: string | null;
  /** A presigned GET, valid for ARTIFACT_URL_SECONDS. */
  url: string;
}

/**
 * The run's results folder: the `prefix` written at launch, or the one launch would have derived from the start
 * time for rows written before the attribute existed. Undefined when neither is usable.
 */
export function runFolder(run: HistoryRow): string | undefined {
  const candidates: Array<() => string> = [];
  if (typeof run.prefix === 'string') candidates.push(() => resultsPrefix(run.testId, run.prefix as string));
  if (typeof run.startTime === 'string') {
    candidates.push(() =>
      resultsPrefix(run.testId, runPrefix(run.testRunId, fromDltTimestamp(run.startTime as string))),
    );
  }
  for (const folder of candidates) {
    try {
      return folder();
    } catch {
      // A malformed attribute: try the next source.
    }
  }
  return undefined;
}

/** The folder name alone (`YYYY-MM-DDTHH-MM-SS_<testRunId>`), as `runOutputKeys` takes it. */
export function prefixOf(testId: string, folder: string): string {
  return folder.slice(resultsPrefix(testId).length, -1);
}

export async function getRunTimeseries(deps: RouteDeps, testId: string, testRunId: string): Promise<unknown> {
  const run = await getTestRun(deps, testId, testRunId);
  const folder = runFolder(run);
  const series =
    folder === undefined
      ? undefined
      : await deps.objects.getJson(runOutputKeys(testId, prefixOf(testId, folder)).timeseries);
  if (series === undefined) {
    throw notFound(
      'TIMESERIES_NOT_FOUND',
      `No time series is stored for test run ${testRunId} of test ${testId} yet: it is written when the ` +
        'results are parsed, after the run ends',
    );
  }
  return series;
}

export async function listRunArtifacts(
  deps: RouteDeps,
  testId: string,
  testRunId: string,
): Promise<{ artifacts: RunArtifact[] }> {
  const run = await getTestRun(deps, testId, testRunId);
  const folder = runFolder(run);
  if (folder === undefined) return { artifacts: [] };
  const objects = await deps.objects.listAll(folder);
  const artifacts = await Promise.all(
    objects.map(async (o): Promise<RunArtifact> => {
      const name = o.key.slice(folder.length);
      return {
        key: o.key,
        name,
        size: o.size,
        lastModified: o.lastModified?.toISOString() ?? null,
        url: await deps.objects.presignGet(o.key, {
          expiresIn: ARTIFACT_URL_SECONDS,
          downloadName: name.slice(name.lastIndexOf('/') + 1),
        }),
      };
    }),
  );
  return { artifacts };
}
