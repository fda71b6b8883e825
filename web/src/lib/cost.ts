/**
 * A rough Fargate cost for one run, for the form. List prices of AWS Fargate, Linux/x86, on demand, us-east-1
 * (per hour): vCPU $0.04048, memory $0.004445 per GB. Other regions differ by up to about 30 %; data transfer,
 * CloudWatch, S3 and the target's own costs are not counted. DLT's task is 2 vCPU / 4 GB, i.e. 2 GB per vCPU.
 */
export const FARGATE_VCPU_HOUR_USD = 0.04048;
export const FARGATE_GB_HOUR_USD = 0.004445;
export const GB_PER_VCPU = 2;
/** Tasks start a minute or two before the load and stop after it; this is billed too. */
export const STARTUP_OVERHEAD_SECONDS = 120;

export interface CostEstimate {
  tasks: number;
  vcpus: number;
  hours: number;
  usd: number;
}

export function estimateFargateCost(
  regions: ReadonlyArray<{ taskCount: number | null }>,
  vCPUsPerTask: number,
  loadSeconds: number,
): CostEstimate {
  const tasks = regions.reduce((n, r) => n + (r.taskCount && r.taskCount > 0 ? r.taskCount : 0), 0);
  // Fargate bills a minimum of one minute per task.
  const hours = Math.max(60, loadSeconds + STARTUP_OVERHEAD_SECONDS) / 3600;
  const vcpus = tasks * vCPUsPerTask;
  const perTaskHour = vCPUsPerTask * FARGATE_VCPU_HOUR_USD + vCPUsPerTask * GB_PER_VCPU * FARGATE_GB_HOUR_USD;
  return { tasks, vcpus, hours, usd: tasks * perTaskHour * hours };
}
