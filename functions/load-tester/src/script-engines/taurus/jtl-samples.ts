import type { RawSample, SampleSink } from '../contract.js';
import { HeaderedCsv } from '../csv-stream.js';
import { failureKindFromMessage } from '../failure-kind.js';

export interface JtlOptions {
  /**
   * What `timeStamp` means: JMeter writes the sample's start; Taurus's Locust wrapper writes the time the row
   * was written, i.e. the end.
   */
  timestamp: 'start' | 'end';
}

/**
 * Reads a CSV JTL with a header row (JMeter's result file, and Taurus's `kpi.jtl` for JMeter and Locust):
 * `timeStamp` (epoch ms), `elapsed` (ms), `label`, `responseCode`, `responseMessage`, `success`, `bytes`,
 * `allThreads`, `Connect` and `failureMessage` when present. A responseCode that is not a number (JMeter's
 * `Non HTTP response code: java.net.ConnectException`) means no response: status 0, and the text is the message.
 */
export class JtlSamples {
  private readonly csv: HeaderedCsv;
  rows = 0;
  unreadable = 0;

  constructor(
    private readonly sink: SampleSink,
    private readonly options: JtlOptions,
  ) {
    this.csv = new HeaderedCsv((row) => this.onRow(row));
  }

  push(text: string): void {
    this.csv.stream.push(text);
  }

  end(): void {
    this.csv.stream.end();
  }

  private onRow(row: Record<string, string>): void {
    const timeStamp = Number(row.timeStamp);
    const elapsed = Number(row.elapsed);
    if (!Number.isFinite(timeStamp) || !Number.isFinite(elapsed)) {
      this.unreadable++;
      return;
    }
    this.rows++;
    const codeText = (row.responseCode ?? '').trim();
    const code = /^\d+$/.test(codeText) ? Number(codeText) : 0;
    const success = (row.success ?? '').trim().toLowerCase() === 'true';
    const sample: RawSample = {
      startedAtMs: this.options.timestamp === 'start' ? timeStamp : timeStamp - elapsed,
      label: row.label ?? '',
      status: code,
      success,
      latencyMs: elapsed,
      bytes: Number(row.bytes) || 0,
    };
    const connect = Number(row.Connect);
    if (row.Connect !== undefined && row.Connect !== '' && Number.isFinite(connect))
      sample.connectMs = connect;
    if (!success || code === 0) {
      const message =
        row.failureMessage || (code === 0 && codeText !== '' ? codeText : '') || row.responseMessage || '';
      if (message !== '') sample.message = message;
      if (code === 0) sample.failure = failureKindFromMessage(`${codeText} ${row.responseMessage ?? ''}`);
    }
    const users = Number(row.allThreads);
    if (row.allThreads !== undefined && row.allThreads !== '' && Number.isFinite(users))
      this.sink.users?.(users);
    this.sink.add(sample);
  }
}
