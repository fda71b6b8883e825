// Property-based: random invalid POST /scenarios bodies thrown at `dlt local up` over real, signed HTTP. Every
// answer must be a DLT 4xx (never a 5xx) and the store must be exactly as it was.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { assertBuilt, killStrayClis, tempDir } from './helpers.js';
import { call, type LocalApi, listScenarios, POOL, scenarioBody, startLocal } from './local-helpers.js';

let api: LocalApi;
let cleanup: () => Promise<void> = async () => undefined;
/** A stored scenario the bodies below sometimes target by testId: an accepted one would overwrite it. */
const KEEP_ID = 'fuzzKeeper1';

beforeAll(async () => {
  assertBuilt();
  const tmp = await tempDir();
  cleanup = tmp.cleanup;
  api = await startLocal(tmp.dir);
  const res = await call(api, 'POST', '/scenarios', {
    body: scenarioBody({ testId: KEEP_ID, testName: 'Fuzz keeper', saveOnly: true }),
  });
  expect(res.status, res.text).toBe(200);
});

afterAll(async () => {
  try {
    await api?.stop();
  } finally {
    killStrayClis();
    await cleanup();
  }
});

const REQUIRED = [
  'testName',
  'testDescription',
  'testType',
  'testTaskConfigs',
  'testScenario',
  'regionalTaskDetails',
] as const;

/** A valid body (named differently from the keeper, so an accepted update would show) with `saveOnly`. */
const base = (overrides: Record<string, unknown> = {}) =>
  scenarioBody({ testName: 'Fuzz mutated', saveOnly: true, ...overrides });

const execution = (fields: Record<string, unknown>) => ({
  testScenario: {
    execution: [{ 'hold-for': '5s', scenario: 'Fuzz mutated', ...fields }],
    scenarios: { 'Fuzz mutated': { requests: [{ url: 'http://127.0.0.1:9/', method: 'GET' }] } },
  },
});

const request = (fields: Record<string, unknown>) => ({
  testScenario: {
    execution: [{ 'hold-for': '5s', scenario: 'Fuzz mutated' }],
    scenarios: { 'Fuzz mutated': { requests: [{ url: 'http://127.0.0.1:9/', method: 'GET', ...fields }] } },
  },
});

const taskConfig = (fields: Record<string, unknown>) => ({
  testTaskConfigs: [{ region: POOL, taskCount: 1, concurrency: 2, ...fields }],
});

const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;
const notAnObject = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string(),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
);
const notAString = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 2 }),
);

/** Durations the strict schema refuses: wrong shape, unit over its ceiling, or (hold-for) zero. */
const badDuration = fc.oneof(
  fc.constantFrom('10x', '-5s', '1.5s', '5 s', ' 5s', 's', '', 'abc', '5sec', '1h30m'),
  fc.integer({ min: 3601, max: 1_000_000 }).map((n) => `${n}s`),
  fc.integer({ min: 1441, max: 1_000_000 }).map((n) => `${n}m`),
  fc.integer({ min: 169, max: 1_000_000 }).map((n) => `${n}h`),
  fc.integer({ min: 31, max: 1_000_000 }).map((n) => `${n}d`),
  fc.integer({ max: -1 }),
  fc.constant(true),
  fc.constant(null),
);

const mutation: fc.Arbitrary<Record<string, unknown> | string> = fc.oneof(
  // Random JSON that is not an object, and random text that may not be JSON at all.
  notAnObject.map((value) => JSON.stringify(value)),
  fc.string({ unit: 'binary', maxLength: 60 }),
  // Random JSON objects: they never carry every required field with valid values.
  fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }),
  // Required fields missing (one or several).
  fc.subarray([...REQUIRED], { minLength: 1 }).map((keys) => {
    const body = base();
    for (const key of keys) delete body[key];
    return body;
  }),
  // Wrong types at the top level.
  fc
    .tuple(fc.constantFrom(...REQUIRED), fc.oneof(fc.integer(), fc.boolean(), fc.constant(null)))
    .map(([key, value]) => base({ [key]: value })),
  fc
    .tuple(fc.constantFrom('testName', 'testDescription', 'testType', 'fileType', 'testId'), notAString)
    .map(([key, value]) => base({ [key]: value })),
  fc
    .tuple(
      fc.constantFrom('showLive', 'saveOnly'),
      fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.boolean(), { maxLength: 2 })),
    )
    .map(([key, value]) => base({ [key]: value })),
  fc.oneof(fc.integer(), fc.string(), fc.constant({})).map((tags) => base({ tags })),
  fc
    .array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: 6, maxLength: 10 })
    .map((tags) => base({ tags })),
  // Enums and names out of bounds.
  fc
    .string()
    .filter((t) => !['simple', 'jmeter', 'locust', 'k6'].includes(t))
    .map((testType) => base({ testType })),
  fc
    .oneof(
      fc.string({ maxLength: 2 }),
      fc.string({ minLength: 256, maxLength: 300 }),
      fc.string({ minLength: 3 }).map((s) => ` ${s}`),
      fc
        .constantFrom('\u0000', '\t', '\n', '\r', '\u001f', '\u007f', '\u0085', '\u2028', '\u2029')
        .map((c) => `ab${c}cd`),
    )
    .map((testName) => base({ testName })),
  fc.string({ maxLength: 2 }).map((testDescription) => base({ testDescription })),
  fc
    .oneof(
      fc.string({ minLength: 1 }).filter((id) => !/^[a-zA-Z0-9-]+$/.test(id)),
      fc.constant(''),
      fc.constant('a'.repeat(129)),
    )
    .map((testId) => base({ testId })),
  // Out-of-range and non-integer numbers.
  fc
    .oneof(
      fc.integer({ max: 0 }),
      fc.integer({ min: 25_001 }),
      fc.double({ min: 1.01, max: 2.99, noInteger: true }),
    )
    .map((concurrency) => base(taskConfig({ concurrency }))),
  fc
    .oneof(fc.integer({ max: 0 }), fc.integer({ min: 5 }), fc.constantFrom('0', '-1', 'many', '1.5', ''))
    .map((taskCount) => base(taskConfig({ taskCount }))),
  fc
    .oneof(fc.integer({ max: -1 }), fc.integer({ min: 101 }), fc.constant(50.5), fc.constant('90'))
    .map((healthyThreshold) => base({ healthyThreshold })),
  fc
    .oneof(fc.integer({ max: 0 }), fc.constantFrom('-1', 'x', 1.5))
    .map((dltAvailableTasks) => base({ regionalTaskDetails: { [POOL]: { dltAvailableTasks } } })),
  fc.constant(base({ testTaskConfigs: [] })),
  // Bad durations.
  badDuration.map((d) => base(execution({ 'hold-for': d }))),
  fc.constantFrom('0s', '0m', 0).map((d) => base(execution({ 'hold-for': d }))),
  badDuration.map((d) => base(execution({ 'ramp-up': d }))),
  // Bad regions: not a region name, or one the client-computed task details do not cover.
  fc
    .string()
    .filter((r) => !REGION.test(r))
    .map((region) => base(taskConfig({ region }))),
  fc.constantFrom('eu-west-1', 'ap-south-1', 'us-gov-west-1').map((region) => base(taskConfig({ region }))),
  // Bad scenario details.
  fc.constant(base({ testScenario: { execution: [] } })),
  fc.constant(base({ testScenario: {} })),
  fc.constant(base(execution({ scenario: 'Not defined here' }))),
  fc
    .constantFrom('', 'not a url', 'ftp://127.0.0.1/', 'javascript:alert(1)', `http://x/${'a'.repeat(2100)}`)
    .map((url) => base(request({ url }))),
  fc
    .string()
    .filter((m) => !['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'].includes(m))
    .map((method) => base(request({ method }))),
  fc.constant(base(request({ headers: { 'x-n': 1 } }))),
  fc.constant(base(request({ body: 'x'.repeat(65_537) }))),
  // Bad schedule fields (scheduling itself answers 501, so these must fail validation first).
  fc
    .oneof(
      fc.record({ scheduleStep: fc.constantFrom('now', 'later', '') }),
      fc.record({ scheduleDate: fc.constantFrom('2030-13-01', '2030-02-30', '30-01-2030', 'tomorrow') }),
      fc.record({ scheduleTime: fc.constantFrom('24:00', '12:60', '7pm', '12:00:61') }),
      fc.record({ recurrence: fc.constantFrom('yearly', 'hourly', '') }),
      fc.record({ cronValue: fc.constantFrom('* * *', '61 * * * *', 'every minute') }),
      fc.record({ scheduleTimezone: fc.constantFrom('Mars/Olympus', 'x'.repeat(65)) }),
    )
    .chain((fields) =>
      fc.boolean().map((withStep) => base({ ...(withStep ? { scheduleStep: 'create' } : {}), ...fields })),
    ),
);

/** Half the object bodies name the stored keeper, half would create a new scenario if accepted. */
const invalidBody: fc.Arbitrary<string> = fc
  .tuple(mutation, fc.boolean(), fc.boolean())
  .map(([body, targetKeeper, runNow]) => {
    if (typeof body === 'string') return body;
    const out: Record<string, unknown> = { ...body };
    if (targetKeeper && !('testId' in out)) out.testId = KEEP_ID;
    if (runNow && out.saveOnly === true) delete out.saveOnly;
    return JSON.stringify(out);
  });

it('answers random invalid POST /scenarios bodies with a DLT 4xx and leaves the store unchanged', async () => {
  const before = await listScenarios(api);
  const keeper = await call(api, 'GET', `/scenarios/${KEEP_ID}`);
  expect(keeper.status).toBe(200);
  await fc.assert(
    fc.asyncProperty(invalidBody, async (body) => {
      const res = await call(api, 'POST', '/scenarios', { body });
      expect(res.status, `${res.status} ${res.text} for ${body.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${res.status} ${res.text} for ${body.slice(0, 300)}`).toBeLessThan(500);
      // DLT's error body is a JSON string: "CODE: message", or the bare malformed-JSON text.
      expect(typeof res.body, res.text).toBe('string');
    }),
    { numRuns: 150 },
  );
  expect(await listScenarios(api)).toEqual(before);
  expect((await call(api, 'GET', `/scenarios/${KEEP_ID}`)).body).toEqual(keeper.body);
});
