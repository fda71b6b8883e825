// The CLI against a stack through its API, as in CI: `dlt local up` stands in for the deployed stack, and every
// call is SigV4-signed with credentials from the AWS SDK's ambient chain (AWS_SHARED_CREDENTIALS_FILE +
// AWS_PROFILE=dlt-local), the same path a GitHub/GitLab job with OIDC credentials takes.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type DemoTarget, startDemoTarget } from '@dlt/demo-target';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertBuilt,
  type CliResult,
  killStrayClis,
  repoRoot,
  runCli,
  startCli,
  tempDir,
} from './helpers.js';
import { type LocalApi, POOL, startLocal } from './local-helpers.js';

let api: LocalApi;
let target: DemoTarget;
let dir: string;
let cleanup: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  assertBuilt();
  target = await startDemoTarget();
  const tmp = await tempDir();
  dir = tmp.dir;
  cleanup = tmp.cleanup;
  await mkdir(join(dir, 'home'), { recursive: true });
  api = await startLocal(join(dir, 'state'));
});
afterAll(async () => {
  try {
    await api?.stop();
    await target?.close();
  } finally {
    killStrayClis();
    await cleanup();
  }
});

/** The environment of a CI job: ambient AWS credentials, no dlt profile, no local-mode discovery. */
function ciEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    AWS_SHARED_CREDENTIALS_FILE: join(api.stateDir, 'credentials'),
    AWS_CONFIG_FILE: join(dir, 'no-aws-config'),
    AWS_PROFILE: 'dlt-local',
    AWS_REGION: POOL,
    AWS_ACCESS_KEY_ID: '',
    AWS_SECRET_ACCESS_KEY: '',
    AWS_SESSION_TOKEN: '',
    HOME: join(dir, 'home'),
    DLT_CONFIG_DIR: join(dir, 'home', '.dlt'),
    DLT_ENDPOINT: '',
    DLT_PROFILE: '',
    GITHUB_STEP_SUMMARY: '',
    NO_COLOR: '1',
    ...extra,
  };
}

function dlt(args: string[], env: Record<string, string> = {}, timeoutMs = 90_000): Promise<CliResult> {
  return runCli([...args, '--endpoint', api.apiUrl], { env: ciEnv(env), timeoutMs });
}

/** A scenario file: one GET against the demo target; `${SUFFIX}` picks the path per run. */
async function scenarioFile(name: string, criteria: string[], holdFor = '2s'): Promise<string> {
  const file = join(dir, `${name.replace(/\W+/g, '-')}.yaml`);
  const yaml = [
    `testName: ${name}`,
    'testDescription: cli-remote e2e',
    'testType: simple',
    'showLive: false',
    'testTaskConfigs:',
    `  - { region: ${POOL}, taskCount: 1, concurrency: 2 }`,
    'testScenario:',
    '  execution:',
    `    - { ramp-up: 0s, hold-for: ${holdFor}, scenario: flow }`,
    '  scenarios:',
    '    flow:',
    '      requests:',
    `        - { label: home, url: "${target.url}\${SUFFIX:-/}", method: GET }`,
    `criteria: [${criteria.map((c) => JSON.stringify(c)).join(', ')}]`,
    '',
  ].join('\n');
  await writeFile(file, yaml);
  return file;
}

const WAIT = ['--wait', '--poll-interval', '200ms'];

describe('dlt scenarios / runs with --endpoint, signed by the ambient AWS credential chain', () => {
  it('lists scenarios, and a missing AWS profile is a clear error (exit 2)', async () => {
    const ok = await dlt(['scenarios', 'list', '--format', 'json']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toHaveProperty('Items');

    const missing = await dlt(['scenarios', 'list'], { AWS_PROFILE: 'no-such-profile' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^dlt: no AWS credentials for signing \(/);
  });

  it('dlt configure writes an IAM profile that later commands use without --endpoint', async () => {
    const configure = await runCli(
      ['configure', '--profile', 'local-iam', '--endpoint', api.apiUrl, '--auth', 'iam', '--region', POOL],
      { env: ciEnv() },
    );
    expect(configure.code, configure.stderr).toBe(0);
    expect(configure.stdout).toContain('profile local-iam written to');
    const list = await runCli(['scenarios', 'list', '--profile', 'local-iam', '--format', 'json'], {
      env: ciEnv(),
    });
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout)).toHaveProperty('Items');
    const unknown = await runCli(['scenarios', 'list', '--profile', 'nope'], { env: ciEnv() });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no profile "nope"');
  });
});

describe('dlt run --endpoint --wait (CI gate)', () => {
  it('passes: exit 0, JUnit without failures, Markdown summary to --summary and $GITHUB_STEP_SUMMARY', async () => {
    const file = await scenarioFile('remote pass', ['fail>50%']);
    const junit = join(dir, 'pass', 'junit.xml');
    const summary = join(dir, 'pass', 'summary.md');
    const stepSummary = join(dir, 'step-summary.md');
    await writeFile(stepSummary, '# earlier step\n');
    const res = await dlt(['run', file, ...WAIT, '--junit', junit, '--summary', summary], {
      GITHUB_STEP_SUMMARY: stepSummary,
    });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toMatch(/created test \S+; run \S+/);
    expect(res.stderr).toContain('complete');
    expect(res.stdout).toMatch(/total/);

    const xml = await readFile(junit, 'utf8');
    expect(xml).toMatch(/<testsuites name="dlt" tests="1" failures="0"/);
    expect(xml).toContain('name="fail&gt;50%"');
    const md = await readFile(summary, 'utf8');
    expect(md).toMatch(/^### ✅ dlt: remote pass — passed/);
    expect(md).toContain('| **total** |');
    expect(md).toContain('| home |');
    // `>` is escaped so a criterion can never turn into Markdown or HTML.
    expect(md).toContain('| ✅ | fail\\>50% | 0% | 50% |');
    const step = await readFile(stepSummary, 'utf8');
    expect(step.startsWith('# earlier step\n### ✅ dlt: remote pass')).toBe(true);
  });

  it('fails a criterion: exit 1, and JUnit and the summary name it', async () => {
    // Any answered request takes more than 0 ms, so this criterion always fails.
    const file = await scenarioFile('remote fail', ['p50>0ms']);
    const junit = join(dir, 'fail', 'junit.xml');
    const summary = join(dir, 'fail', 'summary.md');
    const res = await dlt(['run', file, ...WAIT, '--junit', junit, '--summary', summary]);
    expect(res.code, res.stderr).toBe(1);
    const xml = await readFile(junit, 'utf8');
    expect(xml).toMatch(/failures="1"/);
    expect(xml).toMatch(/<testcase classname="dlt.criteria" name="p50&gt;0ms" time="0.000">\s*<failure/);
    const md = await readFile(summary, 'utf8');
    expect(md).toMatch(/^### ❌ dlt: remote fail — failed/);
    expect(md).toMatch(/\| ❌ \| p50\\>0ms \| \S+ ms \| 0 ms \| p50 was \S+ ms/);
  });

  it('an error: a run cancelled at --timeout exits 2, and JUnit says the run did not complete', async () => {
    const file = await scenarioFile('remote timeout', [], '60s');
    const junit = join(dir, 'timeout', 'junit.xml');
    const res = await dlt(['run', file, ...WAIT, '--timeout', '3s', '--junit', junit]);
    expect(res.code, res.stderr).toBe(2);
    expect(res.stderr).toMatch(/still \S+ after 0:03: cancelling it/);
    expect(res.stdout).toContain('cancelled after the 0:03 timeout');
    const xml = await readFile(junit, 'utf8');
    expect(xml).toMatch(/name="run completed"[^>]*>\s*<failure message="the run ended cancelled/);
  });

  it('Ctrl-C while waiting cancels the run on the stack and exits 2', async () => {
    const file = await scenarioFile('remote interrupt', [], '60s');
    const cli = startCli(['run', file, ...WAIT, '--endpoint', api.apiUrl], {
      env: ciEnv(),
      timeoutMs: 90_000,
    });
    await cli.waitForStderr(/\d:\d\d running/, 60_000);
    cli.child.kill('SIGINT');
    const res = await cli.result;
    expect(res.code, res.stderr).toBe(2);
    expect(res.stderr).toContain('interrupted: cancelling the run');
    // The stack confirmed: the last status line is the terminal one.
    expect(res.stderr).toMatch(/\d:\d\d cancelled\n/);
    expect(res.stdout).toContain('The run was cancelled from the command line.');
  });

  it('--baseline: within the threshold passes; a slower run regresses (exit 1) and says which metric', async () => {
    const file = await scenarioFile('remote baseline', []);
    const first = await dlt(['run', file, ...WAIT]);
    expect(first.code, first.stderr).toBe(0);
    const testId = /created test (\S+); run (\S+)/.exec(first.stderr)?.[1];
    const baselineRun = /created test \S+; run (\S+)/.exec(first.stderr)?.[1];
    expect(testId).toBeDefined();

    const noBaseline = await dlt(['run', file, ...WAIT, '--baseline']);
    expect(noBaseline.code, noBaseline.stderr).toBe(0);
    expect(noBaseline.stderr).toContain(`updated test ${testId}`);
    expect(noBaseline.stdout).toContain('No baseline is set for this test');

    const set = await dlt(['runs', 'baseline', 'set', testId!, baselineRun!]);
    expect(set.code, set.stderr).toBe(0);

    // Every request now waits 40 ms on the target: p95 and the mean rise far beyond 10 %.
    const junit = join(dir, 'baseline', 'junit.xml');
    const slow = await dlt(['run', file, ...WAIT, '--baseline', '10', '--junit', junit], {
      SUFFIX: '/delay/40',
    });
    expect(slow.code, slow.stderr).toBe(1);
    expect(slow.stdout).toMatch(
      new RegExp(`Regressed beyond 10% against baseline run ${baselineRun}: .*p95 \\+`),
    );
    expect(slow.stdout).toContain('mean response time +');
    expect(slow.stdout).not.toMatch(/Regressed[^\n]*error rate/);
    const xml = await readFile(junit, 'utf8');
    expect(xml).toMatch(new RegExp(`name="p95 within \\+10% of baseline ${baselineRun}"[^>]*>\\s*<failure`));
    expect(xml).toMatch(/name="error rate within \+10% of baseline [^"]+" time="0.000"\/>/);

    // The same two runs, side by side, and the slow run's files.
    const runs = await dlt(['runs', 'list', testId!, '--format', 'json']);
    const ids = (JSON.parse(runs.stdout) as { testRuns: Array<{ testRunId: string }> }).testRuns.map(
      (r) => r.testRunId,
    );
    const slowRun = ids[0]!;
    const cmp = await dlt(['runs', 'compare', testId!, baselineRun!, slowRun]);
    expect(cmp.code, cmp.stderr).toBe(0);
    expect(cmp.stdout).toMatch(/total\s+p95\s+\S+ ms\s+\S+ ms\s+\+\S+ \(\+\S+%\)\s+worse/);
    const cmpJson = await dlt(['runs', 'compare', testId!, baselineRun!, slowRun, '--format', 'json']);
    expect(JSON.parse(cmpJson.stdout)).toMatchObject({ baseRunId: baselineRun });

    const out = join(dir, 'download');
    const dl = await dlt(['runs', 'download', testId!, slowRun, '--out', out]);
    expect(dl.code, dl.stderr).toBe(0);
    expect(dl.stdout).toMatch(new RegExp(`^\\d+ files \\(.+\\) in ${out.replace(/[/\\]/g, '\\$&')}`));
    const series = JSON.parse(await readFile(join(out, 'merged', 'timeseries.json'), 'utf8')) as {
      testRunId: string;
    };
    expect(series.testRunId).toBe(slowRun);
  }, 180_000);

  it('without --wait: starts the run, prints its ids and exits 0; usage errors exit 2', async () => {
    const file = await scenarioFile('remote nowait', []);
    const res = await dlt(['run', file]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toMatch(/^testId \S+\ntestRunId \S+\n$/);
    const usage = await dlt(['run', file, '--junit', join(dir, 'x.xml')]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('need --wait');
    expect(existsSync(join(dir, 'x.xml'))).toBe(false);
  });
});

describe('the single-file bundle (scripts/bundle-cli.mjs)', () => {
  /** Runs a command with nothing but Node: the bundle sits in a folder with no node_modules above it. */
  function bundled(
    bundle: string,
    args: string[],
  ): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        [bundle, ...args],
        { cwd: dirname(bundle), env: { ...process.env, ...ciEnv() }, timeout: 60_000 },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });
  }

  it('talks to the API with only Node, and says that local mode is left out', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'dlt-bundle-'));
    try {
      const bundle = join(outDir, 'dlt.mjs');
      const build = await new Promise<string>((resolve, reject) =>
        execFile(
          process.execPath,
          [join(repoRoot, 'scripts/bundle-cli.mjs'), '--outfile', bundle],
          (error, stdout, stderr) => (error ? reject(new Error(stderr)) : resolve(stdout)),
        ),
      );
      expect(build).toMatch(/dlt\.mjs: [\d.]+ MB/);
      const list = await bundled(bundle, ['scenarios', 'list', '--format', 'json', '--endpoint', api.apiUrl]);
      expect(list.code, list.stderr).toBe(0);
      expect(JSON.parse(list.stdout)).toHaveProperty('Items');
      const local = await bundled(bundle, ['local', 'status']);
      expect(local.code).toBe(2);
      expect(local.stderr).toContain('local mode is not part of the single-file build of dlt');
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });
});
