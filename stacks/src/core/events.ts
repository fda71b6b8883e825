import { CloudwatchEventRule } from '@cdktf/provider-aws/lib/cloudwatch-event-rule/index.js';
import { CloudwatchEventTarget } from '@cdktf/provider-aws/lib/cloudwatch-event-target/index.js';
import type { IamRole } from '@cdktf/provider-aws/lib/iam-role/index.js';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission/index.js';
import { SchedulerScheduleGroup } from '@cdktf/provider-aws/lib/scheduler-schedule-group/index.js';
import { LOAD_TESTER_CONTAINER, startedByForRun } from '@dlt/shared';
import type { Construct } from 'constructs';
import { roleWithPolicy } from '../lib/iam.js';
import type { NodeFunction } from '../lib/lambda.js';

/** The execution statuses after which a run may not have cleaned up (sfn-failure-handler's UNCLEAN statuses). */
export const UNCLEAN_EXECUTION_STATUSES = ['FAILED', 'TIMED_OUT', 'ABORTED'];
export const ORPHAN_CLEANUP_SCHEDULE = 'rate(1 hour)';

export interface SafetyNetProps {
  namePrefix: string;
  stateMachineArn: string;
  taskFailureHandler: NodeFunction;
  sfnFailureHandler: NodeFunction;
  orphanCleanup: NodeFunction;
}

/**
 * The three EventBridge rules of the safety net: a load-tester task stopped, a run execution ended badly, and
 * the hourly orphan sweep. Rules are regional: the task rule sees tasks in core's region; spoke regions forward
 * their ECS events to core's default bus (the `event_bus_arn` output).
 */
export function createSafetyNet(scope: Construct, props: SafetyNetProps): CloudwatchEventRule[] {
  const rules: Array<[string, string, NodeFunction, { eventPattern?: string; scheduleExpression?: string }]> =
    [
      [
        'task_stopped',
        'A load-tester task of a DLT run stopped: count it against the run',
        props.taskFailureHandler,
        {
          eventPattern: JSON.stringify({
            source: ['aws.ecs'],
            'detail-type': ['ECS Task State Change'],
            detail: {
              lastStatus: ['STOPPED'],
              // Only tasks our launchers started (`dlt-{testRunId}`), and only those with the load-tester container.
              startedBy: [{ prefix: startedByForRun('') }],
              containers: { name: [LOAD_TESTER_CONTAINER] },
            },
          }),
        },
      ],
      [
        'execution_failed',
        'A DLT run execution failed, timed out or was stopped: make sure the run is cleaned up',
        props.sfnFailureHandler,
        {
          eventPattern: JSON.stringify({
            source: ['aws.states'],
            'detail-type': ['Step Functions Execution Status Change'],
            detail: { status: UNCLEAN_EXECUTION_STATUSES, stateMachineArn: [props.stateMachineArn] },
          }),
        },
      ],
      [
        'orphan_cleanup_schedule',
        'Hourly: stop load-tester tasks whose run is no longer executing',
        props.orphanCleanup,
        { scheduleExpression: ORPHAN_CLEANUP_SCHEDULE },
      ],
    ];
  return rules.map(([id, description, target, trigger]) => {
    const rule = new CloudwatchEventRule(scope, id, {
      name: `${props.namePrefix}-${id.replace(/_schedule$/, '').replace(/_/g, '-')}`,
      description,
      ...trigger,
    });
    new CloudwatchEventTarget(scope, `${id}_target`, {
      rule: rule.name,
      arn: target.fn.arn,
      // A handler error is retried by Lambda's async invocation; EventBridge retries delivery itself.
      retryPolicy: { maximumRetryAttempts: 4, maximumEventAgeInSeconds: 3600 },
    });
    new LambdaPermission(scope, `${id}_invoke`, {
      statementId: 'EventBridgeRule',
      action: 'lambda:InvokeFunction',
      functionName: target.fn.functionName,
      principal: 'events.amazonaws.com',
      sourceArn: rule.arn,
    });
    return rule;
  });
}

export interface SchedulingProps {
  namePrefix: string;
  partition: string;
  region: string;
  account: string;
  permissionsBoundary: string;
  /** The api Lambda, built from its name: the api is given this and the role, so no resource reference. */
  apiFunctionArn: string;
}

export interface Scheduling {
  group: SchedulerScheduleGroup;
  role: IamRole;
  /** Schedules of the group, for the api's scheduler permissions. */
  schedulesArn: string;
}

/**
 * EventBridge Scheduler: the group the api creates its run-once and cron schedules in, and the role Scheduler
 * assumes to invoke the api Lambda with the scheduled `POST /scenarios` (what `EventBridgeScheduler` expects).
 */
export function createScheduling(scope: Construct, props: SchedulingProps): Scheduling {
  const group = new SchedulerScheduleGroup(scope, 'schedules', { name: `${props.namePrefix}-schedules` });
  const schedulesArn = `arn:${props.partition}:scheduler:${props.region}:${props.account}:schedule/${props.namePrefix}-schedules/*`;
  const role = roleWithPolicy(scope, 'scheduler_role', {
    name: `${props.namePrefix}-scheduler`,
    description: 'EventBridge Scheduler: invoke the DLT api Lambda when a scheduled test is due',
    trust: [
      {
        effect: 'Allow',
        actions: ['sts:AssumeRole'],
        principals: [{ type: 'Service', identifiers: ['scheduler.amazonaws.com'] }],
        // Confused-deputy guard: Scheduler sets the schedule group's ARN as the source.
        condition: [
          { test: 'StringEquals', variable: 'aws:SourceAccount', values: [props.account] },
          { test: 'StringEquals', variable: 'aws:SourceArn', values: [group.arn] },
        ],
      },
    ],
    permissionsBoundary: props.permissionsBoundary,
    statements: [{ sid: 'InvokeApi', actions: ['lambda:InvokeFunction'], resources: [props.apiFunctionArn] }],
  });
  return { group, role, schedulesArn };
}
