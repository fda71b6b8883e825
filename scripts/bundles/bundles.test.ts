import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUNDLES,
  type BuiltBundle,
  buildAll,
  buildBundle,
  bundleDrift,
  listFiles,
  ORCHESTRATION_ENTRIES,
  sizeReport,
  writeBundle,
} from './index.js';

const repo = join(import.meta.dirname, '..', '..');
const spec = (name: string) => {
  const found = BUNDLES.find((b) => b.name === name);
  if (!found) throw new Error(`no bundle ${name}`);
  return found;
};

/** What Lambda passes as the second argument; Powertools reads these fields. */
const lambdaContext = {
  functionName: 'dlt-test',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:dlt-test',
  memoryLimitInMB: '512',
  awsRequestId: 'req-1',
  logGroupName: '/aws/lambda/dlt-test',
  logStreamName: 'stream',
  getRemainingTimeInMillis: () => 1000,
};

describe('function bundles', () => {
  let orchestration: BuiltBundle;
  let out: string;
  const savedEnv = { ...process.env };

  beforeAll(() => {
    orchestration = buildBundle(spec('core/orchestration'), repo);
    out = mkdtempSync(join(tmpdir(), 'dlt-bundles-'));
    writeBundle(orchestration, out);
  });
  afterAll(() => {
    process.env = savedEnv;
  });

  it('gives the same bytes on every build', () => {
    const again = buildBundle(spec('core/orchestration'), repo);
    expect(again.files.map((f) => f.path)).toEqual(orchestration.files.map((f) => f.path));
    again.files.forEach((f, i) => {
      expect(
        Buffer.from(f.contents).equals(Buffer.from(orchestration.files[i]?.contents ?? [])),
        f.path,
      ).toBe(true);
    });
  });

  it('writes one entry per orchestration step beside shared chunks, with no machine paths inside', () => {
    const files = orchestration.files.map((f) => f.path);
    for (const name of Object.keys(ORCHESTRATION_ENTRIES)) expect(files).toContain(`${name}.mjs`);
    expect(files.filter((f) => f.startsWith('chunks/')).length).toBeGreaterThan(0);
    expect(files.filter((f) => !f.startsWith('chunks/') && f.endsWith('.mjs'))).toHaveLength(
      Object.keys(ORCHESTRATION_ENTRIES).length,
    );
    for (const f of orchestration.files) expect(Buffer.from(f.contents).includes(repo), f.path).toBe(false);
    const notices = new TextDecoder().decode(
      orchestration.files.find((f) => f.path === 'THIRD-PARTY-LICENSES.txt')?.contents,
    );
    expect(notices).toMatch(/@aws-sdk\/client-ecs@\S+ \(Apache-2\.0\)/);
  });

  it('runs a bundled step in Node: the task-failure handler ignores a task that has not stopped', async () => {
    Object.assign(process.env, {
      SCENARIOS_TABLE: 'dlt-scenarios',
      HISTORY_TABLE: 'dlt-history',
      SCENARIOS_BUCKET: 'dlt-bucket',
      AWS_REGION: 'us-east-1',
      POWERTOOLS_LOG_LEVEL: 'ERROR',
    });
    const dir = join(out, spec('core/orchestration').outDir);
    const mod = await import(/* @vite-ignore */ pathToFileURL(join(dir, 'task-failure-handler.mjs')).href);
    expect(typeof mod.handler).toBe('function');
    const event = {
      source: 'aws.ecs',
      'detail-type': 'ECS Task State Change',
      region: 'us-east-1',
      detail: { taskArn: 'arn:aws:ecs:us-east-1:0:task/c/t', lastStatus: 'RUNNING', containers: [] },
    };
    await expect(mod.handler(event, lambdaContext)).resolves.toEqual({
      outcome: 'ignored',
      reason: 'task is RUNNING',
    });
  });

  it('runs the bundled api Lambda in Node: GET /stack-info from its environment', async () => {
    const api = buildBundle(spec('core/api'), repo);
    writeBundle(api, out);
    Object.assign(process.env, {
      SCENARIOS_TABLE: 'dlt-scenarios',
      HISTORY_TABLE: 'dlt-history',
      SCENARIOS_BUCKET: 'dlt-bucket',
      AWS_REGION: 'us-east-1',
      DLT_VERSION: '0.1.0',
      POWERTOOLS_LOG_LEVEL: 'ERROR',
    });
    const mod = await import(
      /* @vite-ignore */ pathToFileURL(join(out, spec('core/api').outDir, 'index.mjs')).href
    );
    const res = await mod.handler(
      {
        httpMethod: 'GET',
        path: '/stack-info',
        resource: '/stack-info',
        headers: {},
        multiValueHeaders: {},
        queryStringParameters: null,
        multiValueQueryStringParameters: null,
        pathParameters: null,
        stageVariables: null,
        requestContext: { httpMethod: 'GET', path: '/stack-info', stage: 'prod', requestId: 'r' },
        body: null,
        isBase64Encoded: false,
      },
      lambdaContext,
    );
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({
      region: 'us-east-1',
      version: '0.1.0',
      deployment_method: 'terraform',
    });
  });

  it('skips a missing optional entry loudly and refuses a missing required one', () => {
    const root = mkdtempSync(join(tmpdir(), 'dlt-bundles-src-'));
    const optional = { name: 'x', outDir: 'out/x', entries: { index: 'nope.ts' }, optional: true };
    const run = buildAll(root, [optional]);
    expect(run.bundles[0]?.skipped).toBe('entry nope.ts does not exist');
    expect(run.warnings[0]).toMatch(/^WARNING: bundle x NOT BUILT/);
    expect(run.report).toContain('skipped');
    expect(() => buildBundle({ ...optional, optional: false }, root)).toThrow(/nope\.ts does not exist/);
  });

  it('reports edited, stale and missing files against a fresh build', () => {
    const root = mkdtempSync(join(tmpdir(), 'dlt-bundles-drift-'));
    const source = join(root, 'src');
    mkdirSync(source);
    writeFileSync(join(source, 'a.ts'), 'export const handler = async () => 1;\n');
    const bundle = buildBundle({ name: 'a', outDir: 'out', entries: { index: 'src/a.ts' } }, root);
    expect(bundleDrift(bundle, root)).toEqual([
      'out/THIRD-PARTY-LICENSES.txt: missing',
      'out/index.mjs: missing',
    ]);
    writeBundle(bundle, root);
    expect(bundleDrift(bundle, root)).toEqual([]);
    writeFileSync(join(root, 'out', 'index.mjs'), `${readFileSync(join(root, 'out', 'index.mjs'), 'utf8')};`);
    writeFileSync(join(root, 'out', 'old.mjs'), '');
    expect(bundleDrift(bundle, root)).toEqual([
      'out/index.mjs: differs from a fresh build',
      'out/old.mjs: not produced by the build (stale)',
    ]);
    writeBundle(bundle, root);
    expect(listFiles(join(root, 'out'))).toEqual(['THIRD-PARTY-LICENSES.txt', 'index.mjs']);
  });

  it('gives the same bytes from another checkout path (CI builds elsewhere)', () => {
    const build = () => {
      const root = mkdtempSync(join(tmpdir(), 'dlt-bundles-path-'));
      mkdirSync(join(root, 'src', 'deep'), { recursive: true });
      writeFileSync(join(root, 'src', 'deep', 'shared.ts'), 'export class Shared { v = 1; }\n');
      for (const name of ['a', 'b'])
        writeFileSync(
          join(root, 'src', `${name}.ts`),
          `import { Shared } from './deep/shared.js';\nexport const handler = async () => new Shared().v + '${name}';\n`,
        );
      return buildBundle({ name: 'p', outDir: 'out', entries: { a: 'src/a.ts', b: 'src/b.ts' } }, root).files;
    };
    const [one, two] = [build(), build()];
    expect(one.some((f) => f.path.startsWith('chunks/'))).toBe(true);
    expect(two.map((f) => f.path)).toEqual(one.map((f) => f.path));
    two.forEach((f, i) => {
      expect(Buffer.from(f.contents).equals(Buffer.from(one[i]?.contents ?? [])), f.path).toBe(true);
    });
  });

  it('reports raw and gzip sizes per file, per folder and in total', () => {
    const report = sizeReport([orchestration]);
    expect(report).toContain('| core/orchestration | `task-runner.mjs` |');
    expect(report).toMatch(/\| \*\*core\/orchestration\*\* \| \*\*folder total\*\* \| \*\*[\d.]+ KiB\*\* \|/);
    expect(report).toMatch(/\| \*\*all bundles\*\* \| \| \*\*[\d.]+ KiB\*\* \| \*\*[\d.]+ KiB\*\* \|/);
  });
});
