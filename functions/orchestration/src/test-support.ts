import type {
  LaunchRequest,
  LaunchResult,
  RegionRunRef,
  RunExecutions,
  StepInvoker,
  TaskLauncher,
  TaskStatus,
} from '@dlt/shared';
import { startTestStorage, type TestStorage } from '../../shared/src/storage/test-support.js';
import { DEFAULT_SETTINGS, type OrchestrationDeps } from './deps.js';
import { RecordingLogger } from './steps/safety-net-test-support.js';

export { RecordingLogger };

/** Tests only: an in-memory TaskLauncher (a port double) whose tasks the test moves between phases. */
export class FakeLauncher implements TaskLauncher {
  readonly launches: LaunchRequest[] = [];
  readonly stops: Array<{ ref: RegionRunRef; reason: string }> = [];
  readonly tasks = new Map<string, TaskStatus[]>();
  /** Launch only this many per request (simulates capacity errors). */
  limit = Number.POSITIVE_INFINITY;

  private key(ref: { testRunId: string; region: string }): string {
    return `${ref.testRunId}/${ref.region}`;
  }

  async launch(request: LaunchRequest): Promise<LaunchResult> {
    this.launches.push(request);
    const launched = Math.min(request.taskCount, this.limit);
    this.tasks.set(
      this.key(request),
      Array.from({ length: launched }, (_, i) => ({
        taskId: `${request.region}-task-${i}`,
        phase: 'PENDING',
      })),
    );
    const failures = launched < request.taskCount ? ['RESOURCE:FARGATE capacity unavailable'] : [];
    return { launched, failures };
  }

  async describe(ref: RegionRunRef): Promise<TaskStatus[]> {
    return (this.tasks.get(this.key(ref)) ?? []).map((t) => ({ ...t }));
  }

  async stop(ref: RegionRunRef, reason: string): Promise<void> {
    this.stops.push({ ref, reason });
    for (const t of this.tasks.get(this.key(ref)) ?? []) {
      if (t.phase !== 'STOPPED') Object.assign(t, { phase: 'STOPPED', exitCode: 143 });
    }
  }

  async listActive(): Promise<Array<RegionRunRef & { taskId: string }>> {
    return [];
  }

  /** Sets one task's state. */
  set(ref: { testRunId: string; region: string }, index: number, state: Partial<TaskStatus>): void {
    const task = this.tasks.get(this.key(ref))?.[index];
    if (task === undefined) throw new Error(`no task ${index} in ${this.key(ref)}`);
    Object.assign(task, state);
  }

  setAll(ref: { testRunId: string; region: string }, state: Partial<TaskStatus>): void {
    for (const t of this.tasks.get(this.key(ref)) ?? []) Object.assign(t, state);
  }
}

export interface StepHarness {
  storage: TestStorage;
  deps: OrchestrationDeps;
  launcher: FakeLauncher;
  invoked: Array<{ step: string; payload: unknown }>;
  stoppedExecutions: string[];
  running: Set<string>;
  /** The test clock; `advance` moves it (and is what `deps.sleep` does). */
  clock: { now: number; advance(ms: number): void };
  logger: RecordingLogger;
  close(): Promise<void>;
}

/** Real dynalite + s3rver stores, port doubles for the launcher, executions and invoker, a test clock. */
export async function startStepHarness(): Promise<StepHarness> {
  const storage = await startTestStorage();
  const launcher = new FakeLauncher();
  const invoked: StepHarness['invoked'] = [];
  const stoppedExecutions: string[] = [];
  const running = new Set<string>();
  const clock = {
    now: Date.parse('2026-11-27T10:00:00Z'),
    advance(ms: number) {
      this.now += ms;
    },
  };
  const executions: RunExecutions = {
    async start(name) {
      running.add(name);
      return { executionId: name };
    },
    async stop(testRunId) {
      stoppedExecutions.push(testRunId);
      return running.delete(testRunId);
    },
    async isRunning(testRunId) {
      return running.has(testRunId);
    },
  };
  const invoker: StepInvoker = {
    async invoke(step, payload) {
      invoked.push({ step, payload });
    },
  };
  const logger = new RecordingLogger();
  const deps: OrchestrationDeps = {
    scenarios: storage.scenarios,
    history: storage.history,
    objects: storage.objects,
    launcher,
    executions,
    invoker,
    settings: { ...DEFAULT_SETTINGS, mainRegion: 'us-east-1', bucket: storage.names.bucket },
    now: () => new Date(clock.now),
    sleep: async (ms) => clock.advance(ms),
    logger,
  };
  return {
    storage,
    deps,
    launcher,
    invoked,
    stoppedExecutions,
    running,
    clock,
    logger,
    close: () => storage.close(),
  };
}
