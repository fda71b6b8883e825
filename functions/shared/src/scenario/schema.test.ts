import { describe, expect, it } from 'vitest';
import { accepted, bad, exec0, jmeterBody, rejection, simpleBody } from './test-fixtures.js';

describe('error format (§1.1)', () => {
  it('joins every issue as path: message with [i] for indices', () => {
    const body = simpleBody();
    body.testName = 'x';
    body.testTaskConfigs = [{ region: 'us-east-1', taskCount: 1, concurrency: 0 }];
    expect(rejection(body)).toBe(
      bad(
        'testName: testName must be at least 3 characters; testTaskConfigs[0].concurrency: concurrency must be between 1 and 25000',
      ),
    );
  });

  it('names the body itself "value" when it is not an object', () => {
    expect(rejection(null)).toBe(bad('value: Invalid input: expected object, received null'));
    expect(rejection([])).toBe(bad('value: Invalid input: expected object, received array'));
  });

  it('reports missing required fields', () => {
    expect(rejection({})).toBe(
      bad(
        [
          'testName: Invalid input: expected string, received undefined',
          'testDescription: Invalid input: expected string, received undefined',
          'testType: testType must be one of: simple, jmeter, locust, k6',
          'testTaskConfigs: Invalid input: expected array, received undefined',
          'testScenario: Invalid input: expected object, received undefined',
          'regionalTaskDetails: Invalid input: expected record, received undefined',
        ].join('; '),
      ),
    );
  });
});

describe('top-level fields (§1.3)', () => {
  it('keeps unknown fields (passthrough)', () => {
    const body = { ...simpleBody(), customerRef: { a: 1 } };
    expect(accepted(body).customerRef).toEqual({ a: 1 });
  });

  it('testId: 1–128 chars of [a-zA-Z0-9-]', () => {
    expect(rejection({ ...simpleBody(), testId: 'a b' })).toBe(
      bad('testId: testId must contain only alphanumeric characters and hyphens'),
    );
    expect(rejection({ ...simpleBody(), testId: 'a'.repeat(129) })).toBe(
      bad('testId: testId must not exceed 128 characters'),
    );
    expect(rejection({ ...simpleBody(), testId: '' })).toBe(
      bad('testId: testId is required; testId: testId must contain only alphanumeric characters and hyphens'),
    );
    expect(accepted({ ...simpleBody(), testId: 'my-test-1' }).testId).toBe('my-test-1');
  });

  it('testName: 3–255 chars, no surrounding whitespace, no control characters', () => {
    expect(rejection({ ...simpleBody(), testName: 'ab' })).toBe(
      bad('testName: testName must be at least 3 characters'),
    );
    expect(rejection({ ...simpleBody(), testName: 'n'.repeat(256) })).toBe(
      bad('testName: testName must not exceed 255 characters'),
    );
    expect(rejection({ ...simpleBody(), testName: ' Checkout' })).toBe(
      bad('testName: testName cannot have leading or trailing whitespace'),
    );
    expect(rejection({ ...simpleBody(), testName: 'Check\tout' })).toBe(
      bad('testName: testName contains a disallowed control character: tab (U+0009)'),
    );
  });

  it('testDescription: 3–60000 chars', () => {
    expect(rejection({ ...simpleBody(), testDescription: 'ab' })).toBe(
      bad('testDescription: testDescription must be at least 3 characters'),
    );
    expect(rejection({ ...simpleBody(), testDescription: 'd'.repeat(60001) })).toBe(
      bad('testDescription: testDescription must not exceed 60000 characters'),
    );
  });

  it('testType: simple | jmeter | locust | k6', () => {
    expect(rejection({ ...simpleBody(), testType: 'gatling' })).toBe(
      bad('testType: testType must be one of: simple, jmeter, locust, k6'),
    );
  });

  it('fileType: none | script | zip, defaulted by the server', () => {
    expect(rejection({ ...jmeterBody(), fileType: 'tar' })).toBe(
      bad('fileType: Invalid option: expected one of "none"|"script"|"zip"'),
    );
    expect(accepted(jmeterBody()).fileType).toBe('script');
    expect(accepted({ ...jmeterBody(), fileType: 'zip' }).fileType).toBe('zip');
    expect(accepted(simpleBody()).fileType).toBe('none');
    expect(accepted({ ...simpleBody(), fileType: 'zip' }).fileType).toBe('none');
  });

  it('showLive and saveOnly are booleans', () => {
    expect(rejection({ ...simpleBody(), showLive: 'yes' })).toBe(
      bad('showLive: Invalid input: expected boolean, received string'),
    );
    expect(rejection({ ...simpleBody(), saveOnly: 1 })).toBe(
      bad('saveOnly: Invalid input: expected boolean, received number'),
    );
  });

  it('tags: at most 5 strings', () => {
    expect(rejection({ ...simpleBody(), tags: ['a', 'b', 'c', 'd', 'e', 'f'] })).toBe(
      bad('tags: Maximum 5 tags allowed per scenario'),
    );
    expect(rejection({ ...simpleBody(), tags: ['a', 7] })).toBe(
      bad('tags[1]: Invalid input: expected string, received number'),
    );
  });

  it('healthyThreshold: integer 0–100, default 90', () => {
    expect(accepted(simpleBody()).healthyThreshold).toBe(90);
    expect(accepted({ ...simpleBody(), healthyThreshold: 0 }).healthyThreshold).toBe(0);
    expect(rejection({ ...simpleBody(), healthyThreshold: 101 })).toBe(
      bad('healthyThreshold: healthyThreshold must be between 0 and 100'),
    );
    expect(rejection({ ...simpleBody(), healthyThreshold: 50.5 })).toBe(
      bad('healthyThreshold: healthyThreshold must be an integer'),
    );
  });
});

describe('testTaskConfigs (§1.3)', () => {
  it('needs at least one entry', () => {
    expect(rejection({ ...simpleBody(), testTaskConfigs: [] })).toBe(
      bad('testTaskConfigs: At least one test task configuration is required'),
    );
  });

  it('region matches ^[a-z]{2}(-gov)?-[a-z]+-\\d$', () => {
    const body = simpleBody();
    body.testTaskConfigs = [{ region: 'US-EAST-1', taskCount: 1, concurrency: 1 }];
    expect(rejection(body)).toBe(
      bad(
        'testTaskConfigs[0].region: Invalid region format (expected: us-west-2, us-gov-west-1, eu-central-1, etc.)',
      ),
    );
    body.testTaskConfigs = [{ region: 'us-gov-west-1', taskCount: 1, concurrency: 1 }];
    body.regionalTaskDetails = { 'us-gov-west-1': { dltAvailableTasks: 5 } };
    expect(accepted(body).testTaskConfigs[0]?.region).toBe('us-gov-west-1');
  });

  it('taskCount: positive integer or digit string, coerced to a number', () => {
    const body = simpleBody();
    body.testTaskConfigs = [{ region: 'us-east-1', taskCount: '7', concurrency: '25', extra: true }];
    expect(accepted(body).testTaskConfigs).toEqual([{ region: 'us-east-1', taskCount: 7, concurrency: 25 }]);
    for (const taskCount of [0, -2, '0', 'two', ' 3']) {
      body.testTaskConfigs = [{ region: 'us-east-1', taskCount, concurrency: 1 }];
      expect(rejection(body)).toBe(bad('testTaskConfigs[0].taskCount: taskCount must be a positive integer'));
    }
    body.testTaskConfigs = [{ region: 'us-east-1', taskCount: 1.5, concurrency: 1 }];
    expect(rejection(body)).toBe(bad('testTaskConfigs[0].taskCount: Invalid input'));
  });

  it('concurrency: 1–25000, integer or digit string', () => {
    const body = simpleBody();
    body.testTaskConfigs = [{ region: 'us-east-1', taskCount: 1, concurrency: 25001 }];
    expect(rejection(body)).toBe(
      bad('testTaskConfigs[0].concurrency: concurrency must be between 1 and 25000'),
    );
    body.testTaskConfigs = [{ region: 'us-east-1', taskCount: 1, concurrency: '-5' }];
    expect(rejection(body)).toBe(
      bad('testTaskConfigs[0].concurrency: concurrency must be a positive integer'),
    );
    body.testTaskConfigs = [{ region: 'us-east-1', taskCount: 1, concurrency: '25000' }];
    expect(accepted(body).testTaskConfigs[0]?.concurrency).toBe(25000);
  });
});

describe('testScenario.execution (§1.3)', () => {
  it('needs at least one block', () => {
    const body = simpleBody();
    body.testScenario.execution = [];
    expect(rejection(body)).toBe(
      bad('testScenario.execution: At least one execution configuration is required'),
    );
  });

  it('checks concurrency, executor and taskCount, and keeps other keys', () => {
    const body = jmeterBody();
    Object.assign(exec0(body), { concurrency: 0, executor: 'gatling', taskCount: '2' });
    expect(rejection(body)).toBe(
      bad(
        [
          'testScenario.execution[0].concurrency: concurrency must be between 1 and 25000',
          'testScenario.execution[0].executor: Invalid option: expected one of "locust"|"k6"|"jmeter"',
          'testScenario.execution[0].taskCount: Invalid input: expected number, received string',
        ].join('; '),
      ),
    );
    Object.assign(exec0(body), { concurrency: '40', executor: 'jmeter', taskCount: 2, 'think-time': '1s' });
    const execution = accepted(body).testScenario.execution[0];
    expect(execution).toMatchObject({ concurrency: 40, taskCount: 2, 'think-time': '1s' });
  });

  it('ramp-up ≥ 0 and hold-for > 0 within the per-unit ceilings', () => {
    const body = simpleBody();
    Object.assign(exec0(body), { 'ramp-up': '61m', 'hold-for': '0s' });
    expect(rejection(body)).toBe(bad('testScenario.execution[0].hold-for: hold-for must be greater than 0'));
    Object.assign(exec0(body), { 'ramp-up': '1441m', 'hold-for': '31d' });
    expect(rejection(body)).toBe(
      bad(
        'testScenario.execution[0].ramp-up: ramp-up: value 1441 exceeds maximum of 1440 minutes; ' +
          'testScenario.execution[0].hold-for: hold-for: value 31 exceeds maximum of 30 days',
      ),
    );
    Object.assign(exec0(body), { 'ramp-up': -1, 'hold-for': '1h30m' });
    expect(rejection(body)).toBe(
      bad(
        'testScenario.execution[0].ramp-up: ramp-up must be a non-negative number; ' +
          'testScenario.execution[0].hold-for: hold-for must be in format: number followed by s, m, h, or d',
      ),
    );
    Object.assign(exec0(body), { 'ramp-up': 0, 'hold-for': 600 });
    expect(accepted(body).testScenario.execution[0]).toMatchObject({ 'ramp-up': 0, 'hold-for': 600 });
  });

  it('execution[i].scenario must exist in scenarios', () => {
    const body = simpleBody();
    exec0(body).scenario = 'Nope';
    expect(rejection(body)).toBe(
      bad(
        "testScenario.execution[0].scenario: Execution references scenario 'Nope' that doesn't exist in scenarios object",
      ),
    );
    delete body.testScenario.scenarios;
    expect(rejection(body)).toBe(
      bad(
        "testScenario.execution[0].scenario: Execution references scenario 'Nope' that doesn't exist in scenarios object",
      ),
    );
  });

  it('our additions: throughput > 0 and iterations a positive integer', () => {
    const body = simpleBody();
    Object.assign(exec0(body), { throughput: 0, iterations: 2.5 });
    expect(rejection(body)).toBe(
      bad(
        'testScenario.execution[0].throughput: throughput must be a positive number; ' +
          'testScenario.execution[0].iterations: iterations must be a positive integer',
      ),
    );
    Object.assign(exec0(body), { throughput: 12.5, iterations: 100 });
    expect(accepted(body).testScenario.execution[0]).toMatchObject({ throughput: 12.5, iterations: 100 });
  });
});
