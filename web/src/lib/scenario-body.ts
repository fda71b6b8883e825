import type {
  ScenarioDetails,
  ScenarioRequestBody,
  TasksResponse,
  TestType,
  VcpuDetails,
} from '../api/types.js';

/**
 * DLT's client-side capacity rule: a region can take floor(vCPU limit / vCPUs per task) tasks, less the tasks
 * already running when the test starts now (a scheduled test ignores what runs today).
 */
export function regionalTaskDetails(
  vcpu: VcpuDetails,
  tasks: TasksResponse,
  startsNow: boolean,
): Record<string, { dltAvailableTasks: number; dltTaskLimit: number; vCPUsPerTask: number }> {
  const running = new Map(tasks.map((t) => [t.region, t.taskArns.length]));
  const out: Record<string, { dltAvailableTasks: number; dltTaskLimit: number; vCPUsPerTask: number }> = {};
  for (const [region, d] of Object.entries(vcpu)) {
    const limit = d.vCPUsPerTask > 0 ? Math.floor(d.vCPULimit / d.vCPUsPerTask) : 0;
    const available = startsNow ? limit - (running.get(region) ?? 0) : limit;
    out[region] = {
      dltAvailableTasks: Math.max(0, available),
      dltTaskLimit: limit,
      vCPUsPerTask: d.vCPUsPerTask,
    };
  }
  return out;
}

/** The POST /scenarios body that runs an existing scenario again with its stored configuration. */
export function rerunBody(
  details: ScenarioDetails,
  regional: Record<string, { dltAvailableTasks: number }>,
): ScenarioRequestBody {
  const testType = (details.testType ?? 'simple') as TestType;
  const body: ScenarioRequestBody = {
    testId: details.testId,
    testName: details.testName ?? details.testId,
    testDescription: details.testDescription ?? details.testName ?? details.testId,
    testType,
    testTaskConfigs: (details.testTaskConfigs ?? []).map((c) => ({
      region: c.region,
      taskCount: Number(c.taskCount),
      concurrency: Number(c.concurrency),
    })),
    testScenario: details.testScenario ?? { execution: [{}] },
    regionalTaskDetails: Object.fromEntries(
      Object.entries(regional).map(([region, d]) => [region, { dltAvailableTasks: d.dltAvailableTasks }]),
    ),
    showLive: details.showLive ?? false,
    tags: details.tags ?? [],
  };
  if (details.fileType === 'script' || details.fileType === 'zip') body.fileType = details.fileType;
  if (details.criteria?.length) body.criteria = details.criteria;
  if (details.healthyThreshold !== undefined) body.healthyThreshold = details.healthyThreshold;
  // The server rewrites reporting on every start; sending the stored one back is harmless but noisy.
  const { reporting: _reporting, ...scenario } = body.testScenario;
  body.testScenario = scenario as ScenarioRequestBody['testScenario'];
  return body;
}
