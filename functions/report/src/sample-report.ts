import type { LatencySummaryMs, ReportMetrics, RunReport, SeriesPoint } from './types.js';

/**
 * A realistic, deterministic run report for tests and for eyeballing the HTML: 60 s closed-model run, ramp to
 * 50 VUs, three labels, a latency spike with 5xx errors and timeouts around 35-42 s, one failed criterion.
 */

/** mulberry32: tiny seeded PRNG so the sample is identical on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (n: number, d = 3): number => Math.round(n * 10 ** d) / 10 ** d;

function latency(base: number, spread: number): LatencySummaryMs {
  return {
    min: round(base * 0.18),
    mean: round(base * 1.08),
    p50: round(base),
    p90: round(base * (1 + spread)),
    p95: round(base * (1 + spread * 1.5)),
    p99: round(base * (1 + spread * 3.2)),
    p999: round(base * (1 + spread * 6)),
    max: round(base * (1 + spread * 9.5)),
  };
}

function metrics(
  requests: number,
  durationSec: number,
  lat: LatencySummaryMs,
  statusCodes: Record<string, number>,
  errorMessages: Record<string, number>,
): ReportMetrics {
  const errors = Object.values(errorMessages).reduce((a, b) => a + b, 0);
  return {
    requests,
    errors,
    errorRate: round(requests > 0 ? (errors / requests) * 100 : 0, 4),
    rps: round(requests / durationSec, 2),
    bytes: requests * 1843,
    latencyMs: lat,
    statusCodes,
    errorMessages,
  };
}

function buildSeries(): SeriesPoint[] {
  const random = rng(42);
  const series: SeriesPoint[] = [];
  for (let t = 1; t <= 60; t++) {
    const vus = t <= 10 ? t * 5 : t > 55 ? Math.max(0, 50 - (t - 55) * 10) : 50;
    const spike = t >= 35 && t <= 42 ? 1 + Math.sin(((t - 35) / 7) * Math.PI) * 2.4 : 1;
    const p50 = (18 + vus * 0.12) * spike * (0.95 + random() * 0.1);
    const rps = vus === 0 ? 0 : round(((vus * 1000) / (p50 * 1.15 + 95)) * (0.97 + random() * 0.06), 1);
    const errors =
      spike > 1.5 ? Math.round(rps * 0.06 * spike * (0.8 + random() * 0.4)) : random() < 0.06 ? 1 : 0;
    series.push({
      t,
      vus,
      rps,
      errors,
      latencyMs: {
        mean: round(p50 * 1.12),
        p50: round(p50),
        p90: round(p50 * 1.9),
        p95: round(p50 * 2.5 * (1 + (spike - 1) * 0.3)),
        p99: round(p50 * 4.1 * (1 + (spike - 1) * 0.5)),
      },
    });
  }
  return series;
}

export function createSampleReport(): RunReport {
  const series = buildSeries();
  const durationSec = 60;
  const totalRequests = Math.round(series.reduce((sum, p) => sum + p.rps, 0));
  const totalErrors = series.reduce((sum, p) => sum + p.errors, 0);
  const e500 = Math.round(totalErrors * 0.58);
  const timeouts = Math.round(totalErrors * 0.3);
  const refused = totalErrors - e500 - timeouts;

  const products = Math.round(totalRequests * 0.6);
  const cart = Math.round(totalRequests * 0.3);
  const checkout = totalRequests - products - cart;
  const label = (share: number, n: number): number => Math.round(n * share);

  const labels: Record<string, ReportMetrics> = {
    'GET /api/products': metrics(
      products,
      durationSec,
      latency(21.4, 1.1),
      {
        '200': products - label(0.2, e500) - label(0.2, timeouts),
        '500': label(0.2, e500),
        timeout: label(0.2, timeouts),
      },
      {
        'HTTP 500 Internal Server Error': label(0.2, e500),
        'request timeout after 5000 ms': label(0.2, timeouts),
      },
    ),
    'POST /api/cart?sku=<id>&qty=1': metrics(
      cart,
      durationSec,
      latency(34.8, 1.4),
      {
        '201': cart - label(0.5, e500) - label(0.5, timeouts) - 12,
        '409': 12,
        '500': label(0.5, e500),
        timeout: label(0.5, timeouts),
      },
      {
        'HTTP 500 Internal Server Error': label(0.5, e500),
        'request timeout after 5000 ms': label(0.5, timeouts),
        'HTTP 409 Conflict: {"error":"cart locked"}': 12,
      },
    ),
    'checkout "express" flow': metrics(
      checkout,
      durationSec,
      latency(88.2, 1.9),
      {
        '200':
          checkout -
          (e500 - label(0.2, e500) - label(0.5, e500)) -
          (timeouts - label(0.2, timeouts) - label(0.5, timeouts)) -
          refused,
        '500': e500 - label(0.2, e500) - label(0.5, e500),
        timeout: timeouts - label(0.2, timeouts) - label(0.5, timeouts),
        econnrefused: refused,
      },
      {
        'HTTP 500 Internal Server Error': e500 - label(0.2, e500) - label(0.5, e500),
        'request timeout after 5000 ms': timeouts - label(0.2, timeouts) - label(0.5, timeouts),
        'connect ECONNREFUSED 10.0.3.17:8443': refused,
      },
    ),
  };

  const sum = (pick: (m: ReportMetrics) => Record<string, number>): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const m of Object.values(labels)) {
      for (const [k, n] of Object.entries(pick(m))) out[k] = (out[k] ?? 0) + n;
    }
    return out;
  };
  const total = metrics(
    totalRequests,
    durationSec,
    latency(27.9, 1.6),
    sum((m) => m.statusCodes),
    sum((m) => m.errorMessages),
  );

  return {
    schema: 'dlt.run-report.v1',
    testName: 'Checkout flow <staging> & "peak" load',
    testId: 'tst_8Kq2vX7pLm',
    startedAt: '2025-03-14T09:26:53.000Z',
    endedAt: '2025-03-14T09:27:53.412Z',
    durationSec,
    tasks: 2,
    model: 'closed',
    dropped: 0,
    total,
    labels,
    series,
    verdict: 'fail',
    criteria: [
      {
        criterion: 'p95 < 250ms',
        passed: true,
        actual: total.latencyMs.p95,
        threshold: 250,
        unit: 'ms',
        message: `p95 ${total.latencyMs.p95} ms is below 250 ms`,
      },
      {
        criterion: 'error_rate < 1%',
        passed: total.errorRate < 1,
        actual: total.errorRate,
        threshold: 1,
        unit: '%',
        message: `error rate ${total.errorRate}% exceeds 1%`,
      },
      {
        criterion: 'rps > 300',
        passed: total.rps > 300,
        actual: total.rps,
        threshold: 300,
        unit: 'req/s',
        message: `throughput ${total.rps} req/s is above 300 req/s`,
      },
    ],
    workers: [
      { task: 1, exitCode: 0, peakRssMb: 182.4, requests: Math.ceil(totalRequests / 2) },
      { task: 2, exitCode: 0, peakRssMb: 176.9, requests: Math.floor(totalRequests / 2) },
    ],
    histogramErrorBound: 'relative error <= 0.39%, resolution 1 us',
    seriesErrorBound: 'relative error <= 6.25% per 1 s interval',
  };
}

export const sampleReport: RunReport = createSampleReport();
