import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORS_HEADERS, MAX_BODY_BYTES } from './http.js';
import {
  call,
  event,
  type Harness,
  REGIONS_BODY,
  STACK_INFO,
  simpleBody,
  startHarness,
} from './test-support.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

describe('transport', () => {
  it('puts the CORS headers on successes and errors alike', async () => {
    const ok = await call(h, 'GET', '/regions');
    const bad = await call(h, 'GET', '/scenarios/nope');
    for (const res of [ok, bad]) expect(res.headers).toMatchObject(CORS_HEADERS);
  });

  it('answers 405 for an unknown method or resource', async () => {
    expect(await call(h, 'PATCH', '/scenarios')).toMatchObject({
      status: 405,
      body: 'METHOD_NOT_ALLOWED: Method: PATCH not supported for this resource: /scenarios',
    });
    expect(await call(h, 'GET', '/nowhere')).toMatchObject({
      status: 405,
      body: 'METHOD_NOT_ALLOWED: Method: GET not supported for this resource: /nowhere',
    });
  });

  it('refuses malformed JSON with DLT text, before touching anything', async () => {
    const res = await call(h, 'POST', '/scenarios', { body: '{"testName":' });
    expect(res).toMatchObject({ status: 400, body: 'Invalid JSON in request body' });
  });

  it('refuses bodies over 10 MB with 413', async () => {
    const res = await call(h, 'POST', '/scenarios', { body: 'x'.repeat(MAX_BODY_BYTES + 1) });
    expect(res.status).toBe(413);
  });

  it('validates path parameters first', async () => {
    const res = await call(h, 'GET', '/scenarios/bad_id', { query: { history: 'maybe' } });
    expect(res).toMatchObject({
      status: 400,
      body: 'INVALID_PATH_PARAMETER: testId: must contain only alphanumeric characters and hyphens',
    });
  });

  it('validates query parameters strictly', async () => {
    expect(await call(h, 'GET', '/scenarios/abc', { query: { history: 'maybe' } })).toMatchObject({
      status: 400,
      body: 'INVALID_QUERY_PARAMETER: history: Invalid option: expected one of "true"|"false"',
    });
    expect(await call(h, 'GET', '/scenarios', { query: { foo: '1' } })).toMatchObject({
      status: 400,
      body: 'INVALID_QUERY_PARAMETER: foo: Unrecognized query parameter',
    });
  });

  it('answers CORS preflights', async () => {
    const res = await h.api(event('OPTIONS', '/scenarios'));
    expect(res.statusCode).toBe(204);
    expect(res.headers?.['Access-Control-Allow-Methods']).toContain('DELETE');
  });
});

describe('capacity and stack routes (ports)', () => {
  it('serves /regions, /tasks, /vCPUDetails, /stack-info and op=listRegions', async () => {
    expect(await call(h, 'GET', '/regions')).toMatchObject({ status: 200, body: REGIONS_BODY });
    expect((await call(h, 'GET', '/scenarios', { query: { op: 'listRegions' } })).body).toEqual(REGIONS_BODY);
    expect((await call(h, 'GET', '/tasks')).body).toEqual([
      { region: 'us-east-1', taskArns: ['arn:task/1'] },
    ]);
    expect((await call(h, 'GET', '/vCPUDetails')).body).toEqual({
      'us-east-1': { vCPULimit: 4000, vCPUsInUse: 2, vCPUsPerTask: 2 },
    });
    expect((await call(h, 'GET', '/stack-info')).body).toEqual(STACK_INFO);
  });

  it('refuses an unknown op', async () => {
    const res = await call(h, 'GET', '/scenarios', { query: { op: 'other' } });
    expect(res.body).toBe('INVALID_QUERY_PARAMETER: op: Invalid option: expected one of "listRegions"');
  });
});

describe('POST /scenarios/{testId}/script', () => {
  it('presigns a PUT to the script key with the exact length', async () => {
    const res = await call(h, 'POST', '/scenarios/abc123/script', {
      body: { testType: 'jmeter', extension: 'jmx', contentLength: 1234 },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      key: 'public/test-scenarios/jmeter/abc123.jmx',
      method: 'PUT',
      headers: { 'content-length': '1234' },
    });
  });

  it('checks the extension against the test type and the 50 MB limit', async () => {
    const res = await call(h, 'POST', '/scenarios/abc123/script', {
      body: { testType: 'k6', extension: 'py', contentLength: 60 * 1024 * 1024 },
    });
    expect(res).toMatchObject({
      status: 400,
      body:
        'INVALID_REQUEST_BODY: extension: a k6 script must be one of .js, .ts, .zip; ' +
        'contentLength: must be an integer from 1 to 52428800 (50 MB)',
    });
  });
});

describe('scheduling', () => {
  it('answers 501 until orchestration exists, and stores nothing', async () => {
    const body = simpleBody({
      testId: 'sched1',
      scheduleStep: 'start',
      scheduleDate: '2031-01-01',
      scheduleTime: '10:00',
    });
    const res = await call(h, 'POST', '/scenarios', { body });
    expect(res).toMatchObject({
      status: 501,
      body: 'NOT_IMPLEMENTED: scheduling arrives with orchestration',
    });
    expect(await h.scenarios.get('sched1')).toBeUndefined();
  });
});

describe('direct callers', () => {
  it('accepts an event with only method, path, query and body', async () => {
    const res = await h.api({ httpMethod: 'GET', path: '/regions', queryStringParameters: null } as never);
    expect(res.statusCode).toBe(200);
  });
});
