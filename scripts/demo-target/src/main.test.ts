import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from './cli.js';

// The CLI is bundled into a private temporary folder (not dist/, which other processes may be using) and
// run as a real process, the way `dlt-demo-target` runs.
let outdir = '';
let mainJs = '';

beforeAll(async () => {
  outdir = mkdtempSync(join(tmpdir(), 'dlt-demo-target-'));
  mainJs = join(outdir, 'main.js');
  await build({
    entryPoints: [join(dirname(fileURLToPath(import.meta.url)), 'main.ts')],
    outfile: mainJs,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
  });
});

afterAll(() => {
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

type Child = ChildProcessByStdio<null, Readable, Readable>;
const children: Child[] = [];

afterEach(() => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

interface Run {
  child: Child;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function run(args: string[]): Run {
  const child = spawn(process.execPath, [mainJs, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Resolves with the base URL from the listening line, or rejects if the process exits first. */
function listening(r: Run): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const match = /^listening (http:\/\/127\.0\.0\.1:\d+)\n/.exec(r.stdout());
      if (match?.[1]) resolve(match[1]);
    };
    r.child.stdout.on('data', check);
    check();
    r.exited.then(({ code }) => reject(new Error(`exited with ${code} before listening: ${r.stderr()}`)));
  });
}

describe('dlt-demo-target CLI', () => {
  it('prints exactly one listening line, serves, and exits 0 on SIGTERM', async () => {
    const r = run(['--port', '0', '--error-rate', '0.5']);
    const url = await listening(r);
    expect((await fetch(`${url}/`)).status).toBe(200);
    expect((await fetch(`${url}/`)).status).toBe(500);
    const stats = (await (await fetch(`${url}/stats`)).json()) as { requests: number };
    expect(stats.requests).toBe(2);
    r.child.kill('SIGTERM');
    expect(await r.exited).toEqual({ code: 0, signal: null });
    expect(r.stdout()).toBe(`listening ${url}\n`);
  });

  it('exits 0 on SIGINT even with a hanging request open', async () => {
    const r = run(['--delay', '5']);
    const url = await listening(r);
    const hung = fetch(`${url}/hang`).catch(() => 'failed');
    const begin = performance.now();
    const answered = await fetch(`${url}/`);
    expect(performance.now() - begin).toBeGreaterThanOrEqual(4);
    expect(answered.headers.get('x-demo-delay-ms')).toBe('5');
    r.child.kill('SIGINT');
    expect(await r.exited).toEqual({ code: 0, signal: null });
    expect(await hung).toBe('failed');
  });

  it('runs several workers on one port with --workers and stops them all on SIGTERM', async () => {
    const r = run(['--workers', '2']);
    const url = await listening(r);
    const replies = await Promise.all(Array.from({ length: 40 }, () => fetch(`${url}/status/203`)));
    expect(replies.map((reply) => reply.status)).toEqual(Array(40).fill(203));
    r.child.kill('SIGTERM');
    expect(await r.exited).toEqual({ code: 0, signal: null });
    expect(r.stdout()).toBe(`listening ${url}\n`);
    await expect(fetch(`${url}/`)).rejects.toThrow();
  });

  it('refuses a non-loopback host with exit code 2', async () => {
    const r = run(['--host', '0.0.0.0']);
    expect(await r.exited).toEqual({ code: 2, signal: null });
    expect(r.stdout()).toBe('');
    expect(r.stderr()).toMatch(/refusing to listen on non-loopback host "0\.0\.0\.0".*--allow-non-loopback/);
  });

  it('rejects bad arguments with exit code 2 and the usage', async () => {
    const r = run(['--workers', 'many']);
    expect(await r.exited).toEqual({ code: 2, signal: null });
    expect(r.stdout()).toBe('');
    expect(r.stderr()).toMatch(/--workers must be an integer[\s\S]*usage: dlt-demo-target/);
  });

  it('exits 1 when the port is taken', async () => {
    const first = run([]);
    const url = await listening(first);
    const port = new URL(url).port;
    const second = run(['--port', port]);
    expect(await second.exited).toEqual({ code: 1, signal: null });
    expect(second.stderr()).toMatch(/cannot start.*EADDRINUSE/);
    const third = run(['--port', port, '--workers', '2']);
    expect((await third.exited).code).toBe(1);
    expect(third.stdout()).toBe('');
    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);
  });
});

describe('parseCliArgs', () => {
  it('applies defaults', () => {
    expect(parseCliArgs([])).toEqual({
      host: '127.0.0.1',
      port: 0,
      delayMs: 0,
      errorRate: 0,
      errorStatus: 500,
      bodyBytes: undefined,
      seed: undefined,
      workers: 1,
      allowNonLoopback: false,
    });
  });

  it('reads every flag', () => {
    expect(
      parseCliArgs([
        '--port=8080',
        '--host',
        '::1',
        '--delay',
        '25',
        '--error-rate',
        '0.05',
        '--error-status',
        '503',
        '--bytes',
        '4096',
        '--seed',
        '42',
        '--workers',
        '4',
        '--allow-non-loopback',
      ]),
    ).toEqual({
      host: '::1',
      port: 8080,
      delayMs: 25,
      errorRate: 0.05,
      errorStatus: 503,
      bodyBytes: 4096,
      seed: 42,
      workers: 4,
      allowNonLoopback: true,
    });
    expect(parseCliArgs(['--help'])).toBe('help');
  });

  it.each([
    [['--port', '70000']],
    [['--port', '-1']],
    [['--delay', '1.5']],
    [['--error-rate', '2']],
    [['--error-rate', '']],
    [['--workers', '0']],
    [['--error-status', '99']],
    [['--nope']],
    [['positional']],
    [['--host', '']],
  ])('rejects %j', (argv) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
  });
});
