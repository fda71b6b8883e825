import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import {
  DescribeExecutionCommand,
  SFNClient,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import { pollIntervalSeconds } from '@dlt/shared';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeEcs } from '../../aws-adapters/src/test-support.js';
import { startTestStorage, type TestStorage } from '../../shared/src/storage/test-support.js';
import { awsApiDeps, VCPU_DETAILS_UNAVAILABLE } from './aws-wiring.js';
import { createApiHandler } from './handler.js';
import { event, simpleBody } from './test-support.js';

const STATE_MACHINE = 'arn:aws:states:us-east-1:123456789012:stateMachine:dlt-test-run';
const env = {
  AWS_REGION: 'us-east-1',
  SCENARIOS_TABLE: 'unused',
  HISTORY_TABLE: 'unused',
  SCENARIOS_BUCKET: 'unused',
  STATE_MACHINE_ARN: STATE_MACHINE,
  TEST_CLEANUP_FUNCTION: 'dlt-test-cleanup',
  SCHEDULE_GROUP: 'dlt-schedules',
  SCHEDULER_ROLE_ARN: 'arn:aws:iam::123456789012:role/dlt-scheduler',
  SCHEDULE_TARGET_ARN: 'arn:aws:lambda:us-east-1:123456789012:function:dlt-api',
  DLT_VERSION: '0.1.0',
  IOT_ENDPOINT: 'abc-ats.iot.us-east-1.amazonaws.com',
};
const quiet = { info() {}, warn() {}, error() {} };

describe('the api over AWS adapters', () => {
  let storage: TestStorage;
  const sfn = mockClient(SFNClient);
  const lambda = mockClient(LambdaClient);
  const scheduler = mockClient(SchedulerClient);
  const ecs = fakeEcs({ region: 'us-east-1' });

  beforeAll(async () => {
    storage = await startTestStorage();
    await storage.scenarios.putRegion({
      region: 'us-east-1',
      taskCluster: 'dlt-load-testing',
      subnetA: 's-1',
    });
  });
  afterAll(async () => {
    sfn.restore();
    lambda.restore();
    scheduler.restore();
    await storage?.close();
  });
  afterEach(() => {
    sfn.reset();
    lambda.reset();
    scheduler.reset();
  });

  const handler = (overrides: Record<string, string | undefined> = {}) => {
    const deps = awsApiDeps(
      { ...env, ...overrides },
      {
        deps: { scenarios: storage.scenarios, history: storage.history, objects: storage.objects },
        ecsClientFor: () => ecs.client,
      },
    );
    return { deps, api: createApiHandler({ ...deps, logger: quiet }) };
  };
  const call = async (
    api: ReturnType<typeof handler>['api'],
    method: string,
    path: string,
    body?: unknown,
  ) => {
    const res = await api(event(method, path, body === undefined ? {} : { body }));
    return { status: res.statusCode, body: JSON.parse(res.body) as Record<string, unknown> };
  };

  it('starts a run as a Step Functions execution named by the run, with the poll interval in its input', async () => {
    sfn.on(StartExecutionCommand).callsFake((input) => ({
      executionArn: `${STATE_MACHINE.replace(':stateMachine:', ':execution:')}:${input.name}`,
      startDate: new Date(),
    }));
    const { api } = handler();
    const res = await call(api, 'POST', '/scenarios', simpleBody());
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const calls = sfn.commandCalls(StartExecutionCommand);
    expect(calls).toHaveLength(1);
    const sent = calls[0]?.args[0].input;
    expect(sent?.stateMachineArn).toBe(STATE_MACHINE);
    const input = JSON.parse(sent?.input ?? '{}');
    expect(sent?.name).toBe(input.testRunId);
    expect(input.testId).toBe(res.body.testId);
    expect(input.testDuration).toBe(150);
    expect(input.pollIntervalSeconds).toBe(pollIntervalSeconds(150));
    expect(input.testTaskConfig[0]).toMatchObject({ region: 'us-east-1', taskCluster: 'dlt-load-testing' });
  });

  it('cancels a run as local mode does: stop the execution, mark it cancelling, invoke cleanup', async () => {
    await storage.scenarios.put({
      testId: 'c1',
      status: 'running',
      currentTestRunId: 'r1',
      testTaskConfigs: [{ region: 'us-east-1', taskCount: 1, concurrency: 1 }],
    } as never);
    await storage.history.put({
      testId: 'c1',
      testRunId: 'r1',
      prefix: '2030-01-01T00-00-00_r1',
      status: 'running',
    } as never);
    sfn.on(DescribeExecutionCommand).resolves({ status: 'RUNNING' } as never);
    sfn.on(StopExecutionCommand).resolves({ stopDate: new Date() });
    lambda.on(InvokeCommand).resolves({ StatusCode: 202 });
    const { deps } = handler();
    await deps.runs.cancel('c1', 'r1');
    expect(sfn.commandCalls(StopExecutionCommand)[0]?.args[0].input.executionArn).toBe(
      'arn:aws:states:us-east-1:123456789012:execution:dlt-test-run:r1',
    );
    const invoke = lambda.commandCalls(InvokeCommand)[0]?.args[0].input;
    expect(invoke?.FunctionName).toBe('dlt-test-cleanup');
    expect(invoke?.InvocationType).toBe('Event');
    expect(JSON.parse(new TextDecoder().decode(invoke?.Payload as Uint8Array))).toMatchObject({
      testId: 'c1',
      testRunId: 'r1',
      finalStatus: 'cancelled',
      testTaskConfig: [{ region: 'us-east-1', taskCluster: 'dlt-load-testing' }],
    });
    expect((await storage.scenarios.get('c1'))?.status).toBe('cancelling');
  });

  it('schedules through EventBridge Scheduler with the group, role and target from the environment', async () => {
    scheduler.on(CreateScheduleCommand).resolves({ ScheduleArn: 'arn:schedule' });
    const { deps } = handler();
    await deps.scheduler?.putOnce({
      name: 't1Create',
      at: '2030-01-01T10:00:00',
      timezone: 'UTC',
      request: { resource: '/scenarios', httpMethod: 'POST', body: '{}' },
      deleteAfterFiring: true,
    });
    const sent = scheduler.commandCalls(CreateScheduleCommand)[0]?.args[0].input;
    expect(sent).toMatchObject({
      Name: 't1Create',
      GroupName: 'dlt-schedules',
      Target: { Arn: env.SCHEDULE_TARGET_ARN, RoleArn: env.SCHEDULER_ROLE_ARN },
    });
    expect(handler({ SCHEDULE_GROUP: undefined }).deps.scheduler).toBeUndefined();
  });

  it('answers /tasks from ECS, /stack-info from the environment and /vCPUDetails with 501', async () => {
    const task = ecs.addTask({ cluster: 'dlt-load-testing', lastStatus: 'RUNNING' });
    const { api } = handler();
    expect((await call(api, 'GET', '/tasks')).body).toEqual([
      { region: 'us-east-1', taskArns: [task.taskArn] },
    ]);
    const info = await call(api, 'GET', '/stack-info');
    expect(info.body).toMatchObject({
      region: 'us-east-1',
      version: '0.1.0',
      deployment_method: 'terraform',
      live_data_endpoint: 'wss://abc-ats.iot.us-east-1.amazonaws.com/mqtt',
    });
    const vcpu = await call(api, 'GET', '/vCPUDetails');
    expect(vcpu.status).toBe(501);
    expect(JSON.stringify(vcpu.body)).toContain(VCPU_DETAILS_UNAVAILABLE);
  });

  it('refuses to start without its storage variables, naming them', () => {
    expect(() => awsApiDeps({ AWS_REGION: 'us-east-1' })).toThrow(
      /SCENARIOS_TABLE, HISTORY_TABLE, SCENARIOS_BUCKET must be set/,
    );
  });
});
