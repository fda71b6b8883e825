import { describe, expect, it } from 'vitest';
import type { AslDefinition } from './asl.js';
import { checkDefinition, listStates } from './asl-check.js';
import { pollIntervalSeconds } from './poll-interval.js';
import {
  buildStateMachineDefinition,
  runExecutionInput,
  STATE,
  TRANSIENT_LAMBDA_ERRORS,
} from './state-machine.js';
import { exampleArns } from './test-support.js';

const ARNS = exampleArns('123456789012');

type Validate = (d: unknown) => { isValid: boolean; errorsText: (sep?: string) => string };
// asl-validator is a dependency of aws-local-stepfunctions, not of this package: a variable specifier keeps the
// type checker from requiring its (absent) type declarations, and the test is skipped if it cannot be resolved.
const validatorSpecifier = 'asl-validator';
const validate = (await import(validatorSpecifier).then(
  (m: { default: Validate }) => m.default,
  () => undefined,
)) as Validate | undefined;

const definition = buildStateMachineDefinition(ARNS);
const all = listStates(definition);

describe('buildStateMachineDefinition', () => {
  it('is structurally sound', () => {
    expect(checkDefinition(definition)).toEqual([]);
  });

  it('uses every state name it declares, and nothing else', () => {
    expect(all.map((s) => s.name).sort()).toEqual(Object.values(STATE).sort());
  });

  it('invokes the given ARNs as Task resources', () => {
    const resources = new Set(all.flatMap(({ state }) => (state.Type === 'Task' ? [state.Resource] : [])));
    const { taskCanceler, ...invoked } = ARNS;
    expect(resources).toEqual(new Set(Object.values(invoked)));
    expect(resources.has(taskCanceler)).toBe(false);
  });

  it('retries transient Lambda errors and catches everything on every Task and Map', () => {
    for (const { name, state } of all) {
      if (state.Type !== 'Task' && state.Type !== 'Map') continue;
      expect(state.Catch?.[0]?.ErrorEquals, name).toEqual(['States.ALL']);
      if (state.Type === 'Task') expect(state.Retry?.[0]?.ErrorEquals, name).toEqual(TRANSIENT_LAMBDA_ERRORS);
    }
  });

  it('routes every top-level failure through cleanup to a Fail state', () => {
    const top = definition.States;
    const catchTargets = Object.values(top).flatMap((s) =>
      'Catch' in s ? (s.Catch ?? []).map((c) => c.Next) : [],
    );
    expect(new Set(catchTargets)).toEqual(
      new Set([STATE.prepareFailure, STATE.failureCleanUp, STATE.markFailed]),
    );
    expect(top[STATE.prepareFailure]).toMatchObject({ Next: STATE.parsePartialResults });
    expect(top[STATE.parsePartialResults]).toMatchObject({
      Resource: ARNS.resultsParser,
      Next: STATE.failureCleanUp,
      Parameters: { partial: true },
    });
    expect(top[STATE.failureCleanUp]).toMatchObject({ Resource: ARNS.testCleanup, Next: STATE.markFailed });
    expect(top[STATE.markFailed]).toMatchObject({ Next: STATE.runFailed });
    expect(top[STATE.runFailed]?.Type).toBe('Fail');
  });

  it('sizes the readiness wait from the option and the completion wait from the input', () => {
    const custom = buildStateMachineDefinition(ARNS, { pollSeconds: 3 });
    const byName = new Map(listStates(custom).map((s) => [s.name, s.state]));
    expect(byName.get(STATE.waitReadiness)).toMatchObject({ Seconds: 3 });
    expect(byName.get(STATE.waitCompletion)).toMatchObject({ SecondsPath: '$.pollIntervalSeconds' });
    expect(() => buildStateMachineDefinition(ARNS, { pollSeconds: 0 })).toThrow(RangeError);
  });

  it('is deterministic, so the deployed and the local definition can be compared byte for byte', () => {
    expect(JSON.stringify(buildStateMachineDefinition(ARNS))).toBe(JSON.stringify(definition));
  });

  it.skipIf(validate === undefined)('passes asl-validator', () => {
    const result = validate!(definition);
    expect(result.isValid, result.errorsText('\n')).toBe(true);
    expect(validate!({ StartAt: 'X', States: {} }).isValid).toBe(false);
  });
});

describe('runExecutionInput', () => {
  it('adds the completion poll interval for the test duration', () => {
    const input = runExecutionInput({
      testId: 't',
      testRunId: 'r',
      prefix: 'p',
      testType: 'simple',
      fileType: 'none',
      showLive: false,
      testDuration: 86_400,
      testTaskConfig: [],
    });
    expect(input.pollIntervalSeconds).toBe(pollIntervalSeconds(86_400));
  });
});

describe('checkDefinition', () => {
  it('reports dangling targets, unreachable states, endless loops and duplicates', () => {
    const broken: AslDefinition = {
      StartAt: 'A',
      States: {
        A: { Type: 'Pass', Next: 'Missing' },
        Orphan: { Type: 'Succeed' },
        Loop: { Type: 'Wait', Seconds: 1, Next: 'Loop' },
        M: {
          Type: 'Map',
          ItemProcessor: { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
          End: true,
        },
      },
    };
    const problems = checkDefinition(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        'A: target "Missing" does not exist',
        'Orphan: unreachable',
        'Loop: can never reach an end',
        'A: duplicate state name',
      ]),
    );
  });
});
