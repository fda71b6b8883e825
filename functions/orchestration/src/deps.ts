import type { LivePublisher, RunExecutions, StepInvoker, TaskLauncher } from '@dlt/shared';
import type { HistoryStore, ObjectStore, ScenarioStore } from '@dlt/shared/storage';

/** Structured logging, as Powertools' Logger offers it; local mode passes a console-backed one. */
export interface StepLogger {
  debug(message: string, extra?: Record<string, unknown>): void;
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
  error(message: string, extra?: Record<string, unknown>): void;
}

/** Tunables with DLT's values as defaults; tests and local mode shorten them. */
export interface OrchestrationSettings {
  /** The hub region: where the tables and the bucket are (MAIN_STACK_REGION for tasks). */
  mainRegion: string;
  /** The bucket tasks read configs from and write results to. */
  bucket: string;
  /** How long tasks may take to become ready (DLT: 30 minutes). */
  readinessTimeoutSeconds: number;
  /** Added to the test duration for the completion deadline (DLT: 300 s). */
  completionGraceSeconds: number;
  /** The healthy-task threshold when the scenario has none (percent). */
  defaultHealthyThreshold: number;
  /** Lead time between writing the start signal and the instant it names, so every task sees it in time. */
  startLeadMs: number;
  /** How long cleanup waits for stopped tasks to exit (and write partial results) before going on. */
  stopWaitSeconds: number;
}

export const DEFAULT_SETTINGS: Omit<OrchestrationSettings, 'mainRegion' | 'bucket'> = {
  readinessTimeoutSeconds: 1800,
  completionGraceSeconds: 300,
  defaultHealthyThreshold: 90,
  startLeadMs: 1000,
  stopWaitSeconds: 120,
};

/** Everything an orchestration step may touch. Each adapter (Lambda, local mode) builds one of these. */
export interface OrchestrationDeps {
  scenarios: ScenarioStore;
  history: HistoryStore;
  objects: ObjectStore;
  launcher: TaskLauncher;
  executions: RunExecutions;
  invoker: StepInvoker;
  live?: LivePublisher;
  settings: OrchestrationSettings;
  now: () => Date;
  /** Waits (between cleanup polls); tests pass a fake clock's. */
  sleep: (ms: number) => Promise<void>;
  logger: StepLogger;
}
