import type { CriterionOutcome } from '../criteria/types.js';

/**
 * A run as the API returns it (`GET /scenarios/{testId}/testruns/{testRunId}`, or the baseline's
 * `testRunDetails`): only the fields the analysis reads. Everything is optional and read defensively, because
 * rows come from JSON: a running run has `results: {}`, an oversized one has no labels (`resultsNote`), and
 * rows written by DLT itself lack the fields this product adds (`rps`, `errorRate`, `dropped`…).
 */
export interface RunRecord {
  testRunId: string;
  startTime?: string;
  status?: string;
  errorReason?: string;
  /** `total` plus one entry per region, each in DLT's field names (times in seconds). */
  results?: Record<string, unknown>;
  verdict?: { result?: string; criteria?: CriterionOutcome[]; invalid?: string[]; partial?: boolean };
  testScenario?: unknown;
  resultsNote?: string;
}

/** Where a number belongs: the whole run, one label (over all regions) or one region. */
export interface Subject {
  scope: 'total' | 'label' | 'region';
  /** `total`, the label, or the region name. */
  name: string;
}

export type Scope = Record<string, unknown>;

export function asScope(value: unknown): Scope | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Scope) : undefined;
}

export function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The run's `total` scope, or undefined while it has no results. */
export function totalScope(run: RunRecord): Scope | undefined {
  return asScope(run.results?.total);
}

/** Region scopes in name order: every entry of `results` but `total` that looks like a scope. */
export function regionScopes(run: RunRecord): Array<[string, Scope]> {
  const out: Array<[string, Scope]> = [];
  for (const [name, value] of Object.entries(run.results ?? {})) {
    const scope = asScope(value);
    if (name !== 'total' && scope !== undefined && 'throughput' in scope) out.push([name, scope]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Per-label scopes of a scope (the run's total: labels over all regions), in stored order. */
export function labelScopes(scope: Scope | undefined): Array<[string, Scope]> {
  const labels = scope?.labels;
  if (!Array.isArray(labels)) return [];
  const out: Array<[string, Scope]> = [];
  for (const entry of labels) {
    const s = asScope(entry);
    if (s !== undefined && typeof s.label === 'string') out.push([s.label, s]);
  }
  return out;
}

export function describeSubject(subject: Subject): string {
  switch (subject.scope) {
    case 'total':
      return 'the whole run';
    case 'label':
      return `label "${subject.name}"`;
    case 'region':
      return `region ${subject.name}`;
  }
}

/** DLT's `rc` list (`[{code, count}]`), keeping only well-formed entries. */
export function rcEntries(scope: Scope): Array<{ code: string; count: number }> {
  if (!Array.isArray(scope.rc)) return [];
  const out: Array<{ code: string; count: number }> = [];
  for (const entry of scope.rc) {
    const e = asScope(entry);
    const count = num(e?.count);
    if (
      e !== undefined &&
      (typeof e.code === 'string' || typeof e.code === 'number') &&
      count !== undefined
    ) {
      out.push({ code: String(e.code), count });
    }
  }
  return out;
}

/** A `{key: count}` object (status codes, error messages), keeping only numeric counts. */
export function countRecord(value: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(asScope(value) ?? {})) {
    const n = num(v);
    if (n !== undefined) out[k] = n;
  }
  return out;
}
