import type { EncodedRecorder, EncodedSecond } from '@dlt/shared';
import { HttpRunner } from './http-runner.js';
import type { EnginePlan, ThreadShare } from './plan.js';

/** Messages from a share (an engine thread, or the in-process runner) to the engine host. */
export type ShareMessage =
  | { type: 'seconds'; seconds: EncodedSecond[]; drainedBefore: number; vus: number }
  | { type: 'done'; recorder: EncodedRecorder; seconds: EncodedSecond[] };

export interface ShareControl {
  stop(graceMs?: number): void;
  done: Promise<void>;
}

const epochSecond = () => Math.floor((performance.timeOrigin + performance.now()) / 1000);

/**
 * Runs one share of the plan and reports closed seconds once per second, a little after each second boundary,
 * so that late completions of the previous second are still counted in it.
 */
export function runShare(
  plan: EnginePlan,
  share: ThreadShare,
  startAtEpochMs: number,
  emit: (message: ShareMessage) => void,
): ShareControl {
  const runner = new HttpRunner(plan, share);
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    const before = epochSecond();
    const seconds = runner.recorder.drainSeconds(before, runner.activeVus);
    emit({ type: 'seconds', seconds, drainedBefore: before, vus: runner.activeVus });
    const nowMs = performance.timeOrigin + performance.now();
    timer = setTimeout(tick, 1000 - (nowMs % 1000) + 5);
  };
  const firstTick = Math.max(0, startAtEpochMs - (performance.timeOrigin + performance.now())) + 5;
  timer = setTimeout(tick, firstTick + 1000 - ((startAtEpochMs + 5) % 1000));
  const done = runner.run(startAtEpochMs).then(() => {
    clearTimeout(timer);
    const seconds = runner.recorder.drainSeconds(Number.MAX_SAFE_INTEGER, 0);
    emit({ type: 'done', recorder: runner.recorder.encode(), seconds });
  });
  return { stop: (graceMs) => runner.stop(graceMs), done };
}
