import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { summarize, WindowCounters } from '@dlt/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpEngine } from '../http-engine.js';
import type { EnginePlan } from '../plan.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
let server: Server;
let url: string;
let served = 0;
let handshakes = 0;

beforeAll(async () => {
  server = createServer(
    { key: fixture('localhost-key.pem'), cert: fixture('localhost-cert.pem') },
    (req, res) => {
      served++;
      req.resume();
      req.on('end', () => res.end('secure'));
    },
  );
  server.on('secureConnection', () => handshakes++);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/tls`;
});
afterAll(() => new Promise((r) => server.close(r)));

async function run(extra: Partial<EnginePlan>) {
  const plan: EnginePlan = {
    requests: [{ label: 'tls', url, method: 'GET', headers: {} }],
    vus: 2,
    iterations: 5,
    rampUpSec: 0,
    holdForSec: 0,
    timeoutMs: 5000,
    ...extra,
  };
  const result = await new HttpEngine(plan, { threads: 0 }).run(Date.now());
  const total = new WindowCounters();
  for (const c of result.byLabel) total.addEncoded(c);
  return summarize(total, 1);
}

describe('HTTPS', () => {
  it('keeps TLS connections alive and counts the body', async () => {
    served = 0;
    handshakes = 0;
    const s = await run({ insecureSkipTlsVerify: true });
    expect(handshakes).toBe(2); // one per VU, reused for its 5 iterations
    expect(s.requests).toBe(10);
    expect(s.errors).toBe(0);
    expect(s.bytes).toBe(10 * 'secure'.length);
    expect(served).toBe(10);
  });

  it('refuses an untrusted certificate unless told to skip verification, as a TLS error', async () => {
    served = 0;
    const s = await run({});
    expect(s.requests).toBe(10);
    expect(s.statusCodes).toEqual({ tls: 10 });
    expect(s.errorMessages).toEqual({ 'TLS handshake failed': 10 });
    expect(served).toBe(0);
  });
});
