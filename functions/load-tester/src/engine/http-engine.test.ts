import { createServer } from 'node:net';
import { type DemoTarget, startDemoTarget } from '@dlt/demo-target';
import { LatencyHistogram, summarize, WindowCounters } from '@dlt/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type EngineResult, HttpEngine } from './http-engine.js';
import type { EnginePlan, EngineRequest } from './plan.js';

let target: DemoTarget;
beforeAll(async () => {
  target = await startDemoTarget();
});
afterAll(() => target.close());
beforeEach(() => target.resetStats());

function plan(requests: EngineRequest[], extra: Partial<EnginePlan>): EnginePlan {
  return { requests, vus: 1, rampUpSec: 0, holdForSec: 0, timeoutMs: 5000, ...extra };
}
const get = (path: string, label = `GET ${path}`): EngineRequest => ({
  label,
  url: `${target.url}${path}`,
  method: 'GET',
  headers: {},
});

function total(result: EngineResult): WindowCounters {
  const t = new WindowCounters();
  for (const c of result.byLabel) t.addEncoded(c);
  return t;
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise((r) => server.close(r));
  return port;
}

describe('HttpEngine (in-process)', () => {
  it('sends exactly the requests the plan asks for, and the target counts the same', async () => {
    const p = plan([get('/a'), { ...get('/b'), method: 'POST', body: '{"x":1}', label: 'POST /b' }], {
      vus: 7,
      iterations: 13,
    });
    const result = await new HttpEngine(p, { threads: 0 }).run(Date.now());
    expect(total(result).requests).toBe(7 * 13 * 2);
    expect(target.stats().requests).toBe(7 * 13 * 2);
    expect(result.byLabel.map((c) => c.requests)).toEqual([91, 91]);
    expect(target.stats().byPath).toEqual({ '/a': 91, '/b': 91 });
  });

  it('measures injected delays within a small tolerance', async () => {
    const p = plan([get('/delay/30'), get('/delay/80')], { vus: 4, iterations: 10 });
    const result = await new HttpEngine(p, { threads: 0 }).run(Date.now());
    const [fast, slow] = result.byLabel.map((c) => LatencyHistogram.decode(c.latency));
    // Never below the injected delay; a few ms above it on a loaded 2-core machine.
    expect(fast!.percentileUs(0)).toBeGreaterThanOrEqual(29_500);
    expect(fast!.percentileUs(50)).toBeLessThan(30_000 + 15_000);
    expect(slow!.percentileUs(0)).toBeGreaterThanOrEqual(79_500);
    expect(slow!.percentileUs(50)).toBeLessThan(80_000 + 15_000);
  });

  it('classifies HTTP errors, refused and reset connections, and timeouts', async () => {
    const refused = `http://127.0.0.1:${await closedPort()}/`;
    const p = plan(
      [
        get('/status/503'),
        get('/status/404'),
        { label: 'refused', url: refused, method: 'GET', headers: {} },
        get('/close', 'reset'),
        get('/hang', 'hang'),
      ],
      { vus: 1, iterations: 2, timeoutMs: 300 },
    );
    const result = await new HttpEngine(p, { threads: 0 }).run(Date.now());
    const s = summarize(total(result), 1);
    expect(s.requests).toBe(10);
    expect(s.errors).toBe(10);
    expect(s.statusCodes).toMatchObject({ '503': 2, '404': 2, econnrefused: 2, econnreset: 2, timeout: 2 });
    expect(s.errorMessages).toMatchObject({
      'HTTP 503': 2,
      'HTTP 404': 2,
      'connection refused': 2,
      'connection reset by peer': 2,
      'request timed out': 2,
    });
  });

  it('holds an open-model rate and counts what it could not start as dropped', async () => {
    // 100 req/s for 2 s with at most 2 VUs on a 50 ms endpoint: capacity is about 40 req/s.
    const p = plan([get('/delay/50')], { vus: 2, holdForSec: 2, ratePerSec: 100 });
    const result = await new HttpEngine(p, { threads: 0 }).run(Date.now() + 50);
    const sent = total(result).requests;
    expect(sent + result.dropped).toBe(200);
    expect(result.dropped).toBeGreaterThan(100);
    expect(target.stats().requests).toBe(sent);
  });

  it('reports seconds with VUs and stops early on request, still accounting for every request', async () => {
    const p = plan([get('/delay/20')], { vus: 5, holdForSec: 30 });
    const engine = new HttpEngine(p, { threads: 0 });
    const seen: number[] = [];
    setTimeout(() => engine.stop(1000), 1500);
    const result = await engine.run(Date.now(), (s) => seen.push(s.encoded.vus));
    expect(seen.length).toBeGreaterThanOrEqual(1);
    expect(Math.max(...seen)).toBe(5);
    expect(total(result).requests).toBe(target.stats().requests);
    expect(result.seconds.reduce((n, s) => n + s.l.reduce((m, l) => m + l[1], 0), 0)).toBe(
      total(result).requests,
    );
  });
});
