import { describe, expect, it } from 'vitest';
import { accepted, bad, exec0, rejection, request0, scenarioOf, simpleBody } from './test-fixtures.js';

describe('testScenario.scenarios (§1.3)', () => {
  it('needs at least one scenario', () => {
    const body = simpleBody();
    delete exec0(body).scenario;
    body.testScenario.scenarios = {};
    expect(rejection(body)).toBe(
      bad('testScenario.scenarios: At least one scenario must be defined in scenarios object'),
    );
  });

  it('keys follow the testName rules', () => {
    const body = simpleBody();
    delete exec0(body).scenario;
    body.testScenario.scenarios = { 'a\nb': { script: 'x.jmx' }, ok: { script: 'y.jmx' } };
    expect(rejection(body)).toBe(
      bad(
        'testScenario.scenarios.a\nb: Scenario name contains a disallowed control character: newline (U+000A); ' +
          'testScenario.scenarios.ok: Scenario name must be at least 3 characters',
      ),
    );
  });

  it('requests: 1–100 per scenario', () => {
    const body = simpleBody();
    scenarioOf(body).requests = [];
    expect(rejection(body)).toBe(
      bad('testScenario.scenarios.Checkout load.requests: Each scenario must have at least one request'),
    );
    scenarioOf(body).requests = Array.from({ length: 101 }, () => ({
      url: 'https://a.example',
      method: 'GET',
    }));
    expect(rejection(body)).toBe(
      bad('testScenario.scenarios.Checkout load.requests: Each scenario cannot exceed 100 requests'),
    );
  });

  it.each([
    ['', 'url is required'],
    [`https://a.example/${'p'.repeat(2048)}`, 'url must not exceed 2048 characters'],
    ['not a url', 'url must be a valid URL'],
    ['ftp://files.example/x', 'url must be a valid HTTP/HTTPS URL'],
  ])('url %j → %s', (url, message) => {
    const body = simpleBody();
    request0(body).url = url;
    expect(rejection(body)).toBe(bad(`testScenario.scenarios.Checkout load.requests[0].url: ${message}`));
  });

  it('method, headers and body', () => {
    const body = simpleBody();
    Object.assign(request0(body), { method: 'get', headers: { 'X-N': 1 }, body: 'b'.repeat(65537) });
    const path = 'testScenario.scenarios.Checkout load.requests[0]';
    expect(rejection(body)).toBe(
      bad(
        [
          `${path}.method: method must be a valid HTTP method (GET, POST, PUT, DELETE, PATCH, HEAD, OPTIONS)`,
          `${path}.headers.X-N: Invalid input: expected string, received number`,
          `${path}.body: body must not exceed 65536 characters`,
        ].join('; '),
      ),
    );
  });

  it('our addition: a request label is 1–255 characters without control characters', () => {
    const body = simpleBody();
    request0(body).label = '';
    expect(rejection(body)).toBe(
      bad(
        'testScenario.scenarios.Checkout load.requests[0].label: label must be between 1 and 255 characters',
      ),
    );
    request0(body).label = 'cart\u2028view';
    expect(rejection(body)).toBe(
      bad(
        'testScenario.scenarios.Checkout load.requests[0].label: label contains a disallowed control character: U+2028',
      ),
    );
  });

  it('keeps tool-specific keys on scenarios and requests', () => {
    const body = simpleBody();
    scenarioOf(body)['think-time'] = '500ms';
    request0(body)['follow-redirects'] = false;
    const scenario = accepted(body).testScenario.scenarios?.['Checkout load'];
    expect(scenario?.['think-time']).toBe('500ms');
    expect(scenario?.requests?.[0]?.['follow-redirects']).toBe(false);
  });
});

describe('regionalTaskDetails (§1.3)', () => {
  it('is required and needs dltAvailableTasks as a positive integer or digit string', () => {
    const body = simpleBody();
    body.regionalTaskDetails = { 'us-east-1': { dltAvailableTasks: 0 } };
    expect(rejection(body)).toBe(
      bad('regionalTaskDetails.us-east-1.dltAvailableTasks: dltAvailableTasks must be a positive integer'),
    );
    body.regionalTaskDetails = { 'us-east-1': { dltAvailableTasks: 'many' } };
    expect(rejection(body)).toBe(
      bad('regionalTaskDetails.us-east-1.dltAvailableTasks: dltAvailableTasks must be a positive integer'),
    );
    body.regionalTaskDetails = { 'us-east-1': { dltAvailableTasks: '12', vCPUsInUse: 3 } };
    expect(accepted(body).regionalTaskDetails).toEqual({
      'us-east-1': { dltAvailableTasks: '12', vCPUsInUse: 3 },
    });
  });
});

describe('schedule fields (§1.3, §7)', () => {
  const scheduled = (fields: Record<string, unknown>) => ({
    ...simpleBody(),
    scheduleStep: 'start',
    ...fields,
  });

  it('scheduleStep: create | start', () => {
    expect(rejection(scheduled({ scheduleStep: 'later', cronValue: '0 9 * * *' }))).toBe(
      bad('scheduleStep: Invalid option: expected one of "create"|"start"'),
    );
  });

  it('scheduleDate and cronExpiryDate: YYYY-MM-DD (an existing day)', () => {
    expect(rejection(scheduled({ scheduleDate: '2030-02-30', scheduleTime: '10:00' }))).toBe(
      bad('scheduleDate: Invalid date format. Expected format: YYYY-MM-DD'),
    );
    expect(rejection(scheduled({ cronValue: '0 9 * * *', cronExpiryDate: '30-01-2030' }))).toBe(
      bad('cronExpiryDate: Invalid date format. Expected format: YYYY-MM-DD'),
    );
  });

  it('scheduleTime: HH:MM or HH:MM:SS', () => {
    expect(rejection(scheduled({ scheduleDate: '2030-01-30', scheduleTime: '24:00' }))).toBe(
      bad('scheduleTime: Invalid time format. Expected format: HH:MM or HH:MM:SS'),
    );
    expect(accepted(scheduled({ scheduleDate: '2030-01-30', scheduleTime: '23:59:59' })).scheduleTime).toBe(
      '23:59:59',
    );
  });

  it('recurrence: daily | weekly | biweekly | monthly', () => {
    expect(
      rejection(scheduled({ scheduleDate: '2030-01-30', scheduleTime: '10:00', recurrence: 'hourly' })),
    ).toBe(bad('recurrence: Invalid option: expected one of "daily"|"weekly"|"biweekly"|"monthly"'));
  });

  it('cronValue: the strict 5-field grammar', () => {
    expect(rejection(scheduled({ cronValue: '*/5 * * * *' }))).toBe(
      bad(
        'cronValue: Invalid cron expression format. Hours support step values and lists. Day-of-week supports ranges and lists.',
      ),
    );
  });

  it('scheduleTimezone: ≤64 characters, an IANA zone, default UTC', () => {
    expect(
      rejection(scheduled({ cronValue: '0 9 * * *', scheduleTimezone: `Europe/${'X'.repeat(60)}` })),
    ).toBe(bad('scheduleTimezone: scheduleTimezone must not exceed 64 characters'));
    expect(rejection(scheduled({ cronValue: '0 9 * * *', scheduleTimezone: 'Mars/Olympus' }))).toBe(
      bad('scheduleTimezone: scheduleTimezone must be a valid IANA timezone'),
    );
    expect(accepted(scheduled({ cronValue: '0 9 * * *' })).scheduleTimezone).toBe('UTC');
    expect(
      accepted(scheduled({ cronValue: '0 9 * * *', scheduleTimezone: 'Asia/Tokyo' })).scheduleTimezone,
    ).toBe('Asia/Tokyo');
  });

  it('eventBridge: a string', () => {
    expect(rejection({ ...simpleBody(), eventBridge: true })).toBe(
      bad('eventBridge: Invalid input: expected string, received boolean'),
    );
  });
});

describe('criteria (our addition)', () => {
  it('at most 50 strings of 1–200 characters', () => {
    expect(rejection({ ...simpleBody(), criteria: Array.from({ length: 51 }, () => 'p95>1s') })).toBe(
      bad('criteria: Maximum 50 criteria allowed'),
    );
    expect(rejection({ ...simpleBody(), criteria: ['p95>1s', ''] })).toBe(
      bad('criteria[1]: Each criterion must be between 1 and 200 characters'),
    );
    expect(accepted({ ...simpleBody(), criteria: ['p95>1s'] }).criteria).toEqual(['p95>1s']);
  });

  it('runs the caller-supplied parser on each criterion', () => {
    const criterionValidator = (c: string) => (c.includes('>') ? undefined : `cannot parse criterion '${c}'`);
    expect(rejection({ ...simpleBody(), criteria: ['p95>1s', 'fast please'] }, { criterionValidator })).toBe(
      bad("criteria[1]: cannot parse criterion 'fast please'"),
    );
    expect(accepted({ ...simpleBody(), criteria: ['p95>1s'] }, { criterionValidator }).criteria).toEqual([
      'p95>1s',
    ]);
  });
});
