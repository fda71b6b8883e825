import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  SchedulerClient,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import type { ScheduledRequest } from '@dlt/shared';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { EventBridgeScheduler } from './scheduler.js';

const options = {
  groupName: 'default',
  targetArn: 'arn:aws:lambda:eu-west-1:123456789012:function:dlt-api',
  roleArn: 'arn:aws:iam::123456789012:role/dlt-scheduler',
};
const request: ScheduledRequest = { resource: '/scenarios', httpMethod: 'POST', body: '{"testId":"T1"}' };
const target = { Arn: options.targetArn, RoleArn: options.roleArn, Input: JSON.stringify(request) };

function setUp() {
  const client = new SchedulerClient({ region: 'eu-west-1' });
  const mock = mockClient(client);
  return { mock, scheduler: new EventBridgeScheduler(client, options) };
}

const once = {
  name: 'T1Create',
  at: '2030-05-01T08:59:00',
  timezone: 'Europe/Paris',
  request,
  deleteAfterFiring: true,
};

describe('EventBridgeScheduler', () => {
  it('creates a one-time at() schedule that deletes itself after firing', async () => {
    const { mock, scheduler } = setUp();
    mock.on(CreateScheduleCommand).resolves({ ScheduleArn: 'arn' });

    await scheduler.putOnce(once);

    expect(mock.commandCalls(CreateScheduleCommand)[0]?.args[0].input).toEqual({
      Name: 'T1Create',
      GroupName: 'default',
      ScheduleExpression: 'at(2030-05-01T08:59:00)',
      ScheduleExpressionTimezone: 'Europe/Paris',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: target,
      ActionAfterCompletion: 'DELETE',
    });
    expect(mock.commandCalls(UpdateScheduleCommand)).toHaveLength(0);
  });

  it('updates the schedule with the same fields when one of that name exists', async () => {
    const { mock, scheduler } = setUp();
    mock
      .on(CreateScheduleCommand)
      .rejects(new ConflictException({ Message: 'exists', message: 'exists', $metadata: {} }));
    mock.on(UpdateScheduleCommand).resolves({ ScheduleArn: 'arn' });

    await scheduler.putOnce({ ...once, name: 'T1Scheduled', deleteAfterFiring: false });

    const created = mock.commandCalls(CreateScheduleCommand)[0]?.args[0].input;
    const updated = mock.commandCalls(UpdateScheduleCommand)[0]?.args[0].input;
    expect(updated).toEqual(created);
    expect(updated?.ActionAfterCompletion).toBe('NONE');
    expect(updated?.Name).toBe('T1Scheduled');
  });

  it('creates a recurring cron schedule with its end date', async () => {
    const { mock, scheduler } = setUp();
    mock.on(CreateScheduleCommand).resolves({ ScheduleArn: 'arn' });

    await scheduler.putCron({
      name: 'T1Scheduled',
      expression: 'cron(0 9 ? * 2 2030)',
      timezone: 'UTC',
      endDate: '2030-12-31T23:59:59.999+01:00',
      request,
    });

    expect(mock.commandCalls(CreateScheduleCommand)[0]?.args[0].input).toEqual({
      Name: 'T1Scheduled',
      GroupName: 'default',
      ScheduleExpression: 'cron(0 9 ? * 2 2030)',
      ScheduleExpressionTimezone: 'UTC',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: target,
      ActionAfterCompletion: 'NONE',
      EndDate: new Date('2030-12-31T22:59:59.999Z'),
    });
  });

  it('deletes a schedule and ignores one that does not exist', async () => {
    const { mock, scheduler } = setUp();
    mock
      .on(DeleteScheduleCommand)
      .resolvesOnce({})
      .rejectsOnce(
        new ResourceNotFoundException({ Message: 'not found', message: 'not found', $metadata: {} }),
      );

    await scheduler.delete('T1Create');
    await scheduler.delete('T1Create');

    expect(mock.commandCalls(DeleteScheduleCommand).map((c) => c.args[0].input)).toEqual([
      { Name: 'T1Create', GroupName: 'default' },
      { Name: 'T1Create', GroupName: 'default' },
    ]);
  });

  it('passes other delete errors on', async () => {
    const { mock, scheduler } = setUp();
    mock
      .on(DeleteScheduleCommand)
      .rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    await expect(scheduler.delete('T1Create')).rejects.toThrow('denied');
  });

  it('rejects invalid names, times, expressions and end dates before calling AWS', async () => {
    const { mock, scheduler } = setUp();
    const badName =
      'Invalid schedule name "a b": EventBridge Scheduler names are 1 to 64 characters of letters, digits, "-", "_" and ".".';
    await expect(scheduler.putOnce({ ...once, name: 'a b' })).rejects.toThrow(badName);
    await expect(scheduler.delete('')).rejects.toThrow('Invalid schedule name ""');
    await expect(scheduler.delete('x'.repeat(65))).rejects.toThrow('Invalid schedule name');
    await expect(scheduler.putOnce({ ...once, at: '2030-05-01 08:59' })).rejects.toThrow(
      'Invalid one-time schedule time "2030-05-01 08:59": expected YYYY-MM-DDTHH:MM:SS',
    );
    const cron = { name: 'T1Scheduled', expression: '0 9 * * 1', timezone: 'UTC', request };
    await expect(scheduler.putCron(cron)).rejects.toThrow(
      'Invalid recurring schedule expression "0 9 * * 1"',
    );
    await expect(
      scheduler.putCron({ ...cron, expression: 'cron(0 9 * * ? *)', endDate: 'soon' }),
    ).rejects.toThrow('Invalid schedule end date "soon"');
    expect(mock.calls()).toHaveLength(0);
    await expect(scheduler.delete('T1.Create_v-2')).resolves.toBeUndefined();
  });
});
