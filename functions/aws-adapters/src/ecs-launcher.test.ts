import { DescribeTasksCommand, ListTasksCommand, RunTaskCommand, StopTaskCommand } from '@aws-sdk/client-ecs';
import { LOAD_TESTER_CONTAINER, type RegionInfra, type RegionRunRef, TASK_ENV } from '@dlt/shared';
import { describe, expect, it } from 'vitest';
import { batchSizes, EcsTaskLauncher, STOP_REASON_MAX_LENGTH } from './ecs-launcher.js';
import { type FakeEcs, fakeEcs } from './test-support.js';

const infra: RegionInfra = {
  region: 'eu-west-1',
  taskCluster: 'dlt-cluster',
  subnetA: 'subnet-a',
  subnetB: 'subnet-b',
  taskSecurityGroup: 'sg-1',
  taskDefinition: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/dlt-worker:3',
};
const ref: RegionRunRef = { testId: 'T1', testRunId: 'R1', region: 'eu-west-1', infra };
const environment = { [TASK_ENV.testId]: 'T1', [TASK_ENV.testRunId]: 'R1', [TASK_ENV.region]: 'eu-west-1' };

function launcherOver(ecs: FakeEcs, regions: RegionInfra[] = [infra]): EcsTaskLauncher {
  return new EcsTaskLauncher({
    clientFor: (region) => {
      if (region !== ecs.region) throw new Error(`no fake for ${region}`);
      return ecs.client;
    },
    regions: async () => regions,
  });
}

describe('EcsTaskLauncher.launch', () => {
  it('starts 25 tasks in RunTask calls of 10, 10 and 5 with the run identity, network and overrides', async () => {
    const ecs = fakeEcs();
    const result = await launcherOver(ecs).launch({ ...ref, taskCount: 25, environment });

    expect(result).toEqual({ launched: 25, failures: [] });
    const inputs = ecs.mock.commandCalls(RunTaskCommand).map((call) => call.args[0].input);
    expect(inputs.map((input) => input.count)).toEqual([10, 10, 5]);
    for (const input of inputs) {
      expect(input).toEqual({
        cluster: 'dlt-cluster',
        taskDefinition: infra.taskDefinition,
        count: input.count,
        launchType: 'FARGATE',
        networkConfiguration: {
          awsvpcConfiguration: {
            subnets: ['subnet-a', 'subnet-b'],
            securityGroups: ['sg-1'],
            assignPublicIp: 'ENABLED',
          },
        },
        overrides: {
          containerOverrides: [
            {
              name: LOAD_TESTER_CONTAINER,
              environment: [
                { name: 'TEST_ID', value: 'T1' },
                { name: 'TEST_RUN_ID', value: 'R1' },
                { name: 'DLT_REGION', value: 'eu-west-1' },
              ],
            },
          ],
        },
        startedBy: 'dlt-R1',
        tags: [
          { key: 'TestId', value: 'T1' },
          { key: 'TestRunId', value: 'R1' },
        ],
        enableECSManagedTags: true,
        propagateTags: 'TASK_DEFINITION',
      });
    }
    expect(ecs.tasks).toHaveLength(25);
  });

  it('uses the hub task definition when the region has none, and skips an empty subnet', async () => {
    const ecs = fakeEcs();
    const spoke = { ...infra, taskDefinition: undefined, subnetB: '' };
    const result = await launcherOver(ecs).launch({
      ...ref,
      infra: spoke,
      taskCount: 3,
      environment,
      hubTaskDefinition: 'hub-td:7',
    });
    expect(result.launched).toBe(3);
    const input = ecs.mock.commandCalls(RunTaskCommand)[0]?.args[0].input;
    expect(input?.taskDefinition).toBe('hub-td:7');
    expect(input?.networkConfiguration?.awsvpcConfiguration?.subnets).toEqual(['subnet-a']);
  });

  it('asks for no public IP in a region registered with private subnets (assignPublicIp DISABLED)', async () => {
    const ecs = fakeEcs();
    await launcherOver(ecs).launch({
      ...ref,
      infra: { ...infra, assignPublicIp: 'DISABLED' },
      taskCount: 1,
      environment,
    });
    const input = ecs.mock.commandCalls(RunTaskCommand)[0]?.args[0].input;
    expect(input?.networkConfiguration?.awsvpcConfiguration?.assignPublicIp).toBe('DISABLED');
  });

  it('makes no call and says why when there is no task definition at all', async () => {
    const ecs = fakeEcs();
    const result = await launcherOver(ecs).launch({
      ...ref,
      infra: { ...infra, taskDefinition: undefined },
      taskCount: 2,
      environment,
    });
    expect(result.launched).toBe(0);
    expect(result.failures).toEqual([
      'Region eu-west-1 has no task definition registered and no hub task definition was given; no tasks were launched.',
    ]);
    expect(ecs.mock.commandCalls(RunTaskCommand)).toHaveLength(0);
  });

  it('accumulates the failures ECS reports across batches', async () => {
    const ecs = fakeEcs();
    ecs.mock
      .on(RunTaskCommand)
      .resolvesOnce({
        tasks: Array.from({ length: 8 }, (_, i) => ({ taskArn: `t${i}` })),
        failures: [
          {
            arn: 'arn:aws:ecs:eu-west-1:1:container-instance/x',
            reason: 'RESOURCE:ENI',
            detail: 'limit reached',
          },
          { arn: 'arn:aws:ecs:eu-west-1:1:container-instance/y', reason: 'RESOURCE:ENI' },
        ],
      })
      .resolvesOnce({ tasks: [{ taskArn: 'u1' }], failures: [{ reason: 'AGENT' }] });

    const result = await launcherOver(ecs).launch({ ...ref, taskCount: 12, environment });

    expect(result).toEqual({
      launched: 9,
      failures: [
        'arn:aws:ecs:eu-west-1:1:container-instance/x: RESOURCE:ENI (limit reached)',
        'arn:aws:ecs:eu-west-1:1:container-instance/y: RESOURCE:ENI',
        'unknown resource: AGENT',
      ],
    });
  });

  it('keeps the count of tasks already started when a later RunTask call fails, and stops there', async () => {
    const ecs = fakeEcs();
    const throttled = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    ecs.mock
      .on(RunTaskCommand)
      .resolvesOnce({ tasks: Array.from({ length: 10 }, (_, i) => ({ taskArn: `t${i}` })), failures: [] })
      .rejectsOnce(throttled);

    const result = await launcherOver(ecs).launch({ ...ref, taskCount: 30, environment });

    expect(result.launched).toBe(10);
    expect(result.failures).toEqual([
      'RunTask failed in eu-west-1 after 10 of 30 tasks were started; no further tasks were requested: ' +
        'ThrottlingException: Rate exceeded',
    ]);
    expect(ecs.mock.commandCalls(RunTaskCommand)).toHaveLength(2);
  });

  it('splits task counts into batches of at most 10', () => {
    expect(batchSizes(25)).toEqual([10, 10, 5]);
    expect(batchSizes(10)).toEqual([10]);
    expect(batchSizes(1)).toEqual([1]);
    expect(batchSizes(0)).toEqual([]);
  });
});

describe('EcsTaskLauncher.describe', () => {
  it('maps healthy, pending and stopped tasks, with the load-tester exit code and stop details', async () => {
    const ecs = fakeEcs();
    const run = { cluster: 'dlt-cluster', startedBy: 'dlt-R1' };
    const healthy = ecs.addTask({ ...run, lastStatus: 'RUNNING', healthStatus: 'HEALTHY' });
    const starting = ecs.addTask({ ...run, lastStatus: 'RUNNING', healthStatus: 'UNKNOWN' });
    const killed = ecs.addTask({
      ...run,
      lastStatus: 'STOPPED',
      desiredStatus: 'STOPPED',
      exitCode: 137,
      stopCode: 'EssentialContainerExited',
      stoppedReason: 'Essential container in task exited',
    });
    const neverStarted = ecs.addTask({
      ...run,
      lastStatus: 'STOPPED',
      desiredStatus: 'STOPPED',
      stopCode: 'TaskFailedToStart',
      stoppedReason: 'CannotPullContainerError',
    });
    ecs.addTask({
      cluster: 'dlt-cluster',
      startedBy: 'dlt-OTHER',
      lastStatus: 'RUNNING',
      healthStatus: 'HEALTHY',
    });
    ecs.addTask({
      cluster: 'dlt-cluster',
      startedBy: 'dlt-OTHER',
      lastStatus: 'STOPPED',
      desiredStatus: 'STOPPED',
    });

    const statuses = await launcherOver(ecs).describe(ref);

    const id = (task: { taskArn?: string }) => task.taskArn?.split('/').pop();
    expect(statuses).toEqual([
      { taskId: id(healthy), phase: 'READY' },
      { taskId: id(starting), phase: 'PENDING' },
      {
        taskId: id(killed),
        phase: 'STOPPED',
        exitCode: 137,
        stopCode: 'EssentialContainerExited',
        stoppedReason: 'Essential container in task exited',
      },
      {
        taskId: id(neverStarted),
        phase: 'STOPPED',
        stopCode: 'TaskFailedToStart',
        stoppedReason: 'CannotPullContainerError',
      },
    ]);
  });

  it('follows ListTasks pages and describes more than 100 tasks in chunks of 100', async () => {
    const ecs = fakeEcs({ pageSize: 40 });
    for (let i = 0; i < 230; i++) {
      ecs.addTask({
        cluster: 'dlt-cluster',
        startedBy: 'dlt-R1',
        lastStatus: 'RUNNING',
        healthStatus: 'HEALTHY',
      });
    }
    for (let i = 0; i < 15; i++) {
      ecs.addTask({
        cluster: 'dlt-cluster',
        startedBy: 'dlt-R1',
        lastStatus: 'STOPPED',
        desiredStatus: 'STOPPED',
      });
    }
    // Stopped tasks of an earlier run in the same cluster are described too (ListTasks cannot tell them apart).
    for (let i = 0; i < 5; i++) {
      ecs.addTask({
        cluster: 'dlt-cluster',
        startedBy: 'dlt-R0',
        lastStatus: 'STOPPED',
        desiredStatus: 'STOPPED',
      });
    }

    const statuses = await launcherOver(ecs).describe(ref);

    expect(statuses).toHaveLength(245);
    expect(new Set(statuses.map((s) => s.taskId)).size).toBe(245);
    expect(statuses.filter((s) => s.phase === 'READY')).toHaveLength(230);
    const describeSizes = ecs.mock
      .commandCalls(DescribeTasksCommand)
      .map((call) => call.args[0].input.tasks?.length);
    expect(describeSizes).toEqual([100, 100, 50]);
  });

  it('returns nothing for a region without a cluster', async () => {
    const ecs = fakeEcs();
    expect(await launcherOver(ecs).describe({ ...ref, infra: { region: 'eu-west-1' } })).toEqual([]);
    expect(ecs.mock.calls()).toHaveLength(0);
  });
});

describe('EcsTaskLauncher.stop', () => {
  it('stops every running task of the run once, with the reason cut to 255 characters', async () => {
    const ecs = fakeEcs();
    const launcher = launcherOver(ecs);
    await launcher.launch({ ...ref, taskCount: 12, environment });
    const other = ecs.addTask({ cluster: 'dlt-cluster', startedBy: 'dlt-R2', lastStatus: 'RUNNING' });
    const reason = 'x'.repeat(300);

    await launcher.stop(ref, reason);
    await launcher.stop(ref, reason);

    const stopInputs = ecs.mock.commandCalls(StopTaskCommand).map((call) => call.args[0].input);
    expect(stopInputs).toHaveLength(12);
    expect(new Set(stopInputs.map((input) => input.task)).size).toBe(12);
    expect(stopInputs.every((input) => input.reason === 'x'.repeat(STOP_REASON_MAX_LENGTH))).toBe(true);
    expect(other.desiredStatus).toBe('RUNNING');
    // startedBy is ListTasks' only filter: ECS rejects it combined with desiredStatus and the like.
    const listInputs = ecs.mock.commandCalls(ListTasksCommand).map((call) => call.args[0].input);
    expect(listInputs).toEqual([
      { cluster: 'dlt-cluster', startedBy: 'dlt-R1' },
      { cluster: 'dlt-cluster', startedBy: 'dlt-R1' },
    ]);
  });

  it('tries every task and names the ones it could not stop', async () => {
    const ecs = fakeEcs();
    const launcher = launcherOver(ecs);
    await launcher.launch({ ...ref, taskCount: 3, environment });
    const failing = ecs.tasks[1]?.taskArn ?? '';
    ecs.mock
      .on(StopTaskCommand, { task: failing })
      .rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));

    await expect(launcher.stop(ref, 'cancelled')).rejects.toThrow(
      `Could not stop 1 of 3 tasks of run R1 in eu-west-1: ${failing.split('/').pop()}: ThrottlingException: Rate exceeded`,
    );
    expect(ecs.tasks.filter((t) => t.desiredStatus === 'STOPPED')).toHaveLength(2);
  });
});

describe('EcsTaskLauncher.listActive', () => {
  it('finds running dlt- tasks in every region with a cluster, identified from startedBy and overrides', async () => {
    const ecs = fakeEcs();
    const launcher = launcherOver(ecs, [
      infra,
      { region: 'us-west-2' },
      { region: 'ap-south-1', taskCluster: '' },
    ]);
    await launcher.launch({ ...ref, taskCount: 2, environment });
    ecs.addTask({ cluster: 'dlt-cluster', startedBy: 'someone-else', lastStatus: 'RUNNING' });
    ecs.addTask({ cluster: 'dlt-cluster', lastStatus: 'RUNNING' });
    const foreign = ecs.addTask({ cluster: 'dlt-cluster', startedBy: 'dlt-R9', lastStatus: 'RUNNING' });
    ecs.addTask({
      cluster: 'dlt-cluster',
      startedBy: 'dlt-R1',
      lastStatus: 'STOPPED',
      desiredStatus: 'STOPPED',
    });

    const active = await launcher.listActive();

    const ids = ecs.tasks.map((t) => t.taskArn?.split('/').pop());
    expect(active).toEqual([
      { taskId: ids[0], testId: 'T1', testRunId: 'R1', region: 'eu-west-1', infra },
      { taskId: ids[1], testId: 'T1', testRunId: 'R1', region: 'eu-west-1', infra },
      { taskId: foreign.taskArn?.split('/').pop(), testId: '', testRunId: 'R9', region: 'eu-west-1', infra },
    ]);
  });

  it('fails naming the region it could not list rather than return a partial list', async () => {
    const ecs = fakeEcs();
    const launcher = launcherOver(ecs, [infra, { region: 'us-west-2', taskCluster: 'c2' }]);
    await expect(launcher.listActive()).rejects.toThrow(
      'Could not list the running tasks of us-west-2: Error: no fake for us-west-2',
    );
  });
});
