import type { ScriptRunRequest } from './contract.js';

/** A test with neither hold-for nor an end of its own is stopped after this long, as the native engine is. */
export const MAX_SCRIPT_RUN_SEC = 24 * 3600;

/**
 * When the worker stops an engine that has not stopped by itself: the scenario's ramp-up + hold-for plus the
 * engine's own stop time and a margin. With `loadProfile: script` the script decides how long it runs, and the
 * scenario's duration is only this ceiling.
 */
export function runDeadlineMs(request: ScriptRunRequest, engineStopSec: number): number {
  const planned = request.rampUpSec + request.holdForSec;
  const sec = planned > 0 ? planned + engineStopSec + 30 : MAX_SCRIPT_RUN_SEC;
  return Math.min(sec, MAX_SCRIPT_RUN_SEC) * 1000;
}
