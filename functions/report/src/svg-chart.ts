import { formatAxisValue, formatTimeTick, niceTicks, timeTicks } from './chart-scale.js';
import { escapeHtml } from './escape.js';

/**
 * Server-side SVG line charts. The report must open offline with no scripts, so every chart is plain markup:
 * axes, grid, lines and a native `<title>` tooltip per time column. Colours come from CSS custom properties
 * (see html-style.ts) so the dark-mode media query restyles charts too.
 */

export interface ChartSeries {
  name: string;
  /** CSS colour key: `s-<key>` selects `--c-<key>` */
  key: string;
  values: number[];
  dashed?: boolean;
  /** translucent fill under the line, for single-series charts */
  area?: boolean;
}

export interface LineChartSpec {
  id: string;
  title: string;
  /** unit shown above the y axis */
  unit: string;
  /** x values, seconds since start; same length as every series' values */
  t: number[];
  series: ChartSeries[];
  integer?: boolean;
  /** a dashed horizontal reference, e.g. the target rate of an open-model run */
  reference?: { value: number; label: string };
  formatValue: (v: number) => string;
}

const W = 640;
const H = 250;
const M = { left: 52, right: 16, top: 26, bottom: 30 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;
const MAX_HOVER_COLUMNS = 240;
/** Above this many samples a line is decimated: ~600 buckets, each keeping its min and max so spikes survive. */
const MAX_LINE_POINTS = 1200;

const r1 = (n: number): number => Math.round(n * 10) / 10;
const num = (v: number | undefined): number => (v !== undefined && Number.isFinite(v) ? v : 0);

function maxOf(values: Iterable<number>): number {
  let m = 0;
  for (const v of values) if (Number.isFinite(v) && v > m) m = v;
  return m;
}

/** Indices to draw: all of them for short runs, else per bucket the min and max sample in time order. */
function drawnIndices(values: number[], n: number): number[] {
  if (n <= MAX_LINE_POINTS) return Array.from({ length: n }, (_, i) => i);
  const size = Math.ceil(n / (MAX_LINE_POINTS / 2));
  const out: number[] = [];
  for (let start = 0; start < n; start += size) {
    let lo = start;
    let hi = start;
    for (let i = start; i < Math.min(n, start + size); i++) {
      if (num(values[i]) < num(values[lo])) lo = i;
      if (num(values[i]) > num(values[hi])) hi = i;
    }
    out.push(...(lo === hi ? [lo] : lo < hi ? [lo, hi] : [hi, lo]));
  }
  return out;
}

interface Scale {
  x(t: number): number;
  y(v: number): number;
}

function hasData(spec: LineChartSpec): boolean {
  return spec.t.length > 0 && spec.series.some((s) => s.values.length > 0);
}

function renderAxes(xTicks: number[], yTicks: number[], scale: Scale, unit: string): string {
  const parts: string[] = [];
  for (const v of yTicks) {
    const y = r1(scale.y(v));
    parts.push(`<line class="grid" x1="${M.left}" x2="${W - M.right}" y1="${y}" y2="${y}"/>`);
    parts.push(
      `<text class="tick" x="${M.left - 6}" y="${y + 3.5}" text-anchor="end">${formatAxisValue(v)}</text>`,
    );
  }
  const base = H - M.bottom;
  parts.push(`<line class="axis" x1="${M.left}" x2="${W - M.right}" y1="${base}" y2="${base}"/>`);
  for (const t of xTicks) {
    const x = r1(scale.x(t));
    parts.push(`<line class="axis" x1="${x}" x2="${x}" y1="${base}" y2="${base + 4}"/>`);
    parts.push(
      `<text class="tick" x="${x}" y="${base + 16}" text-anchor="middle">${formatTimeTick(t)}</text>`,
    );
  }
  parts.push(
    `<text class="unit" x="${M.left}" y="${M.top - 10}" text-anchor="start">${escapeHtml(unit)}</text>`,
  );
  parts.push(
    `<text class="unit x-unit" x="${W - M.right}" y="${H - 2}" text-anchor="end">time since start</text>`,
  );
  return parts.join('');
}

function renderSeries(spec: LineChartSpec, scale: Scale): string {
  const parts: string[] = [];
  const base = r1(scale.y(0));
  for (const s of spec.series) {
    const n = Math.min(s.values.length, spec.t.length);
    if (n === 0) continue;
    const pts = drawnIndices(s.values, n).map(
      (i) => `${r1(scale.x(num(spec.t[i])))},${r1(scale.y(num(s.values[i])))}`,
    );
    if (s.area && n > 1) {
      const first = r1(scale.x(num(spec.t[0])));
      const last = r1(scale.x(num(spec.t[n - 1])));
      parts.push(
        `<polygon class="area s-${s.key}" points="${first},${base} ${pts.join(' ')} ${last},${base}"/>`,
      );
    }
    if (n > 1) {
      parts.push(`<polyline class="line s-${s.key}${s.dashed ? ' dashed' : ''}" points="${pts.join(' ')}"/>`);
    } else {
      // A single sample has no line to draw; a dot keeps it visible.
      const [x, y] = pts[0]!.split(',');
      parts.push(`<circle class="dot s-${s.key}" cx="${x}" cy="${y}" r="3.5"/>`);
    }
  }
  return parts.join('');
}

function renderReference(spec: LineChartSpec, scale: Scale): string {
  if (!spec.reference || !(spec.reference.value > 0)) return '';
  const y = r1(scale.y(spec.reference.value));
  return (
    `<line class="reference" x1="${M.left}" x2="${W - M.right}" y1="${y}" y2="${y}"/>` +
    `<text class="ref-label" x="${W - M.right - 4}" y="${y - 5}" text-anchor="end">${escapeHtml(spec.reference.label)}</text>`
  );
}

/** Invisible columns carrying the values as native tooltips; long runs are grouped to bound the file size. */
function renderHover(spec: LineChartSpec, scale: Scale): string {
  const n = spec.t.length;
  const group = Math.max(1, Math.ceil(n / MAX_HOVER_COLUMNS));
  const parts: string[] = ['<g class="hover">'];
  for (let i = 0; i < n; i += group) {
    const j = Math.min(n - 1, i + group - 1);
    // Each column spans halfway to its neighbours so the whole plot area is hoverable.
    const xl = i === 0 ? M.left : (scale.x(num(spec.t[i - 1])) + scale.x(num(spec.t[i]))) / 2;
    const xr = j === n - 1 ? W - M.right : (scale.x(num(spec.t[j])) + scale.x(num(spec.t[j + 1]))) / 2;
    const cx = r1(scale.x(num(spec.t[j])));
    const lines = spec.series.map((s) => `${s.name}: ${spec.formatValue(num(s.values[j]))}`);
    const tip = `${formatTimeTick(num(spec.t[j]))}\n${lines.join('\n')}`;
    parts.push(
      `<g><rect x="${r1(xl)}" y="${M.top}" width="${r1(Math.max(0.5, xr - xl))}" height="${PLOT_H}"/>` +
        `<line x1="${cx}" x2="${cx}" y1="${M.top}" y2="${H - M.bottom}"/><title>${escapeHtml(tip)}</title></g>`,
    );
  }
  parts.push('</g>');
  return parts.join('');
}

function renderLegend(spec: LineChartSpec): string {
  const items = spec.series.map(
    (s) =>
      `<li><span class="swatch s-${s.key}${s.dashed ? ' dashed' : ''}"></span>${escapeHtml(s.name)}</li>`,
  );
  if (spec.reference && spec.reference.value > 0) {
    items.push(`<li><span class="swatch reference"></span>${escapeHtml(spec.reference.label)}</li>`);
  }
  return `<ul class="legend">${items.join('')}</ul>`;
}

/** One `<figure>` holding a titled SVG chart and its legend. */
export function renderLineChart(spec: LineChartSpec): string {
  const data = hasData(spec);
  const tMax = Math.max(1, maxOf(spec.t));
  const vMax = Math.max(maxOf(spec.series.map((s) => maxOf(s.values))), num(spec.reference?.value));
  const yTicks = niceTicks(vMax, { integer: spec.integer === true });
  const xTicks = timeTicks(tMax);
  const scale: Scale = {
    x: (t) => M.left + (t / tMax) * PLOT_W,
    y: (v) => M.top + PLOT_H - (v / yTicks.max) * PLOT_H,
  };
  const titleId = `${spec.id}-title`;
  const body = data
    ? renderReference(spec, scale) + renderSeries(spec, scale) + renderHover(spec, scale)
    : `<text class="empty" x="${M.left + PLOT_W / 2}" y="${M.top + PLOT_H / 2}" text-anchor="middle">No data recorded</text>`;
  return (
    `<figure class="chart" id="${spec.id}"><figcaption id="${titleId}">${escapeHtml(spec.title)}</figcaption>` +
    `<svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${titleId}" preserveAspectRatio="xMidYMid meet">` +
    renderAxes(xTicks, yTicks.values, scale, spec.unit) +
    body +
    `</svg>${renderLegend(spec)}</figure>`
  );
}
