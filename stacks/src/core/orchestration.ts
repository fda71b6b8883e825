import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group/index.js';
import type { IamRole } from '@cdktf/provider-aws/lib/iam-role/index.js';
import { SfnStateMachine } from '@cdktf/provider-aws/lib/sfn-state-machine/index.js';
import { buildStateMachineDefinition, type OrchestrationArns } from '@dlt/shared';
import type { TerraformResource, TerraformVariable } from 'cdktf';
import type { Construct } from 'constructs';
import { roleWithPolicy, type Statement } from '../lib/iam.js';
import { type NodeFunction, nodeFunction, sharedCode } from '../lib/lambda.js';
import { customerKeyPolicy } from './kms.js';
import {
  ecsLaunchStatements,
  ecsReadStatements,
  ecsStopStatements,
  type RegionalNaming,
  storageStatements,
} from './permissions.js';
import type { Storage } from './storage.js';

/** The bundle folder every orchestration Lambda shares (`scripts/bundles`: one entry file per step). */
export const ORCHESTRATION_SOURCE_DIR = 'functions/orchestration';

/** What a step's role may do beyond storage, logs and traces. */
type Grant = 'ecs-launch' | 'ecs-read' | 'ecs-stop' | 'execution-status' | 'invoke-cleanup';

interface StepSpec {
  /** The bundle entry (`<entry>.mjs`) and the Lambda name suffix. */
  entry: string;
  description: string;
  timeout: number;
  memorySize: number;
  grants: Grant[];
}

/**
 * The orchestration Lambdas, by Terraform address. The state machine invokes the first seven; EventBridge the
 * other three. The task canceler is not deployed: the api cancels in process (`cancelRun`), as local mode does.
 */
export const STEPS = {
  task_runner: {
    entry: 'task-runner',
    description: 'DLT run step: launch the Fargate tasks of one region',
    timeout: 120,
    memorySize: 512,
    grants: ['ecs-launch'],
  },
  readiness_check: {
    entry: 'readiness-check',
    description: "DLT run step: check one region's tasks are ready",
    timeout: 60,
    memorySize: 512,
    grants: ['ecs-read'],
  },
  regional_sync: {
    entry: 'regional-sync',
    description: 'DLT run step: the barrier across regions and the shared start instant',
    timeout: 60,
    memorySize: 512,
    grants: [],
  },
  start_command: {
    entry: 'start-command',
    description: "DLT run step: write one region's start signal",
    timeout: 60,
    memorySize: 512,
    grants: [],
  },
  task_status_checker: {
    entry: 'task-status-checker',
    description: "DLT run step: poll one region's tasks for completion",
    timeout: 60,
    memorySize: 512,
    grants: ['ecs-read'],
  },
  results_parser: {
    entry: 'results-parser',
    description: "DLT run step: merge the tasks' results into the run's results",
    timeout: 900,
    memorySize: 2048,
    grants: [],
  },
  test_cleanup: {
    entry: 'test-cleanup',
    description: "DLT run step: stop the run's tasks, keep partial results, write the final status",
    timeout: 900,
    memorySize: 2048,
    grants: ['ecs-read', 'ecs-stop'],
  },
  orphan_cleanup: {
    entry: 'orphan-cleanup',
    description: 'DLT safety net: hourly, stop tasks whose run is no longer executing',
    timeout: 300,
    memorySize: 512,
    grants: ['ecs-read', 'ecs-stop', 'execution-status'],
  },
  task_failure_handler: {
    entry: 'task-failure-handler',
    description: 'DLT safety net: count load-tester tasks that stopped abnormally against their run',
    timeout: 30,
    memorySize: 256,
    grants: [],
  },
  sfn_failure_handler: {
    entry: 'sfn-failure-handler',
    description: 'DLT safety net: clean up after a failed, timed-out or stopped run execution',
    timeout: 30,
    memorySize: 256,
    grants: ['invoke-cleanup'],
  },
} as const satisfies Record<string, StepSpec>;

export type StepId = keyof typeof STEPS;

/** Which Lambda each `OrchestrationArns` key names: the state machine's Task states. */
export const DEFINITION_STEPS = {
  taskRunner: 'task_runner',
  readinessCheck: 'readiness_check',
  regionalSync: 'regional_sync',
  startCommand: 'start_command',
  taskStatusChecker: 'task_status_checker',
  resultsParser: 'results_parser',
  testCleanup: 'test_cleanup',
} as const satisfies Partial<Record<keyof OrchestrationArns, StepId>>;

/**
 * The definition never invokes the task canceler (cancel stops the execution from outside). This value makes the
 * ASL identity test fail loudly should the definition ever start to use it.
 */
export const UNUSED_TASK_CANCELER_ARN = 'unused:task-canceler-is-not-deployed';

export interface OrchestrationProps {
  namePrefix: string;
  logRetentionDays: number;
  permissionsBoundary: string;
  naming: RegionalNaming;
  region: string;
  storage: Storage;
  kmsKeyArn: TerraformVariable;
  stateMachineLogLevel: string;
}

export interface Orchestration {
  steps: Record<StepId, NodeFunction>;
  stateMachine: SfnStateMachine;
  stateMachineName: string;
  /** Built from the name, so roles can name it without depending on the resource. */
  stateMachineArn: string;
  stateMachineRole: IamRole;
  logGroup: CloudwatchLogGroup;
}

export function createOrchestration(scope: Construct, props: OrchestrationProps): Orchestration {
  const { naming } = props;
  const stateMachineName = `${props.namePrefix}-test-run`;
  const stateMachineArn = `arn:${naming.partition}:states:${props.region}:${naming.account}:stateMachine:${stateMachineName}`;
  const executionsArn = `arn:${naming.partition}:states:${props.region}:${naming.account}:execution:${stateMachineName}:*`;
  const code = sharedCode(scope, 'orchestration_code', ORCHESTRATION_SOURCE_DIR);
  const testCleanupName = `${props.namePrefix}-${STEPS.test_cleanup.entry}`;
  const testCleanupArn = `arn:${naming.partition}:lambda:${props.region}:${naming.account}:function:${testCleanupName}`;

  const grantStatements: Record<Grant, Statement[]> = {
    'ecs-launch': ecsLaunchStatements(naming),
    'ecs-read': ecsReadStatements(naming),
    'ecs-stop': ecsStopStatements(naming),
    'execution-status': [
      { sid: 'ExecutionStatus', actions: ['states:DescribeExecution'], resources: [executionsArn] },
    ],
    'invoke-cleanup': [
      { sid: 'InvokeTestCleanup', actions: ['lambda:InvokeFunction'], resources: [testCleanupArn] },
    ],
  };
  const environment = (grants: readonly Grant[]): Record<string, string> => ({
    // Read by every step (orchestrationDepsFromEnv checks them at the first invocation); AWS_REGION is Lambda's.
    SCENARIOS_TABLE: props.storage.scenarios.name,
    HISTORY_TABLE: props.storage.history.name,
    SCENARIOS_BUCKET: props.storage.bucket.bucket,
    // Only what the step uses: the state machine cannot be named in its own Lambdas without a cycle.
    ...(grants.includes('execution-status') ? { STATE_MACHINE_ARN: stateMachineArn } : {}),
    ...(grants.includes('invoke-cleanup') ? { TEST_CLEANUP_FUNCTION: testCleanupName } : {}),
  });

  const steps = Object.fromEntries(
    (Object.entries(STEPS) as [StepId, StepSpec][]).map(([id, spec]) => {
      const step = nodeFunction(scope, id, {
        functionName: `${props.namePrefix}-${spec.entry}`,
        description: spec.description,
        sourceDir: ORCHESTRATION_SOURCE_DIR,
        archive: code,
        handler: `${spec.entry}.handler`,
        logRetentionDays: props.logRetentionDays,
        permissionsBoundary: props.permissionsBoundary,
        timeout: spec.timeout,
        memorySize: spec.memorySize,
        environment: environment(spec.grants),
        statements: [...storageStatements(props.storage), ...spec.grants.flatMap((g) => grantStatements[g])],
      });
      customerKeyPolicy(scope, id, step.role, props.kmsKeyArn);
      return [id, step];
    }),
  ) as Record<StepId, NodeFunction>;

  const logGroup = new CloudwatchLogGroup(scope, 'state_machine_logs', {
    // The vended-logs prefix keeps CloudWatch Logs' resource policy for Step Functions within its size limit.
    name: `/aws/vendedlogs/states/${stateMachineName}`,
    retentionInDays: props.logRetentionDays,
  });
  const invoked = Object.values(DEFINITION_STEPS).map((id) => steps[id].fn.arn);
  const stateMachineRole = roleWithPolicy(scope, 'state_machine_role', {
    name: `${stateMachineName}-sfn`,
    description:
      'The test-run state machine: invoke its step Lambdas, run its Distributed Map, logs and traces',
    trust: [
      {
        effect: 'Allow',
        actions: ['sts:AssumeRole'],
        principals: [{ type: 'Service', identifiers: ['states.amazonaws.com'] }],
        // Confused-deputy guard: only this account's state machine may assume the role.
        condition: [{ test: 'StringEquals', variable: 'aws:SourceAccount', values: [naming.account] }],
      },
    ],
    permissionsBoundary: props.permissionsBoundary,
    statements: [
      { sid: 'InvokeSteps', actions: ['lambda:InvokeFunction'], resources: invoked },
      // The run Map is DISTRIBUTED: each region's iteration is a child execution of this state machine.
      { sid: 'StartChildExecutions', actions: ['states:StartExecution'], resources: [stateMachineArn] },
      {
        sid: 'ManageChildExecutions',
        actions: ['states:DescribeExecution', 'states:StopExecution'],
        resources: [
          `arn:${naming.partition}:states:${props.region}:${naming.account}:execution:${stateMachineName}/*`,
        ],
      },
      {
        // Step Functions delivers logs through CloudWatch Logs' vended-log API, which has no resource-level permissions.
        sid: 'DeliverLogs',
        actions: [
          'logs:CreateLogDelivery',
          'logs:GetLogDelivery',
          'logs:UpdateLogDelivery',
          'logs:DeleteLogDelivery',
          'logs:ListLogDeliveries',
          'logs:PutResourcePolicy',
          'logs:DescribeResourcePolicies',
          'logs:DescribeLogGroups',
        ],
        resources: ['*'],
      },
      {
        sid: 'Tracing',
        actions: [
          'xray:PutTraceSegments',
          'xray:PutTelemetryRecords',
          'xray:GetSamplingRules',
          'xray:GetSamplingTargets',
        ],
        resources: ['*'],
      },
    ],
  });

  const arns = {
    ...Object.fromEntries(Object.entries(DEFINITION_STEPS).map(([key, id]) => [key, steps[id].fn.arn])),
    taskCanceler: UNUSED_TASK_CANCELER_ARN,
  } as unknown as OrchestrationArns;
  const stateMachine = new SfnStateMachine(scope, 'state_machine', {
    name: stateMachineName,
    type: 'STANDARD',
    roleArn: stateMachineRole.arn,
    // The same builder local mode runs; ARNs become Terraform references (state-machine.test.ts checks identity).
    definition: JSON.stringify(buildStateMachineDefinition(arns)),
    loggingConfiguration: {
      logDestination: `${logGroup.arn}:*`,
      // Execution data holds scenario inputs (headers, tokens in URLs): not copied into logs.
      includeExecutionData: false,
      level: props.stateMachineLogLevel,
    },
    tracingConfiguration: { enabled: true },
    // Creation checks the role may deliver logs, so the inline policy must exist first.
    dependsOn: [scope.node.findChild('state_machine_role_policy') as TerraformResource],
  });
  return { steps, stateMachine, stateMachineName, stateMachineArn, stateMachineRole, logGroup };
}
