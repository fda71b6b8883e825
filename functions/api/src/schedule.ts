/**
 * Scheduling (DLT §7): POST /scenarios with `scheduleStep`, and the runs the schedules fire. Two schedules per
 * test, named as DLT names them:
 *  - `{testId}Create`: one-time, a minute before the first run. Its body says `scheduleStep: "start"`, and
 *    firing it creates the next schedule.
 *  - `{testId}Scheduled`: the run itself, one-time (run once) or recurring (cron). Its body has no
 *    scheduleStep, so firing it is an ordinary POST /scenarios that starts the test.
 * A schedule fires by invoking the API Lambda directly (`{resource, httpMethod, body}`, see
 * `fromSchedulerInvocation`); the local scheduler calls the handler with the same shape.
 */
import {
  CREATE_LEAD_MS,
  CRON_EXPIRY_REACHED,
  cronRunState,
  ErrorCodes,
  EXPIRY_BEFORE_NEXT_RUN_MESSAGE,
  formatZonedDateTime,
  NO_RUN_LEFT_MESSAGE,
  nextRunInstant,
  planCronSchedule,
  planOnceSchedule,
  type Scenario,
  type ScenarioRequest,
  ScenarioValidationError,
  type ScheduledRequest,
  type Scheduler,
} from '@dlt/shared';
import type { ScenarioRow } from '@dlt/shared/storage';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { ApiError } from './http.js';
import type { RouteDeps } from './ports.js';

export function scheduleNames(testId: string): { create: string; scheduled: string } {
  return { create: `${testId}Create`, scheduled: `${testId}Scheduled` };
}

/** The message the API has always given when it cannot schedule (kept: clients and tests match on it). */
export const NO_SCHEDULER_MESSAGE = 'scheduling arrives with orchestration';

/**
 * EventBridge Scheduler invokes the Lambda with `{resource, httpMethod, body}` only: no path, no request
 * context. Such an event is read as a request to its resource.
 */
export function fromSchedulerInvocation(event: APIGatewayProxyEvent): APIGatewayProxyEvent {
  const e: Partial<APIGatewayProxyEvent> = event;
  if (typeof e.path === 'string' || typeof e.resource !== 'string') return event;
  return { ...event, path: e.resource };
}

/** What scheduling borrows from createTest, which owns the scenario row and its guarded write. */
export interface SchedulingContext {
  deps: RouteDeps;
  testId: string;
  scenario: Scenario;
  /** The body as sent: what the schedules send back when they fire. */
  body: Record<string, unknown>;
  existing: ScenarioRow | undefined;
  /** The stored scenario is not running, so it may be rewritten. */
  idle: boolean;
  /** The row createTest would write for this request. */
  baseRow(): ScenarioRow;
  /** createTest's write: 409 TEST_RUNNING when the scenario started running in the meantime. */
  save(row: ScenarioRow): Promise<void>;
  runningError(): Error;
}

/** Fields a firing must not repeat: it would schedule again instead of running, or only save. */
const STEP_FIELDS = ['scheduleStep', 'scheduleDate', 'scheduleTime', 'saveOnly'];

function firing(ctx: SchedulingContext, extra: Record<string, unknown> = {}): ScheduledRequest {
  const body: Record<string, unknown> = { ...ctx.body, testId: ctx.testId };
  for (const field of STEP_FIELDS) delete body[field];
  return { resource: '/scenarios', httpMethod: 'POST', body: JSON.stringify({ ...body, ...extra }) };
}

function invalidParameter(message: string): ScenarioValidationError {
  return new ScenarioValidationError(ErrorCodes.invalidParameter, message);
}

export async function scheduleTest(ctx: SchedulingContext): Promise<ScenarioRow> {
  const scheduler = ctx.deps.scheduler;
  if (!scheduler) throw new ApiError('NOT_IMPLEMENTED', NO_SCHEDULER_MESSAGE, 501);
  const { request } = ctx.scenario;
  if (request.recurrence !== undefined && !request.cronValue) {
    throw new ApiError(
      'NOT_IMPLEMENTED',
      `recurrence "${request.recurrence}" without a cron expression is not supported; send cronValue instead (for example "0 9 * * *" for every day at 09:00)`,
      501,
    );
  }
  if (request.cronValue) {
    return request.scheduleStep === 'create'
      ? createCronSchedule(ctx, scheduler, request.cronValue)
      : startCronSchedule(ctx, scheduler, request.cronValue);
  }
  return request.scheduleStep === 'create'
    ? createOnceSchedule(ctx, scheduler)
    : startOnceSchedule(ctx, scheduler);
}

async function deleteSchedules(scheduler: Scheduler, testId: string): Promise<void> {
  const names = scheduleNames(testId);
  await scheduler.delete(names.create);
  await scheduler.delete(names.scheduled);
}

function scheduledRow(ctx: SchedulingContext, fields: Partial<ScenarioRow>): ScenarioRow {
  return Object.assign(ctx.baseRow(), { status: 'scheduled', ...fields });
}

/** The schedule is created first; if the row then cannot be written, the schedule goes too. */
async function saveOrUndo(ctx: SchedulingContext, scheduler: Scheduler, row: ScenarioRow, name: string) {
  try {
    await ctx.save(row);
  } catch (error) {
    await scheduler.delete(name).catch((undo: unknown) => {
      ctx.deps.logger.error('could not remove a schedule after a failed save', { name, error: undo });
    });
    throw error;
  }
  return row;
}

function oneTimeFields(request: ScenarioRequest): { date: string; time: string } {
  if (!request.scheduleDate || !request.scheduleTime) {
    throw invalidParameter(
      'A one-time schedule needs both scheduleDate (YYYY-MM-DD) and scheduleTime (HH:MM).',
    );
  }
  return { date: request.scheduleDate, time: request.scheduleTime };
}

const NO_CRON = { cronValue: '', cronExpiryDate: '', scheduleRecurrence: '' };

/** Run once: `{testId}Scheduled` fires at the date and time, once, and runs the test. */
async function startOnceSchedule(ctx: SchedulingContext, scheduler: Scheduler): Promise<ScenarioRow> {
  const { request } = ctx.scenario;
  const { date, time } = oneTimeFields(request);
  const plan = planOnceSchedule(date, time, request.scheduleTimezone);
  if (!ctx.idle) throw ctx.runningError();
  const name = scheduleNames(ctx.testId).scheduled;
  await deleteSchedules(scheduler, ctx.testId);
  await scheduler.putOnce({
    name,
    at: plan.at,
    timezone: request.scheduleTimezone,
    request: firing(ctx),
    deleteAfterFiring: true,
  });
  return saveOrUndo(ctx, scheduler, scheduledRow(ctx, { nextRun: plan.nextRun, ...NO_CRON }), name);
}

/** DLT's `create` step without cron: `{testId}Create` a minute early, whose `start` creates the run. */
async function createOnceSchedule(ctx: SchedulingContext, scheduler: Scheduler): Promise<ScenarioRow> {
  const { request } = ctx.scenario;
  const { date, time } = oneTimeFields(request);
  const plan = planOnceSchedule(date, time, request.scheduleTimezone);
  if (!ctx.idle) throw ctx.runningError();
  const name = scheduleNames(ctx.testId).create;
  await deleteSchedules(scheduler, ctx.testId);
  await scheduler.putOnce({
    name,
    at: formatZonedDateTime(new Date(plan.instant.getTime() - CREATE_LEAD_MS), request.scheduleTimezone, 'T'),
    timezone: request.scheduleTimezone,
    request: firing(ctx, { scheduleStep: 'start', scheduleDate: date, scheduleTime: time }),
    deleteAfterFiring: true,
  });
  return saveOrUndo(ctx, scheduler, scheduledRow(ctx, { nextRun: plan.nextRun, ...NO_CRON }), name);
}

function cronFields(request: ScenarioRequest, cronValue: string, nextRun: string): Partial<ScenarioRow> {
  return {
    nextRun,
    cronValue,
    cronExpiryDate: request.cronExpiryDate ?? '',
    scheduleRecurrence: request.recurrence ?? '',
  };
}

/** Cron `create`: checks, then `{testId}Create` a minute before the first run. */
async function createCronSchedule(
  ctx: SchedulingContext,
  scheduler: Scheduler,
  cronValue: string,
): Promise<ScenarioRow> {
  const { request, plan: load } = ctx.scenario;
  const plan = planCronSchedule({
    cronValue,
    ...(request.cronExpiryDate ? { cronExpiryDate: request.cronExpiryDate } : {}),
    timeZone: request.scheduleTimezone,
    now: ctx.deps.now(),
    totalTaskCount: request.testTaskConfigs.reduce((sum, c) => sum + Number(c.taskCount), 0),
    testDurationSec: load.durationSec,
  });
  if (!ctx.idle) throw ctx.runningError();
  const name = scheduleNames(ctx.testId).create;
  await deleteSchedules(scheduler, ctx.testId);
  await scheduler.putOnce({
    name,
    at: plan.createAt,
    timezone: request.scheduleTimezone,
    request: firing(ctx, { scheduleStep: 'start' }),
    deleteAfterFiring: true,
  });
  return saveOrUndo(ctx, scheduler, scheduledRow(ctx, cronFields(request, cronValue, plan.nextRun)), name);
}

/**
 * Cron `start` (what `{testId}Create` sends): the recurring `{testId}Scheduled`, ending with the expiry day.
 * A scenario running at that moment keeps its row; the schedule is created all the same.
 */
async function startCronSchedule(
  ctx: SchedulingContext,
  scheduler: Scheduler,
  cronValue: string,
): Promise<ScenarioRow> {
  const { request } = ctx.scenario;
  const state = cronRunState({
    cronValue,
    ...(request.cronExpiryDate ? { cronExpiryDate: request.cronExpiryDate } : {}),
    timeZone: request.scheduleTimezone,
    now: ctx.deps.now(),
  });
  if (!state.nextRun) {
    throw invalidParameter(request.cronExpiryDate ? EXPIRY_BEFORE_NEXT_RUN_MESSAGE : NO_RUN_LEFT_MESSAGE);
  }
  const name = scheduleNames(ctx.testId).scheduled;
  await deleteSchedules(scheduler, ctx.testId);
  await scheduler.putCron({
    name,
    expression: state.expression,
    timezone: request.scheduleTimezone,
    ...(state.endDate ? { endDate: state.endDate } : {}),
    request: firing(ctx),
  });
  if (!ctx.idle && ctx.existing) {
    ctx.deps.logger.info('recurring schedule created while the test runs', { testId: ctx.testId });
    return ctx.existing;
  }
  return saveOrUndo(ctx, scheduler, scheduledRow(ctx, cronFields(request, cronValue, state.nextRun)), name);
}

/** What a started run writes about its schedule, or that the cron schedule has expired and nothing runs. */
export type ScheduledRunOutcome =
  | { expired: true; message: typeof CRON_EXPIRY_REACHED }
  | { expired: false; fields: Partial<ScenarioRow> };

/**
 * For a run being started (no scheduleStep). A run the recurring schedule fires carries the cron in its body
 * and finds it on the row: past the expiry it does not run, its schedules are deleted and the run reports
 * "Cron Expiry Reached"; otherwise `nextRun` moves to the next occurrence. A manual run of a cron scenario
 * keeps the row's cron and refreshes `nextRun`; a one-time `nextRun` stays only while it is still ahead.
 */
export async function scheduledRunOutcome(
  deps: RouteDeps,
  testId: string,
  request: ScenarioRequest,
  existing: ScenarioRow | undefined,
): Promise<ScheduledRunOutcome> {
  const now = deps.now();
  if (existing?.cronValue) {
    const fired = Boolean(request.cronValue);
    const cronValue = request.cronValue ?? existing.cronValue;
    const cronExpiryDate = fired ? request.cronExpiryDate : existing.cronExpiryDate;
    const timeZone = fired ? request.scheduleTimezone : (existing.scheduleTimezone ?? 'UTC');
    const state = cronRunState({ cronValue, ...(cronExpiryDate ? { cronExpiryDate } : {}), timeZone, now });
    if (fired && state.expired) {
      await expireSchedule(deps, testId);
      return { expired: true, message: CRON_EXPIRY_REACHED };
    }
    const fields: Partial<ScenarioRow> = {
      nextRun: state.nextRun,
      cronValue,
      cronExpiryDate: cronExpiryDate ?? '',
      scheduleTimezone: timeZone,
    };
    if (fired) fields.scheduleRecurrence = request.recurrence ?? existing.scheduleRecurrence ?? '';
    return { expired: false, fields };
  }
  if (existing?.nextRun) {
    const timeZone = existing.scheduleTimezone ?? 'UTC';
    const at = nextRunInstant(existing.nextRun, timeZone);
    const ahead = at !== undefined && at.getTime() > now.getTime();
    return {
      expired: false,
      fields: ahead ? { nextRun: existing.nextRun, scheduleTimezone: timeZone } : { nextRun: '' },
    };
  }
  return { expired: false, fields: {} };
}

async function expireSchedule(deps: RouteDeps, testId: string): Promise<void> {
  deps.logger.info(CRON_EXPIRY_REACHED, { testId });
  if (deps.scheduler) await deleteSchedules(deps.scheduler, testId);
  else deps.logger.warn('no scheduler configured: expired schedules were not deleted', { testId });
  await deps.scenarios.update(testId, { set: { nextRun: '' } });
}

/** DELETE /scenarios/{testId}: both schedules go with the scenario. */
export async function deleteTestSchedules(deps: RouteDeps, testId: string): Promise<void> {
  if (deps.scheduler) await deleteSchedules(deps.scheduler, testId);
}
