import { describe, expect, it } from 'vitest';
import { type Body, exec0, jmeterBody, simpleBody } from './test-fixtures.js';
import { FINAL_STATS_REPORTING, type ValidateScenarioOptions, validateScenario } from './validate.js';

const NOW = new Date('2030-06-01T12:00:00Z');

function rejection(body: unknown, options?: ValidateScenarioOptions): string {
  const result = validateScenario(body, { now: NOW, ...options });
  if (result.ok) throw new Error('expected the body to be rejected');
  return result.error.toString();
}

function accepted(body: unknown, options?: ValidateScenarioOptions) {
  const result = validateScenario(body, { now: NOW, ...options });
  if (!result.ok) throw new Error(`expected success, got ${result.error.toString()}`);
  return result.scenario;
}

describe('happy paths', () => {
  it('a minimal simple body', () => {
    const { request, plan } = accepted(simpleBody());
    expect(request).toMatchObject({
      testName: 'Checkout load',
      testType: 'simple',
      fileType: 'none',
      healthyThreshold: 90,
      scheduleTimezone: 'UTC',
      tags: ['checkout', 'smoke-test'],
      testTaskConfigs: [{ region: 'us-east-1', taskCount: 2, concurrency: 10 }],
    });
    expect(request.testId).toBeUndefined();
    expect(request.testScenario.reporting).toEqual([FINAL_STATS_REPORTING]);
    expect(plan).toEqual({
      testType: 'simple',
      scenario: 'Checkout load',
      concurrency: 10,
      rampUpSec: 30,
      holdForSec: 120,
      durationSec: 150,
      requests: [
        {
          label: 'GET /api/cart',
          url: 'https://shop.example.com/api/cart?id=1',
          method: 'GET',
          headers: { Accept: 'text/json' },
          body: '',
        },
      ],
    });
  });

  it('a jmeter script body', () => {
    const { request, plan } = accepted(jmeterBody());
    expect(request.fileType).toBe('script');
    expect(request.testTaskConfigs).toEqual([
      { region: 'us-east-1', taskCount: 3, concurrency: 50 },
      { region: 'eu-west-1', taskCount: 1, concurrency: 20 },
    ]);
    expect(plan).toEqual({
      testType: 'jmeter',
      executor: 'jmeter',
      scenario: 'Nightly JMeter plan',
      script: 'Ab3dE5gH9k.jmx',
      concurrency: 50,
      rampUpSec: 60,
      holdForSec: 600,
      durationSec: 660,
      requests: [],
    });
  });

  it('a recurring cron schedule (create step)', () => {
    const body = {
      ...simpleBody(),
      scheduleStep: 'create',
      cronValue: '0 9 * * 1-5',
      cronExpiryDate: '2030-12-31',
      recurrence: 'daily',
      scheduleTimezone: 'Europe/Paris',
    };
    const { request } = accepted(body);
    expect(request).toMatchObject({
      scheduleStep: 'create',
      cronValue: '0 9 * * 1-5',
      scheduleTimezone: 'Europe/Paris',
    });
    // A schedule stores the scenario as sent: DLT only forces reporting when a run starts.
    expect(request.testScenario.reporting).toBeUndefined();
  });

  it('a run-once schedule (create step, future time)', () => {
    const body = {
      ...simpleBody(),
      scheduleStep: 'create',
      scheduleDate: '2030-06-01',
      scheduleTime: '14:30',
      scheduleTimezone: 'Europe/Paris',
    };
    expect(accepted(body).request.scheduleDate).toBe('2030-06-01');
  });

  it('the start step the schedule fires', () => {
    const body = {
      ...simpleBody(),
      scheduleStep: 'start',
      scheduleDate: '2030-06-01',
      scheduleTime: '14:30:00',
    };
    expect(accepted(body).request.scheduleTime).toBe('14:30:00');
  });

  it('the returned error carries DLT code, message, status and string form', () => {
    const result = validateScenario({ ...simpleBody(), testName: 'ab' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({
      code: 'INVALID_REQUEST_BODY',
      message: 'testName: testName must be at least 3 characters',
      statusCode: 400,
    });
    expect(String(result.error)).toBe(
      'INVALID_REQUEST_BODY: testName: testName must be at least 3 characters',
    );
  });
});

describe('validateTaskCountConcurrency (§1.4)', () => {
  it('InvalidRegionalStack when a region has no regional stack', () => {
    const body = simpleBody();
    body.testTaskConfigs = [{ region: 'ap-south-1', taskCount: 1, concurrency: 1 }];
    expect(rejection(body)).toBe(
      'InvalidRegionalStack: The regional stack for "ap-south-1" no longer exists. Please remove this region from the scenario or redeploy the regional stack.',
    );
  });

  it('InvalidParameter when taskCount exceeds dltAvailableTasks', () => {
    const body = jmeterBody();
    body.testTaskConfigs = [{ region: 'eu-west-1', taskCount: 11, concurrency: 1 }];
    expect(rejection(body)).toBe('InvalidParameter: Task count should be positive number between 1 to 10.');
  });

  it('runs for create schedules but not for the start step', () => {
    const body: Body = { ...simpleBody(), scheduleDate: '2030-06-02', scheduleTime: '10:00' };
    body.testTaskConfigs = [{ region: 'ap-south-1', taskCount: 1, concurrency: 1 }];
    expect(rejection({ ...body, scheduleStep: 'create' })).toMatch(/^InvalidRegionalStack: /);
    expect(accepted({ ...body, scheduleStep: 'start' }).request.testTaskConfigs[0]?.region).toBe(
      'ap-south-1',
    );
  });
});

describe('regional stack compatibility (§1.4)', () => {
  const regionalStacks = {
    hubVersion: 'v4.2.3',
    versions: { 'us-east-1': 'v4.0.12', 'eu-west-1': 'v4.3.0' },
  };

  it('INCOMPATIBLE_REGIONAL_STACKS lists every bad region', () => {
    expect(rejection(jmeterBody(), { regionalStacks })).toBe(
      'INCOMPATIBLE_REGIONAL_STACKS: Incompatible regional stacks: ' +
        'us-east-1: Regional stack version v4.0.12 is below minimum required version 4.1.0; ' +
        'eu-west-1: Regional stack version v4.3.0 is newer than hub version v4.2.3. Upgrade the hub stack first.',
    );
  });

  it('passes compatible or unknown regions', () => {
    const ok = { hubVersion: 'v4.2.3', versions: { 'us-east-1': 'v4.2.3-ITL' } };
    expect(accepted(jmeterBody(), { regionalStacks: ok }).request.testId).toBe('Ab3dE5gH9k');
  });
});

describe('tags (§1.4)', () => {
  it('stores normalised, deduplicated tags', () => {
    const body = {
      ...simpleBody(),
      tags: ['  Nightly Run ', 'nightly-run', '!!!', 'x'.repeat(51), 'API_v2'],
    };
    expect(accepted(body).request.tags).toEqual(['nightly-run', 'apiv2']);
  });
});

describe('validateTimeUnit (§1.4)', () => {
  it('normalises ramp-up and hold-for', () => {
    const body = simpleBody();
    Object.assign(exec0(body), { 'ramp-up': '005s', 'hold-for': '010m' });
    const { request, plan } = accepted(body);
    expect(request.testScenario.execution[0]).toMatchObject({ 'ramp-up': '5s', 'hold-for': '10m' });
    expect(plan).toMatchObject({ rampUpSec: 5, holdForSec: 600 });
  });

  it('accepts h and d durations and counts them fully', () => {
    const body = simpleBody();
    Object.assign(exec0(body), { 'ramp-up': '1h', 'hold-for': '1d' });
    expect(accepted(body).plan).toMatchObject({ rampUpSec: 3600, holdForSec: 86400, durationSec: 90000 });
  });

  it('InvalidParameter: Invalid hold-for value. when hold-for is missing', () => {
    const body = simpleBody();
    delete exec0(body)['hold-for'];
    expect(rejection(body)).toBe('InvalidParameter: Invalid hold-for value.');
  });

  it('treats a missing ramp-up as 0', () => {
    const body = simpleBody();
    delete exec0(body)['ramp-up'];
    expect(accepted(body).plan).toMatchObject({ rampUpSec: 0, durationSec: 120 });
  });
});

describe('cron business check (§7)', () => {
  it('uses DLT’s "Invalid Linux cron expression" code, on runs and schedules alike', () => {
    const message =
      "Invalid Linux cron expression: Invalid range '17-9' in hour: the start must not be after the end.";
    expect(rejection({ ...simpleBody(), cronValue: '0 17-9 * * *' })).toBe(message);
    expect(rejection({ ...simpleBody(), scheduleStep: 'create', cronValue: '0 17-9 * * *' })).toBe(message);
  });
});

describe('scheduling rules (§7)', () => {
  it('InvalidParameter when a schedule has neither cron nor date/time', () => {
    expect(rejection({ ...simpleBody(), scheduleStep: 'start' })).toBe(
      'InvalidParameter: Missing cronValue, scheduleDate and ScheduleTime. Cannot schedule the Test.',
    );
  });

  it('one-time create wants HH:MM without seconds (DLT quirk)', () => {
    const body = {
      ...simpleBody(),
      scheduleStep: 'create',
      scheduleDate: '2030-06-02',
      scheduleTime: '10:00:00',
    };
    expect(rejection(body)).toBe('InvalidParameter: Invalid time format. Expected format: HH:MM');
  });

  it('one-time create wants a date', () => {
    const body = { ...simpleBody(), scheduleStep: 'create', scheduleTime: '10:00' };
    expect(rejection(body)).toBe('InvalidParameter: Invalid date format. Expected format: YYYY-MM-DD');
  });

  it('one-time create must be in the future, in the schedule’s timezone', () => {
    const body = {
      ...simpleBody(),
      scheduleStep: 'create',
      scheduleDate: '2030-06-01',
      scheduleTime: '13:30',
    };
    // 13:30 UTC is after NOW (12:00 UTC), but 13:30 in Paris (UTC+2) is 11:30 UTC, before it.
    expect(accepted(body).request.scheduleTime).toBe('13:30');
    expect(rejection({ ...body, scheduleTimezone: 'Europe/Paris' })).toBe(
      'InvalidParameter: Schedule time must be in the future.',
    );
    expect(rejection({ ...body, scheduleTime: '12:00' })).toBe(
      'InvalidParameter: Schedule time must be in the future.',
    );
  });
});

describe('simple tests need requests (our rule)', () => {
  it('InvalidParameter when execution[0] has nothing to send', () => {
    const body = simpleBody();
    delete exec0(body).scenario;
    body.testScenario.scenarios = {
      First: { requests: [{ url: 'https://a.example', method: 'GET' }] },
      Second: { script: 'x' },
    };
    expect(rejection(body)).toBe(
      'InvalidParameter: A simple test needs execution[0].scenario to name a scenario with at least one request.',
    );
    delete body.testScenario.scenarios.Second;
    expect(accepted(body).plan.scenario).toBe('First');
  });
});

describe("mode 'run-file'", () => {
  const runFile = { mode: 'run-file' } as const;
  const minimal = () => ({
    testName: 'Local smoke',
    testScenario: {
      execution: [{ concurrency: 5, 'hold-for': '30s', scenario: 'Local smoke' }],
      scenarios: { 'Local smoke': { requests: [{ url: 'http://localhost:8080/health', method: 'GET' }] } },
    },
  });

  it('defaults description, type, task configs and regional details', () => {
    const { request, plan } = accepted(minimal(), runFile);
    expect(request).toMatchObject({
      testDescription: 'Local smoke',
      testType: 'simple',
      fileType: 'none',
      testTaskConfigs: [],
      regionalTaskDetails: {},
    });
    expect(plan).toMatchObject({ concurrency: 5, rampUpSec: 0, holdForSec: 30 });
  });

  it('the same body is not a valid API body', () => {
    expect(rejection(minimal())).toMatch(/^INVALID_REQUEST_BODY: testDescription: /);
  });

  it('validates everything else identically', () => {
    expect(rejection({ ...minimal(), testName: 'ab', tags: ['1', '2', '3', '4', '5', '6'] }, runFile)).toBe(
      'INVALID_REQUEST_BODY: testName: testName must be at least 3 characters; tags: Maximum 5 tags allowed per scenario',
    );
    expect(rejection({ ...minimal(), testType: 'artillery' }, runFile)).toBe(
      'INVALID_REQUEST_BODY: testType: testType must be one of: simple, jmeter, locust, k6',
    );
  });

  it('needs a concurrency when no task config gives one', () => {
    const body = minimal();
    delete (body.testScenario.execution[0] as { concurrency?: number }).concurrency;
    expect(rejection(body, runFile)).toBe('InvalidParameter: Concurrency should be positive number');
  });

  it('checks task configs against regional details only when the file has them', () => {
    const configs = [{ region: 'eu-west-1', taskCount: 4, concurrency: 8 }];
    expect(accepted({ ...minimal(), testTaskConfigs: configs }, runFile).plan.concurrency).toBe(8);
    expect(
      rejection(
        {
          ...minimal(),
          testTaskConfigs: configs,
          regionalTaskDetails: { 'eu-west-1': { dltAvailableTasks: 2 } },
        },
        runFile,
      ),
    ).toBe('InvalidParameter: Task count should be positive number between 1 to 2.');
  });
});
