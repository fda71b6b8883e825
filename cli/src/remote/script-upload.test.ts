// Script upload through the API's presigned PUT, against a real local stack (API, SigV4, s3rver).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { scriptKey } from '@dlt/shared/storage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startTestStack, type TestStack } from '../api-client/test-support.js';
import { scenariosCommand } from '../commands/scenarios.js';

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack('dlt-cli-script-');
});
afterAll(async () => {
  await t.close();
});

const LOCUSTFILE =
  'from locust import HttpUser, task\n\nclass Shop(HttpUser):\n    @task\n    def home(self):\n        self.client.get("/")\n';

function locustScenario(script: string): string {
  return [
    'testName: Locust upload',
    'testDescription: script upload test',
    'testType: locust',
    'testTaskConfigs: [{ region: eu-west-1, taskCount: 1, concurrency: 2 }]',
    'testScenario:',
    '  execution: [{ hold-for: 5s, scenario: Locust upload, executor: locust }]',
    '  scenarios:',
    `    Locust upload: { script: ${script} }`,
    '',
  ].join('\n');
}

describe('dlt scenarios create with a script test', () => {
  it('uploads the script the file names (relative to it) and saves the scenario pointing at the upload', async () => {
    const dir = join(t.root, 'load');
    await mkdir(join(dir, 'scripts'), { recursive: true });
    await writeFile(join(dir, 'scripts', 'shop.py'), LOCUSTFILE);
    const file = join(dir, 'scenario.yaml');
    await writeFile(file, locustScenario('scripts/shop.py'));

    const res = await call(scenariosCommand, [
      'create',
      file,
      '--save-only',
      '--format',
      'json',
      '--state-dir',
      t.stateDir,
    ]);
    expect(res.code, res.err).toBe(0);
    const testId = (JSON.parse(res.out) as { testId: string }).testId;
    const stored = await t.deps.objects.get(scriptKey('locust', testId, 'py'));
    expect(stored?.toString('utf8')).toBe(LOCUSTFILE);
    const row = await t.deps.scenarios.get(testId);
    expect(row?.fileType).toBe('script');
    // The row keeps testScenario as a JSON string, as DLT's does.
    const scenario = typeof row?.testScenario === 'string' ? JSON.parse(row.testScenario) : row?.testScenario;
    expect(scenario.scenarios['Locust upload']).toEqual({ script: `${testId}.py` });
  });

  it('says which script is missing or of the wrong kind, before anything is sent', async () => {
    const file = join(t.root, 'bad.yaml');
    await writeFile(file, locustScenario('missing.py'));
    const missing = await call(scenariosCommand, ['create', file, '--save-only', '--state-dir', t.stateDir]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(
      /scenario Locust upload runs missing\.py, but .*missing\.py cannot be read \(ENOENT\)/,
    );

    await writeFile(join(t.root, 'plan.jmx'), '<jmeterTestPlan/>');
    await writeFile(file, locustScenario('plan.jmx'));
    const wrong = await call(scenariosCommand, ['create', file, '--save-only', '--state-dir', t.stateDir]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('a locust script must be .py, .zip, not plan.jmx');
  });
});
