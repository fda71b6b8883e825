import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { APIGatewayProxyEvent } from './api-gateway-event.js';
import { ensureLocalCredentials } from './credentials.js';
import {
  checkRegions,
  type LocalStack,
  type LocalStackDeps,
  localInfoFile,
  readLocalInfo,
  startLocalStack,
} from './local-stack.js';
import { requestLoginLink } from './login-link.js';
import { signedFetch } from './test-support.js';

let root: string;
let stateDir: string;
const open: LocalStack[] = [];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dlt-local-stack-'));
  stateDir = join(root, 'state');
});
afterEach(async () => {
  for (const stack of open.splice(0)) await stack.close();
  await rm(root, { recursive: true, force: true });
});

/** A stand-in for the API: echoes the event, and lets the test reach the stores it was given. */
async function start(regions?: string[]) {
  let deps: LocalStackDeps | undefined;
  const stack = await startLocalStack({
    stateDir,
    port: 0,
    ...(regions ? { regions } : {}),
    log: () => undefined,
    createHandler: (d) => {
      deps = d;
      return async (event: APIGatewayProxyEvent) => ({ statusCode: 200, body: JSON.stringify(event) });
    },
  });
  open.push(stack);
  return { stack, deps: deps! };
}

const posix = process.platform !== 'win32';

describe('startLocalStack', () => {
  it('starts storage, credentials, region rows and a signed API, and records itself in local.json', async () => {
    const { stack, deps } = await start(['us-east-1', 'eu-west-1']);
    expect(stack.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(stack.apiUrl).toBe(`${stack.url}/api`);
    expect(stack.loginUrl).toMatch(new RegExp(`^${stack.url}/login#token=[A-Za-z0-9_-]{43}$`));
    expect(stack.profile).toBe('dlt-local');
    expect(stack.credentialsFile).toBe(join(stateDir, 'credentials'));
    if (posix) expect((await stat(stateDir)).mode & 0o777).toBe(0o700);

    expect(await readLocalInfo(stateDir)).toMatchObject({
      pid: process.pid,
      port: stack.port,
      url: stack.url,
    });
    expect((await deps.scenarios.listRegions()).map((r) => r.region)).toEqual(['eu-west-1', 'us-east-1']);

    const creds = await ensureLocalCredentials(stateDir);
    const res = await signedFetch(`${stack.apiUrl}/regions?x=1`, { credentials: creds });
    expect(res.status).toBe(200);
    const event = (await res.json()) as APIGatewayProxyEvent;
    expect(event).toMatchObject({ path: '/regions', httpMethod: 'GET', queryStringParameters: { x: '1' } });
    expect(event.requestContext.identity.userArn).toBe('arn:aws:iam::000000000000:user/dlt-local');
    expect((await fetch(`${stack.apiUrl}/regions`)).status).toBe(403);
  });

  it('redeems the printed login token once for session credentials, not the local key pair', async () => {
    const { stack } = await start();
    const token = stack.loginUrl.split('#token=')[1];
    const login = () => fetch(`${stack.url}/auth/login`, { method: 'POST', body: JSON.stringify({ token }) });
    const first = await login();
    expect(first.status).toBe(200);
    const session = (await first.json()) as {
      accessKeyId: string;
      secretAccessKey: string;
      sessionToken: string;
      expiration: string;
    };
    const creds = await ensureLocalCredentials(stateDir);
    expect(session.accessKeyId).toMatch(/^ASIA/);
    expect(session.accessKeyId).not.toBe(creds.accessKeyId);
    expect(session.secretAccessKey).not.toBe(creds.secretAccessKey);
    const lifetime = Date.parse(session.expiration) - Date.now();
    expect(lifetime).toBeGreaterThan(3500_000);
    expect(lifetime).toBeLessThanOrEqual(3600_000);
    expect((await login()).status).toBe(401);

    // The session signs API calls with its token; without it, or from a restarted stack, it is refused.
    const ok = await signedFetch(`${stack.apiUrl}/regions`, { credentials: session });
    expect(ok.status).toBe(200);
    const event = (await ok.json()) as APIGatewayProxyEvent;
    expect(event.requestContext.identity.userArn).toMatch(/:assumed-role\/dlt-local-console\/ASIA/);
    const { sessionToken: _t, ...keysOnly } = session;
    expect((await signedFetch(`${stack.apiUrl}/regions`, { credentials: keysOnly })).status).toBe(403);
    expect((await signedFetch(`${stack.apiUrl}/regions`, { credentials: creds })).status).toBe(200);

    await stack.close();
    open.length = 0;
    const restarted = (await start()).stack;
    const after = await signedFetch(`${restarted.apiUrl}/regions`, { credentials: session });
    expect(after.status).toBe(403);
  });

  it('gives `dlt local login-link` a fresh working login link', async () => {
    const { stack } = await start();
    const link = await requestLoginLink(stateDir);
    expect(link).toMatch(new RegExp(`^${stack.url}/login#token=[A-Za-z0-9_-]{43}$`));
    const token = link.split('#token=')[1];
    const res = await fetch(`${stack.url}/auth/login`, { method: 'POST', body: JSON.stringify({ token }) });
    expect(res.status).toBe(200);
    await stack.close();
    open.length = 0;
    await expect(requestLoginLink(stateDir)).rejects.toThrow(/not running .*dlt local up/);
  });

  it('serves the console from the given folder and /config.json for this stack', async () => {
    const consoleDir = join(root, 'dist');
    await mkdir(join(consoleDir, 'assets'), { recursive: true });
    await writeFile(join(consoleDir, 'index.html'), '<!doctype html><title>console</title>');
    const stack = await startLocalStack({
      stateDir,
      port: 0,
      consoleDir,
      log: () => undefined,
      createHandler: () => async () => ({ statusCode: 200, body: '{}' }),
    });
    open.push(stack);
    const page = await fetch(`${stack.url}/login`);
    expect(await page.text()).toContain('<title>console</title>');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(await (await fetch(`${stack.url}/config.json`)).json()).toEqual({
      mode: 'local',
      apiBaseUrl: `${stack.url}/api`,
      region: 'us-east-1',
      loginPath: '/auth/login',
    });

    // The console's script upload goes from the browser to the S3 stand-in: CSP allows that origin, and the
    // stand-in answers the CORS preflight for a presigned PUT.
    const csp = page.headers.get('content-security-policy') ?? '';
    const s3Origin = /connect-src [^;]*?(http:\/\/127\.0\.0\.1:\d+)/.exec(csp)?.[1];
    expect(s3Origin).toBeDefined();
    const preflight = await fetch(`${s3Origin}/dlt-scenarios/public/scripts/T1.jmx`, {
      method: 'OPTIONS',
      headers: {
        Origin: stack.url,
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(200);
    expect(preflight.headers.get('access-control-allow-origin')).toMatch(/^(\*|http:\/\/127\.0\.0\.1:\d+)$/);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
  });

  it('refuses a second start on a state dir in use, naming the running one', async () => {
    const { stack } = await start();
    await expect(start()).rejects.toThrow(
      new RegExp(`already running for .*state \\(pid ${process.pid}, ${stack.url}\\).*dlt local down`),
    );
    // The refused start must not have disturbed the running one.
    expect((await fetch(`${stack.url}/healthz`)).status).toBe(200);
  });

  it('ignores a stale local.json left by a dead process', async () => {
    const first = await start();
    await first.stack.close();
    open.length = 0;
    await writeFile(
      localInfoFile(stateDir),
      JSON.stringify({ pid: 2 ** 22 + 12345, port: 1, url: 'http://x' }),
    );
    const { stack } = await start();
    expect((await readLocalInfo(stateDir))?.port).toBe(stack.port);
  });

  it('keeps data across a restart and removes local.json on close', async () => {
    const first = await start();
    expect(
      (await first.deps.scenarios.put({ testId: 'persist01', testName: 'kept', status: 'complete' })).ok,
    ).toBe(true);
    await first.stack.close();
    open.length = 0;
    await expect(readFile(localInfoFile(stateDir))).rejects.toThrow(/ENOENT/);

    const second = await start(['eu-west-1']);
    expect(await second.deps.scenarios.get('persist01')).toMatchObject({
      testName: 'kept',
      status: 'complete',
    });
    // The pools are this start's, not the union of every start's.
    expect((await second.deps.scenarios.listRegions()).map((r) => r.region)).toEqual(['eu-west-1']);
  });

  it('checks region names', () => {
    expect(checkRegions(['us-east-1', 'us-east-1', 'us-gov-west-1'])).toEqual(['us-east-1', 'us-gov-west-1']);
    expect(() => checkRegions([])).toThrow(/at least one/);
    expect(() => checkRegions(['local'])).toThrow(/"local" is not a region name/);
  });
});
