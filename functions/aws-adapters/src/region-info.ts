import type { ECSClient, Task } from '@aws-sdk/client-ecs';
import {
  checkRegionalCompatibility,
  type RegionalStackVersions,
  type RegionInfra,
  TASK_ENV,
} from '@dlt/shared';
import { describeError } from './aws-errors.js';
import { describeTasks, listTaskArns, overrideEnvironment } from './ecs-tasks.js';

/**
 * The API's region and capacity information over ECS and the registered `region-*` rows: `GET /regions`,
 * `GET /tasks`, `tasksPerRegion` of `GET /scenarios/{testId}`, and the regional-version rule. It matches the
 * API's `RegionInfoPort` by shape (this package does not import the API). `vCPUDetails` takes the quota from
 * `vcpuLimit`, which the API's Lambda entry builds over Service Quotas (this package has no Service Quotas client).
 */
export interface AwsRegionInfoOptions {
  /** The ECS client of a region (callers cache them). */
  clientFor: (region: string) => ECSClient;
  /** The registered regions (`ScenarioStore.listRegions`: removed regions excluded). */
  regions: () => Promise<RegionInfra[]>;
  /** This deployment's version, for the regional-version check. */
  hubVersion: string;
  /** Where the regional stack is obtained; DLT's template URL. Terraform users get `modules/regional`. */
  regionalTemplateUrl?: string;
  /** The region's Fargate On-Demand vCPU quota (Service Quotas `fargate`/`L-3032A538`); without it `vCPUDetails` refuses. */
  vcpuLimit?: (region: string) => Promise<number>;
}

/** DLT's task size, when neither the registration row nor the task definition says (2 vCPU). */
export const DEFAULT_TASK_CPU_UNITS = 2048;
const CPU_UNITS_PER_VCPU = 1024;

export interface VcpuDetail {
  vCPULimit: number;
  vCPUsInUse: number;
  vCPUsPerTask: number;
}

export interface RegionTaskCounts {
  region: string;
  running: number;
  pending: number;
  desired: number;
}

export class AwsRegionInfo {
  constructor(private readonly options: AwsRegionInfoOptions) {}

  /** `GET /regions`: every registered region with `compatible` (and why not) against this deployment's version. */
  async regions(): Promise<{ regions: Record<string, unknown>[]; url: string }> {
    const rows = await this.options.regions();
    return {
      regions: rows.map((row) => {
        const version = typeof row.version === 'string' ? row.version : undefined;
        // A row without a version (Terraform registrations before versioning) is not checked, as in DLT.
        if (version === undefined) return { ...row, compatible: true };
        const result = checkRegionalCompatibility(this.options.hubVersion, version);
        return result.compatible
          ? { ...row, compatible: true }
          : { ...row, compatible: false, incompatibilityReason: result.reason };
      }),
      url: this.options.regionalTemplateUrl ?? '',
    };
  }

  /** The versions the INCOMPATIBLE_REGIONAL_STACKS rule checks; regions without a recorded version are skipped. */
  async stackVersions(): Promise<RegionalStackVersions> {
    const rows = await this.options.regions();
    const versions: Record<string, string> = {};
    for (const row of rows) if (typeof row.version === 'string') versions[row.region] = row.version;
    return { hubVersion: this.options.hubVersion, versions };
  }

  /** `GET /tasks`: the tasks whose desired status is RUNNING in each registered region's cluster. */
  async tasks(): Promise<{ region: string; taskArns: string[] }[]> {
    const rows = (await this.options.regions()).filter((row) => row.taskCluster);
    return this.perRegion('the ECS tasks', rows, async (row) => ({
      region: row.region,
      taskArns: await listTaskArns(this.options.clientFor(row.region), {
        cluster: row.taskCluster ?? '',
        desiredStatus: 'RUNNING',
      }),
    }));
  }

  /**
   * A test's tasks per region while it runs: every task of the cluster that is meant to run and carries the
   * test's TEST_ID (our tasks are standalone, not a service, so there is no desired count to read).
   */
  async tasksPerRegion(testId: string, regions: string[]): Promise<RegionTaskCounts[]> {
    const rows = new Map((await this.options.regions()).map((row) => [row.region, row]));
    return this.perRegion('the ECS tasks', regions, async (region) => {
      const cluster = rows.get(region)?.taskCluster;
      if (!cluster) return { region, running: 0, pending: 0, desired: 0 };
      const ecs = this.options.clientFor(region);
      const arns = await listTaskArns(ecs, { cluster, desiredStatus: 'RUNNING' });
      const ours = (await describeTasks(ecs, cluster, arns)).filter(
        (task) => overrideEnvironment(task)[TASK_ENV.testId] === testId,
      );
      const running = ours.filter(isRunning).length;
      return { region, running, pending: ours.length - running, desired: ours.length };
    });
  }

  /**
   * `GET /vCPUDetails`, keyed by region: the Fargate On-Demand vCPU quota, the vCPUs this deployment's cluster
   * holds (Fargate On-Demand tasks meant to run; Spot has its own quota), and the vCPUs of one load-tester task.
   * DLT counts every cluster of the account; this counts only ours, so the API needs no read access to other
   * workloads' tasks (whose descriptions carry their environment). Other Fargate use in the region is therefore
   * not subtracted: the console may offer more tasks than the quota leaves, and RunTask then reports the shortfall.
   */
  async vCPUDetails(): Promise<Record<string, VcpuDetail>> {
    const limitOf = this.options.vcpuLimit;
    if (!limitOf)
      throw new Error('vCPU details need the Fargate vCPU quota, and no quota reader is configured');
    const rows = (await this.options.regions()).filter((row) => row.taskCluster);
    const details = await this.perRegion('the vCPU details', rows, async (row) => {
      const ecs = this.options.clientFor(row.region);
      const [vCPULimit, vCPUsInUse, vCPUsPerTask] = await Promise.all([
        limitOf(row.region),
        vcpusInUse(ecs, row.taskCluster ?? ''),
        vcpusPerTask(row),
      ]);
      return [row.region, { vCPULimit, vCPUsInUse, vCPUsPerTask }] as const;
    });
    return Object.fromEntries(details);
  }

  /** Runs `work` for every item; one failing region fails the call, naming every region that failed. */
  private async perRegion<I, R>(what: string, items: I[], work: (item: I) => Promise<R>): Promise<R[]> {
    const results = await Promise.allSettled(items.map(work));
    const errors = results.flatMap((r, i) =>
      r.status === 'rejected' ? [`${regionOf(items[i])}: ${describeError(r.reason)}`] : [],
    );
    if (errors.length > 0) throw new Error(`Could not read ${what} of ${errors.join('; ')}`);
    return results.map((r) => (r as PromiseFulfilledResult<R>).value);
  }
}

/** vCPUs of the cluster's Fargate On-Demand tasks that are meant to run (provisioning, pending or running). */
async function vcpusInUse(ecs: ECSClient, cluster: string): Promise<number> {
  const arns = await listTaskArns(ecs, { cluster, desiredStatus: 'RUNNING' });
  const tasks = await describeTasks(ecs, cluster, arns);
  const units = tasks
    .filter((task) => task.lastStatus !== 'STOPPED' && isFargateOnDemand(task))
    .reduce((sum, task) => sum + cpuUnits(task.cpu), 0);
  return units / CPU_UNITS_PER_VCPU;
}

/**
 * The registration row's `taskCpu` (the regional module writes the task definition's CPU units there), else
 * DLT's size. Not DescribeTaskDefinition: it has no resource-level permissions, and `*` would let the API read
 * every task definition of the account, environment included.
 */
function vcpusPerTask(row: RegionInfra): number {
  return (cpuUnits(row.taskCpu) || DEFAULT_TASK_CPU_UNITS) / CPU_UNITS_PER_VCPU;
}

/** Task CPU is a string of units ("2048"); anything else counts as unknown (0). */
function cpuUnits(value: unknown): number {
  const units = typeof value === 'number' ? value : Number(typeof value === 'string' ? value : Number.NaN);
  return Number.isFinite(units) && units > 0 ? units : 0;
}

function isFargateOnDemand(task: Task): boolean {
  if (task.capacityProviderName) return task.capacityProviderName === 'FARGATE';
  return task.launchType === 'FARGATE';
}

function isRunning(task: Task): boolean {
  return task.lastStatus === 'RUNNING';
}

function regionOf(item: unknown): string {
  return typeof item === 'string' ? item : String((item as { region?: unknown })?.region);
}
