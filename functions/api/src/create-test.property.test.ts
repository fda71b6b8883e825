import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { event, type Harness, simpleBody, startHarness } from './test-support.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  // One existing scenario, so a refused write that clobbered rows would show up too.
  await h.api(event('POST', '/scenarios', { body: simpleBody({ testId: 'keep1', saveOnly: true }) }));
});
afterAll(async () => h.close());

async function counts(): Promise<number[]> {
  const scan = async (table: string) =>
    (await h.clients.ddb.send(new ScanCommand({ TableName: table, Select: 'COUNT' }))).Count ?? 0;
  const objects = await h.objects.listAll('');
  return [await scan(h.scenarios.table), await scan(h.history.table), objects.length];
}

const REQUIRED = [
  'testName',
  'testDescription',
  'testType',
  'testTaskConfigs',
  'testScenario',
  'regionalTaskDetails',
];

const invalidBody: fc.Arbitrary<string> = fc.oneof(
  // Not an object at all.
  fc
    .oneof(
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.jsonValue(), { maxLength: 3 }),
      fc.string(),
    )
    .map((value) => JSON.stringify(value)),
  // Not JSON.
  fc.string({ minLength: 1 }).filter((text) => {
    try {
      JSON.parse(text);
      return false;
    } catch {
      return text.trim() !== '';
    }
  }),
  // A required field missing.
  fc.constantFrom(...REQUIRED).map((key) => {
    const body = simpleBody();
    delete body[key];
    return JSON.stringify(body);
  }),
  // A required field of the wrong kind (JSON values DLT's schema can never accept there).
  fc
    .tuple(fc.constantFrom(...REQUIRED), fc.oneof(fc.integer(), fc.boolean(), fc.constant(null)))
    .map(([key, value]) => JSON.stringify(simpleBody({ [key]: value }))),
  // Out-of-range numbers.
  fc
    .oneof(fc.integer({ max: 0 }), fc.integer({ min: 25001 }))
    .map((concurrency) =>
      JSON.stringify(simpleBody({ testTaskConfigs: [{ region: 'us-east-1', taskCount: 1, concurrency }] })),
    ),
  fc
    .string()
    .filter((t) => !['simple', 'jmeter', 'locust', 'k6'].includes(t))
    .map((testType) => JSON.stringify(simpleBody({ testType }))),
);

it('answers every invalid POST /scenarios body with a 4xx and leaves the store unchanged', async () => {
  const before = await counts();
  const started = h.runs.started.length;
  await fc.assert(
    fc.asyncProperty(invalidBody, async (body) => {
      const res = await h.api(event('POST', '/scenarios', { body }));
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(typeof JSON.parse(res.body)).toBe('string');
    }),
    { numRuns: 60 },
  );
  expect(await counts()).toEqual(before);
  expect(h.runs.started.length).toBe(started);
});
