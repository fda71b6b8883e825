// `dlt run` with bad input: exit 2, a short `dlt: ...` message, never a stack trace, and no load generated.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  assertBuilt,
  type CliResult,
  killStrayClis,
  runCli,
  STACK_LINE,
  scenario,
  tempDir,
  writeScenario,
} from './helpers.js';

// Nothing listens on port 1; should a bad file ever start a run, it only meets refused loopback connections.
const NOWHERE = 'http://127.0.0.1:1';
const UNSET_VAR = 'DLT_E2E_SURELY_UNSET_VAR';

function validScenario(overrides: {
  testName?: string;
  concurrency?: number;
  criteria?: string[];
  url?: string;
}) {
  return scenario({
    testName: overrides.testName ?? 'E2E usage errors',
    execution: { concurrency: overrides.concurrency ?? 1, iterations: 1, 'hold-for': '1s' },
    requests: [{ label: 'nowhere', url: overrides.url ?? `${NOWHERE}/` }],
    criteria: overrides.criteria ?? ['p95>500ms'],
  });
}

interface UsageCase {
  name: string;
  /** Builds the arguments after `run` from a fresh temporary directory. */
  args(dir: string): Promise<string[]>;
  /** What the first line of stderr (after `dlt: `) must say. */
  first: RegExp[];
  /** Allow a longer message (usage text, a YAML code frame). */
  maxLines?: number;
}

const cases: UsageCase[] = [
  {
    name: 'a missing scenario file',
    args: async (dir) => [join(dir, 'missing.json')],
    first: [/missing\.json/, /no such file/],
  },
  {
    name: 'invalid JSON',
    args: async (dir) => [await writeScenario(dir, '{"testName": "E2E", ', 'broken.json')],
    first: [/broken\.json/, /not valid JSON/],
  },
  {
    name: 'invalid YAML',
    args: async (dir) => [await writeScenario(dir, 'testName: [unclosed\n  key: : value\n', 'broken.yaml')],
    first: [/broken\.yaml/, /not valid YAML/],
    maxLines: 8,
  },
  {
    name: 'a scenario failing DLT validation (testName too short)',
    args: async (dir) => [await writeScenario(dir, validScenario({ testName: 'ab' }))],
    first: [/INVALID_REQUEST_BODY/, /testName/],
  },
  {
    name: 'concurrency 0',
    args: async (dir) => [await writeScenario(dir, validScenario({ concurrency: 0 }))],
    first: [/INVALID_REQUEST_BODY/, /concurrency/],
  },
  {
    name: 'an unparseable criterion',
    args: async (dir) => [await writeScenario(dir, validScenario({ criteria: ['p95>500ms', 'p95>>5'] }))],
    first: [/criteria/],
    maxLines: 3,
  },
  {
    name: 'an unknown flag',
    args: async (dir) => [await writeScenario(dir, validScenario({})), '--nope'],
    first: [/--nope/],
  },
  {
    name: '--tasks 0',
    args: async (dir) => [await writeScenario(dir, validScenario({})), '--tasks', '0'],
    first: [/--tasks/, /\b0\b/],
  },
  {
    name: 'no scenario argument',
    args: async () => [],
    first: [/expected one scenario file/],
    maxLines: 30,
  },
  {
    name: `an undefined \${VAR} without a default`,
    args: async (dir) => [await writeScenario(dir, validScenario({ url: `\${${UNSET_VAR}}/` }))],
    first: [new RegExp(UNSET_VAR), /not set/],
  },
];

describe('dlt run usage errors (end to end)', () => {
  let dir: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    assertBuilt();
    ({ dir, cleanup } = await tempDir());
  });

  afterEach(() => {
    killStrayClis();
  });

  afterAll(async () => {
    await cleanup?.();
  });

  function expectUsageError(res: CliResult, c: Pick<UsageCase, 'first' | 'maxLines'>): void {
    expect(res.code, `stdout:\n${res.stdout}\nstderr:\n${res.stderr}`).toBe(2);
    expect(res.stderr.startsWith('dlt: ')).toBe(true);
    expect(res.stderr).not.toMatch(STACK_LINE);
    expect(res.stderr).not.toContain('internal error');
    const lines = res.stderr.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(c.maxLines ?? 2);
    for (const pattern of c.first) expect(lines[0]).toMatch(pattern);
    // Nothing ran: no summary table on stdout.
    expect(res.stdout).toBe('');
  }

  it.each(cases)('exits 2 with a clear message for $name', async (c) => {
    const caseDir = join(dir, c.name.replace(/\W+/g, '-'));
    await mkdir(caseDir, { recursive: true });
    const res = await runCli(['run', ...(await c.args(caseDir))], {
      cwd: caseDir,
      env: { [UNSET_VAR]: '' },
      timeoutMs: 15_000,
    });
    expectUsageError(res, c);
  });

  it('names the bad criterion and says what is expected', async () => {
    const file = await writeScenario(dir, validScenario({ criteria: ['p95>>5'] }), 'bad-criterion.json');
    const res = await runCli(['run', file], { timeoutMs: 15_000 });
    expectUsageError(res, { first: [/bad-criterion\.json/, /criteria/], maxLines: 3 });
    expect(res.stderr).toContain('"p95>>5"');
    expect(res.stderr).toMatch(/expected <subject>/);
  });

  it('does not call a valid YAML file "not valid YAML" when its extension is neither .json nor .yaml', async () => {
    const yaml = [
      'testName: E2E text file',
      'testScenario:',
      '  execution:',
      '    - concurrency: 1',
      '      iterations: 1',
      '      hold-for: 1s',
      '  scenarios:',
      '    e2e flow:',
      '      requests:',
      `        - url: ${NOWHERE}/`,
      '          method: GET',
      '',
    ].join('\n');
    const file = await writeScenario(dir, yaml, 'scenario.txt');
    const res = await runCli(['run', file, '--quiet'], { timeoutMs: 15_000 });
    expect(res.stderr).not.toContain('is not valid YAML');
    expect(res.stderr).not.toMatch(STACK_LINE);
  });
});
