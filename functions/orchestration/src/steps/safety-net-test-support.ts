/**
 * Tests only: OrchestrationDeps over the real storage stand-ins, with small in-memory versions of the ports
 * (they are our interfaces, not AWS) and a logger that records.
 */
import type {
  LaunchRequest,
  LaunchResult,
  RegionRunRef,
  RunExecutions,
  StepInvoker,
  TaskLauncher,
  TaskStatus,
} from '@dlt/shared';
import { startTestStorage, type TestStorage } from '../../../shared/src/storage/test-support.js';
import { DEFAULT_SETTINGS, type OrchestrationDeps, type StepLogger } from '../deps.js';

export { startTestStorage, type TestStorage };

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  extra?: Record<string, unknown>;
}

export class RecordingLogger implements StepLogger {
  readonly entries: LogEntry[] = [];
  debug(message: string, extra?: Record<string, unknown>) {
    this.entries.push({ level: 'debug', message, ...(extra ? { extra } : {}) });
  }
  info(message: string, extra?: Record<string, unknown>) {
    this.entries.push({ level: 'info', message, ...(extra ? { extra } : {}) });
  }
  warn(message: string, extra?: Record<string, unknown>) {
    this.entries.push({ level: 'warn', message, ...(extra ? { extra } : {}) });
  }
  error(message: string, extra?: Record<string, unknown>) {
    this.entries.push({ level: 'error', message, ...(extra ? { extra } : {}) });
  }
  /** Entries whose `extra.event` is this id. */
  events(id: string): LogEntry[] {
    return this.entries.filter((e) => e.extra?.event === id);
  }
}

interface ActiveTask extends RegionRunRef {
  taskId: string;
}

/** Tasks as a launcher would hold them; `stop` removes a run's tasks in one region. */
export class InMemoryLauncher implements TaskLauncher {
  readonly active: ActiveTask[] = [];
  readonly stops: Array<{ ref: RegionRunRef; reason: string }> = [];
  /** Regions (by `testRunId/region`) whose stop fails, as an unreachable cluster would. */
  readonly failingStops = new Set<string>();
  private nextId = 1;

  add(ref: Omit<RegionRunRef, 'infra'>, count = 1): void {
    for (let i = 0; i < count; i++) {
      this.active.push({ ...ref, infra: { region: ref.region }, taskId: `task-${this.nextId++}` });
    }
  }

  async launch(request: LaunchRequest): Promise<LaunchResult> {
    const { taskCount, environment: _environment, hubTaskDefinition: _hub, ...ref } = request;
    this.add(ref, taskCount);
    return { launched: taskCount, failures: [] };
  }

  async describe(ref: RegionRunRef): Promise<TaskStatus[]> {
    return this.tasksOf(ref).map((t) => ({ taskId: t.taskId, phase: 'READY' }));
  }

  async stop(ref: RegionRunRef, reason: string): Promise<void> {
    if (this.failingStops.has(`${ref.testRunId}/${ref.region}`)) {
      throw new Error(`cluster in ${ref.region} is unreachable`);
    }
    this.stops.push({ ref, reason });
    for (const task of this.tasksOf(ref)) this.active.splice(this.active.indexOf(task), 1);
  }

  async listActive(): Promise<ActiveTask[]> {
    return this.active.map((t) => ({ ...t }));
  }

  private tasksOf(ref: RegionRunRef): ActiveTask[] {
    return this.active.filter((t) => t.testRunId === ref.testRunId && t.region === ref.region);
  }
}

export class InMemoryExecutions implements RunExecutions {
  readonly running = new Set<string>();
  async start(name: string): Promise<{ executionId: string }> {
    this.running.add(name);
    return { executionId: name };
  }
  async stop(testRunId: string): Promise<boolean> {
    return this.running.delete(testRunId);
  }
  async isRunning(testRunId: string): Promise<boolean> {
    return this.running.has(testRunId);
  }
}

export class RecordingInvoker implements StepInvoker {
  readonly calls: Array<{ step: string; payload: unknown }> = [];
  async invoke(step: 'test-cleanup' | 'results-parser', payload: unknown): Promise<void> {
    this.calls.push({ step, payload });
  }
}

export interface SafetyNetHarness {
  deps: OrchestrationDeps;
  logger: RecordingLogger;
  launcher: InMemoryLauncher;
  executions: InMemoryExecutions;
  invoker: RecordingInvoker;
}

export const FIXED_NOW = new Date('2025-03-04T05:06:07Z');

export function safetyNetHarness(storage: TestStorage, overrides: Partial<OrchestrationDeps> = {}) {
  const logger = new RecordingLogger();
  const launcher = new InMemoryLauncher();
  const executions = new InMemoryExecutions();
  const invoker = new RecordingInvoker();
  const deps: OrchestrationDeps = {
    scenarios: storage.scenarios,
    history: storage.history,
    objects: storage.objects,
    launcher,
    executions,
    invoker,
    settings: { ...DEFAULT_SETTINGS, mainRegion: storage.standIns.region, bucket: storage.names.bucket },
    now: () => FIXED_NOW,
    sleep: async () => {},
    logger,
    ...overrides,
  };
  return { deps, logger, launcher, executions, invoker } satisfies SafetyNetHarness;
}
