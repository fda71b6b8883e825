import type { RawSample, SampleSink } from '../contract.js';
import { HeaderedCsv } from '../csv-stream.js';
import { failureKindFromMessage } from '../failure-kind.js';

/**
 * Reads k6's CSV output (`--out csv=FILE`): one row per metric sample, header
 * `metric_name,timestamp,metric_value,check,error,error_code,[expected_response,]group,method,name,proto,scenario,
 * status,subproto,tls_version,url,extra_tags` (columns are found by name, so older and newer layouts both work).
 *
 * k6 writes the samples of one HTTP request together, starting with `http_reqs`; the request's row group ends at
 * the next `http_reqs` or at any row that is not an `http_req_*` metric. From a group: latency =
 * http_req_duration (ms), connect = http_req_connecting (+ http_req_tls_handshaking), status = `status`
 * (0 = no response), the failure message = `error` (with `error_code`), and success = `expected_response`, else
 * the `http_req_failed` sample, else 200-399 without an error. The row's timestamp is when the request ended.
 * Label: the `name` tag (the URL unless the script names the request), prefixed by the group path when in a group.
 * `vus` rows report the active users. Checks, iterations and data_sent/data_received (per iteration, not per
 * request) are not request samples and are skipped.
 */
export class K6CsvSamples {
  private pending: Pending | undefined;
  private readonly csv: HeaderedCsv;
  rows = 0;

  constructor(private readonly sink: SampleSink) {
    this.csv = new HeaderedCsv((row) => this.onRow(row));
  }

  push(text: string): void {
    this.csv.stream.push(text);
  }

  end(): void {
    this.csv.stream.end();
    this.flush();
  }

  private onRow(row: Record<string, string>): void {
    this.rows++;
    const metric = row.metric_name ?? '';
    if (metric === 'http_reqs') {
      this.flush();
      this.pending = { row, durationMs: undefined, connectMs: undefined, failedMetric: undefined };
      return;
    }
    if (metric.startsWith('http_req_') && this.pending !== undefined) {
      const value = Number(row.metric_value);
      if (!Number.isFinite(value)) return;
      if (metric === 'http_req_duration') this.pending.durationMs = value;
      else if (metric === 'http_req_connecting' || metric === 'http_req_tls_handshaking') {
        this.pending.connectMs = (this.pending.connectMs ?? 0) + value;
      } else if (metric === 'http_req_failed') this.pending.failedMetric = value !== 0;
      return;
    }
    this.flush();
    if (metric === 'vus') {
      const value = Number(row.metric_value);
      if (Number.isFinite(value)) this.sink.users?.(value);
    }
  }

  private flush(): void {
    const p = this.pending;
    this.pending = undefined;
    if (p === undefined) return;
    const { row } = p;
    const latencyMs = p.durationMs ?? 0;
    const endedAtMs = parseK6Timestamp(row.timestamp ?? '');
    const status = Number.parseInt(row.status ?? '', 10);
    const httpStatus = Number.isInteger(status) && status > 0 ? status : 0;
    const error = row.error ?? '';
    const errorCode = row.error_code ?? '';
    let success: boolean;
    if (row.expected_response === 'true' || row.expected_response === 'false') {
      success = row.expected_response === 'true';
    } else if (p.failedMetric !== undefined) success = !p.failedMetric;
    else success = httpStatus >= 200 && httpStatus < 400 && error === '';
    const group = (row.group ?? '').replace(/^::/, '');
    const name = row.name || row.url || '';
    const sample: RawSample = {
      startedAtMs: endedAtMs - latencyMs,
      label: group === '' ? name : `${group}::${name}`,
      status: httpStatus,
      success,
      latencyMs,
      bytes: 0,
    };
    if (p.connectMs !== undefined) sample.connectMs = p.connectMs;
    if (error !== '') sample.message = errorCode === '' ? error : `${error} (k6 error code ${errorCode})`;
    if (httpStatus === 0) sample.failure = failureKindFromMessage(error);
    this.sink.add(sample);
  }
}

interface Pending {
  row: Record<string, string>;
  durationMs: number | undefined;
  connectMs: number | undefined;
  failedMetric: boolean | undefined;
}

/** k6's `timeFormat`: unix (s), unix_milli, unix_micro, unix_nano, or RFC 3339; returns epoch ms. */
export function parseK6Timestamp(value: string): number {
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) {
    const n = Number(trimmed);
    if (n < 1e11) return n * 1000;
    if (n < 1e14) return n;
    if (n < 1e17) return n / 1000;
    return n / 1e6;
  }
  const parsed = Date.parse(trimmed);
  return Number.isFinite(parsed) ? parsed : 0;
}
