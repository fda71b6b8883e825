import { emptyTimeSeriesColumns, type TimeSeriesColumns } from '@dlt/shared';
import { ToolFailure } from './tool.js';

const SUMMED = ['requests', 'errors', 'bytes'] as const;
const HIGHEST = ['p50Ms', 'p90Ms', 'p95Ms', 'p99Ms', 'maxMs'] as const;

function maxOf(values: Array<number | null>): number | null {
  let best: number | null = null;
  for (const v of values) if (v !== null && (best === null || v > best)) best = v;
  return best;
}

/** Buckets of `stepSec` seconds: counts summed, vus and latency percentiles the bucket's highest second. */
export function downsampleColumns(c: TimeSeriesColumns, stepSec: number): TimeSeriesColumns {
  if (stepSec <= 1) return c;
  const out = emptyTimeSeriesColumns();
  for (let from = 0; from < c.t.length; from += stepSec) {
    const to = Math.min(c.t.length, from + stepSec);
    const slice = <T>(column: T[]) => column.slice(from, to);
    out.t.push(c.t[from]!);
    out.vus.push(maxOf(slice(c.vus)) ?? 0);
    for (const name of SUMMED) out[name].push(slice(c[name]).reduce((a, b) => a + b, 0));
    const requests = out.requests[out.requests.length - 1]!;
    out.rps.push(Math.round((requests / (to - from)) * 1000) / 1000);
    let weighted = 0;
    slice(c.meanMs).forEach((m, i) => {
      if (m !== null) weighted += m * (c.requests[from + i] ?? 0);
    });
    out.meanMs.push(requests > 0 ? Math.round((weighted / requests) * 1000) / 1000 : null);
    for (const name of HIGHEST) out[name].push(maxOf(slice(c[name])));
  }
  return out;
}

export function downsampleSeries(
  series: Record<string, unknown>,
  opts: { region?: string | undefined; stepSec: number },
): Record<string, unknown> {
  const regions = (series.regions ?? {}) as Record<string, TimeSeriesColumns>;
  const { total, regions: _regions, ...meta } = series;
  const result: Record<string, unknown> = { ...meta, stepSec: opts.stepSec };
  if (opts.region !== undefined) {
    const one = regions[opts.region];
    if (one === undefined) {
      const known = Object.keys(regions);
      throw new ToolFailure(
        `the run has no series for region ${opts.region}; its regions are: ${known.length > 0 ? known.join(', ') : 'none'}`,
      );
    }
    result.regions = { [opts.region]: downsampleColumns(one, opts.stepSec) };
    return result;
  }
  result.total = downsampleColumns(total as TimeSeriesColumns, opts.stepSec);
  result.regions = Object.fromEntries(
    Object.entries(regions).map(([name, c]) => [name, downsampleColumns(c, opts.stepSec)]),
  );
  return result;
}
