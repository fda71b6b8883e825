import { displayWidth, padEnd, padStart, sanitizeTerminal, truncate } from '@dlt/report';

export interface Column<T> {
  header: string;
  value: (row: T) => string;
  align?: 'left' | 'right';
  /** Longer cells are cut with an ellipsis; names and tags come from users and can be any length. */
  max?: number;
}

/** Cells come from the API, i.e. from whoever wrote the scenario: made inert before they reach a terminal. */
function cell(text: string, max: number | undefined): string {
  const safe = sanitizeTerminal(text);
  return max === undefined ? safe : truncate(safe, max);
}

/** Aligned columns, two spaces apart, header first; no trailing spaces. */
export function renderTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((row) => columns.map((c) => cell(c.value(row), c.max)));
  const widths = columns.map((c, i) =>
    Math.max(displayWidth(c.header), ...cells.map((r) => displayWidth(r[i] ?? ''))),
  );
  const line = (values: readonly string[]) =>
    columns
      .map((c, i) => {
        const width = widths[i] ?? 0;
        const v = values[i] ?? '';
        return c.align === 'right' ? padStart(v, width) : padEnd(v, width);
      })
      .join('  ')
      .trimEnd();
  return `${[line(columns.map((c) => c.header)), ...cells.map(line)].join('\n')}\n`;
}

/** `key  value` lines with the values aligned. */
export function renderKeyValues(pairs: ReadonlyArray<readonly [string, string]>): string {
  const width = Math.max(0, ...pairs.map(([k]) => displayWidth(k)));
  return `${pairs.map(([k, v]) => `${padEnd(k, width)}  ${sanitizeTerminal(v)}`.trimEnd()).join('\n')}\n`;
}
