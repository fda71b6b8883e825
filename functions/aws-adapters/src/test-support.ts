/**
 * Tests only: an ECS control plane held in memory behind aws-sdk-client-mock. It enforces the API limits the
 * launcher must respect (RunTask count ≤ 10, DescribeTasks ≤ 100 ARNs) and pages ListTasks, so a launcher that
 * ignored them would fail here as it would on AWS.
 */
import {
  DescribeTasksCommand,
  type DescribeTasksCommandInput,
  ECSClient,
  InvalidParameterException,
  ListTasksCommand,
  type ListTasksCommandInput,
  RunTaskCommand,
  type RunTaskCommandInput,
  StopTaskCommand,
  type StopTaskCommandInput,
  type Task,
} from '@aws-sdk/client-ecs';
import { LOAD_TESTER_CONTAINER } from '@dlt/shared';
import { mockClient } from 'aws-sdk-client-mock';

export interface FakeEcsOptions {
  region?: string;
  /** ListTasks page size (AWS: up to 100). Small pages exercise pagination. */
  pageSize?: number;
}

export type FakeEcs = ReturnType<typeof fakeEcs>;

export function fakeEcs(options: FakeEcsOptions = {}) {
  const region = options.region ?? 'eu-west-1';
  const pageSize = options.pageSize ?? 100;
  const client = new ECSClient({ region });
  const mock = mockClient(client);
  const tasks: Task[] = [];
  let serial = 0;

  const invalid = (message: string) => new InvalidParameterException({ message, $metadata: {} });

  mock.on(ListTasksCommand).callsFake((input: ListTasksCommandInput) => {
    if (input.startedBy !== undefined) {
      if (input.startedBy.length > 128) throw invalid('startedBy too long');
      // ECS documents startedBy as an exclusive filter and rejects it combined with others.
      const others = [
        input.desiredStatus,
        input.family,
        input.launchType,
        input.serviceName,
        input.containerInstance,
      ];
      if (others.some((filter) => filter !== undefined))
        throw invalid('cannot specify startedBy with other arguments');
    }
    const matching = tasks.filter(
      (t) =>
        t.clusterArn === clusterArn(region, input.cluster ?? 'default') &&
        (input.startedBy === undefined || t.startedBy === input.startedBy) &&
        (input.desiredStatus ?? 'RUNNING') === t.desiredStatus,
    );
    const start = input.nextToken ? Number(input.nextToken) : 0;
    const end = start + pageSize;
    return {
      taskArns: matching.slice(start, end).map((t) => t.taskArn ?? ''),
      ...(end < matching.length ? { nextToken: String(end) } : {}),
    };
  });

  mock.on(DescribeTasksCommand).callsFake((input: DescribeTasksCommandInput) => {
    const arns = input.tasks ?? [];
    if (arns.length > 100) throw invalid('Tasks cannot be longer than 100.');
    return { tasks: tasks.filter((t) => arns.includes(t.taskArn ?? '')), failures: [] };
  });

  mock.on(StopTaskCommand).callsFake((input: StopTaskCommandInput) => {
    const task = tasks.find((t) => t.taskArn === input.task);
    if (!task) throw invalid('The referenced task was not found.');
    task.desiredStatus = 'STOPPED';
    task.stoppedReason = input.reason;
    return { task };
  });

  mock.on(RunTaskCommand).callsFake((input: RunTaskCommandInput) => {
    const count = input.count ?? 1;
    if (count > 10) throw invalid('count must be between 1 and 10.');
    const started: Task[] = [];
    for (let i = 0; i < count; i++) {
      started.push(
        addTask({
          cluster: input.cluster ?? 'default',
          startedBy: input.startedBy,
          environment: input.overrides?.containerOverrides?.[0]?.environment?.map((p) => [p.name, p.value]),
        }),
      );
    }
    return { tasks: started, failures: [] };
  });

  function addTask(spec: {
    cluster: string;
    startedBy?: string | undefined;
    lastStatus?: string;
    desiredStatus?: string;
    healthStatus?: 'HEALTHY' | 'UNHEALTHY' | 'UNKNOWN';
    exitCode?: number;
    stopCode?: Task['stopCode'];
    stoppedReason?: string;
    environment?: Array<[string | undefined, string | undefined]> | undefined;
  }): Task {
    serial += 1;
    const id = `${String(serial).padStart(4, '0')}abcdef`;
    const task: Task = {
      taskArn: `arn:aws:ecs:${region}:123456789012:task/${spec.cluster}/${id}`,
      clusterArn: clusterArn(region, spec.cluster),
      lastStatus: spec.lastStatus ?? 'PROVISIONING',
      desiredStatus: spec.desiredStatus ?? 'RUNNING',
      ...(spec.startedBy !== undefined ? { startedBy: spec.startedBy } : {}),
      ...(spec.healthStatus ? { healthStatus: spec.healthStatus } : {}),
      ...(spec.stopCode ? { stopCode: spec.stopCode } : {}),
      ...(spec.stoppedReason ? { stoppedReason: spec.stoppedReason } : {}),
      containers: [
        { name: 'sidecar', exitCode: 0 },
        { name: LOAD_TESTER_CONTAINER, ...(spec.exitCode !== undefined ? { exitCode: spec.exitCode } : {}) },
      ],
      overrides: {
        containerOverrides: [
          {
            name: LOAD_TESTER_CONTAINER,
            environment: (spec.environment ?? []).map(([name, value]) => ({ name, value })),
          },
        ],
      },
    };
    tasks.push(task);
    return task;
  }

  return { client, mock, tasks, addTask, region };
}

function clusterArn(region: string, cluster: string): string {
  return cluster.startsWith('arn:') ? cluster : `arn:aws:ecs:${region}:123456789012:cluster/${cluster}`;
}
