import { z } from 'zod';
import { testId } from './schemas.js';
import { defineTool, segment, type ToolContext, ToolFailure } from './tool.js';

/** The fields of a stored scenario that make up its POST /scenarios body (DLT re-runs a test by re-posting it). */
const RERUN_FIELDS = [
  'testId',
  'testName',
  'testDescription',
  'testType',
  'fileType',
  'testScenario',
  'showLive',
  'tags',
  'healthyThreshold',
  'criteria',
] as const;

type VcpuDetails = Record<string, { vCPULimit: number; vCPUsInUse: number; vCPUsPerTask: number }>;

/**
 * DLT's API wants the client to say how many tasks each region can take: the Fargate vCPU quota over the task
 * size, less the tasks running now (the console and `dlt scenarios create` do the same).
 */
async function regionalTaskDetails(ctx: ToolContext): Promise<Record<string, Record<string, number>>> {
  const [vcpu, tasks] = await Promise.all([
    ctx.api.get<VcpuDetails>('/vCPUDetails'),
    ctx.api.get<Array<{ region: string; taskArns: string[] }>>('/tasks'),
  ]);
  const running = new Map(tasks.map((t) => [t.region, t.taskArns.length]));
  return Object.fromEntries(
    Object.entries(vcpu).map(([region, d]) => {
      const dltTaskLimit = Math.floor(d.vCPULimit / Math.max(d.vCPUsPerTask, 1e-9));
      const dltAvailableTasks = Math.max(0, dltTaskLimit - (running.get(region) ?? 0));
      return [region, { ...d, dltTaskLimit, dltAvailableTasks }];
    }),
  );
}

/** Script tests re-run with the script already uploaded under their test id, so nothing more is sent. */
async function rerunBody(ctx: ToolContext, id: string): Promise<Record<string, unknown>> {
  const row = await ctx.api.get<Record<string, unknown>>(`/scenarios/${segment(id)}`, {
    history: 'false',
    latest: 'false',
  });
  const body: Record<string, unknown> = {};
  for (const field of RERUN_FIELDS) if (row[field] !== undefined) body[field] = row[field];
  const configs = Array.isArray(row.testTaskConfigs)
    ? (row.testTaskConfigs as Array<Record<string, unknown>>)
    : [];
  // The stored configs are merged with each region's infrastructure row; only these three belong in a request.
  body.testTaskConfigs = configs.map(({ region, taskCount, concurrency }) => ({
    region,
    taskCount,
    concurrency,
  }));
  return body;
}

export const writeTools = [
  defineTool({
    name: 'start_test',
    title: 'Start a test run',
    description:
      'Start a load test now: either re-run an existing scenario (test_id) with its stored configuration, or ' +
      'create and start one from a full DLT v4 POST /scenarios body (scenario). Returns the test id, the new ' +
      'run id and the status. This generates real load against the scenario targets.',
    input: z
      .object({
        test_id: testId.optional().describe('Re-run this existing scenario.'),
        scenario: z
          .record(z.string(), z.unknown())
          .optional()
          .describe(
            'A DLT v4 POST /scenarios body (testName, testDescription, testType, testTaskConfigs, testScenario…).',
          ),
      })
      .refine((v) => (v.test_id === undefined) !== (v.scenario === undefined), {
        message: "give exactly one of 'test_id' (re-run) or 'scenario' (create and start)",
      }),
    write: true,
    run: async ({ test_id, scenario }, ctx) => {
      const body = test_id !== undefined ? await rerunBody(ctx, test_id) : { ...scenario };
      if (body.saveOnly === true || body.scheduleStep !== undefined) {
        throw new ToolFailure(
          'start_test starts a run now; saveOnly and scheduling fields are not accepted here',
        );
      }
      if (body.regionalTaskDetails === undefined) body.regionalTaskDetails = await regionalTaskDetails(ctx);
      const row = await ctx.api.request<Record<string, unknown>>('POST', '/scenarios', { body });
      return { testId: row.testId, testRunId: row.currentTestRunId, status: row.status };
    },
  }),
  defineTool({
    name: 'cancel_test',
    title: 'Cancel a running test',
    description: 'Cancel the running test of a scenario: its tasks stop and the partial results are kept.',
    input: z.object({ test_id: testId }),
    write: true,
    run: async ({ test_id }, ctx) => {
      const row = await ctx.api.get<{ status?: string }>(`/scenarios/${segment(test_id)}`, {
        history: 'false',
        latest: 'false',
      });
      const active = ['queued', 'provisioning', 'running'];
      if (!active.includes(String(row.status))) {
        throw new ToolFailure(
          `test ${test_id} is not running (status ${row.status ?? 'unknown'}); there is nothing to cancel`,
        );
      }
      const answer = await ctx.api.request<string>('POST', `/scenarios/${segment(test_id)}`, { body: {} });
      return { testId: test_id, result: answer };
    },
  }),
];
