import cluster, { type Worker } from 'node:cluster';
import { parseArgs } from 'node:util';
import { isLoopbackHost, MAX_BODY_BYTES, MAX_DELAY_MS, startDemoTarget } from './server.js';

export const USAGE = `usage: dlt-demo-target [--port N] [--host 127.0.0.1] [--delay ms] [--error-rate f]
                       [--error-status code] [--bytes n] [--seed n] [--workers N] [--allow-non-loopback]

Prints "listening http://HOST:PORT" on stdout when ready; stops on SIGINT or SIGTERM.
--workers N runs N server processes on one port (node:cluster); /stats and /reset then
only cover the worker that happens to answer them.`;

const MAX_WORKERS = 256;
/** How long a shutdown may take before the processes are killed. */
const SHUTDOWN_GRACE_MS = 5_000;

export interface CliConfig {
  host: string;
  port: number;
  delayMs: number;
  errorRate: number;
  errorStatus: number;
  bodyBytes: number | undefined;
  seed: number | undefined;
  workers: number;
  allowNonLoopback: boolean;
}

export class UsageError extends Error {}

function integer(flag: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new UsageError(`--${flag} must be an integer from ${min} to ${max}, got "${text}"`);
  }
  return Number(text);
}

/** Parses the command line; returns `'help'` for `--help`. Throws {@link UsageError} on bad input. */
export function parseCliArgs(argv: readonly string[]): CliConfig | 'help' {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (values.help) return 'help';
  const errorRateText = values['error-rate'];
  let errorRate = 0;
  if (errorRateText !== undefined) {
    errorRate = Number(errorRateText);
    if (errorRateText.trim() === '' || !Number.isFinite(errorRate) || errorRate < 0 || errorRate > 1) {
      throw new UsageError(`--error-rate must be a fraction from 0 to 1, got "${errorRateText}"`);
    }
  }
  const host = values.host ?? '127.0.0.1';
  if (host.trim() === '') throw new UsageError('--host must not be empty');
  return {
    host,
    port: integer('port', values.port, 0, 65_535) ?? 0,
    delayMs: integer('delay', values.delay, 0, MAX_DELAY_MS) ?? 0,
    errorRate,
    errorStatus: integer('error-status', values['error-status'], 200, 599) ?? 500,
    bodyBytes: integer('bytes', values.bytes, 0, MAX_BODY_BYTES),
    seed: integer('seed', values.seed, 0, 0xffff_ffff),
    workers: integer('workers', values.workers, 1, MAX_WORKERS) ?? 1,
    allowNonLoopback: values['allow-non-loopback'] ?? false,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      delay: { type: 'string' },
      'error-rate': { type: 'string' },
      'error-status': { type: 'string' },
      bytes: { type: 'string' },
      seed: { type: 'string' },
      workers: { type: 'string' },
      'allow-non-loopback': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/**
 * Runs the CLI for `argv` (without node and script). Sets `process.exitCode`: 0 after a signal-driven
 * shutdown, 1 when the server cannot start, 2 for usage errors and a refused non-loopback host.
 */
export async function runCli(argv: readonly string[]): Promise<void> {
  let config: CliConfig | 'help';
  try {
    config = parseCliArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`dlt-demo-target: ${err.message}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (config === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!config.allowNonLoopback && !isLoopbackHost(config.host)) {
    process.stderr.write(
      `dlt-demo-target: refusing to listen on non-loopback host "${config.host}"; ` +
        'pass --allow-non-loopback to expose the server beyond this machine\n',
    );
    process.exitCode = 2;
    return;
  }
  if (cluster.isWorker) await runWorker(config);
  else if (config.workers > 1) runPrimary(config);
  else await runSingle(config);
}

function start(config: CliConfig) {
  return startDemoTarget({
    host: config.host,
    port: config.port,
    defaultDelayMs: config.delayMs,
    errorRate: config.errorRate,
    errorStatus: config.errorStatus,
    bodyBytes: config.bodyBytes,
    seed: config.seed,
    allowNonLoopback: config.allowNonLoopback,
  });
}

function startFailed(err: unknown): void {
  process.stderr.write(`dlt-demo-target: cannot start: ${(err as Error).message ?? String(err)}\n`);
  process.exitCode = 1;
}

/** Closes the server, then lets the process exit; a second signal or a stuck close forces the exit. */
function stopOn(signals: NodeJS.Signals[], stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (): void => {
    if (stopping) process.exit(1);
    stopping = true;
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        process.stderr.write(`dlt-demo-target: close failed: ${(err as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  for (const signal of signals) process.on(signal, onSignal);
}

async function runSingle(config: CliConfig): Promise<void> {
  let target: Awaited<ReturnType<typeof start>>;
  try {
    target = await start(config);
  } catch (err) {
    startFailed(err);
    return;
  }
  stopOn(['SIGINT', 'SIGTERM'], () => target.close());
  process.stdout.write(`listening ${target.url}\n`);
}

async function runWorker(config: CliConfig): Promise<void> {
  // Ctrl+C reaches the whole process group; the primary turns it into SIGTERM for each worker, so a
  // worker never exits on its own before the primary knows a shutdown is under way.
  process.on('SIGINT', () => {});
  let target: Awaited<ReturnType<typeof start>>;
  try {
    target = await start(config);
  } catch (err) {
    startFailed(err);
    process.disconnect?.();
    return;
  }
  stopOn(['SIGTERM'], () => target.close());
  // If the primary dies, the IPC channel closes; do not linger as an orphan.
  process.on('disconnect', () => {
    void target.close().finally(() => process.exit(0));
  });
}

function runPrimary(config: CliConfig): void {
  const workers: Worker[] = [];
  const ports = new Map<number, number>();
  let live = 0;
  let announced = false;
  let stopping = false;
  let exitCode = 0;

  const stopAll = (code: number): void => {
    exitCode = Math.max(exitCode, code);
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      for (const worker of workers) if (!worker.isDead()) worker.process.kill('SIGKILL');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    for (const worker of workers) {
      if (!worker.isDead()) worker.process.kill('SIGTERM');
    }
    if (live === 0) process.exit(exitCode);
  };

  let signalled = false;
  const onSignal = (): void => {
    if (signalled) process.exit(1);
    signalled = true;
    stopAll(0);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  cluster.on('listening', (worker, address) => {
    ports.set(worker.id, address.port);
    if (announced || stopping || ports.size < config.workers) return;
    const distinct = new Set(ports.values());
    if (distinct.size !== 1) {
      process.stderr.write(
        `dlt-demo-target: workers listen on different ports: ${[...distinct].join(', ')}\n`,
      );
      stopAll(1);
      return;
    }
    announced = true;
    const host = config.host.includes(':') && !config.host.startsWith('[') ? `[${config.host}]` : config.host;
    process.stdout.write(`listening http://${host}:${address.port}\n`);
  });

  cluster.on('exit', (worker, code, signal) => {
    live--;
    if (!stopping) {
      const how = signal ? `signal ${signal}` : `code ${code}`;
      process.stderr.write(`dlt-demo-target: worker ${worker.id} exited unexpectedly (${how})\n`);
      stopAll(1);
    }
    if (live === 0) process.exit(exitCode);
  });

  for (let i = 0; i < config.workers; i++) {
    workers.push(cluster.fork());
    live++;
  }
}
