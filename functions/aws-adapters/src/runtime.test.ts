import { DescribeTasksCommand, ECSClient, ListTasksCommand } from '@aws-sdk/client-ecs';
import { IoTDataPlaneClient, PublishCommand } from '@aws-sdk/client-iot-data-plane';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { DescribeExecutionCommand, SFNClient } from '@aws-sdk/client-sfn';
import { DEFAULT_SETTINGS, type OrchestrationDeps } from '@dlt/orchestration';
import { LOAD_TESTER_CONTAINER } from '@dlt/shared';
import type { Context } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestStorage, type TestStorage } from '../../shared/src/storage/test-support.js';
import { EnvironmentError } from './env.js';
import { endpointUrl, orchestrationDepsFromEnv, orchestrationLambda } from './runtime.js';

const storageEnv = {
  SCENARIOS_TABLE: 'dlt-scenarios',
  HISTORY_TABLE: 'dlt-history',
  SCENARIOS_BUCKET: 'dlt-scenarios-bucket',
  AWS_REGION: 'eu-west-1',
};

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('orchestrationDepsFromEnv', () => {
  it('names every missing variable in one error', () => {
    expect(() => orchestrationDepsFromEnv({})).toThrow(
      new EnvironmentError(
        'Environment variables SCENARIOS_TABLE, HISTORY_TABLE, SCENARIOS_BUCKET, AWS_REGION must be set for the orchestration Lambdas.',
      ),
    );
  });

  it('reports missing and malformed variables together', () => {
    const env = { ...storageEnv, AWS_REGION: '', HEALTHY_THRESHOLD: '150', READINESS_TIMEOUT_SECONDS: '10m' };
    expect(() => orchestrationDepsFromEnv(env)).toThrow(
      'Environment variable AWS_REGION must be set for the orchestration Lambdas. ' +
        'READINESS_TIMEOUT_SECONDS must be an integer >= 1, got "10m" ' +
        'HEALTHY_THRESHOLD must be a number from 0 to 100, got "150"',
    );
  });

  it("takes DLT's settings, the hub region and bucket, and the overrides given", () => {
    expect(orchestrationDepsFromEnv(storageEnv).settings).toEqual({
      ...DEFAULT_SETTINGS,
      mainRegion: 'eu-west-1',
      bucket: 'dlt-scenarios-bucket',
    });
    const tuned = orchestrationDepsFromEnv({
      ...storageEnv,
      READINESS_TIMEOUT_SECONDS: '600',
      COMPLETION_GRACE_SECONDS: '0',
      HEALTHY_THRESHOLD: '75.5',
    });
    expect(tuned.settings).toMatchObject({
      readinessTimeoutSeconds: 600,
      completionGraceSeconds: 0,
      defaultHealthyThreshold: 75.5,
    });
  });

  it('publishes live data only when an IoT endpoint is configured', () => {
    expect(orchestrationDepsFromEnv(storageEnv).live).toBeUndefined();
    expect(
      orchestrationDepsFromEnv({ ...storageEnv, IOT_ENDPOINT: 'abc-ats.iot.eu-west-1.amazonaws.com' }).live,
    ).toBeDefined();
    expect(endpointUrl('abc-ats.iot.eu-west-1.amazonaws.com')).toBe(
      'https://abc-ats.iot.eu-west-1.amazonaws.com',
    );
    expect(endpointUrl('https://127.0.0.1:8883')).toBe('https://127.0.0.1:8883');
  });

  it('checks the state machine and function variables only when a step needs them', async () => {
    const deps = orchestrationDepsFromEnv(storageEnv);
    await expect(deps.executions.isRunning('R1')).rejects.toThrow(
      'Environment variable STATE_MACHINE_ARN must be set to start or stop state machine executions.',
    );
    await expect(deps.invoker.invoke('results-parser', {})).rejects.toThrow(
      'Environment variable RESULTS_PARSER_FUNCTION must be set to invoke the results-parser step.',
    );
  });

  it("signs IoT publishes for IOT_REGION when set (a regional publisher reaching core's endpoint)", async () => {
    const iot = mockClient(IoTDataPlaneClient);
    iot.on(PublishCommand).resolves({});
    try {
      const regionsOf = async (env: Record<string, string>) => {
        iot.resetHistory();
        const deps = orchestrationDepsFromEnv({
          ...storageEnv,
          AWS_REGION: 'ap-south-1',
          IOT_ENDPOINT: 'abc-ats.iot.eu-west-1.amazonaws.com',
          ...env,
        });
        await deps.live?.publish('dlt/T1', { n: 1 });
        const [call] = iot.commandCalls(PublishCommand);
        if (!call) throw new Error('no Publish call');
        return (call.thisValue as IoTDataPlaneClient).config.region();
      };
      expect(await regionsOf({ IOT_REGION: 'eu-west-1' })).toBe('eu-west-1');
      expect(await regionsOf({})).toBe('ap-south-1');
    } finally {
      iot.restore();
    }
  });

  it('reaches Step Functions and Lambda in the hub region with the configured names', async () => {
    const sfn = mockClient(SFNClient);
    sfn.on(DescribeExecutionCommand).resolves({ status: 'RUNNING' });
    const lambda = mockClient(LambdaClient);
    lambda.on(InvokeCommand).resolves({ StatusCode: 202 });
    try {
      const deps = orchestrationDepsFromEnv({
        ...storageEnv,
        STATE_MACHINE_ARN: 'arn:aws:states:eu-west-1:1:stateMachine:dlt',
        TEST_CLEANUP_FUNCTION: 'dlt-test-cleanup',
      });

      expect(await deps.executions.isRunning('R1')).toBe(true);
      await deps.invoker.invoke('test-cleanup', { testId: 'T1' });
      // Only the function this Lambda was given is usable.
      await expect(deps.invoker.invoke('results-parser', {})).rejects.toThrow('RESULTS_PARSER_FUNCTION');

      expect(sfn.commandCalls(DescribeExecutionCommand)[0]?.args[0].input.executionArn).toBe(
        'arn:aws:states:eu-west-1:1:execution:dlt:R1',
      );
      const [invoke] = lambda.commandCalls(InvokeCommand);
      if (!invoke) throw new Error('no Invoke call');
      expect(invoke.args[0].input.FunctionName).toBe('dlt-test-cleanup');
      expect(await (invoke.thisValue as LambdaClient).config.region()).toBe('eu-west-1');
    } finally {
      sfn.restore();
      lambda.restore();
    }
  });
});

describe('orchestrationDepsFromEnv over the storage stand-ins', () => {
  let storage: TestStorage;
  beforeAll(async () => {
    storage = await startTestStorage();
  });
  afterAll(async () => {
    await storage?.close();
  });

  it('lists active tasks in the registered regions, with one cached ECS client per region', async () => {
    await storage.scenarios.putRegion({ region: 'eu-west-1', taskCluster: 'c-eu' });
    await storage.scenarios.putRegion({ region: 'us-east-2', taskCluster: 'c-us' });
    await storage.scenarios.putRegion({ region: 'ap-south-1', taskCluster: '' });
    vi.stubEnv('AWS_ENDPOINT_URL_DYNAMODB', storage.standIns.dynamodbEndpoint);
    vi.stubEnv('AWS_ACCESS_KEY_ID', storage.standIns.credentials.accessKeyId);
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', storage.standIns.credentials.secretAccessKey);
    const ecs = mockClient(ECSClient);
    ecs
      .on(ListTasksCommand)
      .callsFake((input) => ({ taskArns: [`arn:aws:ecs:x:1:task/${input.cluster}/t1`] }));
    ecs.on(DescribeTasksCommand).callsFake((input) => ({
      tasks: (input.tasks as string[]).map((taskArn) => ({
        taskArn,
        startedBy: 'dlt-R1',
        overrides: {
          containerOverrides: [
            { name: LOAD_TESTER_CONTAINER, environment: [{ name: 'TEST_ID', value: 'T1' }] },
          ],
        },
      })),
    }));
    try {
      const deps = orchestrationDepsFromEnv({
        ...storageEnv,
        AWS_REGION: storage.standIns.region,
        SCENARIOS_TABLE: storage.names.scenariosTable,
        HISTORY_TABLE: storage.names.historyTable,
      });

      const active = await deps.launcher.listActive();
      await deps.launcher.listActive();

      expect(active.map((t) => [t.region, t.infra.taskCluster, t.testId, t.testRunId, t.taskId])).toEqual([
        ['eu-west-1', 'c-eu', 'T1', 'R1', 't1'],
        ['us-east-2', 'c-us', 'T1', 'R1', 't1'],
      ]);
      const clientsByRegion = new Map<string, Set<unknown>>();
      for (const call of ecs.commandCalls(ListTasksCommand)) {
        const client = call.thisValue as ECSClient;
        const region = await client.config.region();
        clientsByRegion.set(region, (clientsByRegion.get(region) ?? new Set()).add(client));
      }
      expect([...clientsByRegion.keys()].sort()).toEqual(['eu-west-1', 'us-east-2']);
      expect([...clientsByRegion.values()].map((clients) => clients.size)).toEqual([1, 1]);

      // The stores are the configured tables.
      await deps.history.put({ testId: 'T1', testRunId: 'R1', status: 'running' });
      expect((await storage.history.get('T1', 'R1'))?.status).toBe('running');
    } finally {
      ecs.restore();
    }
  });
});

function lambdaContext(requestId: string): Context {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'dlt-readiness-check',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:eu-west-1:1:function:dlt-readiness-check',
    memoryLimitInMB: '128',
    awsRequestId: requestId,
    logGroupName: '/aws/lambda/dlt-readiness-check',
    logStreamName: 'stream',
    getRemainingTimeInMillis: () => 60_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/** Powertools prints through the global console in dev mode; each call is one JSON log line. */
function capturedLogs(spy: { mock: { calls: unknown[][] } }): Array<Record<string, unknown>> {
  return spy.mock.calls.map((args) => JSON.parse(String(args[0])) as Record<string, unknown>);
}

describe('orchestrationLambda', () => {
  it('builds the dependencies once, on the first invocation, and runs the step on every event', async () => {
    for (const [name, value] of Object.entries(storageEnv)) vi.stubEnv(name, value);
    vi.stubEnv('POWERTOOLS_DEV', 'true');
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const built: OrchestrationDeps[] = [];
    const build = vi.fn((deps: OrchestrationDeps) => {
      built.push(deps);
      return async (event: { n: number }) => ({ doubled: event.n * 2, bucket: deps.settings.bucket });
    });

    const handler = orchestrationLambda('readiness-check', build);
    expect(build).not.toHaveBeenCalled();

    expect(await handler({ n: 1 }, lambdaContext('req-1'))).toEqual({
      doubled: 2,
      bucket: 'dlt-scenarios-bucket',
    });
    expect(await handler({ n: 4 }, lambdaContext('req-2'))).toEqual({
      doubled: 8,
      bucket: 'dlt-scenarios-bucket',
    });
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('logs the error with the Lambda context and rethrows it', async () => {
    for (const [name, value] of Object.entries(storageEnv)) vi.stubEnv(name, value);
    vi.stubEnv('POWERTOOLS_DEV', 'true');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failure = new Error('region eu-west-1 has no row');
    const handler = orchestrationLambda('readiness-check', (deps) => async (_event: unknown) => {
      deps.logger.warn('about to fail', { region: 'eu-west-1' });
      throw failure;
    });
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    await expect(handler({}, lambdaContext('req-9'))).rejects.toBe(failure);

    const [warning] = capturedLogs(warnings);
    expect(warning).toMatchObject({
      message: 'about to fail',
      region: 'eu-west-1',
      function_request_id: 'req-9',
    });
    const [logged] = capturedLogs(errors);
    expect(logged).toMatchObject({
      level: 'ERROR',
      service: 'readiness-check',
      message: 'readiness-check failed: region eu-west-1 has no row',
      function_request_id: 'req-9',
      function_name: 'dlt-readiness-check',
      error: { name: 'Error', message: 'region eu-west-1 has no row' },
    });
  });

  it('fails the invocation, not the module load, when the environment is incomplete', async () => {
    for (const name of Object.keys(storageEnv)) vi.stubEnv(name, '');
    vi.stubEnv('POWERTOOLS_DEV', 'true');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const build = vi.fn(() => async () => 'never');
    const handler = orchestrationLambda('start-command', build);

    await expect(handler({}, lambdaContext('req-1'))).rejects.toThrow(
      'Environment variables SCENARIOS_TABLE, HISTORY_TABLE, SCENARIOS_BUCKET, AWS_REGION must be set',
    );
    expect(build).not.toHaveBeenCalled();
  });
});
