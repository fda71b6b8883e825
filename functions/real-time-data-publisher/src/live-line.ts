import type { EncodedSecond, EncodedSecondLabel } from '@dlt/shared';

/**
 * One `{"type":"live",…}` line of the load tester's stdout: one task, one second. `requests`/`errors` are
 * cumulative since the start; `second` holds that second's own counts per label. `testId` and `region` are
 * on the line so the Lambda can route it (CloudWatch log groups and streams do not name the test).
 */
export interface LiveLine {
  type: 'live';
  taskId: string;
  /** Unix epoch second the line describes. */
  t: number;
  vus: number;
  requests: number;
  errors: number;
  second: EncodedSecond;
  testId?: string;
  region?: string;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isCount = (v: unknown): v is number => isNumber(v) && v >= 0;

function isSecondLabel(v: unknown): v is EncodedSecondLabel {
  if (!Array.isArray(v) || v.length !== 9) return false;
  const [index, requests, errors, bytes, sum, min, max, buckets, codes] = v as unknown[];
  return (
    [index, requests, errors, bytes, sum, min, max].every(isCount) &&
    Array.isArray(buckets) &&
    buckets.every(isNumber) &&
    typeof codes === 'object' &&
    codes !== null
  );
}

function isSecond(v: unknown): v is EncodedSecond {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Partial<EncodedSecond>;
  return isNumber(s.t) && isCount(s.vus) && Array.isArray(s.l) && s.l.every(isSecondLabel);
}

/**
 * The live line in `value` (a parsed object, or a log message holding one), or undefined for anything else:
 * other worker lines (ready, started, done), log noise, malformed JSON. Text before the first '{' is skipped,
 * so a log driver's prefix does not hide the line.
 */
export function parseLiveLine(value: unknown): LiveLine | undefined {
  let candidate = value;
  if (typeof value === 'string') {
    const start = value.indexOf('{');
    if (start < 0) return undefined;
    try {
      candidate = JSON.parse(value.slice(start));
    } catch {
      return undefined;
    }
  }
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  const line = candidate as Partial<LiveLine>;
  if (
    line.type !== 'live' ||
    typeof line.taskId !== 'string' ||
    !isNumber(line.t) ||
    !isCount(line.vus) ||
    !isCount(line.requests) ||
    !isCount(line.errors) ||
    !isSecond(line.second)
  ) {
    return undefined;
  }
  if (line.testId !== undefined && typeof line.testId !== 'string') return undefined;
  if (line.region !== undefined && typeof line.region !== 'string') return undefined;
  return line as LiveLine;
}
