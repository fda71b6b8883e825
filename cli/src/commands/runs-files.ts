/** `dlt runs download` and `dlt runs compare`: a run's files, and two runs side by side. */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { formatBytes, sanitizeTerminal } from '@dlt/report';
import { compareRuns, METRIC_NAMES, METRICS, type MetricComparison, type RunRecord } from '@dlt/shared';
import {
  ClientError,
  type Column,
  type Context,
  EXIT_OK,
  prepareCall,
  printJson,
  renderTable,
  segment,
  stringFlag,
} from '../api-client/index.js';

interface Artifact {
  key: string;
  name: string;
  size: number;
  url: string;
}

/** A name from the API must stay inside the output folder: `../x` or an absolute path is refused. */
function targetPath(dir: string, name: string): string {
  const target = resolve(dir, name);
  const rel = relative(dir, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new ClientError(`the API listed an artifact outside the run folder: ${JSON.stringify(name)}`);
  }
  return target;
}

export async function download(ctx: Context, usage: string, argv: string[]): Promise<number> {
  const p = await prepareCall(ctx, usage, argv, ['ID', 'RUN'], { out: { type: 'string', short: 'o' } });
  if (!p) return EXIT_OK;
  const [testId = '', runId = ''] = p.parsed.positionals;
  const res = await p.api.request<{ artifacts: Artifact[] }>(
    'GET',
    `/scenarios/${segment(testId)}/testruns/${segment(runId)}/artifacts`,
  );
  const dir = resolve(stringFlag(p.parsed, 'out') ?? join('dlt-artifacts', testId, runId));
  const fetchImpl = ctx.io.fetch ?? fetch;
  let bytes = 0;
  for (const a of res.artifacts) {
    const file = targetPath(dir, a.name);
    await mkdir(dirname(file), { recursive: true });
    // Presigned URLs carry their own signature: no SigV4 here, and they expire after 15 minutes.
    const got = await fetchImpl(a.url, { signal: AbortSignal.timeout(300_000) }).catch((error: unknown) => {
      throw new ClientError(`cannot download ${a.name}: ${(error as Error).message}`);
    });
    if (!got.ok || got.body === null) {
      throw new ClientError(
        `cannot download ${a.name}: HTTP ${got.status}${got.status === 403 ? ' (URL expired?)' : ''}`,
      );
    }
    await pipeline(
      Readable.fromWeb(got.body as import('node:stream/web').ReadableStream),
      createWriteStream(file),
    );
    bytes += a.size;
  }
  if (p.parsed.format === 'json') printJson(ctx, { dir, files: res.artifacts.map((a) => a.name), bytes });
  else if (res.artifacts.length === 0) ctx.out(`run ${runId} has no files yet\n`);
  else ctx.out(`${sanitizeTerminal(`${res.artifacts.length} files (${formatBytes(bytes)}) in ${dir}`)}\n`);
  return EXIT_OK;
}

function figure(v: number | null | undefined, unit: string): string {
  if (v === null || v === undefined) return '-';
  return unit === '%' ? `${v}%` : unit === 'ms' ? `${v} ms` : String(v);
}

function changeText(m: MetricComparison): string {
  const c = m.changes[1];
  if (!c || c.absolute === null) return '-';
  const sign = c.absolute > 0 ? '+' : '';
  return c.percent === null ? `${sign}${c.absolute}` : `${sign}${c.absolute} (${sign}${c.percent}%)`;
}

interface Row {
  scope: string;
  metric: string;
  a: string;
  b: string;
  change: string;
  verdict: string;
}

function rowsOf(scope: string, metrics: Record<string, MetricComparison>): Row[] {
  return METRIC_NAMES.map((name) => {
    const m = metrics[name]!;
    const info = METRICS[name];
    const c = m.changes[1];
    const worse =
      c?.absolute == null || c.absolute === 0 || info.better === 'neither'
        ? ''
        : c.absolute > 0 === (info.better === 'lower')
          ? 'worse'
          : 'better';
    return {
      scope,
      metric: info.title,
      a: figure(m.values[0], info.unit),
      b: figure(m.values[1], info.unit),
      change: changeText(m),
      verdict: worse,
    };
  });
}

export async function compare(ctx: Context, usage: string, argv: string[]): Promise<number> {
  const p = await prepareCall(ctx, usage, argv, ['ID', 'RUN_A', 'RUN_B']);
  if (!p) return EXIT_OK;
  const [testId = '', a = '', b = ''] = p.parsed.positionals;
  const get = (run: string) =>
    p.api.request<RunRecord>('GET', `/scenarios/${segment(testId)}/testruns/${segment(run)}`);
  const runs = await Promise.all([get(a), get(b)]);
  const comparison = compareRuns(runs);
  if (p.parsed.format === 'json') {
    printJson(ctx, comparison);
    return EXIT_OK;
  }
  const columns: Column<Row>[] = [
    { header: 'SCOPE', value: (r) => r.scope, max: 30 },
    { header: 'METRIC', value: (r) => r.metric },
    { header: `A ${a}`, value: (r) => r.a, align: 'right' },
    { header: `B ${b}`, value: (r) => r.b, align: 'right' },
    { header: 'B - A', value: (r) => r.change, align: 'right' },
    { header: '', value: (r) => r.verdict },
  ];
  const rows = [
    ...rowsOf('total', comparison.total.metrics),
    ...comparison.labels.flatMap((l) => rowsOf(`label ${l.subject.name}`, l.metrics)),
  ];
  ctx.out(renderTable(rows, columns));
  for (const note of comparison.notes) ctx.out(`note: ${sanitizeTerminal(note)}\n`);
  return EXIT_OK;
}
