import { z } from 'zod';
import { ApiError } from '../dlt-api.js';
import { testId, testRunId } from './schemas.js';
import { downsampleSeries } from './series.js';
import { defineTool, segment, type ToolContext, ToolFailure } from './tool.js';

/** DLT caps list_test_runs at 30 runs. */
const MAX_RUNS = 30;

interface RunSummary {
  testRunId: string;
}

export async function latestRunId(ctx: ToolContext, id: string): Promise<string> {
  const page = await ctx.api.get<{ testRuns: RunSummary[] }>(`/scenarios/${segment(id)}/testruns`, {
    latest: 'true',
  });
  const run = page.testRuns?.[0];
  if (!run) throw new ToolFailure(`test ${id} has no runs yet`);
  return run.testRunId;
}

export function getRun(ctx: ToolContext, id: string, runId: string): Promise<Record<string, unknown>> {
  return ctx.api.get(`/scenarios/${segment(id)}/testruns/${segment(runId)}`);
}

export async function getSeries(
  ctx: ToolContext,
  id: string,
  runId: string,
): Promise<Record<string, unknown> | undefined> {
  try {
    return await ctx.api.get(`/scenarios/${segment(id)}/testruns/${segment(runId)}/timeseries`);
  } catch (error) {
    // The run exists but has no series yet (still running, or no task left results).
    if (error instanceof ApiError && error.code === 'TIMESERIES_NOT_FOUND') return undefined;
    throw error;
  }
}

export const readTools = [
  defineTool({
    name: 'list_scenarios',
    title: 'List test scenarios',
    description:
      'Retrieve a list of all available test scenarios (id, name, description, status, schedule, tags).',
    input: z.object({}),
    write: false,
    run: (_input, ctx) => ctx.api.get('/scenarios'),
  }),
  defineTool({
    name: 'get_scenario_details',
    title: 'Get a test scenario',
    description:
      'Retrieve the test configuration of a single test scenario: regions, task counts, concurrency, the ' +
      'Taurus-style test scenario, status, schedule and baseline id. Run history and results are left out.',
    input: z.object({ test_id: testId }),
    write: false,
    run: ({ test_id }, ctx) =>
      ctx.api.get(`/scenarios/${segment(test_id)}`, { history: 'false', latest: 'false' }),
  }),
  defineTool({
    name: 'list_test_runs',
    title: 'List test runs',
    description:
      'Retrieve test runs of a test scenario, newest first, with summary figures (requests, errors, requests ' +
      'per second, mean response time, percentiles in ms). Use get_test_run for per-label and per-region ' +
      "results. Give either 'limit' or 'start_timestamp', not both; at most 30 runs are returned.",
    input: z
      .object({
        test_id: testId,
        limit: z
          .number()
          .int('limit must be a whole number')
          .min(1)
          .max(MAX_RUNS)
          .optional()
          .describe('How many of the most recent runs to return (1-30, default 30).'),
        start_timestamp: z
          .string()
          .datetime({
            message: 'start_timestamp must be an ISO 8601 timestamp, e.g. 2024-01-15T14:30:00.000Z',
          })
          .optional()
          .describe('Return the runs since this ISO 8601 timestamp, e.g. 2024-01-15T14:30:00.000Z.'),
      })
      .refine((v) => v.limit === undefined || v.start_timestamp === undefined, {
        message: "give either 'limit' or 'start_timestamp', not both",
      }),
    write: false,
    run: async ({ test_id, limit, start_timestamp }, ctx) => {
      const query =
        start_timestamp === undefined
          ? { limit: limit ?? MAX_RUNS }
          : {
              limit: MAX_RUNS,
              start_timestamp,
              end_timestamp: new Date((ctx.now ?? Date.now)()).toISOString(),
            };
      const page = await ctx.api.get<{ testRuns: unknown[] }>(
        `/scenarios/${segment(test_id)}/testruns`,
        query,
      );
      return { testRuns: page.testRuns ?? [] };
    },
  }),
  defineTool({
    name: 'get_test_run',
    title: 'Get a test run',
    description:
      'Retrieve one test run with its results broken down per region (e.g. "us-east-1") and in total, each ' +
      'with one entry per label (request). Times are in seconds, as DLT stores them; rps and errorRate (%) ' +
      'are added. The verdict holds the pass/fail criteria outcomes.',
    input: z.object({ test_id: testId, test_run_id: testRunId }),
    write: false,
    run: ({ test_id, test_run_id }, ctx) => getRun(ctx, test_id, test_run_id),
  }),
  defineTool({
    name: 'get_latest_test_run',
    title: 'Get the latest test run',
    description: 'Retrieve the most recent test run of a test scenario (same shape as get_test_run).',
    input: z.object({ test_id: testId }),
    write: false,
    run: async ({ test_id }, ctx) => getRun(ctx, test_id, await latestRunId(ctx, test_id)),
  }),
  defineTool({
    name: 'get_baseline_test_run',
    title: 'Get the baseline test run',
    description:
      'Retrieve the baseline test run of a test scenario (the run users marked for comparisons), with its ' +
      'results; baselineId is null when none is set.',
    input: z.object({ test_id: testId }),
    write: false,
    run: ({ test_id }, ctx) => ctx.api.get(`/scenarios/${segment(test_id)}/baseline`),
  }),
  defineTool({
    name: 'get_test_run_artifacts',
    title: 'Get test run artifacts',
    description:
      "Retrieve where a test run's output is stored (testRunPath, and testScenarioPath for runs before v4) and " +
      'every object in it (task results, merged histograms, time series, verdict) with a download URL valid ' +
      'for 15 minutes.',
    input: z.object({ test_id: testId, test_run_id: testRunId }),
    write: false,
    run: async ({ test_id, test_run_id }, ctx) => {
      const listing = await ctx.api.get<{ artifacts: Array<{ key: string; name: string }> }>(
        `/scenarios/${segment(test_id)}/testruns/${segment(test_run_id)}/artifacts`,
      );
      const artifacts = listing.artifacts ?? [];
      const first = artifacts[0];
      const testRunPath = first?.key.endsWith(first.name)
        ? first.key.slice(0, -first.name.length).replace(/\/+$/, '')
        : null;
      return {
        testRunPath,
        testScenarioPath: `results/${test_id}`,
        description:
          artifacts.length === 0
            ? 'The run has no stored output yet.'
            : 'Objects under testRunPath; url is a presigned GET valid for 15 minutes.',
        artifacts,
      };
    },
  }),
  defineTool({
    name: 'get_run_timeseries',
    title: 'Get a run time series',
    description:
      "Retrieve a test run's per-second series (dlt.timeseries.v1): virtual users, requests, errors, rps and " +
      'latency (mean, p50/p90/p95/p99, max in ms) in total and per region, as parallel columns. step_sec ' +
      'aggregates into longer buckets to keep long runs small (counts summed, vus and latencies the highest ' +
      'second of the bucket, mean weighted by requests).',
    input: z.object({
      test_id: testId,
      test_run_id: testRunId,
      region: z.string().min(1).optional().describe('Only this region (default: total and every region).'),
      step_sec: z
        .number()
        .int()
        .min(1)
        .max(3600)
        .optional()
        .describe('Bucket length in seconds (default 1).'),
    }),
    write: false,
    run: async ({ test_id, test_run_id, region, step_sec }, ctx) => {
      const series = await getSeries(ctx, test_id, test_run_id);
      if (series === undefined) {
        throw new ToolFailure(
          `test run ${test_run_id} has no time series yet: it is still running, or no task left results`,
        );
      }
      return downsampleSeries(series, { region, stepSec: step_sec ?? 1 });
    },
  }),
];
