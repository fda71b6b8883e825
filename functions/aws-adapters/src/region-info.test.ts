import type { RegionInfra } from '@dlt/shared';
import { describe, expect, it } from 'vitest';
import { AwsRegionInfo, DEFAULT_TASK_CPU_UNITS } from './region-info.js';
import { type FakeEcs, fakeEcs } from './test-support.js';

const CLUSTER = 'dlt-load-testing';

function setup(rows: RegionInfra[], pageSize = 100, vcpuLimit?: (region: string) => Promise<number>) {
  const ecs = new Map<string, FakeEcs>();
  for (const row of rows) ecs.set(row.region, fakeEcs({ region: row.region, pageSize }));
  const info = new AwsRegionInfo({
    clientFor: (region) => {
      const fake = ecs.get(region);
      if (!fake) throw new Error(`no ECS in ${region}`);
      return fake.client;
    },
    regions: async () => rows,
    hubVersion: 'v4.2.0',
    ...(vcpuLimit ? { vcpuLimit } : {}),
  });
  return { info, ecs: (region: string) => ecs.get(region) as FakeEcs };
}

const env = (testId: string): Array<[string, string]> => [['TEST_ID', testId]];

describe('AwsRegionInfo', () => {
  it('lists regions with their compatibility against the hub version', async () => {
    const { info } = setup([
      { region: 'eu-west-1', taskCluster: CLUSTER },
      { region: 'us-east-1', taskCluster: CLUSTER, version: 'v4.1.0' },
      { region: 'ap-south-1', taskCluster: CLUSTER, version: 'v9.0.0' },
    ]);
    const { regions, url } = await info.regions();
    expect(url).toBe('');
    expect(regions.map((r) => [r.region, r.compatible])).toEqual([
      ['eu-west-1', true],
      ['us-east-1', true],
      ['ap-south-1', false],
    ]);
    expect(regions[2]?.incompatibilityReason).toMatch(/\S/);
    expect(await info.stackVersions()).toEqual({
      hubVersion: 'v4.2.0',
      versions: { 'us-east-1': 'v4.1.0', 'ap-south-1': 'v9.0.0' },
    });
  });

  it("lists every region's tasks that are meant to run, across ListTasks pages, skipping removed regions", async () => {
    const { info, ecs } = setup(
      [
        { region: 'eu-west-1', taskCluster: CLUSTER },
        { region: 'us-east-1', taskCluster: '' },
      ],
      2,
    );
    const running = [1, 2, 3].map(() =>
      ecs('eu-west-1').addTask({ cluster: CLUSTER, lastStatus: 'RUNNING' }),
    );
    ecs('eu-west-1').addTask({ cluster: CLUSTER, lastStatus: 'STOPPED', desiredStatus: 'STOPPED' });
    ecs('eu-west-1').addTask({ cluster: 'someone-else', lastStatus: 'RUNNING' });
    expect(await info.tasks()).toEqual([{ region: 'eu-west-1', taskArns: running.map((t) => t.taskArn) }]);
  });

  it("counts one test's running and pending tasks per region, zero where nothing is registered", async () => {
    const { info, ecs } = setup([
      { region: 'eu-west-1', taskCluster: CLUSTER },
      { region: 'us-east-1', taskCluster: CLUSTER },
    ]);
    const eu = ecs('eu-west-1');
    eu.addTask({ cluster: CLUSTER, lastStatus: 'RUNNING', environment: env('t1') });
    eu.addTask({ cluster: CLUSTER, lastStatus: 'RUNNING', environment: env('t1') });
    eu.addTask({ cluster: CLUSTER, lastStatus: 'PROVISIONING', environment: env('t1') });
    eu.addTask({ cluster: CLUSTER, lastStatus: 'RUNNING', environment: env('other') });
    eu.addTask({ cluster: CLUSTER, lastStatus: 'STOPPED', desiredStatus: 'STOPPED', environment: env('t1') });
    ecs('us-east-1').addTask({ cluster: CLUSTER, lastStatus: 'PENDING', environment: env('t1') });
    expect(await info.tasksPerRegion('t1', ['eu-west-1', 'us-east-1', 'sa-east-1'])).toEqual([
      { region: 'eu-west-1', running: 2, pending: 1, desired: 3 },
      { region: 'us-east-1', running: 0, pending: 1, desired: 1 },
      { region: 'sa-east-1', running: 0, pending: 0, desired: 0 },
    ]);
  });

  it('fails naming the region whose ECS cannot be read, rather than answer with a partial list', async () => {
    const { info } = setup([{ region: 'eu-west-1', taskCluster: CLUSTER }]);
    const broken = new AwsRegionInfo({
      clientFor: () => {
        throw new Error('AccessDenied');
      },
      regions: async () => [{ region: 'eu-west-1', taskCluster: CLUSTER }],
      hubVersion: 'v4.2.0',
    });
    await expect(broken.tasks()).rejects.toThrow(/Could not read the ECS tasks of eu-west-1: .*AccessDenied/);
    await expect(info.tasks()).resolves.toEqual([{ region: 'eu-west-1', taskArns: [] }]);
  });

  it("answers vCPU details per region: the quota, the cluster's Fargate On-Demand vCPUs and the task size", async () => {
    const limits: Record<string, number> = { 'eu-west-1': 4000, 'us-east-1': 96 };
    const { info, ecs } = setup(
      [
        { region: 'eu-west-1', taskCluster: CLUSTER, taskCpu: '4096' },
        { region: 'us-east-1', taskCluster: CLUSTER, taskCpu: 8192 },
        { region: 'ap-south-1', taskCluster: '' },
      ],
      2,
      async (region) => limits[region] ?? Number.NaN,
    );
    const eu = ecs('eu-west-1');
    const fargate = (lastStatus: string, cpu: string, extra: Record<string, unknown> = {}) =>
      Object.assign(eu.addTask({ cluster: CLUSTER, lastStatus }), { cpu, launchType: 'FARGATE', ...extra });
    fargate('RUNNING', '2048');
    fargate('PROVISIONING', '2048');
    fargate('PENDING', '1024');
    // Spot has its own quota; a task already stopped (desired RUNNING not yet updated) holds nothing.
    fargate('RUNNING', '4096', { launchType: undefined, capacityProviderName: 'FARGATE_SPOT' });
    fargate('STOPPED', '4096');
    expect(await info.vCPUDetails()).toEqual({
      'eu-west-1': { vCPULimit: 4000, vCPUsInUse: 5, vCPUsPerTask: 4 },
      'us-east-1': { vCPULimit: 96, vCPUsInUse: 0, vCPUsPerTask: 8 },
    });
  });

  it("uses DLT's task size when the registration row does not say, and refuses without a quota reader", async () => {
    const { info } = setup(
      [
        {
          region: 'eu-west-1',
          taskCluster: CLUSTER,
          taskDefinition: 'arn:td:dlt-load-tester:3',
          taskCpu: 'x',
        },
      ],
      100,
      async () => 6,
    );
    expect(await info.vCPUDetails()).toEqual({
      'eu-west-1': { vCPULimit: 6, vCPUsInUse: 0, vCPUsPerTask: DEFAULT_TASK_CPU_UNITS / 1024 },
    });
    await expect(setup([{ region: 'eu-west-1', taskCluster: CLUSTER }]).info.vCPUDetails()).rejects.toThrow(
      /no quota reader/,
    );
    const denied = setup([{ region: 'eu-west-1', taskCluster: CLUSTER }], 100, async () => {
      throw Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' });
    });
    await expect(denied.info.vCPUDetails()).rejects.toThrow(
      /Could not read the vCPU details of eu-west-1: AccessDeniedException: not authorized/,
    );
  });
});
