import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleAssets, resolveInside } from './console-assets.js';
import { type LocalServer, startLocalServer } from './server.js';

let root: string;
let dist: string;
let server: LocalServer;
let unbuilt: LocalServer;
const INDEX =
  '<!doctype html><html><head><title>dlt console</title></head><body><div id="app"></div></body></html>';
const config = () => ({
  mode: 'local' as const,
  apiBaseUrl: 'http://127.0.0.1:7420/api',
  region: 'us-east-1',
  loginPath: '/auth/login' as const,
});

async function serve(distDir: string): Promise<LocalServer> {
  return startLocalServer({
    port: 0,
    handler: async () => ({ statusCode: 200, body: '{"api":true}' }),
    lookupSecret: async () => undefined,
    serveStatic: createConsoleAssets({ distDir, config }),
    log: () => undefined,
  });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dlt-console-assets-'));
  dist = join(root, 'dist');
  await mkdir(join(dist, 'assets'), { recursive: true });
  await writeFile(join(dist, 'index.html'), INDEX);
  await writeFile(join(dist, 'assets', 'index-Bx7_k2Qa.js'), 'console.log(1)');
  await writeFile(join(dist, 'assets', 'index-D4lP9zQw.css'), 'body{}');
  await writeFile(join(dist, 'favicon.svg'), '<svg/>');
  await writeFile(join(root, 'secret.txt'), 'outside');
  await symlink(join(root, 'secret.txt'), join(dist, 'assets', 'link-AAAAAAAA.txt'));
  server = await serve(dist);
  unbuilt = await serve(join(root, 'missing'));
});
afterAll(async () => {
  await server.close();
  await unbuilt.close();
  await rm(root, { recursive: true, force: true });
});

/** A GET with the path sent exactly as written (fetch would normalise dot segments). */
function rawGet(base: string, path: string, method = 'GET') {
  const url = new URL(base);
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: string;
  }>((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the console in local mode', () => {
  it('serves index.html at / with no-cache and the security headers', async () => {
    const res = await rawGet(server.url, '/');
    expect(res.status).toBe(200);
    expect(res.body).toBe(INDEX);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self' ws://127.0.0.1:* ws://localhost:*");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('falls back to index.html for page paths, /login included', async () => {
    for (const path of ['/login', '/scenarios/abc123', '/scenarios/abc123/runs/r1?tab=2']) {
      const res = await rawGet(server.url, path);
      expect(res.status, path).toBe(200);
      expect(res.body).toBe(INDEX);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves files with their content type; hashed assets are immutable, others revalidated', async () => {
    const js = await rawGet(server.url, '/assets/index-Bx7_k2Qa.js');
    expect(js).toMatchObject({ status: 200, body: 'console.log(1)' });
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(js.headers['x-content-type-options']).toBe('nosniff');
    const css = await rawGet(server.url, '/assets/index-D4lP9zQw.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const svg = await rawGet(server.url, '/favicon.svg');
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(svg.headers['cache-control']).toBe('no-cache');
    const head = await rawGet(server.url, '/assets/index-Bx7_k2Qa.js', 'HEAD');
    expect(head).toMatchObject({ status: 200, body: '' });
    expect(head.headers['content-length']).toBe('14');
  });

  it('answers 404 for a missing asset instead of the page', async () => {
    const res = await rawGet(server.url, '/assets/gone-12345678.js');
    expect(res.status).toBe(404);
  });

  it('generates /config.json, not cached', async () => {
    const res = await rawGet(server.url, '/config.json');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(JSON.parse(res.body)).toEqual(config());
  });

  it('never serves a file outside the folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
    ]) {
      const res = await rawGet(server.url, path);
      expect(res.body, path).not.toContain('outside');
    }
    // A symlink inside the folder pointing out of it is not followed.
    const linked = await rawGet(server.url, '/assets/link-AAAAAAAA.txt');
    expect(linked.status).toBe(404);
    expect(resolveInside(dist, '/assets/..%2f..%2fsecret.txt')).toBeUndefined();
    expect(resolveInside(dist, '/a%5c..%5c..%5csecret.txt')).toBeUndefined();
    expect(resolveInside(dist, '/%00')).toBeUndefined();
    expect(resolveInside(dist, '/assets/x.js')).toBe(join(dist, 'assets', 'x.js'));
  });

  it('leaves /api to the API', async () => {
    const res = await rawGet(server.url, '/api/scenarios');
    expect(res.status).toBe(403);
  });

  it('keeps a placeholder page, saying the console is not built, when there is no dist folder', async () => {
    const res = await rawGet(unbuilt.url, '/login');
    expect(res.status).toBe(200);
    expect(res.body).toContain('The web console is not built');
    expect(res.body).not.toMatch(/https?:\/\//);
    expect((await rawGet(unbuilt.url, '/config.json')).status).toBe(200);
    expect((await rawGet(unbuilt.url, '/scenarios/x')).status).toBe(404);
  });
});
