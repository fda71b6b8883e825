import { analyzeRun, compareRuns, type RunRecord, type SeriesInput } from '@dlt/shared';
import { z } from 'zod';
import { ApiError } from '../dlt-api.js';
import { getRun, getSeries, latestRunId } from './read-tools.js';
import { anyRunId, testId } from './schemas.js';
import { defineTool, segment, type ToolContext, ToolFailure } from './tool.js';

function asRecord(row: Record<string, unknown>, runId: string): RunRecord {
  return { ...row, testRunId: typeof row.testRunId === 'string' ? row.testRunId : runId } as RunRecord;
}

/** The scenario's baseline run, or undefined when none is set or it no longer exists. */
async function baselineRun(ctx: ToolContext, id: string): Promise<RunRecord | undefined> {
  const res = await ctx.api.get<{ baselineId: string | null }>(`/scenarios/${segment(id)}/baseline`, {
    data: 'false',
  });
  if (!res.baselineId) return undefined;
  try {
    return asRecord(await getRun(ctx, id, res.baselineId), res.baselineId);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'TESTRUN_NOT_FOUND') return undefined;
    throw error;
  }
}

/** A run in one of these has no final results to analyze yet. */
const ACTIVE_STATUSES = ['queued', 'provisioning', 'running', 'parsing results', 'cleaning up', 'cancelling'];

export const analysisTools = [
  defineTool({
    name: 'compare_runs',
    title: 'Compare test runs',
    description:
      'Compare 2-10 runs of a test scenario: mean, p50/p90/p95/p99 (ms), requests per second, error rate (%) ' +
      'and requests, in total, per label and per region, with the absolute and percent change of each run ' +
      'against the first one given. Put the reference run (e.g. the baseline) first.',
    input: z.object({
      test_id: testId,
      test_run_ids: z
        .array(anyRunId)
        .min(2, 'give at least 2 test run ids')
        .max(10, 'give at most 10 test run ids')
        .describe('Run ids; changes are measured against the first.'),
    }),
    write: false,
    run: async ({ test_id, test_run_ids }, ctx) => {
      const runs = await Promise.all(
        test_run_ids.map(async (runId) => asRecord(await getRun(ctx, test_id, runId), runId)),
      );
      return compareRuns(runs);
    },
  }),
  defineTool({
    name: 'analyze_run',
    title: 'Analyze a test run',
    description:
      'Findings about one run, each with a severity (info, warning, critical), a kind, a subject (total, a ' +
      'label or a region), a message and the evidence: failed or partial runs, high error rates, regressions ' +
      'against the baseline per label and region, latency or errors rising during the run (change points in ' +
      'the per-second series), generator or target saturation (dropped open-model arrivals, rate shortfall, ' +
      'throughput plateau), and pass/fail criteria outcomes. Defaults: the latest run, the scenario baseline, ' +
      'the stored criteria verdict.',
    input: z.object({
      test_id: testId,
      test_run_id: anyRunId.optional().describe('The run to analyze (default: the latest run).'),
      baseline_run_id: anyRunId
        .optional()
        .describe("The run to compare with (default: the scenario's baseline, if one is set)."),
      criteria: z
        .array(z.string().min(1))
        .max(50)
        .optional()
        .describe(
          'Pass/fail criteria to judge, e.g. ["p95>500ms", "fail>1%"] (default: the stored verdict).',
        ),
    }),
    write: false,
    run: async ({ test_id, test_run_id, baseline_run_id, criteria }, ctx) => {
      const runId = test_run_id ?? (await latestRunId(ctx, test_id));
      const [row, baseline, series] = await Promise.all([
        getRun(ctx, test_id, runId),
        baseline_run_id === undefined
          ? baselineRun(ctx, test_id)
          : getRun(ctx, test_id, baseline_run_id).then((b) => asRecord(b, baseline_run_id)),
        getSeries(ctx, test_id, runId),
      ]);
      const run = asRecord(row, runId);
      if (run.status !== undefined && ACTIVE_STATUSES.includes(run.status)) {
        throw new ToolFailure(`test run ${runId} is still ${run.status}; analyze it once it has ended`);
      }
      return analyzeRun(run, {
        ...(baseline ? { baseline } : {}),
        ...(series ? { timeseries: series as unknown as SeriesInput } : {}),
        ...(criteria ? { criteria } : {}),
      });
    },
  }),
];
