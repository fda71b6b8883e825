import {
  DescribeExecutionCommand,
  ExecutionAlreadyExists,
  ExecutionDoesNotExist,
  SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { executionName, StepFunctionsExecutions } from './sfn-executions.js';

const stateMachineArn = 'arn:aws:states:eu-west-1:123456789012:stateMachine:dlt-orchestration';
const executionArn = 'arn:aws:states:eu-west-1:123456789012:execution:dlt-orchestration:R1';

function setUp() {
  const client = new SFNClient({ region: 'eu-west-1' });
  const mock = mockClient(client);
  return { mock, executions: new StepFunctionsExecutions(client, stateMachineArn) };
}

const notFound = () => new ExecutionDoesNotExist({ message: 'Execution Does Not Exist', $metadata: {} });

describe('StepFunctionsExecutions', () => {
  it('starts an execution named by the test run with the JSON input and returns its ARN', async () => {
    const { mock, executions } = setUp();
    mock.on(StartExecutionCommand).resolves({ executionArn, startDate: new Date() });

    expect(await executions.start('R1', { testId: 'T1', regions: ['eu-west-1'] })).toEqual({
      executionId: executionArn,
    });
    expect(mock.commandCalls(StartExecutionCommand)[0]?.args[0].input).toEqual({
      stateMachineArn,
      name: 'R1',
      input: '{"testId":"T1","regions":["eu-west-1"]}',
    });
  });

  it('turns an existing execution into a clear error', async () => {
    const { mock, executions } = setUp();
    mock.on(StartExecutionCommand).rejects(new ExecutionAlreadyExists({ message: 'exists', $metadata: {} }));
    await expect(executions.start('R1', {})).rejects.toThrow(
      'An execution named "R1" already exists for this state machine: test run R1 was already started.',
    );
  });

  it('sanitises execution names to Step Functions rules and 80 characters', () => {
    expect(executionName('a b:c/d{e}')).toBe('a_b_c_d_e_');
    expect(executionName('x'.repeat(100))).toHaveLength(80);
    expect(() => executionName('')).toThrow('An execution name cannot be empty.');
  });

  it('stops a running execution found by its ARN, and reports true', async () => {
    const { mock, executions } = setUp();
    mock.on(DescribeExecutionCommand, { executionArn }).resolves({ status: 'RUNNING' });
    mock.on(StopExecutionCommand).resolves({ stopDate: new Date() });

    expect(await executions.stop('R1', 'User cancelled via API')).toBe(true);
    expect(mock.commandCalls(StopExecutionCommand)[0]?.args[0].input).toEqual({
      executionArn,
      cause: 'User cancelled via API',
    });
  });

  it('does not stop an execution that has finished, and reports false', async () => {
    const { mock, executions } = setUp();
    mock.on(DescribeExecutionCommand, { executionArn }).resolves({ status: 'SUCCEEDED' });

    expect(await executions.stop('R1', 'cleanup')).toBe(false);
    expect(await executions.isRunning('R1')).toBe(false);
    expect(mock.commandCalls(StopExecutionCommand)).toHaveLength(0);
  });

  it('reports false for an execution that does not exist', async () => {
    const { mock, executions } = setUp();
    mock.on(DescribeExecutionCommand).rejects(notFound());

    expect(await executions.stop('R1', 'cleanup')).toBe(false);
    expect(await executions.isRunning('R1')).toBe(false);
  });

  it('reports a running execution as running', async () => {
    const { mock, executions } = setUp();
    mock.on(DescribeExecutionCommand, { executionArn }).resolves({ status: 'RUNNING' });
    expect(await executions.isRunning('R1')).toBe(true);
  });

  it('passes other errors on', async () => {
    const { mock, executions } = setUp();
    mock
      .on(DescribeExecutionCommand)
      .rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    await expect(executions.isRunning('R1')).rejects.toThrow('denied');
  });

  it('builds execution ARNs in other partitions, and rejects what is not a state machine ARN', () => {
    const client = new SFNClient({ region: 'cn-north-1' });
    const china = new StepFunctionsExecutions(client, 'arn:aws-cn:states:cn-north-1:1:stateMachine:sm');
    expect(china.executionArn('R1')).toBe('arn:aws-cn:states:cn-north-1:1:execution:sm:R1');
    expect(() => new StepFunctionsExecutions(client, 'dlt-orchestration')).toThrow(
      '"dlt-orchestration" is not a state machine ARN',
    );
  });
});
