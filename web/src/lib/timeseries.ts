import type { TimeSeriesColumns } from '../api/types.js';

export type Column = Exclude<keyof TimeSeriesColumns, 't'>;

/** One column of a stored series as chart points; `relativeTo` shifts x to seconds since the run began. */
export function columnPoints(
  cols: TimeSeriesColumns | undefined,
  column: Column,
  relativeTo?: number,
): Array<{ x: number; y: number | null }> {
  if (!cols) return [];
  const ys = cols[column] as Array<number | null>;
  return cols.t.map((t, i) => ({ x: relativeTo === undefined ? t : t - relativeTo, y: ys[i] ?? null }));
}
