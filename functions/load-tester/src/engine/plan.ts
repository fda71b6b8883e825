/** What the native HTTP engine runs: the load plan of one task, already split from the scenario. */
export interface EngineRequest {
  label: string;
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

export interface EnginePlan {
  requests: EngineRequest[];
  /** Virtual users of this task (closed model), or the most that may run at once (open model). */
  vus: number;
  rampUpSec: number;
  /** Load stops this long after ramp-up; 0 with `iterations` set means "until the iterations are done". */
  holdForSec: number;
  /** Closed model: iterations per VU. Open model: at most vus × iterations iterations in all. */
  iterations?: number;
  /**
   * Open model: target iterations per second for all tasks together (ramped linearly over rampUpSec). The
   * arrivals of that one schedule are dealt round-robin: task i of n takes arrivals i, i+n, i+2n, ... so that
   * tasks and threads together produce exactly the requested count, with no rounding per task.
   */
  ratePerSec?: number;
  /** This task's place among the tasks sharing `ratePerSec`; default the only one. */
  task?: { index: number; count: number };
  timeoutMs: number;
  insecureSkipTlsVerify?: boolean;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** Iteration-bounded runs still need a ceiling so that a stuck target cannot hold a task for ever. */
export const MAX_ITERATION_RUN_SEC = 24 * 3600;

export function planDurationSec(plan: EnginePlan): number | null {
  if (plan.holdForSec > 0) return plan.rampUpSec + plan.holdForSec;
  return plan.iterations !== undefined ? null : plan.rampUpSec;
}

/**
 * Splits a task's plan across engine threads. VUs are dealt round-robin so every thread ramps up evenly;
 * `firstVu`/`vuStride` let a thread compute each of its VUs' global start offsets.
 */
export interface ThreadShare {
  threadIndex: number;
  threads: number;
  vus: number;
  /** Open model: this share takes global arrivals offset, offset + stride, offset + 2 stride, ... */
  arrivals?: { offset: number; stride: number };
  iterationsCap?: number;
}

export function splitPlan(plan: EnginePlan, threads: number): ThreadShare[] {
  const n = Math.max(1, Math.min(threads, plan.vus));
  return Array.from({ length: n }, (_, k) => {
    const vus = Math.floor(plan.vus / n) + (k < plan.vus % n ? 1 : 0);
    const share: ThreadShare = { threadIndex: k, threads: n, vus };
    if (plan.ratePerSec !== undefined) {
      const task = plan.task ?? { index: 0, count: 1 };
      share.arrivals = { offset: task.index + task.count * k, stride: task.count * n };
      if (plan.iterations !== undefined) share.iterationsCap = vus * plan.iterations;
    }
    return share;
  });
}
