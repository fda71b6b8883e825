import { baselineFindings } from './baseline-findings.js';
import { criteriaFindings } from './criteria-findings.js';
import {
  type AnalysisThresholds,
  type AnalyzeOptions,
  DEFAULT_ANALYSIS_THRESHOLDS,
  type Finding,
  type RunAnalysis,
  type Severity,
} from './finding.js';
import { healthFindings } from './health-findings.js';
import type { RunRecord } from './run-record.js';
import { seriesFindings } from './series-findings.js';

const ORDER: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

/**
 * Structured findings about one run: its status and error rate, regressions against a baseline, trends in its
 * per-second series, signs that the load generator or the target saturated, and the criteria outcomes. Pure:
 * the caller fetches the run, the baseline and the series.
 */
export function analyzeRun(run: RunRecord, options: AnalyzeOptions = {}): RunAnalysis {
  const t: AnalysisThresholds = { ...DEFAULT_ANALYSIS_THRESHOLDS, ...options.thresholds };
  const findings: Finding[] = [...healthFindings(run, t)];
  const baseline = options.baseline;
  // A run compared with itself (it is the baseline) has nothing to report.
  if (baseline && baseline.testRunId !== run.testRunId) findings.push(...baselineFindings(run, baseline, t));
  if (options.timeseries) findings.push(...seriesFindings(options.timeseries, t));
  const criteria = criteriaFindings(run, options.criteria, options.timeseries);
  findings.push(...criteria.findings);
  // Stable: within a severity, findings keep the order above (status, health, baseline, series, criteria).
  findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const counts: Record<Severity, number> = { critical: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return {
    testRunId: run.testRunId,
    ...(baseline ? { baselineRunId: baseline.testRunId } : {}),
    criteria: criteria.result,
    counts,
    findings,
  };
}
