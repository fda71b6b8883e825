import { formatCount, formatMs, formatRate } from './format.js';
import { renderLineChart } from './svg-chart.js';
import type { RunReport, SeriesPoint } from './types.js';

/**
 * `SeriesPoint.errors` is a count for the interval since the previous point, so it is divided by that interval
 * to plot a rate; with 1 s buckets the two are the same number.
 */
export function errorsPerSecond(series: SeriesPoint[]): number[] {
  const typical = typicalInterval(series);
  return series.map((p, i) => {
    const prev = i === 0 ? p.t - typical : (series[i - 1]?.t ?? 0);
    const dt = p.t - prev;
    return dt > 0 ? p.errors / dt : p.errors;
  });
}

/** The median spacing between points; the first point has no predecessor to measure against. */
function typicalInterval(series: SeriesPoint[]): number {
  const gaps = series
    .slice(1)
    .map((p, i) => p.t - (series[i]?.t ?? 0))
    .filter((d) => d > 0)
    .sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 1;
}

/** The four over-time charts: throughput, latency percentiles, errors, virtual users. */
export function renderCharts(report: RunReport): string[] {
  const s = report.series;
  const t = s.map((p) => p.t);
  const reference =
    report.model === 'open' && report.targetRps !== undefined
      ? { value: report.targetRps, label: `target ${formatRate(report.targetRps)} req/s` }
      : undefined;
  return [
    renderLineChart({
      id: 'chart-rps',
      title: 'Requests per second',
      unit: 'req/s',
      t,
      series: [{ name: 'req/s', key: 'rps', values: s.map((p) => p.rps), area: true }],
      ...(reference ? { reference } : {}),
      formatValue: (v) => `${formatRate(v)} req/s`,
    }),
    renderLineChart({
      id: 'chart-latency',
      title: 'Latency percentiles',
      unit: 'ms',
      t,
      series: [
        { name: 'p99', key: 'p99', values: s.map((p) => p.latencyMs.p99) },
        { name: 'p95', key: 'p95', values: s.map((p) => p.latencyMs.p95) },
        { name: 'p90', key: 'p90', values: s.map((p) => p.latencyMs.p90) },
        { name: 'p50', key: 'p50', values: s.map((p) => p.latencyMs.p50) },
        { name: 'mean', key: 'mean', values: s.map((p) => p.latencyMs.mean), dashed: true },
      ],
      formatValue: (v) => `${formatMs(v)} ms`,
    }),
    renderLineChart({
      id: 'chart-errors',
      title: 'Errors per second',
      unit: 'errors/s',
      t,
      series: [{ name: 'errors/s', key: 'errors', values: errorsPerSecond(s), area: true }],
      formatValue: (v) => `${formatRate(v)} errors/s`,
    }),
    renderLineChart({
      id: 'chart-vus',
      title: 'Virtual users',
      unit: 'VUs',
      t,
      integer: true,
      series: [{ name: 'VUs', key: 'vus', values: s.map((p) => p.vus), area: true }],
      formatValue: (v) => `${formatCount(v)} VUs`,
    }),
  ];
}
