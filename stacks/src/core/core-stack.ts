import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity/index.js';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition/index.js';
import { DataAwsRegion } from '@cdktf/provider-aws/lib/data-aws-region/index.js';
import type { Construct } from 'constructs';
import { commonVariables } from '../lib/common-variables.js';
import { v, x } from '../lib/expr.js';
import { type ModuleDoc, ModuleStack } from '../lib/module-stack.js';
import { API_STAGE, createApi } from './api.js';
import { CLI_CALLBACK_URL, CONSOLE_CALLBACK_PATH, createAuth, RESERVED_DOMAIN_WORDS } from './auth.js';
import { CORE_DOC } from './doc.js';
import { createSafetyNet, createScheduling } from './events.js';
import { createLiveData, LIVE_TOPIC_PREFIX } from './live.js';
import { createOrchestration, STEPS } from './orchestration.js';
import { ecsReadStatements, STACK_TAG } from './permissions.js';
import { createStorage, HISTORY_START_TIME_INDEX } from './storage.js';

/** Reported by `GET /stack-info`; the version of this repository's modules. */
export const MODULE_VERSION = '0.1.0';

export class CoreStack extends ModuleStack {
  readonly doc: ModuleDoc = CORE_DOC;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const common = commonVariables(this);
    const kmsKeyArn = this.variable('kms_key_arn', {
      type: 'string',
      description:
        'ARN of a customer-managed KMS key for the bucket and tables. null uses AWS-managed keys (no key cost).',
      default: null,
    });
    const resultsExpirationDays = this.variable('results_expiration_days', {
      type: 'number',
      description:
        'Days after which objects under `results/` in the scenarios bucket expire. 0 keeps them forever.',
      default: 365,
      validation: [{ condition: '${var.results_expiration_days >= 0}', errorMessage: 'Must be 0 or more.' }],
    });
    const forceDestroy = this.variable('force_destroy', {
      type: 'bool',
      description: 'Let `terraform destroy` delete a non-empty scenarios bucket. Keep false in production.',
      default: false,
    });
    const deletionProtection = this.variable('deletion_protection', {
      type: 'bool',
      description: 'Protect the tables and the user pool from deletion.',
      default: true,
    });
    const adminName = this.variable('admin_name', {
      type: 'string',
      description: 'User name of the first console administrator (4-20 letters, digits or hyphens).',
      validation: [
        {
          condition: '${can(regex("^[a-zA-Z0-9-]{4,20}$", var.admin_name))}',
          errorMessage: 'admin_name must be 4-20 letters, digits or hyphens.',
        },
      ],
    });
    const adminEmail = this.variable('admin_email', {
      type: 'string',
      description: 'E-mail address that receives the administrator invitation.',
      validation: [
        {
          condition: '${can(regex("^[^@\\\\s]+@[^@\\\\s]+$", var.admin_email))}',
          errorMessage: 'Not an e-mail.',
        },
      ],
    });
    const rateLimit = this.variable('api_throttling_rate_limit', {
      type: 'number',
      description: 'Steady-state requests per second allowed on the REST API stage.',
      default: 50,
    });
    const burstLimit = this.variable('api_throttling_burst_limit', {
      type: 'number',
      description: 'Request burst allowed on the REST API stage.',
      default: 100,
    });
    const manageAccountLogsRole = this.variable('manage_api_gateway_account_logs_role', {
      type: 'bool',
      description:
        'Create the account-wide API Gateway CloudWatch Logs role (needed once per account and region for ' +
        'access logs). Set false if your estate already manages `aws_api_gateway_account`.',
      default: true,
    });

    const stackNameVar = this.variable('stack_name', {
      type: 'string',
      description:
        `Value of the \`${STACK_TAG}\` tag on the regional clusters and task definitions; the orchestration may ` +
        'run and stop only tasks that carry it. Set the same value on every regional instance. Null uses name_prefix.',
      default: null,
    });
    const stateMachineLogLevel = this.variable('state_machine_log_level', {
      type: 'string',
      description:
        'Step Functions log level of the test-run state machine (ALL, ERROR, FATAL or OFF). Execution data ' +
        '(scenario inputs) is never logged.',
      default: 'ERROR',
      validation: [
        {
          condition: '${contains(["ALL", "ERROR", "FATAL", "OFF"], var.state_machine_log_level)}',
          errorMessage: 'state_machine_log_level must be ALL, ERROR, FATAL or OFF.',
        },
      ],
    });

    const consoleUrls = this.variable('console_urls', {
      type: 'list(string)',
      description:
        "Origins the web console is served from (`https://host`, no path): the console module's `urls` output. " +
        `The Hosted UI may send codes to and sign out to \`<origin>${CONSOLE_CALLBACK_PATH}\`, and the scenarios ` +
        'bucket accepts their browser uploads (CORS). Empty: no console.',
      default: [],
      validation: [
        {
          condition: '${alltrue([for u in var.console_urls : can(regex("^https://[^/]+$", u))])}',
          errorMessage: 'console_urls must be https:// origins with no path or trailing slash.',
        },
      ],
    });
    const cliCallbackUrls = this.variable('cli_callback_urls', {
      type: 'list(string)',
      description:
        '`dlt login --browser` callbacks registered on the app client. Cognito accepts plain http only for ' +
        'localhost; the CLI listens on port 7521 unless given --callback-port. Empty: no browser login for the CLI ' +
        '(console_urls must then name the console: the app client needs one callback).',
      default: [CLI_CALLBACK_URL],
    });
    const cognitoDomainPrefix = this.variable('cognito_domain_prefix', {
      type: 'string',
      description:
        'Prefix of the Cognito Hosted UI domain (`<prefix>.auth.<region>.amazoncognito.com`), unique in the ' +
        'region across AWS. Null: `<name_prefix>-<10 hex digits of a hash of the account ID>`.',
      default: null,
      validation: [
        {
          condition:
            '${var.cognito_domain_prefix == null || (can(regex("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", ' +
            `var.cognito_domain_prefix)) && !can(regex("${RESERVED_DOMAIN_WORDS.join('|')}", var.cognito_domain_prefix)))}`,
          errorMessage:
            'cognito_domain_prefix must be 1-63 lower-case letters, digits or inner hyphens, without ' +
            `${RESERVED_DOMAIN_WORDS.join(', ')}.`,
        },
      ],
    });

    const partition = new DataAwsPartition(this, 'current');
    const region = new DataAwsRegion(this, 'current_region');
    const account = new DataAwsCallerIdentity(this, 'current_account');
    const namePrefix = common.namePrefix.stringValue;
    const stackName = this.local('stack_name', x(`coalesce(${v(stackNameVar)}, ${v(common.namePrefix)})`));
    const naming = {
      partition: partition.partition,
      account: account.accountId,
      namePrefix,
      stackName: stackName.asString,
    };
    // Deterministic and unique per account without the random provider; the account ID itself stays private.
    this.local(
      'cognito_domain_prefix',
      x(
        `${v(cognitoDomainPrefix)} != null ? ${v(cognitoDomainPrefix)} : "\${${v(common.namePrefix)}}-\${substr(sha1(data.aws_caller_identity.current_account.account_id), 0, 10)}"`,
      ),
    );
    const consolePages = this.local(
      'console_sign_in_urls',
      x(`[for u in ${v(consoleUrls)} : "\${u}${CONSOLE_CALLBACK_PATH}"]`),
    );
    const callbackUrls = this.local(
      'cognito_callback_urls',
      x(`concat(local.console_sign_in_urls, ${v(cliCallbackUrls)})`),
    );
    const logRetentionDays = common.logRetentionDays.numberValue;
    const permissionsBoundary = common.permissionsBoundary.stringValue;
    const storage = createStorage(this, {
      namePrefix,
      kmsKeyArn,
      resultsExpirationDays,
      forceDestroy,
      deletionProtection,
      consoleUrls,
    });
    const orchestration = createOrchestration(this, {
      namePrefix,
      logRetentionDays,
      permissionsBoundary,
      naming,
      region: region.region,
      storage,
      kmsKeyArn,
      stateMachineLogLevel: stateMachineLogLevel.stringValue,
    });
    const { steps } = orchestration;
    const rules = createSafetyNet(this, {
      namePrefix,
      stateMachineArn: orchestration.stateMachine.arn,
      taskFailureHandler: steps.task_failure_handler,
      sfnFailureHandler: steps.sfn_failure_handler,
      orphanCleanup: steps.orphan_cleanup,
    });
    const apiFunctionName = `${namePrefix}-api`;
    const apiFunctionArn = `arn:${partition.partition}:lambda:${region.region}:${account.accountId}:function:${apiFunctionName}`;
    const scheduling = createScheduling(this, {
      namePrefix,
      partition: partition.partition,
      region: region.region,
      account: account.accountId,
      permissionsBoundary,
      apiFunctionArn,
    });
    const live = createLiveData(this, {
      namePrefix,
      partition: partition.partition,
      region: region.region,
      account: account.accountId,
    });
    const executionsArn = `arn:${partition.partition}:states:${region.region}:${account.accountId}:execution:${orchestration.stateMachineName}:*`;
    const api = createApi(this, {
      namePrefix,
      logRetentionDays,
      permissionsBoundary,
      kmsKeyArn,
      throttlingRateLimit: rateLimit.numberValue,
      throttlingBurstLimit: burstLimit.numberValue,
      manageAccountLogsRole,
      partition: partition.partition,
      storage,
      functionName: apiFunctionName,
      environment: {
        STATE_MACHINE_ARN: orchestration.stateMachine.arn,
        TEST_CLEANUP_FUNCTION: steps.test_cleanup.fn.functionName,
        SCHEDULE_GROUP: scheduling.group.name,
        SCHEDULER_ROLE_ARN: scheduling.role.arn,
        SCHEDULE_TARGET_ARN: apiFunctionArn,
        IOT_ENDPOINT: live.endpoint.endpointAddress,
        IOT_POLICY_NAME: live.policy.name,
        DLT_VERSION: MODULE_VERSION,
      },
      statements: [
        { sid: 'StartRuns', actions: ['states:StartExecution'], resources: [orchestration.stateMachineArn] },
        {
          sid: 'FindAndStopRuns',
          actions: ['states:DescribeExecution', 'states:StopExecution'],
          resources: [executionsArn],
        },
        {
          sid: 'CleanUpCancelledRuns',
          actions: ['lambda:InvokeFunction'],
          resources: [steps.test_cleanup.fn.arn],
        },
        ...ecsReadStatements(naming),
        // GET /vCPUDetails: the Fargate On-Demand vCPU quota. GetServiceQuota has no resource-level permissions.
        { sid: 'ReadFargateQuota', actions: ['servicequotas:GetServiceQuota'], resources: ['*'] },
        // POST /iot/attach: the live-data policy onto the caller's Cognito identity. AttachPolicy's resource types
        // are certificates and thing groups; a Cognito identity has no ARN, so only `*` matches it.
        { sid: 'AttachLiveDataPolicy', actions: ['iot:AttachPolicy'], resources: ['*'] },
        {
          sid: 'ManageSchedules',
          actions: ['scheduler:CreateSchedule', 'scheduler:UpdateSchedule', 'scheduler:DeleteSchedule'],
          resources: [scheduling.schedulesArn],
        },
        {
          sid: 'PassSchedulerRole',
          actions: ['iam:PassRole'],
          resources: [scheduling.role.arn],
          condition: [
            { test: 'StringEquals', variable: 'iam:PassedToService', values: ['scheduler.amazonaws.com'] },
          ],
        },
      ],
    });
    const auth = createAuth(this, {
      namePrefix,
      adminName: adminName.stringValue,
      adminEmail: adminEmail.stringValue,
      deletionProtection: `\${var.deletion_protection ? "ACTIVE" : "INACTIVE"}`,
      permissionsBoundary: common.permissionsBoundary.stringValue,
      apiExecutionArn: api.restApi.executionArn,
      bucket: storage.bucket,
      userStatements: live.userStatements,
      domainPrefixExpr: 'local.cognito_domain_prefix',
      callbackUrls: callbackUrls.asList,
      callbackUrlsExpr: 'local.cognito_callback_urls',
      logoutUrls: consolePages.asList,
    });

    this.output(
      'region',
      'Region of the control plane (regional modules write their registration here).',
      region.region,
    );
    this.output('api_endpoint', 'Invoke URL of the REST API stage, ending in `/prod`.', api.stage.invokeUrl);
    this.output('api_id', 'ID of the REST API.', api.restApi.id);
    this.output(
      'api_execution_arn',
      'Execution ARN of the REST API (for `execute-api:Invoke` policies).',
      api.restApi.executionArn,
    );
    this.output('api_stage_name', 'Stage name of the REST API.', API_STAGE);
    this.output(
      'api_stage_execution_arn',
      'Execution ARN of the REST API stage (`execute-api:Invoke` on `<this>/*` allows this stage only).',
      api.stage.executionArn,
    );
    this.output('api_function_name', 'Name of the api Lambda.', api.handler.fn.functionName);
    this.output('api_function_role_arn', 'ARN of the api Lambda execution role.', api.handler.role.arn);
    this.output(
      'scenarios_table_name',
      'Name of the scenarios table (also holds `region-<region>` rows).',
      storage.scenarios.name,
    );
    this.output('scenarios_table_arn', 'ARN of the scenarios table.', storage.scenarios.arn);
    this.output('history_table_name', 'Name of the test-run history table.', storage.history.name);
    this.output('history_table_arn', 'ARN of the test-run history table.', storage.history.arn);
    this.output(
      'history_start_time_index',
      'Name of the history GSI ordered by start time.',
      HISTORY_START_TIME_INDEX,
    );
    this.output('scenarios_bucket_name', 'Name of the scenarios/results bucket.', storage.bucket.bucket);
    this.output('scenarios_bucket_arn', 'ARN of the scenarios/results bucket.', storage.bucket.arn);
    this.output('kms_key_arn', 'The customer KMS key in use, or null for AWS-managed keys.', kmsKeyArn.value);
    this.output('user_pool_id', 'ID of the Cognito user pool.', auth.userPool.id);
    this.output(
      'user_pool_endpoint',
      'Issuer host/path of the user pool (JWT `iss` without https://).',
      auth.userPool.endpoint,
    );
    this.output(
      'user_pool_client_id',
      'ID of the console/CLI app client (public: authorization code with PKCE through the Hosted UI, and SRP).',
      auth.client.id,
    );
    this.output(
      'cognito_domain',
      "The Cognito Hosted UI as an https URL: the console module's `cognito_domain`, and `dlt configure --cognito-domain`.",
      x(
        `"https://\${aws_cognito_user_pool_domain.user_pool_domain.domain}.auth.\${data.aws_region.current_region.region}.amazoncognito.com"`,
      ),
    );
    this.output(
      'cognito_callback_urls',
      'Where the Hosted UI may send an authorization code (console sign-in pages, then the CLI callbacks).',
      callbackUrls.asList,
    );
    this.output('identity_pool_id', 'ID of the Cognito identity pool.', auth.identityPool.id);
    this.output('account_id', 'AWS account of the deployment.', account.accountId);
    this.output(
      'stack_name',
      `Value of the \`${STACK_TAG}\` tag regional instances must put on their cluster and task definition.`,
      stackName.asString,
    );
    this.output('state_machine_arn', 'ARN of the test-run state machine.', orchestration.stateMachine.arn);
    this.output('state_machine_name', 'Name of the test-run state machine.', orchestration.stateMachineName);
    this.output(
      'state_machine_log_group_name',
      'Log group of the test-run state machine.',
      orchestration.logGroup.name,
    );
    this.output(
      'orchestration_function_names',
      'Names of the orchestration Lambdas, by step.',
      Object.fromEntries(
        Object.keys(STEPS).map((id) => [id, steps[id as keyof typeof STEPS].fn.functionName]),
      ),
    );
    this.output(
      'task_failure_handler_arn',
      'ARN of the Lambda that counts stopped load-tester tasks (target of the ECS task-stopped rule).',
      steps.task_failure_handler.fn.arn,
    );
    this.output(
      'event_bus_arn',
      "ARN of core's default event bus: regional instances in other regions forward ECS task-stopped events " +
        'here (EventBridge rules only see their own region).',
      `arn:${partition.partition}:events:${region.region}:${account.accountId}:event-bus/default`,
    );
    this.output(
      'event_rule_names',
      'Names of the safety-net EventBridge rules (task stopped, execution failed, hourly orphan cleanup).',
      rules.map((r) => r.name),
    );
    this.output(
      'schedule_group_name',
      'EventBridge Scheduler group of scheduled tests.',
      scheduling.group.name,
    );
    this.output(
      'scheduler_role_arn',
      'Role EventBridge Scheduler assumes to invoke the api Lambda.',
      scheduling.role.arn,
    );
    this.output(
      'iot_endpoint',
      "The account's IoT Core data endpoint (ATS) in core's region, without scheme: live data is published and " +
        'subscribed here.',
      live.endpoint.endpointAddress,
    );
    this.output(
      'live_data_topic_prefix',
      'MQTT topic prefix of live data; a run publishes on `<prefix><testId>`.',
      LIVE_TOPIC_PREFIX,
    );
    this.output(
      'live_data_topic_arn',
      "IoT topic ARN pattern of live data in core's region (for `iot:Publish` in regional instances).",
      `arn:${partition.partition}:iot:${region.region}:${account.accountId}:topic/${LIVE_TOPIC_PREFIX}*`,
    );
    this.output(
      'iot_policy_name',
      'IoT policy the console attaches to a signed-in Cognito identity so it may receive live data.',
      live.policy.name,
    );
  }
}
