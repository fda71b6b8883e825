/** Number and time formatting shared by the pages. Values the API leaves out render as an en dash. */
const DASH = '–';

export function num(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

export function ms(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return `${num(value, value < 10 ? 2 : 1)} ms`;
}

/** Seconds (DLT's stored unit) to a millisecond string. */
export function secToMs(value: number | null | undefined): string {
  return value === null || value === undefined ? DASH : ms(value * 1000);
}

export function bytes(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = value;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${num(v, i === 0 ? 0 : 1)} ${units[i]}`;
}

/** DLT's stored times are UTC `YYYY-MM-DD HH:MM:SS`. */
export function parseDltTime(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(value) ? `${value.replace(' ', 'T')}Z` : value;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function dateTime(value: string | Date | undefined): string {
  const date = value instanceof Date ? value : parseDltTime(value);
  if (!date) return DASH;
  return date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
}

export function percent(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  return `${num(value, digits)} %`;
}

/** A signed relative change, e.g. "+12.5 %"; undefined when there is no base to compare with. */
export function relativeDelta(value: number | undefined, base: number | undefined): number | undefined {
  if (
    value === undefined ||
    base === undefined ||
    !Number.isFinite(value) ||
    !Number.isFinite(base) ||
    base === 0
  )
    return undefined;
  return ((value - base) / base) * 100;
}

export function signedPercent(delta: number | undefined): string {
  if (delta === undefined) return '';
  return `${delta > 0 ? '+' : ''}${num(delta, 1)} %`;
}
