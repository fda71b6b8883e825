import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureLocalCredentials, localInfoFile, readLocalInfo } from '@dlt/local-mode';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signedFetch } from '../../../functions/local-mode/src/test-support.js';
import { bindWarning, isLoopbackHost, type LocalCommandDeps, localCommand } from './local.js';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
let root: string;
let stateDir: string;
let child: ChildProcess | undefined;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dlt-cli-local-'));
  stateDir = join(root, 'state');
});
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((r) => child!.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }
  child = undefined;
  await rm(root, { recursive: true, force: true });
});

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    deps: {
      stdout: (t: string) => out.push(t),
      stderr: (t: string) => err.push(t),
    } satisfies LocalCommandDeps,
  };
}

const fakeHandler = () => async () => ({ statusCode: 200, body: '"fake"' });

describe('bindWarning', () => {
  it.each(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'])('is silent for loopback %s', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
    expect(bindWarning(host)).toBeUndefined();
  });
  it.each(['0.0.0.0', '::', '192.168.1.10', 'example.test'])('warns for %s', (host) => {
    expect(bindWarning(host)).toMatch(
      new RegExp(`^warning: binding to ${host.replace(/\./g, '\\.')} makes the API`),
    );
  });
});

describe('dlt local up (in process)', () => {
  it('prints the URLs, login link and credentials hint, and stops cleanly', async () => {
    const io = capture();
    let stop: (s: string) => void = () => undefined;
    const stopped = new Promise<string>((r) => (stop = r));
    const running = localCommand(
      ['up', '--state-dir', stateDir, '--port', '0', '--regions', 'us-east-1,eu-west-1'],
      {
        ...io.deps,
        createHandler: fakeHandler,
        stopSignal: () => stopped,
      },
    );
    await expect.poll(() => io.out.join(''), { timeout: 20_000 }).toContain('Press Ctrl-C');
    const text = io.out.join('');
    const info = await readLocalInfo(stateDir);
    expect(info).toBeDefined();
    expect(text).toContain(`API:          ${info!.url}/api`);
    expect(text).toMatch(new RegExp(`login: +${info!.url}/login#token=[A-Za-z0-9_-]{43}`));
    expect(text).toContain(`profile dlt-local in ${join(stateDir, 'credentials')}`);
    expect(text).toContain(
      `export AWS_SHARED_CREDENTIALS_FILE=${join(stateDir, 'credentials')} AWS_PROFILE=dlt-local`,
    );
    expect(io.err.join('')).toBe('');

    stop('SIGINT');
    expect(await running).toBe(0);
    await expect(readFile(localInfoFile(stateDir))).rejects.toThrow(/ENOENT/);
  });

  it.each([
    [['up', '--port', 'abc'], /^dlt: --port must be 0 to 65535, got abc\n$/],
    [['up', '--bogus'], /^dlt: Unknown option '--bogus'/],
    [['up', '--regions', 'mars'], /^dlt: "mars" is not a region name/],
    [['sideways'], /^dlt: unknown local subcommand "sideways"/],
    [[], /^dlt: missing subcommand/],
  ])('%j fails with exit 2 and a dlt: message', async (args, message) => {
    const io = capture();
    const code = await localCommand(args.length > 0 ? [...args, '--state-dir', stateDir] : [], {
      ...io.deps,
      createHandler: fakeHandler,
      stopSignal: () => new Promise(() => undefined),
    });
    expect(code).toBe(2);
    expect(io.err.join('')).toMatch(message);
    expect(io.err.join('')).not.toMatch(/\n\s+at /);
  });
});

describe('dlt local status and down (against a child process)', () => {
  it('status and down work from another process', async () => {
    const io = capture();
    expect(await localCommand(['status', '--state-dir', stateDir], io.deps)).toBe(1);
    expect(io.out.join('')).toMatch(/^not running/);

    child = spawn(
      process.execPath,
      [
        'scripts/run-ts.mjs',
        'cli/src/commands/local.fixture.ts',
        'up',
        '--state-dir',
        stateDir,
        '--port',
        '0',
      ],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));
    await expect.poll(() => output, { timeout: 45_000, interval: 100 }).toContain('Press Ctrl-C');

    const info = await readLocalInfo(stateDir);
    expect(info?.pid).toBe(child.pid);
    const status = capture();
    expect(await localCommand(['status', '--state-dir', stateDir], status.deps)).toBe(0);
    expect(status.out.join('')).toMatch(new RegExp(`^running: ${info!.url} .*pid ${child.pid}`));

    // A second up on the same state dir is refused while the child holds it.
    const second = capture();
    expect(
      await localCommand(['up', '--state-dir', stateDir, '--port', '0'], {
        ...second.deps,
        createHandler: fakeHandler,
      }),
    ).toBe(2);
    expect(second.err.join('')).toMatch(new RegExp(`^dlt: local mode is already running .*pid ${child.pid}`));

    const creds = await ensureLocalCredentials(stateDir);
    const res = await signedFetch(`${info!.apiUrl}/scenarios`, { credentials: creds });
    expect(await res.json()).toEqual({ path: '/scenarios', method: 'GET' });

    const down = capture();
    expect(await localCommand(['down', '--state-dir', stateDir], down.deps)).toBe(0);
    expect(down.out.join('')).toBe(`stopped (pid ${child.pid})\n`);
    expect(await exited).toBe(0);
    expect(output).toContain('stopping (SIGTERM)');
    await expect(readFile(localInfoFile(stateDir))).rejects.toThrow(/ENOENT/);
    expect(await localCommand(['status', '--state-dir', stateDir], capture().deps)).toBe(1);
    expect(await localCommand(['down', '--state-dir', stateDir], capture().deps)).toBe(0);
  });
});
