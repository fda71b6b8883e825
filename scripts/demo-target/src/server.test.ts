import { Agent, type IncomingHttpHeaders, request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { type DemoTarget, type DemoTargetOptions, isLoopbackHost, startDemoTarget } from './server.js';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

const started: DemoTarget[] = [];

async function target(opts: DemoTargetOptions = {}): Promise<DemoTarget> {
  const t = await startDemoTarget(opts);
  started.push(t);
  return t;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((t) => t.close()));
});

/** One request on a fresh connection; rejects with the socket error if the connection fails. */
function send(
  url: string,
  init: { method?: string; body?: string | Buffer; agent?: Agent } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', agent: init.agent ?? false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

async function stats(t: DemoTarget): Promise<unknown> {
  const reply = await send(`${t.url}/stats`);
  expect(reply.status).toBe(200);
  return JSON.parse(reply.body);
}

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('startDemoTarget', () => {
  it('listens on an ephemeral loopback port and reports its url', async () => {
    const t = await target();
    expect(t.port).toBeGreaterThan(0);
    expect(t.url).toBe(`http://127.0.0.1:${t.port}`);
  });

  it('answers / and any other path with 200 and a small JSON body', async () => {
    const t = await target();
    for (const path of ['/', '/anything/else', '/delay', '/statusx']) {
      const reply = await send(`${t.url}${path}`);
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toBe('application/json');
      expect(JSON.parse(reply.body)).toEqual({ ok: true, status: 200 });
    }
    expect(t.stats()).toEqual({
      requests: 4,
      byPath: { '/': 1, '/anything/else': 1, '/delay': 1, '/statusx': 1 },
      byStatus: { '200': 4 },
    });
  });

  it('serves bodyBytes of payload by default and ?bytes= per request', async () => {
    const t = await target({ bodyBytes: 1000 });
    const plain = await send(`${t.url}/`);
    expect(plain.body).toBe('x'.repeat(1000));
    expect(plain.headers['content-length']).toBe('1000');
    expect((await send(`${t.url}/?bytes=70000`)).body).toHaveLength(70_000);
    expect((await send(`${t.url}/?bytes=3`)).body).toBe('xxx');
    const empty = await send(`${t.url}/?bytes=0`);
    expect(empty.body).toBe('');
    expect(empty.headers['content-length']).toBe('0');
  });

  it('answers /delay/<ms> and ?delay= after the delay', async () => {
    const t = await target();
    let begin = performance.now();
    const reply = await send(`${t.url}/delay/50`);
    expect(performance.now() - begin).toBeGreaterThanOrEqual(49);
    expect(reply.status).toBe(200);
    expect(reply.headers['x-demo-delay-ms']).toBe('50');

    begin = performance.now();
    const viaQuery = await send(`${t.url}/some/path?delay=30&status=202`);
    expect(performance.now() - begin).toBeGreaterThanOrEqual(29);
    expect(viaQuery.status).toBe(202);
    expect(t.stats().byPath).toEqual({ '/delay/50': 1, '/some/path': 1 });
  });

  it('applies defaultDelayMs unless the request sets its own delay', async () => {
    const t = await target({ defaultDelayMs: 40 });
    const begin = performance.now();
    const reply = await send(`${t.url}/`);
    expect(performance.now() - begin).toBeGreaterThanOrEqual(39);
    expect(reply.headers['x-demo-delay-ms']).toBe('40');
    expect((await send(`${t.url}/?delay=0`)).headers['x-demo-delay-ms']).toBeUndefined();
  });

  it('answers /status/<code> and ?status= with that status', async () => {
    const t = await target({ defaultStatus: 201 });
    expect((await send(`${t.url}/`)).status).toBe(201);
    const unavailable = await send(`${t.url}/status/503`);
    expect(unavailable.status).toBe(503);
    expect(JSON.parse(unavailable.body)).toEqual({ ok: false, status: 503 });
    expect((await send(`${t.url}/x?status=429`)).status).toBe(429);
    // The path segment wins over the query parameter.
    expect((await send(`${t.url}/status/404?status=200`)).status).toBe(404);
    const noContent = await send(`${t.url}/status/204`);
    expect(noContent.status).toBe(204);
    expect(noContent.body).toBe('');
    expect(t.stats().byStatus).toEqual({ '201': 1, '503': 1, '429': 1, '404': 1, '204': 1 });
  });

  it('answers invalid parameters with 400 and counts them', async () => {
    const t = await target();
    for (const path of ['/delay/abc', '/status/99', '/status/600', '/?delay=-1', '/?bytes=1e3', '/?fail=2']) {
      const reply = await send(`${t.url}${path}`);
      expect(reply.status, path).toBe(400);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, status: 400 });
    }
    expect(t.stats()).toMatchObject({ requests: 6, byStatus: { '400': 6 } });
    expect((await send(`${t.url}/?unknown=1`)).status).toBe(200);
  });

  it('adds a reproducible uniform jitter from the seeded PRNG', async () => {
    const draws = async (seed: number): Promise<number[]> => {
      const t = await target({ seed });
      const delays: number[] = [];
      for (let i = 0; i < 12; i++) {
        const reply = await send(`${t.url}/?delay=1&jitter=9`);
        delays.push(Number(reply.headers['x-demo-delay-ms'] ?? '1'));
      }
      return delays;
    };
    const first = await draws(7);
    expect(await draws(7)).toEqual(first);
    for (const delay of first) {
      expect(delay).toBeGreaterThanOrEqual(1);
      expect(delay).toBeLessThanOrEqual(10);
    }
    expect(new Set(first).size).toBeGreaterThan(1);
  });

  it('fails every k-th request for ?fail=<fraction>', async () => {
    const t = await target();
    const failed: number[] = [];
    for (let i = 1; i <= 20; i++) {
      const reply = await send(`${t.url}/?fail=0.25`);
      if (reply.status === 500) failed.push(i);
      else expect(reply.status).toBe(200);
    }
    expect(failed).toEqual([4, 8, 12, 16, 20]);
    // Requests without ?fail do not advance that sequence.
    expect((await send(`${t.url}/`)).status).toBe(200);
    expect((await send(`${t.url}/?fail=0.25`)).status).toBe(200);
  });

  it('fails an exact, deterministic fraction for errorRate, also under concurrency', async () => {
    const t = await target({ errorRate: 0.1, errorStatus: 503 });
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await send(`${t.url}/`)).status);
    expect(statuses.flatMap((s, i) => (s === 503 ? [i + 1] : []))).toEqual([10, 20, 30]);

    t.resetStats();
    const replies = await Promise.all(Array.from({ length: 500 }, () => fetch(`${t.url}/`)));
    await Promise.all(replies.map((r) => r.arrayBuffer()));
    expect(replies.filter((r) => r.status === 503)).toHaveLength(50);
    expect(t.stats()).toEqual({ requests: 500, byPath: { '/': 500 }, byStatus: { '200': 450, '503': 50 } });
  });

  it('keeps fractions like 0.29 exact (no floating-point drift)', async () => {
    const t = await target({ errorRate: 0.29 });
    for (let i = 0; i < 100; i++) await send(`${t.url}/`);
    expect(t.stats().byStatus).toEqual({ '200': 71, '500': 29 });
  });

  it('counts 500 concurrent requests exactly once each', async () => {
    const t = await target();
    const paths = ['/', '/a', '/delay/5', '/status/418', '/?fail=0.5'];
    const replies = await Promise.all(
      Array.from({ length: 500 }, (_, i) => fetch(`${t.url}${paths[i % paths.length]}`, { method: 'GET' })),
    );
    await Promise.all(replies.map((r) => r.arrayBuffer()));
    expect(await stats(t)).toEqual({
      requests: 500,
      byPath: { '/': 200, '/a': 100, '/delay/5': 100, '/status/418': 100 },
      byStatus: { '200': 350, '418': 100, '500': 50 },
    });
  });

  it('serves /stats and /reset over HTTP without counting them', async () => {
    const t = await target({ errorRate: 0.5 });
    await send(`${t.url}/`);
    await send(`${t.url}/`);
    await send(`${t.url}/close?fin=1`).catch(() => undefined);
    expect(await stats(t)).toEqual({
      requests: 3,
      byPath: { '/': 2, '/close': 1 },
      byStatus: { '200': 1, '500': 1 },
    });
    const reset = await send(`${t.url}/reset`, { method: 'POST', body: 'ignored' });
    expect(reset.status).toBe(200);
    expect(await stats(t)).toEqual({ requests: 0, byPath: {}, byStatus: {} });
    // The failure sequence restarts too: the first request after a reset succeeds again.
    expect((await send(`${t.url}/`)).status).toBe(200);
    expect((await send(`${t.url}/`)).status).toBe(500);
  });

  it('reads the whole request body before answering', async () => {
    const t = await target();
    const reply = await new Promise<Reply>((resolve, reject) => {
      let answered = false;
      const req = request(`${t.url}/status/201`, { method: 'POST', agent: false }, (res) => {
        answered = true;
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: '' }));
      });
      req.on('error', reject);
      req.setHeader('content-type', 'application/octet-stream');
      req.write(Buffer.alloc(64 * 1024, 1));
      // The server has seen the request (counted on arrival) but must not answer before the body ends.
      until(() => t.stats().requests === 1)
        .then(() => new Promise((resolve) => setTimeout(resolve, 50)))
        .then(() => {
          expect(answered).toBe(false);
          req.end(Buffer.alloc(1024 * 1024, 2));
        }, reject);
    });
    expect(reply.status).toBe(201);
    expect(t.stats()).toEqual({ requests: 1, byPath: { '/status/201': 1 }, byStatus: { '201': 1 } });

    const put = await send(`${t.url}/delay/5`, { method: 'PUT', body: 'y'.repeat(200_000) });
    expect(put.status).toBe(200);
  });

  it('reuses keep-alive connections and answers HEAD without a body', async () => {
    const t = await target();
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const sockets = new Set<unknown>();
    const spy = (req: ReturnType<typeof request>) => req.on('socket', (s) => sockets.add(s));
    try {
      for (let i = 0; i < 3; i++) {
        await new Promise<void>((resolve, reject) => {
          const req = request(`${t.url}/`, { agent }, (res) => {
            res.resume();
            res.on('end', resolve);
          });
          spy(req);
          req.on('error', reject);
          req.end();
        });
      }
      expect(sockets.size).toBe(1);
      const head = await send(`${t.url}/`, { method: 'HEAD', agent });
      expect(head.status).toBe(200);
      expect(head.body).toBe('');
    } finally {
      agent.destroy();
    }
    expect(t.stats().requests).toBe(4);
  });

  it('/close resets the connection without a response and is counted', async () => {
    const t = await target();
    await expect(send(`${t.url}/close`)).rejects.toMatchObject({ code: 'ECONNRESET' });
    await expect(send(`${t.url}/close?fin=1`)).rejects.toMatchObject({ code: 'ECONNRESET' });
    await expect(send(`${t.url}/close`, { method: 'POST', body: 'z'.repeat(10_000) })).rejects.toMatchObject({
      code: 'ECONNRESET',
    });
    await expect(fetch(`${t.url}/close`)).rejects.toThrow(TypeError);
    expect(t.stats()).toEqual({ requests: 4, byPath: { '/close': 4 }, byStatus: {} });
  });

  it('/hang never answers, and close() still terminates promptly', async () => {
    const t = await startDemoTarget();
    const hung = send(`${t.url}/hang`).then(
      () => 'answered',
      (err: NodeJS.ErrnoException) => err.code,
    );
    const delayed = send(`${t.url}/delay/3600000`).then(
      () => 'answered',
      (err: NodeJS.ErrnoException) => err.code,
    );
    await until(() => t.stats().requests === 2);
    expect(t.stats().byPath).toEqual({ '/hang': 1, '/delay/3600000': 1 });
    await t.close();
    expect(await hung).toBe('ECONNRESET');
    expect(await delayed).toBe('ECONNRESET');
    await t.close(); // idempotent
    await expect(send(`${t.url}/`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('refuses non-loopback hosts and invalid options before binding', async () => {
    await expect(startDemoTarget({ host: '0.0.0.0' })).rejects.toThrow(/non-loopback/);
    await expect(startDemoTarget({ host: '10.1.2.3' })).rejects.toThrow(/non-loopback/);
    await expect(startDemoTarget({ errorRate: 1.5 })).rejects.toThrow(RangeError);
    await expect(startDemoTarget({ defaultStatus: 99 })).rejects.toThrow(RangeError);
    await expect(startDemoTarget({ port: -1 })).rejects.toThrow(RangeError);
    await expect(startDemoTarget({ bodyBytes: 1.5 })).rejects.toThrow(RangeError);
  });

  it('binds to other loopback spellings', async () => {
    const t = await target({ host: 'localhost' });
    expect((await send(`${t.url}/`)).status).toBe(200);
  });
});

describe('isLoopbackHost', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.5.6.7', true],
    ['localhost', true],
    ['LOCALHOST', true],
    ['::1', true],
    ['[::1]', true],
    ['0:0:0:0:0:0:0:1', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['10.0.0.1', false],
    ['::ffff:10.0.0.1', false],
    ['example.com', false],
    ['128.0.0.1', false],
    ['', false],
  ])('%s -> %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});
