import type { RunReport, SeriesPoint } from '@dlt/report';
import {
  COARSE_SUB_BUCKET_BITS,
  type CriteriaVerdict,
  latencySummaryMs,
  type RunResults,
  relativeErrorBound,
  summarize,
} from '@dlt/shared';

export interface ReportMeta {
  testName: string;
  testId: string;
  model: 'closed' | 'open';
  targetRps?: number;
  workers: RunReport['workers'];
  partial: boolean;
}

/** Turns the exact merge of all task artifacts into the run report every output format renders. */
export function buildRunReport(run: RunResults, verdict: CriteriaVerdict, meta: ReportMeta): RunReport {
  const duration = run.durationSec;
  const labels: RunReport['labels'] = {};
  for (const label of run.labels) labels[label] = summarize(run.byLabel.get(label)!, duration);
  const startSecond = Math.floor(run.startedAt / 1000);
  const series: SeriesPoint[] = run.orderedSeconds().map((s) => {
    const l = latencySummaryMs(s.total);
    return {
      t: s.t - startSecond + 1,
      vus: s.vus,
      rps: s.total.requests,
      errors: s.total.errors,
      latencyMs: { mean: l.mean, p50: l.p50, p90: l.p90, p95: l.p95, p99: l.p99 },
    };
  });
  const report: RunReport = {
    schema: 'dlt.run-report.v1',
    testName: meta.testName,
    testId: meta.testId,
    startedAt: new Date(run.startedAt).toISOString(),
    endedAt: new Date(run.endedAt).toISOString(),
    durationSec: Math.round(duration * 1000) / 1000,
    tasks: run.tasks,
    model: meta.model,
    dropped: run.dropped,
    total: summarize(run.total, duration),
    labels,
    series,
    verdict: verdict.verdict,
    criteria: verdict.outcomes.map(({ criterion, passed, actual, threshold, unit, message }) => ({
      criterion,
      passed,
      actual,
      threshold,
      unit,
      message,
    })),
    workers: meta.workers,
    histogramErrorBound: `relative error <= ${(relativeErrorBound() * 100).toFixed(2)}%, resolution 1 us`,
    seriesErrorBound: `relative error <= ${(relativeErrorBound(COARSE_SUB_BUCKET_BITS) * 100).toFixed(2)}%, resolution 1 us`,
  };
  if (meta.targetRps !== undefined) report.targetRps = meta.targetRps;
  if (meta.partial) report.partial = true;
  return report;
}
