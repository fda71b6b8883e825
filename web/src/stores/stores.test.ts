import { describe, expect, it, vi } from 'vitest';
import { registerDraftSource } from '../auth/drafts.js';
import { CAPACITY_ROUTES, fakeFetch, signedInSession } from '../test-support.js';
import { PAGE_SIZE, useRunsStore } from './runs.js';
import { useScenariosStore } from './scenarios.js';
import { useStackStore } from './stack.js';

const run = (id: string, status = 'complete') => ({
  testRunId: id,
  status,
  scheduleTimezone: 'UTC',
  startTime: '2026-11-27 10:00:00',
  requests: 100,
  success: 99,
  errors: 1,
  requestsPerSecond: 10,
  avgResponseTime: 12,
  avgLatency: 0,
  avgConnectionTime: 0,
  avgBandwidth: 1000,
  percentiles: { p0: 1, p50: 10, p90: 20, p95: 25, p99: 40, p99_9: 50, p100: 60 },
});

describe('scenarios store', () => {
  it('loads the list, and a load failure is kept as a readable error', async () => {
    let fail = false;
    const api = fakeFetch({
      'GET /scenarios': () =>
        fail
          ? { status: 500, body: 'InternalError: the table is not there' }
          : { body: { Items: [{ testId: 'a1', testName: 'A', tags: [], totalTestRuns: 0 }] } },
    });
    signedInSession(api.fetch);
    const store = useScenariosStore();
    await store.load();
    expect(store.items.map((s) => s.testId)).toEqual(['a1']);
    expect(store.error).toBeUndefined();
    fail = true;
    await store.load();
    expect(store.error).toBe('the table is not there (InternalError)');
  });

  it('runs a stored scenario again with its config and fresh regional capacity', async () => {
    const api = fakeFetch({
      ...CAPACITY_ROUTES,
      'GET /tasks': { body: [{ region: 'us-east-1', taskArns: ['t1', 't2'] }] },
      'GET /scenarios/a1': {
        body: {
          testId: 'a1',
          testName: 'A scenario',
          testDescription: 'desc',
          testType: 'simple',
          totalTestRuns: 1,
          showLive: true,
          testTaskConfigs: [{ region: 'us-east-1', taskCount: '2', concurrency: '5' }],
          testScenario: {
            execution: [{ 'hold-for': '1m', scenario: 'A scenario' }],
            scenarios: { 'A scenario': { requests: [{ url: 'http://127.0.0.1:1/', method: 'GET' }] } },
            reporting: [{ module: 'final-stats' }],
          },
        },
      },
      'GET /scenarios': {
        body: { Items: [{ testId: 'a1', tags: [], totalTestRuns: 1, status: 'complete' }] },
      },
      'POST /scenarios': { body: {} },
    });
    signedInSession(api.fetch);
    const store = useScenariosStore();
    await store.load();
    await store.runNow('a1');
    const post = api.calls.find((c) => c.method === 'POST');
    expect(post?.body).toMatchObject({
      testId: 'a1',
      testTaskConfigs: [{ region: 'us-east-1', taskCount: 2, concurrency: 5 }],
      regionalTaskDetails: { 'us-east-1': { dltAvailableTasks: 14 } },
      showLive: true,
    });
    expect((post!.body as { testScenario: Record<string, unknown> }).testScenario.reporting).toBeUndefined();
    expect(store.items[0]?.status).toBe('queued');
  });
});

describe('runs store', () => {
  it('pages with next_token and keeps the date filter on every page', async () => {
    const api = fakeFetch({
      'GET /scenarios/a1/testruns': (call) =>
        call.query.get('next_token') === 'p2'
          ? {
              body: {
                testRuns: [run('r3')],
                pagination: { limit: PAGE_SIZE, next_token: null, total_count: 3 },
              },
            }
          : {
              body: {
                testRuns: [run('r1'), run('r2')],
                pagination: { limit: PAGE_SIZE, next_token: 'p2', total_count: 3 },
              },
            },
      'GET /scenarios/a1/baseline': { body: { testId: 'a1', baselineId: null, message: 'No baseline' } },
    });
    signedInSession(api.fetch);
    const store = useRunsStore();
    const start = new Date('2026-11-01T00:00:00Z');
    await store.open('a1', { start });
    expect(store.runs.map((r) => r.testRunId)).toEqual(['r1', 'r2']);
    expect(store.nextToken).toBe('p2');
    await store.loadAll();
    expect(store.runs.map((r) => r.testRunId)).toEqual(['r1', 'r2', 'r3']);
    expect(store.nextToken).toBeNull();
    const pages = api.calls.filter((c) => c.path === '/scenarios/a1/testruns');
    expect(pages.map((c) => c.query.get('start_timestamp'))).toEqual([
      start.toISOString(),
      start.toISOString(),
    ]);
    expect(pages.map((c) => c.query.get('limit'))).toEqual([String(PAGE_SIZE), String(PAGE_SIZE)]);
  });

  it('sets and clears the baseline, and deletes runs', async () => {
    let baselineId: string | null = null;
    const api = fakeFetch({
      'GET /scenarios/a1/testruns': {
        body: {
          testRuns: [run('r1'), run('r2')],
          pagination: { limit: 100, next_token: null, total_count: 2 },
        },
      },
      'GET /scenarios/a1/baseline': () => ({ body: { testId: 'a1', baselineId, message: '' } }),
      'PUT /scenarios/a1/baseline': (call) => {
        baselineId = (call.body as { testRunId: string }).testRunId;
        return { body: { baselineId } };
      },
      'DELETE /scenarios/a1/baseline': () => {
        baselineId = null;
        return { body: { message: 'cleared' } };
      },
      'DELETE /scenarios/a1/testruns': (call) => ({ body: { deletedCount: (call.body as string[]).length } }),
    });
    signedInSession(api.fetch);
    const store = useRunsStore();
    await store.open('a1');
    await store.setBaseline('r1');
    expect(store.baseline?.baselineId).toBe('r1');
    await store.clearBaseline();
    expect(store.baseline?.baselineId).toBeNull();
    expect(await store.remove(['r2'])).toBe(1);
    expect(store.runs.map((r) => r.testRunId)).toEqual(['r1']);
    expect(store.total).toBe(1);
  });
});

describe('stack store', () => {
  it('loads stack info, regions, capacity and tasks together, once', async () => {
    const api = fakeFetch(CAPACITY_ROUTES);
    signedInSession(api.fetch);
    const stack = useStackStore();
    await Promise.all([stack.load(), stack.load()]);
    await stack.load();
    expect(stack.vcpu?.['us-east-1']?.vCPULimit).toBe(16);
    expect(api.calls.map((c) => c.path).sort()).toEqual([
      '/regions',
      '/stack-info',
      '/tasks',
      '/vCPUDetails',
    ]);
  });
});

describe('session store', () => {
  it('sign-out clears credentials, drafts and the return path', () => {
    const navigate = vi.fn();
    const session = signedInSession(fakeFetch({}).fetch, navigate);
    sessionStorage.setItem('dlt.draft:x', '{}');
    sessionStorage.setItem('dlt.returnTo', '/scenarios');
    sessionStorage.setItem('oidc.user:abc', '{}');
    sessionStorage.setItem('unrelated', 'kept');
    session.signOut();
    expect(session.signedIn).toBe(false);
    expect(Object.keys(sessionStorage)).toEqual(['unrelated']);
    expect(navigate).toHaveBeenCalledWith('/login?signedOut=1');
  });

  it('sending the user to sign in saves registered drafts and where they were', () => {
    const navigate = vi.fn();
    const session = signedInSession(fakeFetch({}).fetch, navigate);
    const stop = registerDraftSource('form-a', () => ({ testName: 'kept' }));
    session.sendToLogin();
    stop();
    expect(JSON.parse(sessionStorage.getItem('dlt.draft:form-a') ?? '{}').value).toEqual({
      testName: 'kept',
    });
    expect(session.takeReturnPath()).toBe('/scenarios/create');
    expect(session.takeReturnPath()).toBe('/');
    expect(navigate).toHaveBeenCalledWith('/login?expired=1');
  });
});
