import { describe, expect, it } from 'vitest';
import type { RawSample } from '../contract.js';
import { K6CsvSamples, parseK6Timestamp } from './csv-samples.js';

const HEADER =
  'metric_name,timestamp,metric_value,check,error,error_code,expected_response,group,method,name,proto,scenario,status,subproto,tls_version,url,extra_tags';

/** The rows k6 writes for one HTTP request (the order of k6's request sample container). */
function request(opts: {
  ts: number;
  durationMs: number;
  connectingMs?: number;
  tlsMs?: number;
  status: number;
  name: string;
  group?: string;
  error?: string;
  errorCode?: string;
  expected?: 'true' | 'false';
  failedMetric?: boolean;
}): string {
  const tags = (metric: string, value: number) =>
    [
      metric,
      opts.ts,
      value.toFixed(6),
      '',
      opts.error ?? '',
      opts.errorCode ?? '',
      opts.expected ?? '',
      opts.group ?? '',
      'GET',
      opts.name,
      'HTTP/1.1',
      'default',
      opts.status,
      '',
      '',
      opts.name,
      '',
    ].join(',');
  const rows = [
    tags('http_reqs', 1),
    tags('http_req_duration', opts.durationMs),
    tags('http_req_blocked', 0.01),
    tags('http_req_connecting', opts.connectingMs ?? 0),
    tags('http_req_tls_handshaking', opts.tlsMs ?? 0),
    tags('http_req_sending', 0.02),
    tags('http_req_waiting', opts.durationMs - 0.1),
    tags('http_req_receiving', 0.08),
  ];
  if (opts.failedMetric !== undefined) rows.push(tags('http_req_failed', opts.failedMetric ? 1 : 0));
  return rows.join('\n');
}

const check = (ts: number, name: string, pass: boolean, group = '') =>
  `checks,${ts},${pass ? 1 : 0},${name},,,,${group},,,,default,,,,,`;
const iteration = (ts: number) =>
  [
    `data_sent,${ts},120.000000,,,,,,,,,default,,,,,`,
    `data_received,${ts},5400.000000,,,,,,,,,default,,,,,`,
    `iteration_duration,${ts},31.500000,,,,,,,,,default,,,,,`,
    `iterations,${ts},1.000000,,,,,,,,,default,,,,,`,
  ].join('\n');

function read(text: string, chunk = text.length): { samples: RawSample[]; users: number[] } {
  const samples: RawSample[] = [];
  const users: number[] = [];
  const reader = new K6CsvSamples({ add: (s) => samples.push(s), users: (n) => users.push(n) });
  for (let i = 0; i < text.length; i += chunk) reader.push(text.slice(i, i + chunk));
  reader.end();
  return { samples, users };
}

const T = 1_795_000_000_123; // unix_milli
const FILE = [
  HEADER,
  `vus,${T},5.000000,,,,,,,,,,,,,,`,
  request({
    ts: T,
    durationMs: 12.5,
    connectingMs: 1.25,
    status: 200,
    name: 'http://127.0.0.1/',
    expected: 'true',
  }),
  check(T, 'status is 200', true),
  request({
    ts: T + 40,
    durationMs: 30,
    tlsMs: 4,
    connectingMs: 1,
    status: 503,
    name: 'login',
    group: '::auth',
    expected: 'false',
  }),
  check(T + 40, 'logged in', false, '::auth'),
  request({
    ts: T + 80,
    durationMs: 1000,
    status: 0,
    name: 'http://127.0.0.1:1/',
    error: 'dial tcp 127.0.0.1:1: connect: connection refused',
    errorCode: '1212',
    expected: 'false',
  }),
  iteration(T + 90),
  `vus,${T + 1000},3.000000,,,,,,,,,,,,,,`,
].join('\n');

describe('K6CsvSamples', () => {
  it('makes one sample per request from its rows: latency, connect, status, success, label', () => {
    const { samples, users } = read(FILE);
    expect(samples).toHaveLength(3);
    expect(samples[0]).toEqual({
      startedAtMs: T - 12.5,
      label: 'http://127.0.0.1/',
      status: 200,
      success: true,
      latencyMs: 12.5,
      connectMs: 1.25,
      bytes: 0,
    });
    expect(samples[1]).toMatchObject({ label: 'auth::login', status: 503, success: false, connectMs: 5 });
    expect(users).toEqual([5, 3]);
  });

  it('keeps the error text verbatim with its k6 error code, and classifies a missing response', () => {
    const { samples } = read(FILE);
    expect(samples[2]).toMatchObject({
      status: 0,
      success: false,
      failure: 'econnrefused',
      message: 'dial tcp 127.0.0.1:1: connect: connection refused (k6 error code 1212)',
      latencyMs: 1000,
    });
  });

  it('does not turn checks, iterations or data_received into requests, and a failed check fails nothing', () => {
    const { samples } = read(FILE);
    expect(samples.map((s) => s.label)).toEqual(['http://127.0.0.1/', 'auth::login', 'http://127.0.0.1:1/']);
    expect(samples[0]!.success).toBe(true);
  });

  it('reads the same samples whatever the chunks the file arrives in', () => {
    const whole = read(FILE).samples;
    for (const chunk of [1, 7, 64]) expect(read(FILE, chunk).samples).toEqual(whole);
  });

  it('without expected_response, uses http_req_failed, else the status', () => {
    const old = HEADER.replace('expected_response,', '');
    const strip = (text: string) =>
      text
        .split('\n')
        .map((l) => {
          const f = l.split(',');
          f.splice(6, 1);
          return f.join(',');
        })
        .join('\n');
    const text = [
      old,
      strip(request({ ts: T, durationMs: 5, status: 200, name: 'a', failedMetric: true })),
      strip(request({ ts: T, durationMs: 5, status: 404, name: 'b' })),
      strip(request({ ts: T, durationMs: 5, status: 204, name: 'c' })),
    ].join('\n');
    expect(read(text).samples.map((s) => [s.label, s.status, s.success])).toEqual([
      ['a', 200, false],
      ['b', 404, false],
      ['c', 204, true],
    ]);
  });
});

describe('parseK6Timestamp', () => {
  it('reads every timeFormat k6 offers as epoch milliseconds', () => {
    expect(parseK6Timestamp('1795000000')).toBe(1_795_000_000_000);
    expect(parseK6Timestamp('1795000000123')).toBe(1_795_000_000_123);
    expect(parseK6Timestamp('1795000000123456')).toBe(1_795_000_000_123.456);
    expect(parseK6Timestamp('1795000000123456789')).toBeCloseTo(1_795_000_000_123.4568, 2);
    expect(parseK6Timestamp('2026-11-18T10:00:00.250Z')).toBe(Date.parse('2026-11-18T10:00:00.250Z'));
  });
});
