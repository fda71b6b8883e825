// Errors, auth and persistence of the DLT v4 REST API as `dlt local up` serves it (see local-api-fixture.ts).
import { describe, expect, it } from 'vitest';
import { signRequest } from '../../functions/local-mode/src/test-support.js';
import { getScenario, saveScenario, useLocalApi } from './local-api-fixture.js';
import { call, errorText, listScenarios, POOL, scenarioBody, unsignedCall } from './local-helpers.js';

const local = useLocalApi();

describe('error formats', () => {
  it('malformed JSON is 400 "Invalid JSON in request body" and writes nothing', async () => {
    const row = await saveScenario(local.api, { testName: 'Malformed neighbour' });
    const before = await listScenarios(local.api);
    const res = await call(local.api, 'POST', '/scenarios', { body: '{"testName": "Broken",' });
    expect(res.status).toBe(400);
    expect(res.body).toBe('Invalid JSON in request body');
    const baseline = await call(local.api, 'PUT', `/scenarios/${row.testId}/baseline`, { body: '{nope' });
    expect(baseline.status).toBe(400);
    expect(baseline.body).toBe('Invalid JSON in request body');
    expect(await listScenarios(local.api)).toEqual(before);
  });

  it.each([
    ['PATCH', '/scenarios'],
    ['PUT', '/scenarios'],
    ['PUT', '/scenarios/abc123'],
    ['POST', '/regions'],
    ['GET', '/no-such-resource'],
  ])('%s %s is 405 METHOD_NOT_ALLOWED with DLT text', async (method, path) => {
    const res = await call(local.api, method, path, method === 'GET' ? {} : { body: {} });
    expect(res.status).toBe(405);
    expect(errorText(res)).toBe(
      `METHOD_NOT_ALLOWED: Method: ${method} not supported for this resource: ${path}`,
    );
  });

  it('an 11 MB body is 413 and writes nothing', async () => {
    const before = await listScenarios(local.api);
    const body = JSON.stringify(scenarioBody({ testDescription: 'x'.repeat(11 * 1024 * 1024) }));
    const res = await call(local.api, 'POST', '/scenarios', { body });
    expect(res.status).toBe(413);
    expect(await listScenarios(local.api)).toEqual(before);
  });

  it('an unknown testId is 404 TEST_NOT_FOUND on every scenario route', async () => {
    const id = 'noSuchTest1';
    const message = `TEST_NOT_FOUND: Test ${id} not found`;
    for (const [method, path, body] of [
      ['GET', `/scenarios/${id}`, undefined],
      ['POST', `/scenarios/${id}`, undefined],
      ['DELETE', `/scenarios/${id}`, undefined],
      ['GET', `/scenarios/${id}/testruns`, undefined],
      ['DELETE', `/scenarios/${id}/testruns`, ['run1']],
      ['GET', `/scenarios/${id}/baseline`, undefined],
      ['PUT', `/scenarios/${id}/baseline`, { testRunId: 'run1' }],
      ['DELETE', `/scenarios/${id}/baseline`, undefined],
    ] as const) {
      const res = await call(local.api, method, path, body === undefined ? {} : { body });
      expect(res.status, `${method} ${path}: ${res.text}`).toBe(404);
      expect(errorText(res)).toBe(message);
    }
  });

  it('an invalid testId in the path is 400 INVALID_PATH_PARAMETER', async () => {
    const res = await call(local.api, 'GET', '/scenarios/bad_id');
    expect(res.status).toBe(400);
    expect(errorText(res)).toBe(
      'INVALID_PATH_PARAMETER: testId: must contain only alphanumeric characters and hyphens',
    );
  });

  it.each([
    ['tab (U+0009)', '\t'],
    ['newline (U+000A)', '\n'],
    ['U+0085', '\u0085'],
    ['U+2028', '\u2028'],
  ])('a control character in testName is 400 naming it (%s)', async (named, char) => {
    const before = await listScenarios(local.api);
    const res = await call(local.api, 'POST', '/scenarios', {
      body: scenarioBody({ testName: `Bad${char}name`, saveOnly: true }),
    });
    expect(res.status).toBe(400);
    expect(errorText(res)).toMatch(/^INVALID_REQUEST_BODY: /);
    expect(errorText(res)).toContain(`testName contains a disallowed control character: ${named}`);
    expect(await listScenarios(local.api)).toEqual(before);
  });

  it('wrong types and out-of-range fields are 400 INVALID_REQUEST_BODY and write nothing', async () => {
    const before = await listScenarios(local.api);
    for (const overrides of [
      { testName: 42 },
      { testTaskConfigs: [{ region: POOL, taskCount: 'many', concurrency: 2 }] },
      { testTaskConfigs: [{ region: POOL, taskCount: 1, concurrency: 25_001 }] },
      { testTaskConfigs: [{ region: 'mars', taskCount: 1, concurrency: 2 }] },
      { tags: ['a', 'b', 'c', 'd', 'e', 'f'] },
      { healthyThreshold: 101 },
      { scheduleStep: 'create', scheduleDate: '2030-13-40', scheduleTime: '25:61' },
    ]) {
      const res = await call(local.api, 'POST', '/scenarios', {
        body: scenarioBody({ saveOnly: true, ...overrides }),
      });
      expect(res.status, `${JSON.stringify(overrides)}: ${res.text}`).toBe(400);
      expect(errorText(res)).toMatch(/^[A-Za-z_]+: /);
    }
    expect(await listScenarios(local.api)).toEqual(before);
  });

  it('a scenario too big to store is a 4xx, not a 500, and writes nothing', async () => {
    const before = await listScenarios(local.api);
    const requests = Array.from({ length: 100 }, () => ({
      url: 'http://127.0.0.1:9/',
      method: 'POST',
      body: 'y'.repeat(65_536),
    }));
    const res = await call(local.api, 'POST', '/scenarios', {
      body: scenarioBody({
        saveOnly: true,
        testScenario: {
          execution: [{ 'hold-for': '5s', scenario: 'E2E local API' }],
          scenarios: { 'E2E local API': { requests } },
        },
      }),
    });
    expect(res.status, res.text).toBeGreaterThanOrEqual(400);
    expect(res.status, res.text).toBeLessThan(500);
    expect(await listScenarios(local.api)).toEqual(before);
  });

  it('a taskCount above Number.MAX_SAFE_INTEGER is a 4xx, not a 500', async () => {
    const before = await listScenarios(local.api);
    const res = await call(local.api, 'POST', '/scenarios', {
      body: scenarioBody({
        saveOnly: true,
        testTaskConfigs: [{ region: POOL, taskCount: 1e16, concurrency: 2 }],
        regionalTaskDetails: { [POOL]: { dltAvailableTasks: 1e17 } },
      }),
    });
    expect(res.status, res.text).toBeGreaterThanOrEqual(400);
    expect(res.status, res.text).toBeLessThan(500);
    expect(await listScenarios(local.api)).toEqual(before);
  });

  it('a deeply nested value in a passthrough field is a 4xx, not a 500', async () => {
    const before = await listScenarios(local.api);
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const body = JSON.stringify(scenarioBody({ saveOnly: true })).replace(
      '"hold-for"',
      `"deep":${deep},"hold-for"`,
    );
    const res = await call(local.api, 'POST', '/scenarios', { body });
    expect(res.status, res.text).toBeGreaterThanOrEqual(400);
    expect(res.status, res.text).toBeLessThan(500);
    expect(await listScenarios(local.api)).toEqual(before);
  });
});

describe('SigV4 auth', () => {
  const wrong = () => ({
    accessKeyId: local.api.credentials.accessKeyId,
    secretAccessKey: 'not-the-secret-key-0000',
  });

  it('an unsigned request is 403 Missing Authentication Token and writes nothing', async () => {
    const before = await listScenarios(local.api);
    const res = await unsignedCall(local.api, 'POST', '/scenarios', {
      body: scenarioBody({ saveOnly: true }),
    });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ message: 'Missing Authentication Token' });
    expect(res.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
    const get = await unsignedCall(local.api, 'GET', '/scenarios');
    expect(get.status).toBe(403);
    expect(get.body).toEqual({ message: 'Missing Authentication Token' });
    expect(await listScenarios(local.api)).toEqual(before);
  });

  it('a request signed with the wrong secret is 403 and writes nothing', async () => {
    const before = await listScenarios(local.api);
    const res = await call(local.api, 'POST', '/scenarios', {
      body: scenarioBody({ saveOnly: true }),
      credentials: wrong(),
    });
    expect(res.status).toBe(403);
    expect((res.body as { message: string }).message).toMatch(
      /^The request signature we calculated does not match the signature you provided/,
    );
    const del = await call(local.api, 'DELETE', `/scenarios/${String(before[0]?.testId ?? 'abc')}`, {
      credentials: wrong(),
    });
    expect(del.status).toBe(403);
    expect(await listScenarios(local.api)).toEqual(before);
  });

  it('a request signed by an unknown key is 403', async () => {
    const res = await call(local.api, 'GET', '/scenarios', {
      credentials: { accessKeyId: 'AKIAUNKNOWNKEY000000', secretAccessKey: 'whatever' },
    });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ message: 'The security token included in the request is invalid.' });
  });

  it('a stale (16 minutes old) or future X-Amz-Date is 403 and writes nothing', async () => {
    const before = await listScenarios(local.api);
    const stale = await call(local.api, 'POST', '/scenarios', {
      body: scenarioBody({ saveOnly: true }),
      date: new Date(Date.now() - 16 * 60_000),
    });
    expect(stale.status).toBe(403);
    expect((stale.body as { message: string }).message).toMatch(
      /^Signature expired: \d{8}T\d{6}Z is now earlier than/,
    );
    const future = await call(local.api, 'POST', '/scenarios', {
      body: scenarioBody({ saveOnly: true }),
      date: new Date(Date.now() + 16 * 60_000),
    });
    expect(future.status).toBe(403);
    expect((future.body as { message: string }).message).toMatch(/^Signature not yet current: /);
    expect(await listScenarios(local.api)).toEqual(before);
  });

  it('a body changed after signing is 403 and writes nothing', async () => {
    const before = await listScenarios(local.api);
    const signed = await signRequest(`${local.api.apiUrl}/scenarios`, {
      method: 'POST',
      credentials: local.api.credentials,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(scenarioBody({ saveOnly: true, testName: 'Signed body' })),
    });
    const res = await fetch(signed.url, {
      ...signed.init,
      body: JSON.stringify(scenarioBody({ saveOnly: true, testName: 'Swapped body' })),
    });
    expect(res.status).toBe(403);
    expect(await listScenarios(local.api)).toEqual(before);
  });
});

describe('persistence', () => {
  it('keeps scenarios and the key pair across a restart on the same state folder', async () => {
    const row = await saveScenario(local.api, { testName: 'Survives restart', tags: ['persist'] });
    const detail = await getScenario(local.api, row.testId);
    const list = await listScenarios(local.api);
    const { credentials } = local.api;

    const stopped = await local.restart();
    expect(stopped.code, stopped.stderr).toBe(0);
    expect(stopped.stdout).toMatch(/stopped\.\n$/);

    expect(local.api.credentials).toEqual(credentials);
    expect(await getScenario(local.api, row.testId)).toEqual(detail);
    expect(await listScenarios(local.api)).toEqual(list);
    const tagged = await call(local.api, 'GET', '/scenarios', { query: { tags: 'persist' } });
    expect((tagged.body as { Items: Array<{ testId: string }> }).Items.map((i) => i.testId)).toEqual([
      row.testId,
    ]);
  });
});
