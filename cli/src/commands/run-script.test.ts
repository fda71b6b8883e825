// `dlt run` with a script scenario: the real command, the built worker (functions/load-tester/dist; build it
// first) and a real Locust (python3-locust) against a loopback target that counts what it receives.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../scenario-file.js';
import { runCommand } from './run.js';

const haveLocust = (process.env.PATH ?? '')
  .split(delimiter)
  .some((d) => d !== '' && existsSync(join(d, 'locust')));

let server: Server;
let url: string;
let received = 0;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dlt-run-script-'));
  server = createServer((_req, res) => {
    received++;
    res.end('ok');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await rm(dir, { recursive: true, force: true });
});

function scenarioYaml(script: string): string {
  return [
    'testName: Locust script',
    'testScenario:',
    '  execution:',
    '    - executor: locust',
    '      scenario: visit',
    '      concurrency: 2',
    '      hold-for: 2s',
    '  scenarios:',
    '    visit:',
    `      script: ${script}`,
    `      default-address: ${url}`,
  ].join('\n');
}

describe.skipIf(!haveLocust)('dlt run with a script scenario', () => {
  it('runs the script (relative to the scenario file) and reports every request the target received', async () => {
    await writeFile(
      join(dir, 'visit.py'),
      'from locust import HttpUser, task, constant\n\nclass V(HttpUser):\n    wait_time = constant(0.01)\n\n    @task\n    def home(self):\n        self.client.get("/", name="home")\n',
    );
    await writeFile(join(dir, 'scenario.yaml'), scenarioYaml('visit.py'));
    const previous = process.env.DLT_SCRIPT_ADAPTER;
    process.env.DLT_SCRIPT_ADAPTER = 'direct';
    received = 0;
    let code: number;
    try {
      code = await runCommand([join(dir, 'scenario.yaml'), '--quiet', '--json', join(dir, 'report.json')]);
    } finally {
      if (previous === undefined) delete process.env.DLT_SCRIPT_ADAPTER;
      else process.env.DLT_SCRIPT_ADAPTER = previous;
    }
    expect(code).toBe(0);
    const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'));
    expect(report.total.requests).toBeGreaterThan(20);
    expect(report.total.requests).toBe(received);
    expect(report.total.statusCodes).toEqual({ 200: received });
    expect(Object.keys(report.labels)).toEqual(['home']);
  }, 60_000);

  it('refuses a scenario whose script does not exist, naming the path', async () => {
    await writeFile(join(dir, 'missing.yaml'), scenarioYaml('nowhere.py'));
    await expect(runCommand([join(dir, 'missing.yaml'), '--quiet'])).rejects.toThrow(UsageError);
    await expect(runCommand([join(dir, 'missing.yaml'), '--quiet'])).rejects.toThrow(
      /scenario visit runs nowhere\.py, but .*nowhere\.py does not exist/,
    );
  });
});
