// Helpers for the `dlt local up` API tests: start the built CLI as its own process, sign calls with its key pair.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { type SignedFetchOptions, signRequest } from '../../functions/local-mode/src/test-support.js';
import { type CliProcess, type CliResult, startCli } from './helpers.js';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface LocalApi {
  /** `http://127.0.0.1:<port>/api`, as printed on the `API:` line. */
  apiUrl: string;
  stateDir: string;
  credentials: Credentials;
  cli: CliProcess;
  stdout(): string;
  /** SIGTERM, then waits for a clean exit. */
  stop(): Promise<CliResult>;
}

/** Bound on one `dlt local up` process's whole life (the tests using it included); it is killed past this. */
const LIFETIME_MS = 180_000;
const START_MS = 30_000;

/** Reads `[dlt-local]` from the shared-credentials file the stack wrote. */
export async function readCredentials(stateDir: string): Promise<Credentials> {
  const text = await readFile(join(stateDir, 'credentials'), 'utf8');
  let section = '';
  const keys = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      section = header[1]!.trim();
      continue;
    }
    const pair = /^([^=]+)=(.*)$/.exec(line);
    if (pair && section === 'dlt-local') keys.set(pair[1]!.trim(), pair[2]!.trim());
  }
  const accessKeyId = keys.get('aws_access_key_id');
  const secretAccessKey = keys.get('aws_secret_access_key');
  if (!accessKeyId || !secretAccessKey) throw new Error(`no [dlt-local] key pair in:\n${text}`);
  return { accessKeyId, secretAccessKey };
}

/** `dlt local up --state-dir DIR --port 0`, resolved once its `API:` line is out. */
export async function startLocal(stateDir: string, opts: { regions?: string[] } = {}): Promise<LocalApi> {
  const regions = opts.regions === undefined ? [] : ['--regions', opts.regions.join(',')];
  const cli = startCli(['local', 'up', '--state-dir', stateDir, '--port', '0', ...regions], {
    timeoutMs: LIFETIME_MS,
  });
  let stdout = '';
  cli.child.stdout?.on('data', (chunk: string) => {
    stdout += chunk;
  });
  // A failed start ends the process: surface its output instead of waiting for the line.
  const early = cli.result.then((r) => {
    throw new Error(`dlt local up exited (${r.code ?? r.signal}) before printing its API URL:\n${r.stderr}`);
  });
  early.catch(() => undefined);
  const apiUrl = await Promise.race([
    early,
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(`no API: line within ${START_MS} ms; stdout:\n${stdout}\nstderr:\n${cli.stderr()}`),
          ),
        START_MS,
      );
      const check = () => {
        const m = /^\s*API:\s+(\S+)/m.exec(stdout);
        if (!m) return;
        clearTimeout(timer);
        cli.child.stdout?.off('data', check);
        resolve(m[1]!);
      };
      cli.child.stdout?.on('data', check);
      check();
    }),
  ]);
  expect(new URL(apiUrl).hostname).toBe('127.0.0.1');
  const credentials = await readCredentials(stateDir);
  return {
    apiUrl,
    stateDir,
    credentials,
    cli,
    stdout: () => stdout,
    async stop() {
      cli.child.kill('SIGTERM');
      return cli.result;
    },
  };
}

export interface ApiAnswer {
  status: number;
  headers: Headers;
  /** The parsed JSON body (undefined for an empty one). */
  body: unknown;
  text: string;
}

async function answer(res: Response): Promise<ApiAnswer> {
  const text = await res.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, headers: res.headers, body, text };
}

export interface CallOptions {
  /** JSON-serialised unless it is already a string. */
  body?: unknown;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** Sign with these instead of the stack's own key pair. */
  credentials?: Credentials;
  date?: Date;
}

function target(api: LocalApi, path: string, query?: Record<string, string>): string {
  const url = new URL(`${api.apiUrl}${path}`);
  for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, v);
  return url.toString();
}

function bodyText(body: unknown): string | undefined {
  return body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
}

/** A SigV4-signed call (service execute-api) to `<apiUrl><path>`. */
export async function call(
  api: LocalApi,
  method: string,
  path: string,
  opts: CallOptions = {},
): Promise<ApiAnswer> {
  const body = bodyText(opts.body);
  const signOpts: SignedFetchOptions = {
    method,
    credentials: opts.credentials ?? api.credentials,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...opts.headers },
    ...(body === undefined ? {} : { body }),
    ...(opts.date ? { date: opts.date } : {}),
  };
  const signed = await signRequest(target(api, path, opts.query), signOpts);
  return answer(await fetch(signed.url, signed.init));
}

/** The same request without any signature. */
export async function unsignedCall(
  api: LocalApi,
  method: string,
  path: string,
  opts: Pick<CallOptions, 'body' | 'query'> = {},
): Promise<ApiAnswer> {
  const body = bodyText(opts.body);
  return answer(
    await fetch(target(api, path, opts.query), {
      method,
      ...(body === undefined ? {} : { body, headers: { 'content-type': 'application/json' } }),
    }),
  );
}

/** `GET /scenarios` Items, sorted by testId so two listings compare regardless of order. */
export async function listScenarios(api: LocalApi): Promise<Array<Record<string, unknown>>> {
  const res = await call(api, 'GET', '/scenarios');
  expect(res.status).toBe(200);
  const items = (res.body as { Items: Array<Record<string, unknown>> }).Items;
  return [...items].sort((a, b) => String(a.testId).localeCompare(String(b.testId)));
}

export const POOL = 'us-east-1';

/** A valid DLT v4 POST /scenarios body: a simple test against a closed loopback port, in the local pool. */
export function scenarioBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const name = typeof overrides.testName === 'string' ? overrides.testName : 'E2E local API';
  return {
    testName: name,
    testDescription: 'Created by the local API end-to-end tests',
    testType: 'simple',
    showLive: false,
    tags: ['E2E', 'local'],
    testTaskConfigs: [{ region: POOL, taskCount: 1, concurrency: 2 }],
    regionalTaskDetails: { [POOL]: { dltAvailableTasks: 4 } },
    testScenario: {
      execution: [{ 'ramp-up': '0s', 'hold-for': '5s', scenario: name }],
      scenarios: { [name]: { requests: [{ url: 'http://127.0.0.1:9/', method: 'GET' }] } },
    },
    ...overrides,
  };
}

/** A DLT error body: the JSON string `"CODE: message"`. */
export function errorText(res: ApiAnswer): string {
  expect(typeof res.body, `expected a JSON string body, got ${res.text}`).toBe('string');
  return res.body as string;
}
