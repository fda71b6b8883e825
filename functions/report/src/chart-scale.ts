/** Axis scales for the SVG charts: "nice" round tick values so axes read 0, 250, 500 rather than 0, 233, 466. */

export interface Ticks {
  /** top of the axis domain (>= the data maximum) */
  max: number;
  values: number[];
}

function clean(n: number): number {
  return Number(n.toPrecision(12));
}

/** Ticks from 0 to a round number at or above `dataMax`, about `target` intervals. */
export function niceTicks(dataMax: number, opts: { target?: number; integer?: boolean } = {}): Ticks {
  const target = opts.target ?? 5;
  const max = Number.isFinite(dataMax) && dataMax > 0 ? dataMax : 1;
  const raw = max / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const steps = opts.integer ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10];
  let step = 10 * magnitude;
  for (const s of steps) {
    if (s * magnitude >= raw) {
      step = s * magnitude;
      break;
    }
  }
  if (opts.integer) step = Math.max(1, Math.round(step));
  const count = Math.max(1, Math.ceil(clean(max / step)));
  const values = Array.from({ length: count + 1 }, (_, i) => clean(i * step));
  return { max: values[values.length - 1]!, values };
}

const TIME_STEPS = [
  1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400,
];

/** Time ticks in seconds on human boundaries (10 s, 1 min, 5 min, ...), not exceeding `domainMax`. */
export function timeTicks(domainMax: number, maxTicks = 8): number[] {
  const max = Number.isFinite(domainMax) && domainMax > 0 ? domainMax : 1;
  const step = TIME_STEPS.find((s) => max / s <= maxTicks) ?? Math.ceil(max / maxTicks / 86400) * 86400;
  const values: number[] = [];
  for (let t = 0; t <= max + 1e-9; t += step) values.push(t);
  return values;
}

export function formatTimeTick(sec: number): string {
  const s = Math.round(sec);
  if (s === 0) return '0';
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  const parts: string[] = [];
  if (h) parts.push(`${h}h`);
  if (m) parts.push(`${m}m`);
  if (rest || parts.length === 0) parts.push(`${rest}s`);
  return parts.join('');
}

/** Compact axis labels: 950, 1.5k, 12k, 2.5M; fractions keep up to 2 decimals. */
export function formatAxisValue(v: number): string {
  const abs = Math.abs(v);
  if (abs >= 1e6)
    return `${clean(v / 1e6)
      .toString()
      .replace(/(\.\d{1,2})\d*$/, '$1')}M`;
  if (abs >= 1e4)
    return `${clean(v / 1e3)
      .toString()
      .replace(/(\.\d)\d*$/, '$1')}k`;
  if (abs >= 1e3)
    return `${clean(v / 1e3)
      .toString()
      .replace(/(\.\d{1,2})\d*$/, '$1')}k`;
  return String(clean(Number(v.toFixed(2))));
}
