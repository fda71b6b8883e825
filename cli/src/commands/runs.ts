import { formatCount, formatMs, formatRate, sanitizeTerminal } from '@dlt/report';
import {
  COMMON_OPTIONS_HELP,
  type Column,
  type CommandIo,
  type Context,
  EXIT_NOT_FOUND,
  EXIT_OK,
  prepareCall,
  printJson,
  renderKeyValues,
  renderTable,
  runSubcommand,
  segment,
  stringFlag,
  text,
} from '../api-client/index.js';
import { UsageError } from '../scenario-file.js';
import { compare, download } from './runs-files.js';

export const RUNS_USAGE = `usage: dlt runs <subcommand> [options]

  list ID [--limit N] [--next-token T] [--from ISO] [--to ISO]
                          the test's runs, newest first, one page (default 20, at most 100)
  get ID RUN              one run
  latest ID               the newest run (exit 1 when there is none)
  baseline get ID         the run the test is compared against
  baseline set ID RUN     make RUN the baseline
  baseline clear ID       remove the baseline
  download ID RUN [--out DIR]
                          the run's result files (default ./dlt-artifacts/ID/RUN), via their presigned URLs
  compare ID RUN_A RUN_B  figures of both runs (total and per label), B against A

${COMMON_OPTIONS_HELP}`;

/** One entry of GET /scenarios/{id}/testruns (DLT's `extractMetrics`); times in ms, rates per second. */
export interface RunSummary {
  testRunId: string;
  startTime?: string;
  endTime?: string;
  status?: string;
  requests: number;
  success: number;
  errors: number;
  requestsPerSecond: number;
  avgResponseTime: number;
  percentiles: Partial<Record<'p0' | 'p50' | 'p90' | 'p95' | 'p99' | 'p99_9' | 'p100', number>>;
}

function num(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : 0;
}

/**
 * The same figures from a raw history row (GET .../testruns/{id} and `history`), whose results are in
 * seconds, as the list route derives them.
 */
export function summaryFromHistory(row: Record<string, unknown>): RunSummary {
  const results = row.results as { total?: Record<string, unknown> } | undefined;
  const total = results?.total ?? {};
  const duration = num(total.testDuration);
  const ms = (key: string) => num(total[key]) * 1000;
  return {
    testRunId: text(row.testRunId),
    startTime: typeof row.startTime === 'string' ? row.startTime : undefined,
    endTime: typeof row.endTime === 'string' ? row.endTime : undefined,
    status: typeof row.status === 'string' ? row.status : 'complete',
    requests: num(total.throughput),
    success: num(total.succ),
    errors: num(total.fail),
    requestsPerSecond: duration > 0 ? num(total.throughput) / duration : 0,
    avgResponseTime: ms('avg_rt'),
    percentiles: {
      p50: ms('p50_0'),
      p90: ms('p90_0'),
      p95: ms('p95_0'),
      p99: ms('p99_0'),
      p99_9: ms('p99_9'),
      p100: ms('p100_0'),
    },
  };
}

const RUN_COLUMNS: Column<RunSummary>[] = [
  { header: 'RUN ID', value: (r) => r.testRunId },
  { header: 'START', value: (r) => text(r.startTime) },
  { header: 'STATUS', value: (r) => text(r.status) },
  { header: 'REQUESTS', value: (r) => formatCount(r.requests), align: 'right' },
  { header: 'RPS', value: (r) => formatRate(r.requestsPerSecond), align: 'right' },
  { header: 'ERRORS', value: (r) => formatCount(r.errors), align: 'right' },
  { header: 'AVG MS', value: (r) => formatMs(r.avgResponseTime), align: 'right' },
  { header: 'P95', value: (r) => formatMs(r.percentiles.p95 ?? 0), align: 'right' },
  { header: 'P99', value: (r) => formatMs(r.percentiles.p99 ?? 0), align: 'right' },
];

export function renderRuns(runs: readonly RunSummary[]): string {
  return renderTable(runs, RUN_COLUMNS);
}

interface RunsPage {
  testRuns: RunSummary[];
  pagination: { limit: number; next_token: string | null; total_count: number };
}

const base = (id: string) => `/scenarios/${segment(id)}`;

export function runsCommand(argv: string[], io: CommandIo = {}): Promise<number> {
  return runSubcommand(
    'runs',
    RUNS_USAGE,
    {
      list,
      get,
      latest,
      baseline,
      download: (ctx, rest) => download(ctx, RUNS_USAGE, rest),
      compare: (ctx, rest) => compare(ctx, RUNS_USAGE, rest),
    },
    argv,
    io,
  );
}

const prepare = (ctx: Context, argv: string[], names: string[], extra?: Parameters<typeof prepareCall>[4]) =>
  prepareCall(ctx, RUNS_USAGE, argv, names, extra);

async function list(ctx: Context, argv: string[]): Promise<number> {
  const p = await prepare(ctx, argv, ['ID'], {
    limit: { type: 'string' },
    'next-token': { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
  });
  if (!p) return EXIT_OK;
  const [testId = ''] = p.parsed.positionals;
  const page = await p.api.request<RunsPage>('GET', `${base(testId)}/testruns`, {
    query: {
      limit: stringFlag(p.parsed, 'limit'),
      next_token: stringFlag(p.parsed, 'next-token'),
      start_timestamp: stringFlag(p.parsed, 'from'),
      end_timestamp: stringFlag(p.parsed, 'to'),
    },
  });
  if (p.parsed.format === 'json') {
    printJson(ctx, page);
    return EXIT_OK;
  }
  if (page.testRuns.length === 0) ctx.out(`no runs for test ${testId} in this range\n`);
  else ctx.out(renderRuns(page.testRuns));
  const { total_count: total, next_token: next } = page.pagination;
  ctx.out(`\n${page.testRuns.length} shown, ${total} runs in all\n`);
  if (next) ctx.out(`${sanitizeTerminal(`next page: dlt runs list ${testId} --next-token ${next}`)}\n`);
  return EXIT_OK;
}

async function get(ctx: Context, argv: string[]): Promise<number> {
  const p = await prepare(ctx, argv, ['ID', 'RUN']);
  if (!p) return EXIT_OK;
  const [testId = '', runId = ''] = p.parsed.positionals;
  const row = await p.api.request<Record<string, unknown>>(
    'GET',
    `${base(testId)}/testruns/${segment(runId)}`,
  );
  if (p.parsed.format === 'json') {
    printJson(ctx, row);
    return EXIT_OK;
  }
  const s = summaryFromHistory(row);
  const pairs: Array<[string, string]> = [
    ['run id', s.testRunId],
    ['test id', text(row.testId)],
    ['status', text(s.status)],
    ['start', text(s.startTime)],
    ['end', text(s.endTime)],
    ['requests', formatCount(s.requests)],
    ['success', formatCount(s.success)],
    ['errors', formatCount(s.errors)],
    ['req/s', formatRate(s.requestsPerSecond)],
    ['avg ms', formatMs(s.avgResponseTime)],
    ...(['p50', 'p90', 'p95', 'p99'] as const).map((k): [string, string] => [
      `${k} ms`,
      formatMs(s.percentiles[k] ?? 0),
    ]),
  ];
  if (typeof row.errorReason === 'string') pairs.push(['error', row.errorReason]);
  ctx.out(renderKeyValues(pairs));
  return EXIT_OK;
}

async function latest(ctx: Context, argv: string[]): Promise<number> {
  const p = await prepare(ctx, argv, ['ID']);
  if (!p) return EXIT_OK;
  const [testId = ''] = p.parsed.positionals;
  const page = await p.api.request<RunsPage>('GET', `${base(testId)}/testruns`, {
    query: { latest: 'true' },
  });
  if (p.parsed.format === 'json') printJson(ctx, page);
  if (page.testRuns.length === 0) {
    ctx.err(`dlt: test ${testId} has no runs yet\n`);
    return EXIT_NOT_FOUND;
  }
  if (p.parsed.format === 'table') ctx.out(renderRuns(page.testRuns));
  return EXIT_OK;
}

async function baseline(ctx: Context, argv: string[]): Promise<number> {
  const [action, ...rest] = argv;
  if (action === 'get') return baselineGet(ctx, rest);
  if (action === 'set') return baselineSet(ctx, rest);
  if (action === 'clear') return baselineClear(ctx, rest);
  if (action === '--help' || action === '-h') {
    ctx.out(`${RUNS_USAGE}\n`);
    return EXIT_OK;
  }
  throw new UsageError(
    `${action === undefined ? 'missing' : `unknown baseline action ${JSON.stringify(action)}:`} ` +
      `expected get, set or clear\n\n${RUNS_USAGE}`,
  );
}

async function baselineGet(ctx: Context, argv: string[]): Promise<number> {
  const p = await prepare(ctx, argv, ['ID']);
  if (!p) return EXIT_OK;
  const [testId = ''] = p.parsed.positionals;
  const res = await p.api.request<{
    baselineId: string | null;
    warning?: string;
    testRunDetails?: { startTime?: string; status?: string };
  }>('GET', `${base(testId)}/baseline`);
  if (p.parsed.format === 'json') printJson(ctx, res);
  else if (res.baselineId === null) ctx.out(`no baseline set for test ${testId}\n`);
  else {
    const d = res.testRunDetails;
    ctx.out(
      renderKeyValues([
        ['baseline', res.baselineId],
        ['start', text(d?.startTime)],
        ['status', text(d?.status)],
        ...(res.warning ? [['warning', res.warning] as const] : []),
      ]),
    );
  }
  return EXIT_OK;
}

async function baselineSet(ctx: Context, argv: string[]): Promise<number> {
  const p = await prepare(ctx, argv, ['ID', 'RUN']);
  if (!p) return EXIT_OK;
  const [testId = '', runId = ''] = p.parsed.positionals;
  const res = await p.api.request<{ baselineId: string; previousBaselineId?: string }>(
    'PUT',
    `${base(testId)}/baseline`,
    { body: { testRunId: runId } },
  );
  if (p.parsed.format === 'json') printJson(ctx, res);
  else {
    const was = res.previousBaselineId ? ` (was ${res.previousBaselineId})` : '';
    ctx.out(`${sanitizeTerminal(`baseline of test ${testId} set to run ${res.baselineId}${was}`)}\n`);
  }
  return EXIT_OK;
}

async function baselineClear(ctx: Context, argv: string[]): Promise<number> {
  const p = await prepare(ctx, argv, ['ID']);
  if (!p) return EXIT_OK;
  const [testId = ''] = p.parsed.positionals;
  const res = await p.api.request<{ details?: { previousBaselineId?: string } }>(
    'DELETE',
    `${base(testId)}/baseline`,
  );
  if (p.parsed.format === 'json') printJson(ctx, res);
  else {
    const was = res.details?.previousBaselineId;
    ctx.out(`${sanitizeTerminal(`baseline of test ${testId} cleared${was ? ` (was ${was})` : ''}`)}\n`);
  }
  return EXIT_OK;
}
