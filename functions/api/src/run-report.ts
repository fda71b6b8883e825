/**
 * GET /scenarios/{testId}/testruns/{testRunId}/report: the run report `dlt run` writes, for a run of the stack.
 * Built from the history row's parsed results and the merged per-second series in S3; not in DLT.
 */
import {
  buildRunReportFromHistory,
  hasStoredResults,
  type RunReport,
  renderHtmlReport,
  renderJsonReport,
} from '@dlt/report';
import type { RunTimeSeries } from '@dlt/shared';
import { runOutputKeys } from '@dlt/shared/storage';
import { IDLE_STATUSES } from './create-test.js';
import { CORS_HEADERS, conflict, notFound, type QueryRule, RawResult } from './http.js';
import type { RouteDeps } from './ports.js';
import { prefixOf, runFolder } from './run-outputs.js';
import { requireScenario } from './scenarios.js';
import { getTestRun } from './testruns.js';

export type ReportFormat = 'json' | 'html';

export const formatParam: QueryRule = (value) =>
  value === 'json' || value === 'html' ? undefined : 'Invalid option: expected one of "json"|"html"';

const CONTENT_TYPES: Record<ReportFormat, string> = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/** The run's report model; 404 for an unknown test or run, 409/404 while or when there are no results. */
export async function loadRunReport(deps: RouteDeps, testId: string, testRunId: string): Promise<RunReport> {
  const scenario = await requireScenario(deps, testId);
  const run = await getTestRun(deps, testId, testRunId);
  if (!hasStoredResults(run)) {
    const status = run.status ?? 'unknown';
    if (run.status === undefined || !IDLE_STATUSES.includes(run.status)) {
      throw conflict(
        'NOT_TERMINAL',
        `Test run ${testRunId} of test ${testId} has no results yet (status: ${status}); its report is ` +
          'available once the run has ended and its results are parsed',
      );
    }
    throw notFound(
      'RESULTS_NOT_FOUND',
      `Test run ${testRunId} of test ${testId} ended (${status}) without results, so it has no report`,
    );
  }
  const folder = runFolder(run);
  const series =
    folder === undefined
      ? undefined
      : ((await deps.objects.getJson(runOutputKeys(testId, prefixOf(testId, folder)).timeseries)) as
          | RunTimeSeries
          | undefined);
  return buildRunReportFromHistory({
    run,
    ...(typeof scenario.testName === 'string' && scenario.testName !== ''
      ? { testName: scenario.testName }
      : {}),
    ...(series?.schema === 'dlt.timeseries.v1' ? { series } : {}),
  });
}

export async function getRunReport(
  deps: RouteDeps,
  testId: string,
  testRunId: string,
  query: { format?: string; download?: string },
): Promise<RawResult> {
  const format: ReportFormat = query.format === 'html' ? 'html' : 'json';
  const report = await loadRunReport(deps, testId, testRunId);
  const body = format === 'html' ? renderHtmlReport(report) : renderJsonReport(report);
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    'Content-Type': CONTENT_TYPES[format],
    // Results do not change once parsed, but a re-parse (partial → complete) may replace them.
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  };
  // Ids are [a-zA-Z0-9-] (checked before the route runs), so the name needs no quoting rules beyond these.
  if (query.download === 'true') {
    headers['Content-Disposition'] = `attachment; filename="${testId}-${testRunId}.${format}"`;
  }
  return new RawResult({ statusCode: 200, headers, body });
}
