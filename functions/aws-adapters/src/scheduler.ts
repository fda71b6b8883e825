import {
  type ActionAfterCompletion,
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  DeleteScheduleCommand,
  type SchedulerClient,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import type { CronSchedule, OnceSchedule, ScheduledRequest, Scheduler } from '@dlt/shared';
import { isAwsError } from './aws-errors.js';

export interface EventBridgeSchedulerOptions {
  /** The schedule group (DLT: `default`). */
  groupName: string;
  /** What fires: the API Lambda, invoked directly with the scheduled request. */
  targetArn: string;
  /** The role EventBridge Scheduler assumes to invoke the target. */
  roleArn: string;
}

const SCHEDULE_NAME = /^[0-9a-zA-Z_.-]{1,64}$/;
const AT_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;
const RECURRING_EXPRESSION = /^(cron|rate)\(.+\)$/;

export class ScheduleValidationError extends Error {
  override readonly name = 'ScheduleValidationError';
}

export function assertScheduleName(name: string): void {
  if (!SCHEDULE_NAME.test(name)) {
    throw new ScheduleValidationError(
      `Invalid schedule name "${name}": EventBridge Scheduler names are 1 to 64 characters of letters, digits, "-", "_" and ".".`,
    );
  }
}

/** One-time and recurring schedules in EventBridge Scheduler that POST the scenario back to the API. */
export class EventBridgeScheduler implements Scheduler {
  constructor(
    private readonly scheduler: SchedulerClient,
    private readonly options: EventBridgeSchedulerOptions,
  ) {}

  async putOnce(schedule: OnceSchedule): Promise<void> {
    if (!AT_TIME.test(schedule.at)) {
      throw new ScheduleValidationError(
        `Invalid one-time schedule time "${schedule.at}": expected YYYY-MM-DDTHH:MM:SS in the schedule's timezone.`,
      );
    }
    await this.put(
      this.input(schedule.name, `at(${schedule.at})`, schedule.timezone, schedule.request, {
        ActionAfterCompletion: (schedule.deleteAfterFiring
          ? 'DELETE'
          : 'NONE') satisfies ActionAfterCompletion,
      }),
    );
  }

  async putCron(schedule: CronSchedule): Promise<void> {
    if (!RECURRING_EXPRESSION.test(schedule.expression)) {
      throw new ScheduleValidationError(
        `Invalid recurring schedule expression "${schedule.expression}": expected cron(m h dom mon dow year).`,
      );
    }
    let endDate: Date | undefined;
    if (schedule.endDate !== undefined) {
      endDate = new Date(schedule.endDate);
      if (Number.isNaN(endDate.getTime())) {
        throw new ScheduleValidationError(
          `Invalid schedule end date "${schedule.endDate}": expected ISO 8601 with an offset.`,
        );
      }
    }
    await this.put(
      this.input(schedule.name, schedule.expression, schedule.timezone, schedule.request, {
        ActionAfterCompletion: 'NONE',
        ...(endDate ? { EndDate: endDate } : {}),
      }),
    );
  }

  async delete(name: string): Promise<void> {
    assertScheduleName(name);
    try {
      await this.scheduler.send(new DeleteScheduleCommand({ Name: name, GroupName: this.options.groupName }));
    } catch (err) {
      if (!isAwsError(err, 'ResourceNotFoundException')) throw err;
    }
  }

  /** Create, or replace every field of the schedule that already has this name (a re-scheduled test). */
  private async put(input: CreateScheduleCommandInput): Promise<void> {
    try {
      await this.scheduler.send(new CreateScheduleCommand(input));
    } catch (err) {
      if (!isAwsError(err, 'ConflictException')) throw err;
      await this.scheduler.send(new UpdateScheduleCommand(input));
    }
  }

  private input(
    name: string,
    expression: string,
    timezone: string,
    request: ScheduledRequest,
    extra: Partial<CreateScheduleCommandInput>,
  ): CreateScheduleCommandInput {
    assertScheduleName(name);
    return {
      Name: name,
      GroupName: this.options.groupName,
      ScheduleExpression: expression,
      ScheduleExpressionTimezone: timezone,
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: { Arn: this.options.targetArn, RoleArn: this.options.roleArn, Input: JSON.stringify(request) },
      ...extra,
    };
  }
}
