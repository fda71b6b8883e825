import { formatCount, formatDuration, formatMs, formatRate } from './format.js';
import { truncate } from './text.js';

export interface ProgressState {
  elapsedSec: number;
  /** null when the run is bounded by iterations rather than time: the bar is then indeterminate */
  totalSec: number | null;
  vus: number;
  rps: number;
  /** null before the first response */
  p95Ms: number | null;
  errors: number;
  /**
   * Terminal columns available (e.g. `process.stdout.columns`); default 80. The bar is 20 columns, shrinks when
   * the terminal is narrow and is dropped below 10, so the line never wraps (a wrapped line breaks `\r` redraws).
   */
  width?: number;
}

const DEFAULT_WIDTH = 80;
const BAR = 20;
const MIN_BAR = 10;
const BOUNCER = '<=>';

function safe(n: number): number {
  return Number.isFinite(n) && n > 0 ? n : 0;
}

function determinateBar(fraction: number, inner: number): string {
  const f = Math.min(1, Math.max(0, fraction));
  if (f >= 1) return '='.repeat(inner);
  const filled = Math.min(inner - 1, Math.floor(f * inner));
  return `${'='.repeat(filled)}>${' '.repeat(inner - filled - 1)}`;
}

/** A block that bounces once per 2·(inner−3) seconds; derived from elapsed time so the function stays pure. */
function indeterminateBar(elapsedSec: number, inner: number): string {
  const travel = inner - BOUNCER.length;
  if (travel <= 0) return '='.repeat(inner);
  const step = Math.floor(elapsedSec) % (2 * travel);
  const pos = step <= travel ? step : 2 * travel - step;
  return `${' '.repeat(pos)}${BOUNCER}${' '.repeat(travel - pos)}`;
}

/** One status line per second during a run, e.g. `[=====>      ] 12s/60s  VUs 50  1234.5 req/s  p95 12.3 ms  errors 0`. */
export function formatProgressLine(p: ProgressState): string {
  const elapsed = safe(p.elapsedSec);
  const total = p.totalSec === null ? null : safe(p.totalSec);
  const totalText = total === null ? '' : formatDuration(total);
  // Padded to the total's width so the rest of the line does not shift as the clock grows.
  const clock =
    total === null
      ? formatDuration(elapsed)
      : `${formatDuration(elapsed).padStart(totalText.length)}/${totalText}`;
  const text = [
    clock,
    `VUs ${formatCount(safe(p.vus))}`,
    `${formatRate(safe(p.rps))} req/s`,
    `p95 ${p.p95Ms === null || !Number.isFinite(p.p95Ms) ? '-' : `${formatMs(p.p95Ms)} ms`}`,
    `errors ${formatCount(safe(p.errors))}`,
  ].join('  ');

  const width =
    p.width !== undefined && Number.isFinite(p.width) && p.width > 0 ? Math.floor(p.width) : DEFAULT_WIDTH;
  const inner = Math.min(BAR, width - text.length - 3);
  if (inner < MIN_BAR) return truncate(text, width);
  const bar =
    total === null
      ? indeterminateBar(elapsed, inner)
      : determinateBar(total > 0 ? elapsed / total : 1, inner);
  return `[${bar}] ${text}`;
}
