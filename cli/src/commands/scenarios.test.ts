import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  call,
  historyRow,
  SCENARIO_YAML,
  startTestStack,
  type TestStack,
} from '../api-client/test-support.js';
import { scenariosCommand } from './scenarios.js';

let t: TestStack;
let file: string;

beforeAll(async () => {
  t = await startTestStack('dlt-cli-scenarios-');
  file = join(t.root, 'scenario.yaml');
  await writeFile(file, SCENARIO_YAML);
});
afterAll(async () => {
  await t.close();
});

const run = (argv: string[], env: NodeJS.ProcessEnv = {}) =>
  call(scenariosCommand, [...argv, '--state-dir', t.stateDir], env);

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

describe('dlt scenarios against dlt local up', () => {
  it('creates from YAML, lists, gets (with history) and deletes', async () => {
    const created = await run(['create', file, '--save-only'], { NAME: 'Checkout flow' });
    expect(created.err).toBe('');
    expect(created.code).toBe(0);
    const testId = /^testId +(\S+)$/m.exec(created.out)?.[1] ?? '';
    expect(testId).toMatch(/^[a-zA-Z0-9-]+$/);
    expect(created.out).toMatch(/^status +created$/m);

    const table = await run(['list']);
    expect(table.code).toBe(0);
    const [header, ...rows] = table.out.trimEnd().split('\n');
    expect(header).toMatch(/^ID +NAME +STATUS +LAST RUN +NEXT RUN +TAGS +RUNS$/);
    const row = rows.find((r) => r.startsWith(testId)) ?? '';
    expect(row).toMatch(new RegExp(`^${testId} +Checkout flow +created +- +- +cli,smoke +0$`));
    // Columns line up: every row's STATUS starts where the header's does.
    expect(row.indexOf('created')).toBe(header?.indexOf('STATUS'));

    const json = await run(['list', '--format', 'json']);
    const listed = JSON.parse(json.out) as { Items: Array<{ testId: string; tags: string[] }> };
    expect(listed.Items.find((i) => i.testId === testId)?.tags).toEqual(['cli', 'smoke']);
    expect((await run(['list', '--tags', 'smoke,other'])).out).toContain(testId);
    expect((await run(['list', '--tags', 'other'])).out).not.toContain(testId);

    await t.deps.history.put(historyRow(testId, 'run-a', 1));
    const got = await run(['get', testId]);
    expect(got.code).toBe(0);
    expect(got.out).toMatch(/^name +Checkout flow$/m);
    expect(got.out).toMatch(/^regions +eu-west-1 \(1 task x 2\)$/m);
    expect(got.out).toMatch(/^runs +1$/m);
    expect(got.out).not.toContain('run-a');
    const withHistory = await run(['get', testId, '--history']);
    expect(withHistory.out).toMatch(/^RUN ID +START .+P99$/m);
    expect(withHistory.out).toMatch(
      /^run-a +2025-01-01 10:01:00 +complete +3,001 +100\.0 +11 +12\.5 +25\.0 +50\.0$/m,
    );
    const raw = JSON.parse((await run(['get', testId, '--format', 'json'])).out) as Record<string, unknown>;
    expect(raw.testId).toBe(testId);
    expect(raw.testScenario).toMatchObject({ execution: [{ 'hold-for': '5s' }] });
    expect(raw.history).toBeUndefined();

    const deleted = await run(['delete', testId]);
    expect(deleted).toEqual({ code: 0, out: `deleted test ${testId}\n`, err: '' });
    const gone = await run(['get', testId]);
    expect(gone).toEqual({ code: 1, out: '', err: `dlt: TEST_NOT_FOUND: Test ${testId} not found\n` });
    expect((await run(['delete', testId])).code).toBe(1);
  });

  it('create without --save-only starts a run that local mode runs to the end', async () => {
    const created = await run(['create', file, '--format', 'json']);
    expect(created.code).toBe(0);
    const row = JSON.parse(created.out) as { testId: string; status: string };
    expect(row.status).toBe('queued');
    // The run is real now: it goes through the state machine to worker processes (hold-for 5s).
    let out = '';
    const deadline = Date.now() + 45_000;
    while (!/^status +(complete|failed)$/m.test(out) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      out = (await run(['get', row.testId])).out;
    }
    expect(out).toMatch(/^status +complete$/m);
  });

  it('fills regionalTaskDetails from /vCPUDetails and /tasks when the file has none, as DLT clients do', async () => {
    // examples/demo.yaml is a `dlt run` file: no regionalTaskDetails.
    const created = await run([
      'create',
      new URL('../../../examples/demo.yaml', import.meta.url).pathname,
      '--save-only',
      '--format',
      'json',
    ]);
    expect(created.code, created.err).toBe(0);
    const row = JSON.parse(created.out) as { testId: string; status: string };
    expect(row.status).toBe('created');
  });

  it('reports API validation errors on one line, exit 2, and writes nothing', async () => {
    const before = (await run(['list', '--format', 'json'])).out;
    const bad = await run(['create', file], { NAME: 'ab' });
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    expect(bad.err).toMatch(/^dlt: INVALID_REQUEST_BODY: .*testName.*\n$/);
    expect(bad.err.trimEnd()).not.toContain('\n');
    expect((await run(['list', '--format', 'json'])).out).toBe(before);
  });

  it('reports a bad id as the API does', async () => {
    const odd = await run(['get', 'not an id']);
    expect(odd.code).toBe(2);
    expect(odd.err).toMatch(/^dlt: INVALID_PATH_PARAMETER: testId: must contain only alphanumeric/);
  });

  it('says how to fix a missing credentials file, profile or running instance', async () => {
    const empty = join(t.root, 'empty');
    await mkdir(empty, { recursive: true });
    const noCreds = await call(scenariosCommand, [
      'list',
      '--state-dir',
      empty,
      '--endpoint',
      t.stack.apiUrl,
    ]);
    expect(noCreds).toEqual({
      code: 2,
      out: '',
      err: `dlt: no credentials file at ${join(empty, 'credentials')}; run \`dlt local up\` first (it creates the [dlt-local] profile), or pass --state-dir\n`,
    });
    const notRunning = await call(scenariosCommand, ['list', '--state-dir', empty]);
    expect(notRunning.code).toBe(2);
    expect(notRunning.err).toBe(
      `dlt: local mode is not running (no ${join(empty, 'local.json')}); run \`dlt local up\` first, or pass --endpoint URL\n`,
    );
    const noProfile = await run(['list'], { AWS_PROFILE: 'prod' });
    expect(noProfile.err).toBe(
      `dlt: no [prod] profile in ${join(t.stateDir, 'credentials')}; run \`dlt local up\` first (it creates the [dlt-local] profile), or pass --state-dir\n`,
    );
  });

  it('uses AWS_SHARED_CREDENTIALS_FILE, and reports a wrong key as the gateway does', async () => {
    const creds = join(t.root, 'other-credentials');
    await writeFile(
      creds,
      '[default]\naws_access_key_id = AKIALOCALWRONG00000\naws_secret_access_key = wrongwrongwrongwrong\n',
    );
    const res = await run(['list'], { AWS_SHARED_CREDENTIALS_FILE: creds, AWS_PROFILE: 'default' });
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/^dlt: \w+Exception: .+\n$/);
  });

  it('says when the endpoint cannot be reached or is not the API', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/api`;
    const down = await run(['list', '--endpoint', url]);
    expect(down.code).toBe(2);
    expect(down.err).toBe(
      `dlt: cannot reach the API at ${url} (is \`dlt local up\` running?): ECONNREFUSED\n`,
    );
    const viaEnv = await run(['list'], { DLT_ENDPOINT: url });
    expect(viaEnv.err).toContain(`cannot reach the API at ${url}`);
    const noPrefix = await run(['list', '--endpoint', t.stack.url]);
    expect(noPrefix.code).toBe(2);
    // A 404, or the web console's page when local mode serves one at its root.
    expect(noPrefix.err).toMatch(/^dlt: .*\(is http:\/\/127\.0\.0\.1:\d+ the API base URL/);
    expect((await run(['list', '--endpoint', 'ftp://x'])).err).toMatch(/^dlt: --endpoint must be an http/);
  });

  it('refuses bad usage with exit 2 and the usage text', async () => {
    for (const argv of [
      ['frobnicate'],
      ['get'],
      ['get', 'a', 'b'],
      ['list', '--format', 'xml'],
      ['list', '--nope'],
    ]) {
      const res = await run(argv);
      expect(res.code, argv.join(' ')).toBe(2);
      expect(res.err, argv.join(' ')).toMatch(/^dlt: /);
    }
    expect((await run(['create', join(t.root, 'missing.yaml')])).err).toMatch(/missing\.yaml: no such file/);
    const help = await call(scenariosCommand, ['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('usage: dlt scenarios');
  });
});
