import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A worker process a launcher started, as its pid file records it. */
export interface LeftoverTask {
  testId: string;
  testRunId: string;
  region: string;
  taskId: string;
  pid: number;
}

interface PidFile {
  workerScript: string;
  tasks: LeftoverTask[];
}

const tasksDir = (stateDir: string) => join(stateDir, 'tasks');
// Run ids come from the API, but a file name must never climb out of the folder whatever they hold.
const pidFile = (dir: string, testRunId: string) => join(dir, `${encodeURIComponent(testRunId)}.json`);

/**
 * `<stateDir>/tasks/<testRunId>.json`: the live workers of one run (all regions), rewritten whenever one
 * starts or stops and removed once none is left. Writes of one run are serialized and atomic (write, rename).
 */
export class TaskPidFiles {
  private readonly dir: string;
  private readonly pending = new Map<string, Promise<void>>();

  constructor(
    stateDir: string,
    private readonly workerScript: string,
  ) {
    this.dir = tasksDir(stateDir);
  }

  /** Never rejects: losing the record only weakens the leftover cleanup, so it is reported, not thrown. */
  save(testRunId: string, tasks: LeftoverTask[]): Promise<void> {
    const previous = this.pending.get(testRunId) ?? Promise.resolve();
    const next = previous
      .then(() => this.write(testRunId, tasks))
      .catch((err: Error) => {
        process.stderr.write(
          `local task launcher: cannot record the pids of run ${testRunId}: ${err.message}\n`,
        );
      })
      .finally(() => {
        if (this.pending.get(testRunId) === next) this.pending.delete(testRunId);
      });
    this.pending.set(testRunId, next);
    return next;
  }

  /** Resolves once every write asked for so far is on disk. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending.values());
  }

  private async write(testRunId: string, tasks: LeftoverTask[]): Promise<void> {
    const file = pidFile(this.dir, testRunId);
    if (tasks.length === 0) {
      await rm(file, { force: true });
      return;
    }
    await mkdir(this.dir, { recursive: true });
    const record: PidFile = { workerScript: this.workerScript, tasks };
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, `${JSON.stringify(record, null, 2)}\n`);
    await rename(tmp, file);
  }
}

/** Alive and running `workerScript`: a pid reused by another program since is never ours. */
function isWorker(pid: number, workerScript: string): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
  } catch {
    return false; // gone, or another user's process
  }
  try {
    // Linux only. Elsewhere we cannot tell our worker from a stranger, so we leave it alone.
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(workerScript);
  } catch {
    return false;
  }
}

async function waitUntilGone(tasks: LeftoverTask[], workerScript: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (tasks.some((t) => isWorker(t.pid, workerScript)) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function readPidFile(file: string): Promise<PidFile | undefined> {
  try {
    const value = JSON.parse(await readFile(file, 'utf8')) as Partial<PidFile>;
    return Array.isArray(value.tasks)
      ? { workerScript: String(value.workerScript), tasks: value.tasks }
      : undefined;
  } catch {
    return undefined;
  }
}

/** See `LocalTaskLauncher.killLeftovers`. */
export async function findLeftoverWorkers(
  stateDir: string,
  workerScript: string,
  graceMs: number,
): Promise<LeftoverTask[]> {
  const dir = tasksDir(stateDir);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const files = await Promise.all(
    names.map(async (name) => ({ path: join(dir, name), record: await readPidFile(join(dir, name)) })),
  );
  const leftovers = files
    .flatMap((f) => f.record?.tasks ?? [])
    .filter((t) => isWorker(t.pid, workerScript))
    .map(({ testId, testRunId, region, taskId, pid }) => ({ testId, testRunId, region, taskId, pid }));

  for (const task of leftovers) signal(task.pid, 'SIGTERM');
  await waitUntilGone(leftovers, workerScript, graceMs);
  const stubborn = leftovers.filter((t) => isWorker(t.pid, workerScript));
  for (const task of stubborn) signal(task.pid, 'SIGKILL');
  await waitUntilGone(stubborn, workerScript, 2000);

  for (const f of files) {
    const alive = (f.record?.tasks ?? []).some((t) => isWorker(t.pid, workerScript));
    if (!alive) await rm(f.path, { force: true });
  }
  return leftovers;
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // It exited meanwhile: that is what we wanted.
  }
}
