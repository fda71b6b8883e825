import {
  type Change,
  change,
  METRIC_NAMES,
  type MetricName,
  type MetricValues,
  scopeMetrics,
} from './metrics.js';
import {
  labelScopes,
  type RunRecord,
  regionScopes,
  type Scope,
  type Subject,
  totalScope,
} from './run-record.js';

export interface MetricComparison {
  /** One value per run, in the order the runs were given; null where the run has no such figure. */
  values: Array<number | null>;
  /** Against the first run, one per run (the first run's own change is 0 when it has a value). */
  changes: Change[];
}

export interface ScopeComparison {
  subject: Subject;
  metrics: Record<MetricName, MetricComparison>;
}

export interface RunComparison {
  /** The run every change is measured against: the first one given. */
  baseRunId: string;
  runs: Array<{ testRunId: string; startTime?: string; status?: string }>;
  total: ScopeComparison;
  /** Labels over all regions, in order of first appearance across the runs. */
  labels: ScopeComparison[];
  /** Region totals, by name. */
  regions: ScopeComparison[];
  /** What limits the comparison: runs without results, labels missing from some runs, truncated rows. */
  notes: string[];
}

function compareScope(subject: Subject, perRun: MetricValues[]): ScopeComparison {
  const metrics = {} as Record<MetricName, MetricComparison>;
  for (const name of METRIC_NAMES) {
    const values = perRun.map((m) => m[name]);
    const base = values[0] ?? null;
    metrics[name] = { values, changes: values.map((v) => change(base, v)) };
  }
  return { subject, metrics };
}

function unionInOrder(lists: string[][]): string[] {
  const seen = new Set<string>();
  for (const list of lists) for (const name of list) seen.add(name);
  return [...seen];
}

/**
 * Compares runs figure by figure (mean, p50/p90/p95/p99, requests per second, error rate, requests) in total,
 * per label and per region, each change absolute and in percent of the first run's value. Runs of different
 * scenarios can be compared; labels or regions a run lacks show as null, and `notes` says so.
 */
export function compareRuns(runs: readonly RunRecord[]): RunComparison {
  const first = runs[0];
  if (first === undefined) throw new RangeError('compareRuns needs at least one run');
  const notes: string[] = [];
  const totals = runs.map((run) => {
    const total = totalScope(run);
    if (total === undefined) {
      notes.push(
        `run ${run.testRunId} has no results${run.status ? ` (status ${run.status})` : ''}; its figures are null`,
      );
    }
    if (run.resultsNote) notes.push(`run ${run.testRunId}: ${run.resultsNote}`);
    return total;
  });

  const labelMaps = totals.map((total) => new Map(labelScopes(total)));
  const labels = unionInOrder(labelMaps.map((m) => [...m.keys()]));
  const regionMaps = runs.map((run) => new Map(regionScopes(run)));
  const regions = unionInOrder(regionMaps.map((m) => [...m.keys()])).sort();

  const scoped = (
    subject: Subject,
    maps: Array<Map<string, Scope>>,
    what: 'label' | 'region',
  ): ScopeComparison => {
    const missing = runs.filter((_run, i) => totals[i] !== undefined && !maps[i]!.has(subject.name));
    if (missing.length > 0) {
      notes.push(
        `${what} "${subject.name}" is absent from run${missing.length > 1 ? 's' : ''} ` +
          `${missing.map((r) => r.testRunId).join(', ')}`,
      );
    }
    return compareScope(
      subject,
      maps.map((m) => scopeMetrics(m.get(subject.name))),
    );
  };

  return {
    baseRunId: first.testRunId,
    runs: runs.map((r) => ({
      testRunId: r.testRunId,
      ...(r.startTime === undefined ? {} : { startTime: r.startTime }),
      ...(r.status === undefined ? {} : { status: r.status }),
    })),
    total: compareScope(
      { scope: 'total', name: 'total' },
      totals.map((t) => scopeMetrics(t)),
    ),
    labels: labels.map((name) => scoped({ scope: 'label', name }, labelMaps, 'label')),
    regions: regions.map((name) => scoped({ scope: 'region', name }, regionMaps, 'region')),
    notes,
  };
}
