/**
 * The tools the AgentCore gateway advertises for the MCP Lambda target. A Lambda target has no `tools/list` of its
 * own: the gateway lists exactly this schema and invokes the Lambda with the tool's arguments as the event and
 * `<target>___<tool>` in `context.clientContext.custom.bedrockAgentCoreToolName`. These are the MCP server's read
 * tools (functions/mcp-server/src/tools, write tools off as in DLT); mcp-stack.test.ts compares names, inputs,
 * types and required flags with the server's own schemas, so the two cannot drift apart silently.
 * The HTTP API variant does not use this list: there the Lambda answers `tools/list` itself.
 */
export interface ToolInput {
  name: string;
  type: 'string' | 'integer' | 'array';
  /** Element type of an array input. */
  items?: 'string';
  description: string;
  required: boolean;
}

export interface ToolSpec {
  name: string;
  description: string;
  inputs: ToolInput[];
}

const testId: ToolInput = {
  name: 'test_id',
  type: 'string',
  description: "The test scenario's unique identifier.",
  required: true,
};
const testRunId: ToolInput = {
  name: 'test_run_id',
  type: 'string',
  description: "The test run's unique identifier.",
  required: true,
};
const optional = (input: ToolInput, description: string): ToolInput => ({
  ...input,
  description,
  required: false,
});

export const MCP_TOOLS: readonly ToolSpec[] = [
  { name: 'list_scenarios', description: 'List the load test scenarios.', inputs: [] },
  { name: 'get_scenario_details', description: 'Configuration of one test scenario.', inputs: [testId] },
  {
    name: 'list_test_runs',
    description:
      "Runs of a test scenario, newest first, with summary figures. Give either 'limit' or " +
      "'start_timestamp', not both; at most 30 runs.",
    inputs: [
      testId,
      {
        name: 'limit',
        type: 'integer',
        description: 'How many recent runs (1-30, default 30).',
        required: false,
      },
      {
        name: 'start_timestamp',
        type: 'string',
        description: 'Only runs since this ISO 8601 timestamp, e.g. 2024-01-15T14:30:00.000Z.',
        required: false,
      },
    ],
  },
  {
    name: 'get_test_run',
    description: 'One run with its results in total, per label and per region.',
    inputs: [testId, testRunId],
  },
  { name: 'get_latest_test_run', description: 'The most recent run of a test scenario.', inputs: [testId] },
  { name: 'get_baseline_test_run', description: 'The baseline run of a test scenario.', inputs: [testId] },
  {
    name: 'get_test_run_artifacts',
    description: "Where a run's result files are in the scenarios bucket, with presigned download URLs.",
    inputs: [testId, testRunId],
  },
  {
    name: 'get_run_timeseries',
    description:
      "A run's per-second series (virtual users, requests, errors, rps, latency in ms) in total and per " +
      'region; step_sec aggregates into longer buckets.',
    inputs: [
      testId,
      testRunId,
      { name: 'region', type: 'string', description: 'Only this region (default: all).', required: false },
      {
        name: 'step_sec',
        type: 'integer',
        description: 'Bucket length in seconds (default 1).',
        required: false,
      },
    ],
  },
  {
    name: 'compare_runs',
    description:
      'Compare 2-10 runs of a test scenario (latency percentiles, rps, error rate) in total, per label and per ' +
      'region, against the first run given.',
    inputs: [
      testId,
      {
        name: 'test_run_ids',
        type: 'array',
        items: 'string',
        description: 'Run ids; changes are measured against the first.',
        required: true,
      },
    ],
  },
  {
    name: 'analyze_run',
    description:
      'Findings about one run (failures, error rates, regressions against the baseline, change points, ' +
      'saturation, pass/fail criteria), each with a severity and its evidence.',
    inputs: [
      testId,
      optional(testRunId, 'The run to analyze (default: the latest run).'),
      optional(
        { ...testRunId, name: 'baseline_run_id' },
        "The run to compare with (default: the scenario's baseline).",
      ),
      {
        name: 'criteria',
        type: 'array',
        items: 'string',
        description: 'Pass/fail criteria, e.g. ["p95>500ms", "fail>1%"] (default: the stored verdict).',
        required: false,
      },
    ],
  },
];

/** The `inline_payload` blocks of `tool_schema` (provider schema: name, description, input_schema.property). */
export function inlineToolSchema(tools: readonly ToolSpec[] = MCP_TOOLS) {
  return tools.map((tool) => ({
    name: tool.name,
    description: tool.description,
    inputSchema: [
      {
        type: 'object',
        ...(tool.inputs.length === 0
          ? {}
          : {
              property: tool.inputs.map((input) => ({
                name: input.name,
                type: input.type,
                description: input.description,
                required: input.required,
                ...(input.items ? { items: [{ type: input.items }] } : {}),
              })),
            }),
      },
    ],
  }));
}
