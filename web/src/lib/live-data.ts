import { AwsV4Signer } from 'aws4fetch';
import type { SigningCredentials } from '../api/client.js';

/** One task's second on topic `dlt/{testId}` (functions/real-time-data-publisher/src/payload.ts). */
export interface LiveEntry {
  testId: string;
  vu: number;
  succ: number;
  fail: number;
  /** Seconds. */
  avgRt: number;
  /** Epoch ms on a whole second. */
  timestamp: number;
  /** Seconds (ours, not DLT's). */
  p95?: number;
  rps?: number;
}

export type LivePayload = Record<string, LiveEntry[]>;

/** One region's second, summed over its tasks. */
export interface LivePoint {
  t: number;
  rps: number;
  errors: number;
  vus: number;
  /** Mean latency in ms, weighted by each task's requests. */
  avgMs: number | null;
  /** The highest task p95 in ms: per-task percentiles cannot be merged, so this is an upper bound. */
  p95Ms: number | null;
}

/** How many seconds a region keeps on screen; older points fall off. */
export const LIVE_WINDOW_SECONDS = 900;

interface Acc {
  requests: number;
  errors: number;
  vus: number;
  weightedRt: number;
  p95: number | null;
}

/** Accumulates live messages into per-region, per-second points. Several messages may carry the same second. */
export class LiveSeries {
  private readonly regions = new Map<string, Map<number, Acc>>();

  add(payload: LivePayload): void {
    for (const [region, entries] of Object.entries(payload)) {
      if (!Array.isArray(entries)) continue;
      let seconds = this.regions.get(region);
      if (!seconds) {
        seconds = new Map();
        this.regions.set(region, seconds);
      }
      for (const e of entries) {
        if (!e || typeof e.timestamp !== 'number') continue;
        const t = Math.round(e.timestamp / 1000);
        const acc = seconds.get(t) ?? { requests: 0, errors: 0, vus: 0, weightedRt: 0, p95: null };
        const succ = Number(e.succ) || 0;
        const fail = Number(e.fail) || 0;
        const requests = typeof e.rps === 'number' ? e.rps : succ + fail;
        acc.requests += requests;
        acc.errors += fail;
        acc.vus += Number(e.vu) || 0;
        acc.weightedRt += (Number(e.avgRt) || 0) * requests;
        if (typeof e.p95 === 'number' && requests > 0) acc.p95 = Math.max(acc.p95 ?? 0, e.p95);
        seconds.set(t, acc);
      }
      if (seconds.size > LIVE_WINDOW_SECONDS) {
        const keep = [...seconds.keys()].sort((a, b) => a - b).slice(-LIVE_WINDOW_SECONDS);
        const kept = new Set(keep);
        for (const key of [...seconds.keys()]) if (!kept.has(key)) seconds.delete(key);
      }
    }
  }

  regionNames(): string[] {
    return [...this.regions.keys()].sort();
  }

  points(region: string): LivePoint[] {
    const seconds = this.regions.get(region);
    if (!seconds) return [];
    return [...seconds.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([t, a]) => ({
        t,
        rps: a.requests,
        errors: a.errors,
        vus: a.vus,
        avgMs: a.requests > 0 ? (a.weightedRt / a.requests) * 1000 : null,
        p95Ms: a.p95 === null ? null : a.p95 * 1000,
      }));
  }

  size(): number {
    let n = 0;
    for (const s of this.regions.values()) n += s.size;
    return n;
  }
}

/**
 * A WebSocket URL presigned as AWS IoT wants it from browsers (service `iotdevicegateway`, only `host` signed,
 * the session token appended after signing); the local broker accepts the same form.
 */
export async function presignLiveUrl(
  url: string,
  creds: SigningCredentials,
  region: string,
): Promise<string> {
  const signer = new AwsV4Signer({
    url,
    method: 'GET',
    accessKeyId: creds.accessKeyId,
    secretAccessKey: creds.secretAccessKey,
    ...(creds.sessionToken ? { sessionToken: creds.sessionToken } : {}),
    service: 'iotdevicegateway',
    region,
    signQuery: true,
  });
  const signed = await signer.sign();
  return signed.url.toString();
}
