import type { TestRunSummary } from '../api/types.js';
import { relativeDelta } from './format.js';

function cell(value: unknown): string {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\n\r]/.test(text) || /^[=+\-@]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const COLUMNS: Array<[string, (r: TestRunSummary) => number | string | undefined]> = [
  ['testRunId', (r) => r.testRunId],
  ['startTime', (r) => r.startTime],
  ['endTime', (r) => r.endTime],
  ['status', (r) => r.status],
  ['requests', (r) => r.requests],
  ['success', (r) => r.success],
  ['errors', (r) => r.errors],
  ['requestsPerSecond', (r) => r.requestsPerSecond],
  ['avgResponseTimeMs', (r) => r.avgResponseTime],
  ['p50Ms', (r) => r.percentiles?.p50],
  ['p90Ms', (r) => r.percentiles?.p90],
  ['p95Ms', (r) => r.percentiles?.p95],
  ['p99Ms', (r) => r.percentiles?.p99],
  ['p100Ms', (r) => r.percentiles?.p100],
  ['avgBandwidthBytesPerSec', (r) => r.avgBandwidth],
];
const DELTA_COLUMNS = ['requestsPerSecond', 'avgResponseTimeMs', 'p95Ms', 'p99Ms'];

/** The runs table as CSV, with the change against the baseline (in %) for the main metrics when one is set. */
export function runsToCsv(runs: readonly TestRunSummary[], baseline?: TestRunSummary): string {
  const header = COLUMNS.map(([name]) => name);
  if (baseline) header.push(...DELTA_COLUMNS.map((c) => `${c}VsBaselinePercent`));
  const lines = [header.map(cell).join(',')];
  for (const run of runs) {
    const values: unknown[] = COLUMNS.map(([, get]) => get(run));
    if (baseline) {
      for (const name of DELTA_COLUMNS) {
        const get = COLUMNS.find(([n]) => n === name)![1];
        const d = relativeDelta(Number(get(run)), Number(get(baseline)));
        values.push(d === undefined ? '' : d.toFixed(2));
      }
    }
    lines.push(values.map(cell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function downloadText(name: string, text: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
