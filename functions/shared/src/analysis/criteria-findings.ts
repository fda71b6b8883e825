import { evaluateCriterion } from '../criteria/evaluate.js';
import { parseCriteria } from '../criteria/parse.js';
import type { CriteriaSource, Criterion, CriterionOutcome, WindowStats } from '../criteria/types.js';
import type { TimeSeriesColumns } from '../results/dlt-results.js';
import type { Finding, SeriesInput } from './finding.js';
import { TOTAL } from './finding.js';
import {
  asScope,
  countRecord,
  labelScopes,
  num,
  type RunRecord,
  rcEntries,
  type Scope,
  type Subject,
  totalScope,
} from './run-record.js';

/** The percentiles a stored row carries, in DLT's field names. */
const ROW_PERCENTILES: ReadonlyMap<number, string> = new Map([
  [0, 'p0_0'],
  [50, 'p50_0'],
  [90, 'p90_0'],
  [95, 'p95_0'],
  [99, 'p99_0'],
  [99.9, 'p99_9'],
  [100, 'p100_0'],
]);
const SERIES_PERCENTILES: ReadonlyMap<number, keyof TimeSeriesColumns> = new Map([
  [50, 'p50Ms'],
  [90, 'p90Ms'],
  [95, 'p95Ms'],
  [99, 'p99Ms'],
  [100, 'maxMs'],
] as Array<[number, keyof TimeSeriesColumns]>);

function statusCodes(scope: Scope): Record<string, number> {
  if (asScope(scope.statusCodes) !== undefined) return countRecord(scope.statusCodes);
  return Object.fromEntries(rcEntries(scope).map(({ code, count }) => [code, count]));
}

function rowWindow(scope: Scope): WindowStats {
  const seconds = (field: string) => {
    const v = num(scope[field]);
    return v === undefined ? Number.NaN : v * 1000;
  };
  return {
    requests: num(scope.throughput) ?? 0,
    errors: num(scope.fail) ?? 0,
    durationSec: num(scope.testDuration) ?? 0,
    meanMs: () => seconds('avg_rt'),
    percentileMs: (p) => {
      const field = ROW_PERCENTILES.get(p);
      return field === undefined ? Number.NaN : seconds(field);
    },
    statusCodes: statusCodes(scope),
  };
}

function seriesSeconds(c: TimeSeriesColumns | undefined): CriteriaSource['seconds'] {
  if (!c) return [];
  return c.t.map((t, i) => {
    const value = (column: keyof TimeSeriesColumns) => {
      const v = (c[column] as Array<number | null>)[i];
      return v === null || v === undefined ? Number.NaN : v;
    };
    const total: WindowStats = {
      requests: c.requests[i] ?? 0,
      errors: c.errors[i] ?? 0,
      durationSec: 1,
      meanMs: () => value('meanMs'),
      percentileMs: (p) => {
        const column = SERIES_PERCENTILES.get(p);
        return column === undefined ? Number.NaN : value(column);
      },
      statusCodes: {},
    };
    return { t, total, labels: {} };
  });
}

/** Why a criterion cannot be judged from a stored row and series; undefined when it can. */
function unjudgeable(c: Criterion, hasSeries: boolean): string | undefined {
  const { subject } = c;
  if (c.timeframeSec !== undefined) {
    if (!hasSeries) return 'it has a timeframe and no per-second series was given';
    if (c.label !== undefined) return 'the stored per-second series has no per-label columns';
    if (subject.kind === 'rc') return 'the stored per-second series has no status codes';
    if (subject.kind === 'percentile' && !SERIES_PERCENTILES.has(subject.p)) {
      return `the per-second series has no p${subject.p}`;
    }
  }
  if (subject.kind === 'percentile' && !ROW_PERCENTILES.has(subject.p)) {
    return `the stored results have no p${subject.p} (only p0, p50, p90, p95, p99, p99.9, p100)`;
  }
  return undefined;
}

function outcomeFinding(
  o: CriterionOutcome,
  label: string | undefined,
  evidence: Record<string, unknown>,
): Finding {
  const subject: Subject = label === undefined ? TOTAL : { scope: 'label', name: label };
  return {
    severity: o.failsRun ? 'critical' : o.passed ? 'info' : 'warning',
    kind: 'criteria',
    subject,
    message: `${o.criterion}: ${o.message}`,
    evidence: { ...o, ...evidence },
  };
}

function labelOf(text: string): string | undefined {
  const m = / of (.+?)\s*(?:>=|<=|==|=|>|<)/.exec(text);
  return m?.[1];
}

export interface CriteriaJudgement {
  result: 'pass' | 'fail' | 'none';
  findings: Finding[];
}

/**
 * Criteria given: judged on the stored row (exact run-long figures) and the per-second series (6.25 %), and
 * marked as such. None given: the verdict the results parser stored, judged on the exact histograms.
 */
export function criteriaFindings(
  run: RunRecord,
  criteria: string[] | undefined,
  series?: SeriesInput,
): CriteriaJudgement {
  if (criteria === undefined) {
    const verdict = run.verdict;
    if (!verdict || !Array.isArray(verdict.criteria)) return { result: 'none', findings: [] };
    const outcomes = verdict.criteria.filter(
      (o): o is CriterionOutcome => asScope(o) !== undefined && typeof o.criterion === 'string',
    );
    const findings = outcomes.map((o) =>
      outcomeFinding(o, labelOf(o.criterion), { source: 'stored verdict' }),
    );
    for (const text of Array.isArray(verdict.invalid)
      ? verdict.invalid.filter((t) => typeof t === 'string')
      : []) {
      findings.push({
        severity: 'critical',
        kind: 'criteria',
        subject: TOTAL,
        message: text,
        evidence: { source: 'stored verdict', invalid: true },
      });
    }
    const result = verdict.result === 'pass' || verdict.result === 'fail' ? verdict.result : 'none';
    return { result, findings };
  }
  if (criteria.length === 0) return { result: 'none', findings: [] };
  const total = totalScope(run);
  const findings: Finding[] = [];
  const { criteria: parsed, errors } = parseCriteria(criteria);
  let failed = errors.length > 0;
  for (const error of errors) {
    findings.push({
      severity: 'critical',
      kind: 'criteria',
      subject: TOTAL,
      message: error,
      evidence: { invalid: true },
    });
  }
  const labels: Record<string, WindowStats> = {};
  for (const [name, scope] of labelScopes(total)) labels[name] = rowWindow(scope);
  const source: CriteriaSource = {
    total: rowWindow(total ?? {}),
    labels,
    seconds: seriesSeconds(series?.total),
  };
  for (const criterion of parsed) {
    const why = unjudgeable(criterion, series !== undefined);
    if (why !== undefined) {
      failed ||= criterion.status === 'failed';
      findings.push({
        severity: 'warning',
        kind: 'criteria',
        subject: criterion.label === undefined ? TOTAL : { scope: 'label', name: criterion.label },
        message: `${criterion.source}: cannot be judged here, because ${why}`,
        evidence: { criterion: criterion.source, judged: false },
      });
      continue;
    }
    const outcome = evaluateCriterion(criterion, source);
    failed ||= outcome.failsRun;
    findings.push(
      outcomeFinding(outcome, criterion.label, {
        source: criterion.timeframeSec === undefined ? 'stored results' : 'per-second series (within 6.25 %)',
      }),
    );
  }
  return { result: failed ? 'fail' : 'pass', findings };
}
