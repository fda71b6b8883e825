import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type ApiHandler,
  DEFAULT_PORT,
  isPidAlive,
  type LocalStack,
  type LocalStackDeps,
  localApiHandler,
  localInfoFile,
  readLocalInfo,
  requestLoginLink,
  startLocalStack,
} from '@dlt/local-mode';

export const LOCAL_USAGE = `usage: dlt local <up|status|down|login-link> [options]

  up          start local mode: the API on 127.0.0.1 (under /api), storage in the state folder
  status      say whether local mode is running (exit 0 running, 1 not running)
  down        stop a running local mode
  login-link  print a fresh one-time console login link from the running local mode

options:
  --state-dir DIR   state folder (default ~/.dlt/local)
  --port P          up: port (default ${DEFAULT_PORT}; 0 picks a free one)
  --host H          up: bind address (default 127.0.0.1; anything else is reachable from the network)
  --regions a,b     up: local pools, named like AWS regions (default us-east-1)`;

export type CreateHandler = (deps: LocalStackDeps) => ApiHandler | Promise<ApiHandler>;

export interface LocalCommandDeps {
  /** Default: the real API (`@dlt/api`) over local storage and ports (`localApiHandler`). */
  createHandler?: CreateHandler;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  /** Resolves when `up` should stop; default the first SIGINT or SIGTERM. */
  stopSignal?: () => Promise<string>;
  /** How long `down` waits for the process to exit. */
  downTimeoutMs?: number;
}

const EXIT_OK = 0;
const EXIT_NOT_RUNNING = 1;
const EXIT_ERROR = 2;

class CommandError extends Error {}

/** Loopback means this machine only: 127.0.0.0/8, ::1 and the name localhost. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return (
    h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || /^::ffff:127(\.\d{1,3}){3}$/.test(h)
  );
}

/** The warning `up` prints for a bind address other hosts can reach; undefined for loopback. */
export function bindWarning(host: string): string | undefined {
  if (isLoopbackHost(host)) return undefined;
  return (
    `warning: binding to ${host} makes the API and the login endpoint reachable from other machines; ` +
    'requests are SigV4-signed but travel over plain HTTP. Use 127.0.0.1 unless you need remote access.'
  );
}

export function defaultStateDir(): string {
  return join(homedir(), '.dlt', 'local');
}

export async function localCommand(argv: string[], deps: LocalCommandDeps = {}): Promise<number> {
  const out = deps.stdout ?? ((t: string) => process.stdout.write(t));
  const err = deps.stderr ?? ((t: string) => process.stderr.write(t));
  try {
    const [sub, ...rest] = argv;
    switch (sub) {
      case 'up':
        return await up(rest, deps, out, err);
      case 'status':
        return await status(rest, out);
      case 'down':
        return await down(rest, deps, out);
      case 'login-link':
        out(`${await requestLoginLink(stateDirOf(parse(rest, false)))}   (one use, valid 10 minutes)\n`);
        return EXIT_OK;
      case 'help':
      case '--help':
      case '-h':
        out(`${LOCAL_USAGE}\n`);
        return EXIT_OK;
      case undefined:
        throw new CommandError(`missing subcommand\n\n${LOCAL_USAGE}`);
      default:
        throw new CommandError(`unknown local subcommand ${JSON.stringify(sub)}\n\n${LOCAL_USAGE}`);
    }
  } catch (error) {
    // One line for the user, never a stack: every failure here is about input or the environment.
    const message = error instanceof Error ? error.message : String(error);
    err(`dlt: ${error instanceof CommandError ? message : message.split('\n')[0]}\n`);
    return EXIT_ERROR;
  }
}

function parse(argv: string[], withUp: boolean) {
  try {
    const { values } = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        'state-dir': { type: 'string' },
        ...(withUp
          ? { port: { type: 'string' }, host: { type: 'string' }, regions: { type: 'string' } }
          : {}),
      },
    });
    return values as { 'state-dir'?: string; port?: string; host?: string; regions?: string };
  } catch (error) {
    throw new CommandError((error as Error).message);
  }
}

function stateDirOf(values: { 'state-dir'?: string }): string {
  return resolve(values['state-dir'] ?? defaultStateDir());
}

function portOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new CommandError(`--port must be 0 to 65535, got ${value}`);
  return n;
}

function waitForSignal(): Promise<string> {
  return new Promise((resolve) => {
    const on = (signal: NodeJS.Signals) => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(signal);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

async function up(
  argv: string[],
  deps: LocalCommandDeps,
  out: (t: string) => void,
  err: (t: string) => void,
): Promise<number> {
  const values = parse(argv, true);
  const stateDir = stateDirOf(values);
  const port = portOf(values.port);
  const host = values.host ?? '127.0.0.1';
  const regions = values.regions
    ?.split(',')
    .map((r) => r.trim())
    .filter((r) => r !== '');
  const warning = bindWarning(host);
  if (warning) err(`${warning}\n`);
  const createHandler = deps.createHandler ?? ((d: LocalStackDeps) => localApiHandler(d));
  // Listen before starting, so a Ctrl-C during start-up still shuts down what was started.
  const stopped = (deps.stopSignal ?? waitForSignal)();

  let stack: LocalStack;
  try {
    stack = await startLocalStack({
      stateDir,
      port,
      host,
      ...(regions ? { regions } : {}),
      createHandler,
      log: (m) => err(`${m}\n`),
    });
  } catch (error) {
    throw new CommandError((error as Error).message.split('\n')[0] ?? 'local mode failed to start');
  }
  for (const w of stack.warnings) err(`warning: ${w}\n`);
  out(
    [
      `dlt local mode is running (state: ${stateDir})`,
      `  console:      ${stack.url}/`,
      `  API:          ${stack.apiUrl}`,
      `  login:        ${stack.loginUrl}   (one use, valid 10 minutes)`,
      `  credentials:  profile ${stack.profile} in ${stack.credentialsFile}`,
      '',
      'Sign API calls with the local profile, e.g.:',
      `  export AWS_SHARED_CREDENTIALS_FILE=${stack.credentialsFile} AWS_PROFILE=${stack.profile}`,
      '',
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  const signal = await stopped;
  out(`\nstopping (${signal})...\n`);
  await stack.close();
  out('stopped.\n');
  return EXIT_OK;
}

async function healthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
    return res.ok && ((await res.json()) as { ok?: unknown }).ok === true;
  } catch {
    return false;
  }
}

async function status(argv: string[], out: (t: string) => void): Promise<number> {
  const stateDir = stateDirOf(parse(argv, false));
  const info = await readLocalInfo(stateDir);
  if (!info) {
    out(`not running (no ${localInfoFile(stateDir)})\n`);
    return EXIT_NOT_RUNNING;
  }
  if (!isPidAlive(info.pid)) {
    out(`not running (pid ${info.pid} in ${localInfoFile(stateDir)} has exited)\n`);
    return EXIT_NOT_RUNNING;
  }
  if (!(await healthy(info.url))) {
    out(`not running: pid ${info.pid} is alive but ${info.url}/healthz does not answer\n`);
    return EXIT_NOT_RUNNING;
  }
  out(`running: ${info.url} (API ${info.apiUrl}), pid ${info.pid}, since ${info.startedAt}\n`);
  return EXIT_OK;
}

async function down(argv: string[], deps: LocalCommandDeps, out: (t: string) => void): Promise<number> {
  const stateDir = stateDirOf(parse(argv, false));
  const info = await readLocalInfo(stateDir);
  if (!info || !isPidAlive(info.pid)) {
    out('not running; nothing to stop\n');
    return EXIT_OK;
  }
  // Only a host that answers on the recorded URL is ours to signal; a reused pid may be anything.
  if (!(await healthy(info.url))) {
    throw new CommandError(
      `pid ${info.pid} is alive but ${info.url} does not answer; not signalling it. ` +
        `If local mode is gone, delete ${localInfoFile(stateDir)}`,
    );
  }
  try {
    process.kill(info.pid, 'SIGTERM');
  } catch (error) {
    throw new CommandError(`cannot signal pid ${info.pid}: ${(error as Error).message}`);
  }
  const deadline = Date.now() + (deps.downTimeoutMs ?? 10_000);
  while (isPidAlive(info.pid)) {
    if (Date.now() > deadline) {
      throw new CommandError(
        `pid ${info.pid} did not stop within ${(deps.downTimeoutMs ?? 10_000) / 1000} s`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  out(`stopped (pid ${info.pid})\n`);
  return EXIT_OK;
}
