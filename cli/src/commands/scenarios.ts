import { formatCount, sanitizeTerminal } from '@dlt/report';
import {
  type ApiClient,
  COMMON_OPTIONS_HELP,
  type Column,
  type CommandIo,
  type Context,
  clientFor,
  EXIT_OK,
  parseCommand,
  prepareCall,
  printJson,
  renderKeyValues,
  renderTable,
  runSubcommand,
  segment,
  stringFlag,
  text,
} from '../api-client/index.js';
import { uploadScenarioScript } from '../remote/script-upload.js';
import { readScenarioFile } from '../scenario-file.js';
import { renderRuns, summaryFromHistory } from './runs.js';

export const SCENARIOS_USAGE = `usage: dlt scenarios <subcommand> [options]

  list [--tags a,b]          scenarios, latest run first; --tags keeps those with any of the tags
  get ID [--history]         one scenario; --history adds its runs
  create FILE [--save-only]  create, or update (when the file has a testId), from a POST /scenarios body
                             (JSON or YAML, \${VAR} expanded); starts a run unless --save-only. A JMeter,
                             k6 or Locust script the file names (path relative to it) is uploaded first
  delete ID                  delete a scenario and its run history (refused while it runs)

${COMMON_OPTIONS_HELP}`;

interface ScenarioItem {
  testId: string;
  testName?: string;
  status?: string;
  startTime?: string;
  nextRun?: string;
  tags?: string[];
  totalTestRuns?: number;
}

const SCENARIO_COLUMNS: Column<ScenarioItem>[] = [
  { header: 'ID', value: (s) => s.testId },
  { header: 'NAME', value: (s) => text(s.testName), max: 40 },
  { header: 'STATUS', value: (s) => text(s.status) },
  { header: 'LAST RUN', value: (s) => text(s.startTime) },
  { header: 'NEXT RUN', value: (s) => text(s.nextRun) },
  { header: 'TAGS', value: (s) => text(s.tags?.join(',')), max: 30 },
  { header: 'RUNS', value: (s) => formatCount(s.totalTestRuns ?? 0), align: 'right' },
];

export function scenariosCommand(argv: string[], io: CommandIo = {}): Promise<number> {
  return runSubcommand('scenarios', SCENARIOS_USAGE, { list, get, create, delete: remove }, argv, io);
}

const prepare = (ctx: Context, argv: string[], names: string[], extra?: Parameters<typeof prepareCall>[4]) =>
  prepareCall(ctx, SCENARIOS_USAGE, argv, names, extra);

async function list(ctx: Context, argv: string[]): Promise<number> {
  const p = await prepare(ctx, argv, [], { tags: { type: 'string' } });
  if (!p) return EXIT_OK;
  const res = await p.api.request<{ Items: ScenarioItem[] }>('GET', '/scenarios', {
    query: { tags: stringFlag(p.parsed, 'tags') },
  });
  if (p.parsed.format === 'json') printJson(ctx, res);
  else if (res.Items.length === 0) ctx.out('no scenarios\n');
  else ctx.out(renderTable(res.Items, SCENARIO_COLUMNS));
  return EXIT_OK;
}

function regionsText(configs: unknown): string {
  if (!Array.isArray(configs) || configs.length === 0) return '-';
  return configs
    .map((c: { region?: unknown; taskCount?: unknown; concurrency?: unknown }) => {
      const tasks = `${text(c.taskCount)} task${String(c.taskCount) === '1' ? '' : 's'}`;
      return `${text(c.region)} (${tasks} x ${text(c.concurrency)})`;
    })
    .join(', ');
}

async function get(ctx: Context, argv: string[]): Promise<number> {
  const p = await prepare(ctx, argv, ['ID'], { history: { type: 'boolean' } });
  if (!p) return EXIT_OK;
  const [testId = ''] = p.parsed.positionals;
  const withHistory = p.parsed.values.history === true;
  const row = await p.api.request<Record<string, unknown>>('GET', `/scenarios/${segment(testId)}`, {
    query: { history: withHistory },
  });
  if (p.parsed.format === 'json') {
    printJson(ctx, row);
    return EXIT_OK;
  }
  const tags = Array.isArray(row.tags) ? row.tags.join(', ') : '';
  const pairs: Array<[string, string]> = [
    ['id', text(row.testId)],
    ['name', text(row.testName)],
    ['description', text(row.testDescription)],
    ['type', text(row.testType)],
    ['status', text(row.status)],
    ...(typeof row.errorReason === 'string' ? [['error', row.errorReason] as [string, string]] : []),
    ['last run', text(row.startTime)],
    ['next run', text(row.nextRun)],
    ['tags', text(tags)],
    ['regions', regionsText(row.testTaskConfigs)],
    ['runs', text(row.totalTestRuns)],
    ['baseline', text(row.baselineId)],
  ];
  ctx.out(renderKeyValues(pairs));
  if (withHistory) {
    const history = Array.isArray(row.history) ? (row.history as Record<string, unknown>[]) : [];
    const runs = history
      .map(summaryFromHistory)
      .sort((a, b) => text(b.startTime).localeCompare(text(a.startTime)));
    ctx.out(runs.length === 0 ? '\nno runs yet\n' : `\n${renderRuns(runs)}`);
  }
  return EXIT_OK;
}

async function create(ctx: Context, argv: string[]): Promise<number> {
  const parsed = parseCommand(
    argv,
    { 'save-only': { type: 'boolean' } },
    { names: ['FILE'], usage: SCENARIOS_USAGE },
  );
  if (parsed.help) {
    ctx.out(`${SCENARIOS_USAGE}\n`);
    return EXIT_OK;
  }
  const [file = ''] = parsed.positionals;
  // The file is read before the endpoint is resolved, so a typo in it is reported even with no API running.
  const body = (await readScenarioFile(file, ctx.io.env ?? process.env)) as Record<string, unknown>;
  if (parsed.values['save-only'] === true) body.saveOnly = true;
  const api = await clientFor(parsed, ctx.io);
  await uploadScenarioScript(api, body, file, ctx.io.fetch ? { fetch: ctx.io.fetch } : {});
  if (body.regionalTaskDetails === undefined) {
    body.regionalTaskDetails = await regionalTaskDetails(api, body.saveOnly !== true);
  }
  const row = await api.request<{ testId: string; status?: string }>('POST', '/scenarios', { body });
  if (parsed.format === 'json') printJson(ctx, row);
  else
    ctx.out(
      renderKeyValues([
        ['testId', row.testId],
        ['status', text(row.status)],
      ]),
    );
  return EXIT_OK;
}

async function remove(ctx: Context, argv: string[]): Promise<number> {
  const p = await prepare(ctx, argv, ['ID']);
  if (!p) return EXIT_OK;
  const [testId = ''] = p.parsed.positionals;
  const res = await p.api.request<unknown>('DELETE', `/scenarios/${segment(testId)}`);
  if (p.parsed.format === 'json') printJson(ctx, res);
  else ctx.out(`deleted test ${sanitizeTerminal(testId)}\n`);
  return EXIT_OK;
}

/**
 * DLT's API expects the client to say how many tasks each region can still take, from `/vCPUDetails` and
 * `/tasks`, as DLT's console does: the Fargate vCPU quota over the task size, less the tasks running now when
 * the test starts now.
 */
export async function regionalTaskDetails(
  api: ApiClient,
  runsNow: boolean,
): Promise<
  Record<
    string,
    {
      vCPULimit: number;
      vCPUsPerTask: number;
      vCPUsInUse: number;
      dltTaskLimit: number;
      dltAvailableTasks: number;
    }
  >
> {
  const [vcpu, tasks] = await Promise.all([
    api.request<Record<string, { vCPULimit: number; vCPUsInUse: number; vCPUsPerTask: number }>>(
      'GET',
      '/vCPUDetails',
    ),
    api.request<Array<{ region: string; taskArns: string[] }>>('GET', '/tasks'),
  ]);
  const running = new Map(tasks.map((t) => [t.region, t.taskArns.length]));
  return Object.fromEntries(
    Object.entries(vcpu).map(([region, d]) => {
      const dltTaskLimit = Math.floor(d.vCPULimit / Math.max(d.vCPUsPerTask, 1e-9));
      const available = runsNow ? dltTaskLimit - (running.get(region) ?? 0) : dltTaskLimit;
      return [region, { ...d, dltTaskLimit, dltAvailableTasks: Math.max(0, available) }];
    }),
  );
}
