/** Tests only: the API over real stand-ins with a recording Scheduler and a clock the test sets. */
import type { CronSchedule, OnceSchedule, ScheduledRequest, Scheduler } from '@dlt/shared';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { startTestStorage } from '../../shared/src/storage/test-support.js';
import { createApiHandler } from './handler.js';
import { type Harness, RecordingRuns, STACK_INFO, staticRegions } from './test-support.js';

export type RecordedSchedule = ({ kind: 'once' } & OnceSchedule) | ({ kind: 'cron' } & CronSchedule);

/** Keeps what EventBridge Scheduler would hold, by name, and every call made. */
export class RecordingScheduler implements Scheduler {
  readonly schedules = new Map<string, RecordedSchedule>();
  readonly calls: string[] = [];

  async putOnce(schedule: OnceSchedule): Promise<void> {
    this.calls.push(`putOnce ${schedule.name}`);
    this.schedules.set(schedule.name, { kind: 'once', ...schedule });
  }

  async putCron(schedule: CronSchedule): Promise<void> {
    this.calls.push(`putCron ${schedule.name}`);
    this.schedules.set(schedule.name, { kind: 'cron', ...schedule });
  }

  async delete(name: string): Promise<void> {
    this.calls.push(`delete ${name}`);
    this.schedules.delete(name);
  }

  once(name: string): OnceSchedule {
    const found = this.schedules.get(name);
    if (found?.kind !== 'once') throw new Error(`no one-time schedule ${name}`);
    return found;
  }

  cron(name: string): CronSchedule {
    const found = this.schedules.get(name);
    if (found?.kind !== 'cron') throw new Error(`no cron schedule ${name}`);
    return found;
  }
}

export interface ScheduleHarness extends Harness {
  scheduler: RecordingScheduler;
  /** What `deps.now()` answers; tests move it. */
  clock: { now: Date };
}

export async function startScheduleHarness(start: Date): Promise<ScheduleHarness> {
  const storage = await startTestStorage();
  const runs = new RecordingRuns();
  const scheduler = new RecordingScheduler();
  const clock = { now: start };
  const quiet = { info() {}, warn() {}, error() {} };
  const api = createApiHandler({
    scenarios: storage.scenarios,
    history: storage.history,
    objects: storage.objects,
    runs,
    regions: staticRegions,
    stackInfo: async () => STACK_INFO,
    scheduler,
    now: () => clock.now,
    logger: quiet,
  });
  const { scenarios, history, objects, clients, close } = storage;
  return { api, runs, scenarios, history, objects, clients, close, scheduler, clock };
}

/**
 * Delivers a schedule's request the way EventBridge Scheduler does: a direct Lambda invocation whose event is
 * `{resource, httpMethod, body}` and nothing else.
 */
export async function fire(h: Harness, request: ScheduledRequest) {
  const res = await h.api({ ...request } as unknown as APIGatewayProxyEvent);
  return { status: res.statusCode, body: JSON.parse(res.body) as unknown };
}

export function firingBody(request: ScheduledRequest): Record<string, unknown> {
  return JSON.parse(request.body) as Record<string, unknown>;
}
