import { CloudwatchEventRule } from '@cdktf/provider-aws/lib/cloudwatch-event-rule/index.js';
import { CloudwatchEventTarget } from '@cdktf/provider-aws/lib/cloudwatch-event-target/index.js';
import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document/index.js';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role/index.js';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy/index.js';
import { Fn } from 'cdktf';
import type { Construct } from 'constructs';
import { countIf, x } from '../lib/expr.js';

export interface TaskEventForwardingProps {
  namePrefix: string;
  /** Includes the region: the role name is account-global. */
  roleName: string;
  permissionsBoundary: string;
  account: string;
  clusterArn: string;
  /** Core's default event bus (core's `event_bus_arn` output). */
  coreEventBusArn: string;
  /** Terraform condition (no `${}`) under which this region forwards: it is not core's region. */
  enabled: string;
}

/**
 * EventBridge rules see only their own region, and core's task-stopped rule must count every stopped task of a
 * run. In a region other than core's, this rule sends our cluster's STOPPED task events to core's default bus
 * (events keep their source, detail type and region there, so core's pattern matches them). In core's region
 * nothing is created: core's rule already sees those events, and forwarding would deliver each one twice.
 * Everything is counted, so every address ends in `[0]` when referenced.
 */
export function createTaskEventForwarding(scope: Construct, props: TaskEventForwardingProps): void {
  const count = countIf(props.enabled);
  new CloudwatchEventRule(scope, 'task_stopped_forward', {
    count,
    name: `${props.namePrefix}-task-stopped-forward`,
    description: "A load-tester task of this region's DLT cluster stopped: forward it to core's event bus",
    // A token, not a hand-written expression: cdktf escapes `${` in string literals inside Fn.jsonencode.
    eventPattern: Fn.jsonencode({
      source: ['aws.ecs'],
      'detail-type': ['ECS Task State Change'],
      detail: { lastStatus: ['STOPPED'], clusterArn: [props.clusterArn] },
    }),
  });
  const ruleArn = 'aws_cloudwatch_event_rule.task_stopped_forward[0].arn';
  new DataAwsIamPolicyDocument(scope, 'event_forwarder_trust', {
    count,
    statement: [
      {
        effect: 'Allow',
        actions: ['sts:AssumeRole'],
        principals: [{ type: 'Service', identifiers: ['events.amazonaws.com'] }],
        // Confused-deputy guard: only this rule, in this account.
        condition: [
          { test: 'StringEquals', variable: 'aws:SourceAccount', values: [props.account] },
          { test: 'StringEquals', variable: 'aws:SourceArn', values: [x(ruleArn)] },
        ],
      },
    ],
  });
  new IamRole(scope, 'event_forwarder', {
    count,
    name: props.roleName,
    description: "EventBridge: put this region's stopped-task events on core's default event bus",
    assumeRolePolicy: x('data.aws_iam_policy_document.event_forwarder_trust[0].json'),
    permissionsBoundary: props.permissionsBoundary,
  });
  new DataAwsIamPolicyDocument(scope, 'event_forwarder_policy_doc', {
    count,
    statement: [{ sid: 'PutOnCoreBus', actions: ['events:PutEvents'], resources: [props.coreEventBusArn] }],
  });
  const rolePolicy = new IamRolePolicy(scope, 'event_forwarder_policy', {
    count,
    name: 'least-privilege',
    role: x('aws_iam_role.event_forwarder[0].id'),
    policy: x('data.aws_iam_policy_document.event_forwarder_policy_doc[0].json'),
  });
  new CloudwatchEventTarget(scope, 'task_stopped_forward_target', {
    count,
    rule: x('aws_cloudwatch_event_rule.task_stopped_forward[0].name'),
    arn: props.coreEventBusArn,
    roleArn: x('aws_iam_role.event_forwarder[0].arn'),
    // The first forwarded event should find the role already allowed to put it.
    dependsOn: [rolePolicy],
  });
}
