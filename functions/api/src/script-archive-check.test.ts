import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { scriptKey } from '@dlt/shared/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declareSize, renameEntry, zipOf } from '../../shared/src/scripts/test-zips.js';
import { call, type Harness, simpleBody, startHarness } from './test-support.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h.close());

function scriptBody(
  testId: string,
  testType: 'jmeter' | 'k6' | 'locust',
  extra: Record<string, unknown> = {},
) {
  return simpleBody({
    testId,
    testType,
    fileType: 'zip',
    testScenario: {
      execution: [{ 'ramp-up': '30s', 'hold-for': '2m', scenario: 'Checkout load', executor: testType }],
      scenarios: { 'Checkout load': { script: `${testId}.zip` } },
    },
    ...extra,
  });
}

async function written(): Promise<{ rows: number; runs: number; objects: string[] }> {
  const scan = await h.clients.ddb.send(new ScanCommand({ TableName: h.scenarios.table, Select: 'COUNT' }));
  const objects = (await h.objects.listAll('')).map((o) => o.key).sort();
  return { rows: scan.Count ?? 0, runs: h.runs.started.length, objects };
}

describe('POST /scenarios checks an uploaded script archive', () => {
  it('accepts a good archive and starts the run', async () => {
    await h.objects.put(
      scriptKey('jmeter', 'goodzip1', 'zip'),
      await zipOf([
        { name: 'plan/test.jmx', data: '<jmeterTestPlan/>' },
        { name: 'plan/plugins/custom-1.0.jar', data: 'jar' },
      ]),
    );
    const res = await call(h, 'POST', '/scenarios', { body: scriptBody('goodzip1', 'jmeter') });
    expect(res.status).toBe(200);
    expect(h.runs.started.at(-1)?.testId).toBe('goodzip1');
  });

  it.each([
    [
      'a zip-slip entry',
      'jmeter' as const,
      async () =>
        renameEntry(
          await zipOf([
            { name: 'test.jmx', data: 'x' },
            { name: 'xx/evil.sh', data: 'x' },
          ]),
          'xx/evil.sh',
          '../evil.sh',
        ),
      'INVALID_REQUEST_BODY: The zip archive contains an unsafe path "../evil.sh": ".." would leave the folder it is unpacked into.',
    ],
    [
      'no locustfile',
      'locust' as const,
      async () => zipOf([{ name: 'tests.py', data: 'x' }]),
      'INVALID_REQUEST_BODY: The zip archive contains no locustfile.py.',
    ],
    [
      'a symlink',
      'k6' as const,
      async () =>
        zipOf([
          { name: 'test.js', data: 'x' },
          { name: 'secrets', data: '/etc/shadow', mode: 0o120777 },
        ]),
      'INVALID_REQUEST_BODY: The zip archive contains a symbolic link "secrets"; links are not allowed, include the file itself.',
    ],
    [
      'a file declared over 50 MB',
      'jmeter' as const,
      async () =>
        declareSize(
          await zipOf([
            { name: 'test.jmx', data: 'x' },
            { name: 'big.csv', data: Buffer.alloc(1000, 1) },
          ]),
          'big.csv',
          60 * 1024 * 1024,
        ),
      'INVALID_REQUEST_BODY: The zip archive entry "big.csv" is 60 MB; each file may be at most 50 MB.',
    ],
    [
      'not a zip at all',
      'jmeter' as const,
      async () => Buffer.from('<jmeterTestPlan/>'),
      'INVALID_REQUEST_BODY: The file is not a readable zip archive: End of central directory record signature not found. Either not a zip file, or file is truncated.',
    ],
  ])('answers 400 for %s and writes nothing', async (_what, testType, build, message) => {
    const testId = `bad${testType}${Math.random().toString(36).slice(2, 8)}`;
    await h.objects.put(scriptKey(testType, testId, 'zip'), await build());
    const before = await written();
    const res = await call(h, 'POST', '/scenarios', { body: scriptBody(testId, testType) });
    expect(res).toMatchObject({ status: 400, body: message });
    expect(await written()).toEqual(before);
  });

  it('checks saveOnly too, and lets a missing upload through as DLT does', async () => {
    await h.objects.put(scriptKey('k6', 'badsave1', 'zip'), await zipOf([{ name: 'readme.md', data: 'x' }]));
    const bad = await call(h, 'POST', '/scenarios', {
      body: scriptBody('badsave1', 'k6', { saveOnly: true }),
    });
    expect(bad).toMatchObject({
      status: 400,
      body: 'INVALID_REQUEST_BODY: The zip archive contains no k6 script (.ts or .js file).',
    });
    expect(await h.scenarios.get('badsave1')).toBeUndefined();
    const missing = await call(h, 'POST', '/scenarios', {
      body: scriptBody('noupload1', 'k6', { saveOnly: true }),
    });
    expect(missing.status).toBe(200);
  });
});
