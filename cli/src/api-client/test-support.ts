// Test-only: a real local stack (real API, dynalite, s3rver, SigV4) in a temp state folder, and a way to call
// the CLI commands against it with captured output.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalStack, type LocalStackDeps, localApiHandler, startLocalStack } from '@dlt/local-mode';
import type { HistoryRow } from '@dlt/shared/storage';
import type { CommandIo } from './command.js';

export interface CommandResult {
  code: number;
  out: string;
  err: string;
}

export interface TestStack {
  root: string;
  stateDir: string;
  stack: LocalStack;
  /** The storage the API runs on, for seeding rows the API cannot create yet (runs). */
  deps: LocalStackDeps;
  close(): Promise<void>;
}

export async function startTestStack(prefix: string): Promise<TestStack> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  const stateDir = join(root, 'state');
  let captured: LocalStackDeps | undefined;
  const stack = await startLocalStack({
    stateDir,
    port: 0,
    regions: ['us-east-1', 'eu-west-1'],
    log: () => undefined,
    createHandler: (deps) => {
      captured = deps;
      return localApiHandler(deps);
    },
  });
  if (!captured) throw new Error('createHandler was not called');
  return {
    root,
    stateDir,
    stack,
    deps: captured,
    async close() {
      await stack.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Calls a command with an environment of its own, so the host's AWS_PROFILE & co. never leak in. */
export async function call(
  command: (argv: string[], io?: CommandIo) => Promise<number>,
  argv: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<CommandResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env });
  return { code, out: out.join(''), err: err.join('') };
}

/** A scenario file as a user writes it: YAML, with a `${VAR}` from the environment. */
export const SCENARIO_YAML = `testName: \${NAME:-CLI flow}
testDescription: created by the CLI tests
testType: simple
tags: [cli, smoke]
testTaskConfigs:
  - region: eu-west-1
    taskCount: 1
    concurrency: 2
regionalTaskDetails:
  eu-west-1:
    dltAvailableTasks: 4
testScenario:
  execution:
    - hold-for: 5s
      scenario: CLI flow
  scenarios:
    CLI flow:
      requests:
        - url: http://127.0.0.1:9/
          method: GET
`;

/** A finished run as the results parser stores it: totals in seconds. */
export function historyRow(
  testId: string,
  testRunId: string,
  minute: number,
  extra: Partial<HistoryRow> = {},
) {
  const mm = String(minute).padStart(2, '0');
  return {
    testId,
    testRunId,
    startTime: `2025-01-01 10:${mm}:00`,
    endTime: `2025-01-01 10:${mm}:30`,
    status: 'complete',
    testScenario: { execution: [{ concurrency: 2 }] },
    results: {
      total: {
        throughput: 3000 + minute,
        succ: 2990,
        fail: 10 + minute,
        testDuration: 30,
        avg_rt: 0.0125,
        p50_0: 0.01,
        p90_0: 0.02,
        p95_0: 0.025,
        p99_0: 0.05,
        p100_0: 0.2,
      },
    },
    ...extra,
  } satisfies HistoryRow;
}
