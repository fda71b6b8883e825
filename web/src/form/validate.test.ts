import { validateScenario } from '@dlt/shared/browser';
import { describe, expect, it } from 'vitest';
import { emptyForm, type ScenarioForm } from './model.js';
import { cronPreview, serverErrorsToFields, toRequestBody, validateForm } from './validate.js';

const NOW = new Date('2026-11-27T10:00:00Z');
const CTX = { available: { 'us-east-1': 16, 'eu-west-1': 4 }, now: NOW };

function validForm(): ScenarioForm {
  const form = emptyForm('abcDEF1234');
  form.testName = 'Checkout';
  form.testDescription = 'Checkout flow';
  form.requests = [
    { label: 'home', method: 'GET', url: 'http://127.0.0.1:8080/', headers: '', body: '' },
    {
      label: 'pay',
      method: 'POST',
      url: 'http://127.0.0.1:8080/pay',
      headers: '{"content-type":"application/json"}',
      body: '{"cart":1}',
    },
  ];
  form.regions = [{ region: 'us-east-1', taskCount: 2, concurrency: 20 }];
  form.criteria = ['p95>300ms', 'fail>1% for 10s'];
  return form;
}

describe('validateForm', () => {
  it('accepts a complete form, and the body it builds passes the API validator', () => {
    const form = validForm();
    expect(validateForm(form, CTX)).toEqual({});
    const body = toRequestBody(form, CTX.available, { saveOnly: false });
    const result = validateScenario(body, { now: NOW });
    expect(result.ok, JSON.stringify(!result.ok && result.error.toString())).toBe(true);
    expect(body.testScenario.scenarios?.Checkout?.requests?.[1]?.headers).toEqual({
      'content-type': 'application/json',
    });
  });

  it('puts each problem at its own field', () => {
    const form = validForm();
    form.testName = ' x';
    form.testDescription = '';
    form.requests[1]!.url = 'ftp://nope';
    form.requests[1]!.headers = '{not json';
    form.regions = [
      { region: 'us-east-1', taskCount: 99, concurrency: 0 },
      { region: 'ap-south-1', taskCount: 1, concurrency: 1 },
    ];
    form.holdFor = 0;
    form.criteria = ['p95 > banana'];
    const errors = validateForm(form, CTX);
    expect(Object.keys(errors).sort()).toEqual(
      [
        'criteria.0',
        'holdFor',
        'regions.0.concurrency',
        'regions.0.taskCount',
        'regions.1.region',
        'requests.1.headers',
        'requests.1.url',
        'testDescription',
        'testName',
      ].sort(),
    );
    expect(errors['regions.0.taskCount']).toBe(
      'Task count should be between 1 and 16 (available in us-east-1).',
    );
    expect(errors['requests.1.url']).toMatch(/http:\/\/ or https:\/\//);
  });

  it('checks script tests: a file of the right type, and the k6 licence', () => {
    const form = validForm();
    form.testType = 'k6';
    expect(validateForm(form, CTX)).toMatchObject({
      script: 'Choose the test script to upload.',
      k6Licence: expect.any(String),
    });
    form.k6Licence = true;
    expect(validateForm(form, { ...CTX, file: { name: 'plan.jmx', size: 10 } }).script).toBe(
      'A k6 script must be .js, .ts, .zip.',
    );
    expect(validateForm(form, { ...CTX, file: { name: 'load.ts', size: 10 } })).toEqual({});
  });

  it('refuses a one-time schedule in the past and an unknown time zone', () => {
    const form = validForm();
    form.scheduleMode = 'once';
    form.scheduleDate = '2026-11-27';
    form.scheduleTime = '09:00';
    form.timezone = 'UTC';
    expect(validateForm(form, CTX).scheduleTime).toBe('The time must be in the future.');
    form.timezone = 'Mars/Olympus';
    expect(validateForm(form, CTX).timezone).toMatch(/not an IANA time zone/);
  });

  it('sends a cron schedule as scheduleStep create with its time zone, and the API validator accepts it', () => {
    const form = validForm();
    form.scheduleMode = 'cron';
    form.cronValue = '0 9 * * 1-5';
    form.timezone = 'Europe/Paris';
    expect(validateForm(form, CTX)).toEqual({});
    const body = toRequestBody(form, CTX.available, { saveOnly: false });
    expect(body).toMatchObject({
      scheduleStep: 'create',
      cronValue: '0 9 * * 1-5',
      scheduleTimezone: 'Europe/Paris',
    });
    expect(validateScenario(body, { now: NOW }).ok).toBe(true);
    form.cronValue = '61 * * * *';
    expect(validateForm(form, CTX).cronValue).toBeTruthy();
  });
});

describe('cronPreview', () => {
  it('lists the next 5 runs in the schedule time zone', () => {
    // Friday 27 November 2026, 11:00 in Paris: the next weekday 09:00 runs are Mon 30 Nov to Fri 4 Dec.
    const preview = cronPreview('0 9 * * 1-5', 'Europe/Paris', NOW);
    expect('runs' in preview && preview.runs.map((d) => d.toISOString())).toEqual([
      '2026-11-30T08:00:00.000Z',
      '2026-12-01T08:00:00.000Z',
      '2026-12-02T08:00:00.000Z',
      '2026-12-03T08:00:00.000Z',
      '2026-12-04T08:00:00.000Z',
    ]);
  });

  it('stops at the expiry date and reports syntax errors', () => {
    const preview = cronPreview('0 9 * * *', 'UTC', NOW, '2026-11-29');
    expect('runs' in preview && preview.runs.map((d) => d.toISOString())).toEqual([
      '2026-11-28T09:00:00.000Z',
      '2026-11-29T09:00:00.000Z',
    ]);
    expect(cronPreview('every day', 'UTC', NOW)).toEqual({ error: expect.any(String) });
  });
});

describe('serverErrorsToFields', () => {
  it('maps API validation paths onto form fields and keeps the rest', () => {
    const { fields, rest } = serverErrorsToFields(
      'testTaskConfigs[0].taskCount: Task count should be positive; testScenario.scenarios.Checkout.requests[1].url: Invalid URL; something else',
    );
    expect(fields).toEqual({
      'regions.0.taskCount': 'Task count should be positive',
      'requests.1.url': 'Invalid URL',
    });
    expect(rest).toEqual(['something else']);
  });
});
