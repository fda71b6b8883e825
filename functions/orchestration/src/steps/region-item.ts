import type { RegionInfra, RegionRunRef } from '@dlt/shared';

/** One region's entry of the execution input: its task counts merged with its `region-*` infrastructure row. */
export interface RegionConfig extends RegionInfra {
  region: string;
  taskCount: number | string;
  concurrency: number | string;
}

export interface LaunchOutput {
  launched: number;
  /** Epoch ms; the readiness timeout counts from here. */
  launchedAt: number;
}

export interface ReadinessOutput {
  status: 'READY' | 'PENDING' | 'FAILED';
  ready: number;
  stopped: number;
  reason?: string;
}

export interface StartOutput {
  startAt: number;
}

export interface CompletionOutput {
  isComplete: boolean;
  timedOut: boolean;
  completed: number;
  failed: number;
  reason?: string;
}

/**
 * What each region's iteration of the state machine sees (the launch Map's ItemSelector), growing as the
 * steps add their results under their ResultPaths.
 */
export interface RegionItem {
  testId: string;
  testRunId: string;
  prefix: string;
  testType: string;
  fileType: string;
  showLive: boolean;
  testDuration: number;
  pollIntervalSeconds: number;
  config: RegionConfig;
  launch?: LaunchOutput;
  readiness?: ReadinessOutput;
  /** Set by the regional sync for every region, so all regions start at one instant. */
  startAt?: number;
  start?: StartOutput;
  completion?: CompletionOutput;
}

export function regionRef(item: Pick<RegionItem, 'testId' | 'testRunId' | 'config'>): RegionRunRef {
  return { testId: item.testId, testRunId: item.testRunId, region: item.config.region, infra: item.config };
}

export function taskCountOf(config: Pick<RegionConfig, 'taskCount'>): number {
  const n = Number(config.taskCount);
  if (!Number.isInteger(n) || n < 1) {
    throw new Error(`taskCount of ${JSON.stringify(config.taskCount)} is not a positive integer`);
  }
  return n;
}

/** Healthy share of a region's tasks in percent: the tasks that have not failed. */
export function healthyPercent(taskCount: number, failed: number): number {
  return taskCount === 0 ? 100 : ((taskCount - failed) / taskCount) * 100;
}
