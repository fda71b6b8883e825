/**
 * EventBridge Scheduler for local mode: the same `{testId}Create` / `{testId}Scheduled` schedules, persisted in
 * the state folder and fired by one timer. Firing calls `fire(request)` with the request a schedule holds,
 * which the host hands to the API handler as EventBridge's direct Lambda invocation would.
 */
import {
  type CronSchedule,
  nextOccurrence,
  type OnceSchedule,
  parseAwsCron,
  type ScheduledRequest,
  type Scheduler,
  wallClockToInstant,
} from '@dlt/shared';
import {
  readSchedules,
  ScheduleFileError,
  type StoredCronSchedule,
  type StoredSchedule,
  writeSchedules,
} from './schedule-file.js';

export interface SchedulerClock {
  now(): Date;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Real time; the timer does not keep the process alive on its own. */
export const systemClock: SchedulerClock = {
  now: () => new Date(),
  setTimeout(callback, ms) {
    const timer = setTimeout(callback, ms);
    timer.unref();
    return timer;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export interface LocalSchedulerOptions {
  /** The JSON file the schedules live in (`localSchedulesFile(stateDir)`). */
  file: string;
  fire: (request: ScheduledRequest) => Promise<void>;
  clock?: SchedulerClock;
  log?: (message: string) => void;
}

export interface ScheduleSummary {
  name: string;
  kind: 'once' | 'cron';
  /** When it fires next; undefined when it never will (fired, or past its EndDate or year range). */
  nextFire: Date | undefined;
}

/** The timer is re-armed at least this often, so a far-off date never needs an overlong timeout. */
export const MAX_TIMER_MS = 24 * 3600_000;

export class LocalScheduler implements Scheduler {
  private readonly schedules = new Map<string, StoredSchedule>();
  private readonly clock: SchedulerClock;
  private readonly log: (message: string) => void;
  private queue: Promise<unknown> = Promise.resolve();
  private timer: unknown;
  private started = false;
  private closed = false;

  private constructor(private readonly options: LocalSchedulerOptions) {
    this.clock = options.clock ?? systemClock;
    this.log = options.log ?? ((message) => process.stderr.write(`${message}\n`));
  }

  /** Loads the schedules saved in `file` (none when it does not exist yet). */
  static async open(options: LocalSchedulerOptions): Promise<LocalScheduler> {
    const scheduler = new LocalScheduler(options);
    for (const schedule of await readSchedules(options.file)) {
      try {
        nextFire(schedule);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new ScheduleFileError(`${options.file}: schedule ${schedule.name} cannot run: ${reason}`);
      }
      scheduler.schedules.set(schedule.name, schedule);
    }
    return scheduler;
  }

  async putOnce(schedule: OnceSchedule): Promise<void> {
    // Refuse what could never fire before storing it.
    wallClockToInstant(schedule.at, schedule.timezone);
    await this.change(() => {
      this.schedules.set(schedule.name, {
        kind: 'once',
        name: schedule.name,
        at: schedule.at,
        timezone: schedule.timezone,
        request: schedule.request,
        deleteAfterFiring: schedule.deleteAfterFiring,
      });
    });
  }

  async putCron(schedule: CronSchedule): Promise<void> {
    parseAwsCron(schedule.expression);
    if (schedule.endDate !== undefined && Number.isNaN(Date.parse(schedule.endDate))) {
      throw new RangeError(`endDate '${schedule.endDate}' is not an ISO 8601 date`);
    }
    const stored: StoredCronSchedule = {
      kind: 'cron',
      name: schedule.name,
      expression: schedule.expression,
      timezone: schedule.timezone,
      request: schedule.request,
      after: this.clock.now().toISOString(),
    };
    if (schedule.endDate !== undefined) stored.endDate = schedule.endDate;
    await this.change(() => {
      this.schedules.set(schedule.name, stored);
    });
  }

  async delete(name: string): Promise<void> {
    await this.change(() => {
      this.schedules.delete(name);
    });
  }

  list(): ScheduleSummary[] {
    return [...this.schedules.values()].map((s) => ({ name: s.name, kind: s.kind, nextFire: nextFire(s) }));
  }

  /** The earliest time any schedule fires. */
  nextDue(): Date | undefined {
    let earliest: Date | undefined;
    for (const schedule of this.schedules.values()) {
      const due = nextFire(schedule);
      if (due && (!earliest || due < earliest)) earliest = due;
    }
    return earliest;
  }

  /** Fires on its own from now on: one timer for the earliest schedule, re-armed after every change. */
  start(): void {
    if (this.closed) throw new Error('the scheduler is closed');
    this.started = true;
    this.arm();
  }

  /**
   * Fires every schedule due at `now`, each once: a schedule's next firing moves on (or it is removed) and is
   * saved before its request is sent, so a crash loses a firing rather than repeating it. Occurrences missed
   * while nothing ran collapse into one firing. Returns the names fired.
   */
  async runDue(now: Date = this.clock.now()): Promise<string[]> {
    const due = await this.exclusive(async () => {
      const firing = [...this.schedules.values()]
        .map((schedule) => ({ schedule, at: nextFire(schedule) }))
        .filter(
          (entry): entry is { schedule: StoredSchedule; at: Date } =>
            entry.at !== undefined && entry.at <= now,
        )
        .sort((a, b) => a.at.getTime() - b.at.getTime())
        .map((entry) => entry.schedule);
      for (const schedule of firing) {
        if (schedule.kind === 'cron') schedule.after = now.toISOString();
        else if (schedule.deleteAfterFiring) this.schedules.delete(schedule.name);
        else schedule.firedAt = now.toISOString();
      }
      if (firing.length > 0) await this.save();
      return firing;
    });
    for (const schedule of due) {
      try {
        await this.options.fire(schedule.request);
      } catch (error) {
        // EventBridge would retry; here the firing is reported and the schedule carries on.
        this.log(
          `schedule ${schedule.name} failed to fire: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    this.arm();
    return due.map((schedule) => schedule.name);
  }

  /** Stops the timer and waits for changes in progress; schedules stay in the file for the next start. */
  async close(): Promise<void> {
    this.closed = true;
    this.disarm();
    await this.queue.catch(() => undefined);
  }

  private async change(apply: () => void): Promise<void> {
    await this.exclusive(async () => {
      apply();
      await this.save();
    });
    this.arm();
  }

  /** Changes and the due scan run one at a time; firings run outside, since they call back in. */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private save(): Promise<void> {
    return writeSchedules(this.options.file, [...this.schedules.values()]);
  }

  private disarm(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(): void {
    this.disarm();
    if (!this.started || this.closed) return;
    const due = this.nextDue();
    if (!due) return;
    const delay = Math.min(Math.max(0, due.getTime() - this.clock.now().getTime()), MAX_TIMER_MS);
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      this.runDue().catch((error: unknown) => {
        this.log(`local scheduler: ${error instanceof Error ? error.message : String(error)}`);
        this.arm();
      });
    }, delay);
  }
}

function nextFire(schedule: StoredSchedule): Date | undefined {
  if (schedule.kind === 'once') {
    return schedule.firedAt === undefined ? wallClockToInstant(schedule.at, schedule.timezone) : undefined;
  }
  const endDate = schedule.endDate === undefined ? undefined : new Date(schedule.endDate);
  return nextOccurrence(
    parseAwsCron(schedule.expression),
    schedule.timezone,
    new Date(schedule.after),
    endDate,
  );
}
