import type { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group/index.js';
import { CloudwatchLogSubscriptionFilter } from '@cdktf/provider-aws/lib/cloudwatch-log-subscription-filter/index.js';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission/index.js';
import { type NodeFunction, nodeFunction } from '../lib/lambda.js';
import type { ModuleStack } from '../lib/module-stack.js';

/**
 * Only the load tester's per-second live lines reach the publisher: CloudWatch Logs matches JSON log events
 * on a field, so `ready`, `done` and engine noise are neither delivered nor billed as Lambda invocations.
 */
export const LIVE_FILTER_PATTERN = '{ $.type = "live" }';
/** The bundle inside the module (`modules/regional/functions/live-data-publisher/index.mjs`). */
export const LIVE_DATA_SOURCE_DIR = 'functions/live-data-publisher';

export interface LiveDataProps {
  /** Includes the region: the Lambda's role name is account-global. */
  functionName: string;
  filterName: string;
  logRetentionDays: number;
  permissionsBoundary: string;
  /** `arn:<partition>:iot:<core region>:<account>:topic/dlt/*`: the console subscribes in core's region. */
  topicArn: string;
  account: string;
  taskLogGroup: CloudwatchLogGroup;
  /** What the publisher's runtime reads (`orchestrationLambda` checks the storage variables at start). */
  environment: Record<string, string>;
}

/** The live-data publisher Lambda and the subscription filter that feeds it the task log group's live lines. */
export function createLiveDataPublisher(stack: ModuleStack, props: LiveDataProps): NodeFunction {
  const publisher = nodeFunction(stack, 'live_data_publisher', {
    functionName: props.functionName,
    description: "DLT live data: the load tester's per-second lines to IoT Core topic dlt/{testId}",
    sourceDir: LIVE_DATA_SOURCE_DIR,
    logRetentionDays: props.logRetentionDays,
    permissionsBoundary: props.permissionsBoundary,
    memorySize: 256,
    timeout: 30,
    environment: props.environment,
    statements: [{ sid: 'PublishLiveData', actions: ['iot:Publish'], resources: [props.topicArn] }],
  });
  const permission = new LambdaPermission(stack, 'live_data_from_logs', {
    statementId: 'CloudWatchLogsSubscription',
    action: 'lambda:InvokeFunction',
    functionName: publisher.fn.functionName,
    principal: 'logs.amazonaws.com',
    sourceArn: `${props.taskLogGroup.arn}:*`,
    sourceAccount: props.account,
  });
  new CloudwatchLogSubscriptionFilter(stack, 'live_data', {
    name: props.filterName,
    logGroupName: props.taskLogGroup.name,
    filterPattern: LIVE_FILTER_PATTERN,
    destinationArn: publisher.fn.arn,
    // CloudWatch Logs test-invokes the destination when the filter is created.
    dependsOn: [permission],
  });
  return publisher;
}
