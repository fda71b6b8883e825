/** Number formatting shared by the terminal table, the progress line and the HTML report, so they agree. */

export const TOTAL_ROW_LABEL = 'total';

/** Summary columns, shared by the terminal table and the HTML report. */
export const LATENCY_COLUMNS = [
  ['mean', 'mean'],
  ['p50', 'p50'],
  ['p90', 'p90'],
  ['p95', 'p95'],
  ['p99', 'p99'],
  ['p999', 'p99.9'],
  ['max', 'max'],
] as const;

function finite(value: number): number {
  return Number.isFinite(value) ? value : 0;
}

/**
 * Latency in milliseconds with precision that matches what the eye compares: 2 significant digits below 1 ms
 * (down to the histogram's 1 µs resolution), 2 decimals below 10 ms, 1 decimal below 100 ms, integers above.
 * A value that rounds up across a boundary (9.996 -> "10.00") is printed in the next tier instead ("10.0").
 */
export function formatMs(ms: number): string {
  const v = Math.abs(finite(ms));
  const sign = ms < 0 ? '-' : '';
  if (v === 0) return '0';
  if (v < 1) {
    // toPrecision would switch to exponent notation for tiny values; 3 decimals is the 1 µs resolution anyway.
    const s = v < 0.01 ? v.toFixed(3) : v.toPrecision(2);
    if (Number(s) === 0) return `${sign}0.001`;
    if (Number(s) < 1) return sign + s;
  }
  if (v < 10) {
    const s = v.toFixed(2);
    if (Number(s) < 10) return sign + s;
  }
  if (v < 100) {
    const s = v.toFixed(1);
    if (Number(s) < 100) return sign + s;
  }
  return sign + groupThousands(Math.round(v).toString());
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Integer counts with thousands separators, independent of the host locale so output is reproducible. */
export function formatCount(n: number): string {
  const v = Math.round(finite(n));
  return (v < 0 ? '-' : '') + groupThousands(Math.abs(v).toString());
}

/** Requests per second: one decimal, no grouping (it reads like a rate, and stays compact in the progress line). */
export function formatRate(rps: number): string {
  return finite(rps).toFixed(1);
}

/** Percent 0..100; tiny non-zero rates stay visible instead of rounding to 0. */
export function formatPercent(pct: number): string {
  const v = finite(pct);
  if (v === 0) return '0%';
  if (v < 0.01) return '<0.01%';
  if (v >= 100) return '100%';
  const s = v < 10 ? v.toFixed(2) : v.toFixed(1);
  return `${s}%`;
}

/** Wall-clock durations: "4.5s", "12s", "1m05s", "1h02m03s". */
export function formatDuration(sec: number): string {
  const v = Math.max(0, finite(sec));
  if (v < 10 && !Number.isInteger(v)) {
    const s = v.toFixed(1);
    if (Number(s) < 10) return `${s}s`;
  }
  const total = Math.round(v);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number): string => n.toString().padStart(2, '0');
  if (h > 0) return `${h}h${two(m)}m${two(s)}s`;
  if (m > 0) return `${m}m${two(s)}s`;
  return `${s}s`;
}

/** Decimal units (kB = 1000 B), as network throughput is usually quoted. */
export function formatBytes(bytes: number): string {
  const v = Math.max(0, finite(bytes));
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = v;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0
    ? `${Math.round(value)} B`
    : `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ${units[unit]}`;
}

/** HTTP codes ascending first, then non-HTTP outcomes ('timeout', 'econnrefused') alphabetically. */
export function sortedStatusCodes(codes: Record<string, number>): Array<[string, number]> {
  const isCode = (k: string): boolean => /^\d+$/.test(k);
  return Object.entries(codes).sort(([a], [b]) => {
    if (isCode(a) && isCode(b)) return Number(a) - Number(b);
    if (isCode(a) !== isCode(b)) return isCode(a) ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

/** Most frequent first; ties broken by key so the order never depends on how the record was built. */
export function byCountDesc(record: Record<string, number>): Array<[string, number]> {
  return Object.entries(record).sort(([ka, a], [kb, b]) => b - a || (ka < kb ? -1 : ka > kb ? 1 : 0));
}

/** A criterion's measured value with its unit, or "no data". Thresholds read as written: "1%", not "1.00%". */
export function formatMeasured(value: number | null, unit: string): string {
  if (value === null) return 'no data';
  if (unit === 'ms') return `${formatMs(value)} ms`;
  if (unit === '%') return `${formatNumber(value)}%`;
  if (unit === 'req/s' || unit === 'rps') return `${Number(formatRate(value))} ${unit}`;
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

/** A general-purpose number: integers grouped, others with up to 2 decimals. */
export function formatNumber(value: number): string {
  const v = finite(value);
  if (Number.isInteger(v)) return formatCount(v);
  const abs = Math.abs(v);
  return abs >= 100 ? formatCount(v) : String(Number(v.toFixed(abs < 10 ? 2 : 1)));
}
