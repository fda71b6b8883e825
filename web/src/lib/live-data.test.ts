// @vitest-environment node
import { verifyPresignedUrl } from '@dlt/shared';
import { describe, expect, it } from 'vitest';
import { LiveSeries, presignLiveUrl } from './live-data.js';

const entry = (t: number, vu: number, succ: number, fail: number, avgRt: number, p95: number) => ({
  testId: 'abc',
  vu,
  succ,
  fail,
  avgRt,
  p95,
  rps: succ + fail,
  timestamp: t * 1000,
});

describe('LiveSeries', () => {
  it('sums a region second over its tasks, weights the mean by requests and keeps the highest p95', () => {
    const live = new LiveSeries();
    live.add({ 'us-east-1': [entry(100, 10, 90, 10, 0.01, 0.02)] });
    live.add({
      'us-east-1': [entry(100, 5, 300, 0, 0.002, 0.004), entry(101, 10, 50, 0, 0.01, 0.03)],
      'eu-west-1': [entry(100, 3, 1, 0, 0.5, 0.5)],
    });
    expect(live.regionNames()).toEqual(['eu-west-1', 'us-east-1']);
    const [first, second] = live.points('us-east-1');
    expect(first).toMatchObject({ t: 100, rps: 400, errors: 10, vus: 15, p95Ms: 20 });
    expect(first?.avgMs).toBeCloseTo(((0.01 * 100 + 0.002 * 300) / 400) * 1000, 9);
    expect(second).toMatchObject({ t: 101, rps: 50, vus: 10 });
    expect(live.size()).toBe(3);
  });

  it('skips malformed entries', () => {
    const live = new LiveSeries();
    live.add({ 'us-east-1': [null as never, { testId: 'x' } as never] });
    expect(live.points('us-east-1')).toEqual([]);
  });
});

describe('presignLiveUrl', () => {
  it('signs the WebSocket URL as AWS IoT expects, and the broker verifier accepts it', async () => {
    const creds = {
      accessKeyId: 'ASIALIVE000000000001',
      secretAccessKey: 'live-secret-live-secret',
      sessionToken: 'sess',
    };
    const url = new URL(await presignLiveUrl('ws://127.0.0.1:4567/mqtt', creds, 'us-east-1'));
    expect(url.searchParams.get('X-Amz-Credential')).toMatch(
      /^ASIALIVE000000000001\/\d{8}\/us-east-1\/iotdevicegateway\/aws4_request$/,
    );
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toBe('host');
    const verdict = await verifyPresignedUrl(
      { method: 'GET', path: url.pathname, query: url.search.slice(1), headers: { host: url.host } },
      {
        service: 'iotdevicegateway',
        region: 'us-east-1',
        lookupSecret: async (id) =>
          id === creds.accessKeyId
            ? { secretAccessKey: creds.secretAccessKey, principal: 'p', sessionToken: 'sess' }
            : undefined,
      },
    );
    expect(verdict).toMatchObject({ ok: true });
    const tampered = await verifyPresignedUrl(
      { method: 'GET', path: url.pathname, query: url.search.slice(1), headers: { host: '127.0.0.1:9999' } },
      {
        service: 'iotdevicegateway',
        lookupSecret: async () => ({
          secretAccessKey: creds.secretAccessKey,
          principal: 'p',
          sessionToken: 'sess',
        }),
      },
    );
    expect(tampered.ok).toBe(false);
  });
});
