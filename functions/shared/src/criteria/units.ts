const TIME_UNIT_MS: Readonly<Record<string, number>> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
// Compound values must go from larger to smaller units so that typos like `500ms2s` are caught.
const TIME_UNIT_ORDER = ['h', 'm', 's', 'ms'];
const NUMBER = String.raw`(?:\d+(?:\.\d+)?|\.\d+)`;
const PLAIN_NUMBER_RE = new RegExp(`^${NUMBER}$`);
const TIME_PART_RE = new RegExp(`(${NUMBER})(ms|h|m|s)`, 'gy');

/**
 * Parses `500ms`, `1.5s`, `1m30s`, `2s500ms`. A bare number is seconds, as in Taurus.
 * Returns milliseconds, or undefined when the text is not a duration.
 */
export function parseDurationMs(text: string): number | undefined {
  const value = text.toLowerCase();
  if (PLAIN_NUMBER_RE.test(value)) return Number(value) * 1000;
  TIME_PART_RE.lastIndex = 0;
  let total = 0;
  let consumed = 0;
  let lastRank = -1;
  for (let match = TIME_PART_RE.exec(value); match; match = TIME_PART_RE.exec(value)) {
    const [whole, amount, unit] = match;
    const rank = TIME_UNIT_ORDER.indexOf(unit ?? '');
    if (rank <= lastRank) return undefined;
    lastRank = rank;
    total += Number(amount) * (TIME_UNIT_MS[unit ?? ''] ?? Number.NaN);
    consumed += whole.length;
  }
  return consumed > 0 && consumed === value.length && Number.isFinite(total) ? total : undefined;
}

export function isPlainNumber(text: string): boolean {
  return PLAIN_NUMBER_RE.test(text);
}

/** Short, stable rendering for messages: integers stay whole, other values keep 1-2 decimals. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  const decimals = Math.abs(n) < 10 ? 2 : 1;
  return String(Number(n.toFixed(decimals)));
}

export function formatWithUnit(n: number, unit: string): string {
  switch (unit) {
    case '%':
      return `${formatNumber(n)}%`;
    case 'count':
      return formatNumber(n);
    default:
      return `${formatNumber(n)} ${unit}`;
  }
}
