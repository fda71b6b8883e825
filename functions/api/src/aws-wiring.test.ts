import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { GetServiceQuotaCommand, ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
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
import { awsApiDeps, FARGATE_VCPU_QUOTA } from './aws-wiring.js';
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
  IOT_POLICY_NAME: 'dlt-live-data',
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'secret',
  AWS_SESSION_TOKEN: 'session-token',
};
const IDENTITY = 'us-east-1:0a1b2c3d-0000-4000-8000-0123456789ab';
const quiet = { info() {}, warn() {}, error() {} };

describe('the api over AWS adapters', () => {
  let storage: TestStorage;
  const sfn = mockClient(SFNClient);
  const lambda = mockClient(LambdaClient);
  const scheduler = mockClient(SchedulerClient);
  const quotas = mockClient(ServiceQuotasClient);
  const ecs = fakeEcs({ region: 'us-east-1' });
  /** IoT's control plane on loopback: records each request and answers what `iotStatus` says. */
  const iotRequests: { method?: string; url?: string; headers: IncomingMessage['headers']; body: string }[] =
    [];
  let iotStatus = 200;
  const iot = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      iotRequests.push({ method: req.method, url: req.url, headers: req.headers, body });
      res
        .writeHead(iotStatus, { 'content-type': 'application/json' })
        .end(iotStatus === 200 ? '' : '{"message":"denied"}');
    });
  });
  let iotUrl = '';

  beforeAll(async () => {
    await new Promise<void>((resolve) => iot.listen(0, '127.0.0.1', resolve));
    iotUrl = `http://127.0.0.1:${(iot.address() as AddressInfo).port}`;
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
    quotas.restore();
    iot.closeAllConnections();
    await new Promise((resolve) => iot.close(resolve));
    await storage?.close();
  });
  afterEach(() => {
    sfn.reset();
    lambda.reset();
    scheduler.reset();
    quotas.reset();
    iotRequests.length = 0;
    iotStatus = 200;
  });

  const handler = (overrides: Record<string, string | undefined> = {}) => {
    const deps = awsApiDeps(
      { ...env, ...overrides },
      {
        deps: { scenarios: storage.scenarios, history: storage.history, objects: storage.objects },
        ecsClientFor: () => ecs.client,
        iotEndpointUrl: iotUrl,
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

  it('answers /tasks from ECS, /stack-info from the environment and /vCPUDetails from Service Quotas and ECS', async () => {
    const task = ecs.addTask({ cluster: 'dlt-load-testing', lastStatus: 'RUNNING' });
    Object.assign(task, { cpu: '2048', launchType: 'FARGATE' });
    quotas.on(GetServiceQuotaCommand).resolves({ Quota: { Value: 4000 } });
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
    expect(vcpu.status, JSON.stringify(vcpu.body)).toBe(200);
    // The registered row names no task size: DLT's 2 vCPU.
    expect(vcpu.body).toEqual({ 'us-east-1': { vCPULimit: 4000, vCPUsInUse: 2, vCPUsPerTask: 2 } });
    expect(quotas.commandCalls(GetServiceQuotaCommand)[0]?.args[0].input).toEqual({
      ServiceCode: 'fargate',
      QuotaCode: 'L-3032A538',
    });
    expect(FARGATE_VCPU_QUOTA.QuotaCode).toBe('L-3032A538');
  });

  it('answers /vCPUDetails with an error naming the region when Service Quotas refuses', async () => {
    quotas
      .on(GetServiceQuotaCommand)
      .rejects(Object.assign(new Error('no access'), { name: 'AccessDeniedException' }));
    const { api } = handler();
    const res = await api(event('GET', '/vCPUDetails'));
    expect(res.statusCode).toBe(500);
    quotas.on(GetServiceQuotaCommand).resolves({ Quota: {} });
    expect((await api(event('GET', '/vCPUDetails'))).statusCode).toBe(500);
  });

  it("attaches the live-data policy to the caller's own Cognito identity, signed for IoT", async () => {
    const { api } = handler();
    const signedIn = event('POST', '/iot/attach');
    (signedIn.requestContext as { identity?: unknown }).identity = { cognitoIdentityId: IDENTITY };
    const res = await api(signedIn);
    expect(res.statusCode, res.body).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ identityId: IDENTITY, policyName: 'dlt-live-data' });
    expect(iotRequests).toHaveLength(1);
    const sent = iotRequests[0];
    expect(sent?.method).toBe('PUT');
    expect(sent?.url).toBe('/target-policies/dlt-live-data');
    expect(JSON.parse(sent?.body ?? '{}')).toEqual({ target: IDENTITY });
    expect(sent?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/us-east-1\/execute-api\/aws4_request, /,
    );
    expect(sent?.headers['x-amz-security-token']).toBe('session-token');
  });

  it('refuses callers without a Cognito identity, and reports an IoT refusal as a server error', async () => {
    const { api } = handler();
    const iam = await call(api, 'POST', '/iot/attach');
    expect(iam.status).toBe(403);
    expect(JSON.stringify(iam.body)).toContain('NOT_A_COGNITO_IDENTITY');
    const forged = event('POST', '/iot/attach');
    (forged.requestContext as { identity?: unknown }).identity = { cognitoIdentityId: 'arn:aws:iot:cert/x' };
    expect((await api(forged)).statusCode).toBe(403);
    expect(iotRequests).toHaveLength(0);
    iotStatus = 403;
    const signedIn = event('POST', '/iot/attach');
    (signedIn.requestContext as { identity?: unknown }).identity = { cognitoIdentityId: IDENTITY };
    expect((await api(signedIn)).statusCode).toBe(500);
    const { api: withoutPolicy } = handler({ IOT_POLICY_NAME: undefined });
    expect((await call(withoutPolicy, 'POST', '/iot/attach')).status).toBe(501);
  });

  it('refuses to start without its storage variables, naming them', () => {
    expect(() => awsApiDeps({ AWS_REGION: 'us-east-1' })).toThrow(
      /SCENARIOS_TABLE, HISTORY_TABLE, SCENARIOS_BUCKET must be set/,
    );
  });
});
