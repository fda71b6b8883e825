import { byCountDesc, sortedStatusCodes } from './format.js';
import type { RunReport } from './types.js';

/**
 * The machine-readable report (docs/json-report.md). Keys are written in a fixed, documented order so that two
 * reports diff cleanly: known fields in schema order, then any extra fields alphabetically. Records are ordered
 * by meaning: status codes ascending, error messages by count, labels in scenario (insertion) order.
 */

type Json = null | boolean | number | string | Json[] | Ordered;
/** Explicit entry list: a plain object would hoist integer-like keys ('200', or a label named '1') to the front. */
interface Ordered {
  entries: Array<[string, Json]>;
}

interface Shape {
  keys: readonly string[];
  children?: Record<string, Shape>;
}

const METRICS: Shape = {
  keys: ['requests', 'errors', 'errorRate', 'rps', 'bytes', 'latencyMs', 'statusCodes', 'errorMessages'],
  children: { latencyMs: { keys: ['min', 'mean', 'p50', 'p90', 'p95', 'p99', 'p999', 'max'] } },
};
const POINT: Shape = {
  keys: ['t', 'vus', 'rps', 'errors', 'latencyMs'],
  children: { latencyMs: { keys: ['mean', 'p50', 'p90', 'p95', 'p99'] } },
};
const CRITERION: Shape = { keys: ['criterion', 'passed', 'actual', 'threshold', 'unit', 'message'] };
const WORKER: Shape = { keys: ['task', 'exitCode', 'peakRssMb', 'requests'] };
export const REPORT_KEY_ORDER = [
  'schema',
  'testName',
  'testId',
  'startedAt',
  'endedAt',
  'durationSec',
  'tasks',
  'model',
  'targetRps',
  'dropped',
  'total',
  'labels',
  'series',
  'verdict',
  'criteria',
  'workers',
  'histogramErrorBound',
  'seriesErrorBound',
] as const;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Generic fallback for fields this module does not know: keys sorted, recursively. */
function generic(value: unknown): Json | undefined {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((v) => generic(v) ?? null);
  if (isPlainObject(value)) {
    const keys = Object.keys(value).sort();
    return { entries: keys.flatMap((k) => withValue(k, generic(value[k]))) };
  }
  return undefined;
}

function withValue(key: string, v: Json | undefined): Array<[string, Json]> {
  return v === undefined ? [] : [[key, v]];
}

function shaped(value: unknown, shape: Shape): Json | undefined {
  if (!isPlainObject(value)) return generic(value);
  const known = new Set(shape.keys);
  const entries: Array<[string, Json]> = [];
  for (const key of shape.keys) {
    const child = shape.children?.[key];
    entries.push(...withValue(key, child ? shaped(value[key], child) : generic(value[key])));
  }
  for (const key of Object.keys(value)
    .filter((k) => !known.has(k))
    .sort()) {
    entries.push(...withValue(key, generic(value[key])));
  }
  return { entries };
}

function counts(pairs: Array<[string, number]>): Ordered {
  return { entries: pairs.map(([k, n]) => [k, Number.isFinite(n) ? n : null]) };
}

function metrics(value: RunReport['total']): Json {
  const base = shaped(value, METRICS) as Ordered;
  return {
    entries: base.entries.map(([k, v]): [string, Json] => {
      if (k === 'statusCodes') return [k, counts(sortedStatusCodes(value.statusCodes))];
      if (k === 'errorMessages') return [k, counts(byCountDesc(value.errorMessages))];
      return [k, v];
    }),
  };
}

function toOrdered(report: RunReport): Ordered {
  const special: Record<string, () => Json> = {
    total: () => metrics(report.total),
    labels: () => ({ entries: Object.entries(report.labels).map(([label, m]) => [label, metrics(m)]) }),
    series: () => report.series.map((p) => shaped(p, POINT) ?? null),
    criteria: () => report.criteria.map((c) => shaped(c, CRITERION) ?? null),
    workers: () => report.workers.map((w) => shaped(w, WORKER) ?? null),
  };
  const record = report as unknown as Record<string, unknown>;
  const known = new Set<string>(REPORT_KEY_ORDER);
  const entries: Array<[string, Json]> = [];
  for (const key of REPORT_KEY_ORDER) {
    if (record[key] === undefined) continue;
    const make = special[key];
    entries.push(...withValue(key, make ? make() : generic(record[key])));
  }
  for (const key of Object.keys(record)
    .filter((k) => !known.has(k))
    .sort()) {
    entries.push(...withValue(key, generic(record[key])));
  }
  return { entries };
}

function write(value: Json, indent: string): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + write(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value.entries.length === 0) return '{}';
  const body = value.entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${write(v, inner)}`).join(',\n');
  return `{\n${body}\n${indent}}`;
}

/** Pretty-printed (2 spaces), newline-terminated. Non-finite numbers become null, as JSON has no NaN. */
export function renderJsonReport(report: RunReport): string {
  return `${write(toOrdered(report), '')}\n`;
}
