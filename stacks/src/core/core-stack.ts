import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition/index.js';
import { DataAwsRegion } from '@cdktf/provider-aws/lib/data-aws-region/index.js';
import type { Construct } from 'constructs';
import { commonVariables } from '../lib/common-variables.js';
import { type ModuleDoc, ModuleStack } from '../lib/module-stack.js';
import { API_STAGE, createApi } from './api.js';
import { createAuth } from './auth.js';
import { createStorage, HISTORY_START_TIME_INDEX } from './storage.js';

export class CoreStack extends ModuleStack {
  readonly doc: ModuleDoc = {
    title: 'core',
    summary:
      'The control plane: DynamoDB tables, the scenarios bucket, the REST API (IAM auth) with its Lambda, and ' +
      'Cognito sign-in. Deploy once, in the region that hosts the API; add one `regional` module per region ' +
      'that runs load.',
    status: [
      'Incomplete (first increment). Not yet here: the Step Functions state machine and its orchestration ' +
        'Lambdas, the EventBridge Scheduler role and group, EventBridge rules (ECS task stopped, state machine ' +
        'failed), the hourly orphan cleanup, the IoT policy for live data, scenarios-bucket CORS for the console, ' +
        'and `iam:PassRole` on the regional task roles.',
      'The api Lambda code in `functions/api/` is a placeholder that answers 501 "not built yet" until the ' +
        'function bundles are built into the module.',
    ],
  };

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

    const partition = new DataAwsPartition(this, 'current');
    const region = new DataAwsRegion(this, 'current_region');
    const namePrefix = common.namePrefix.stringValue;
    const storage = createStorage(this, {
      namePrefix,
      kmsKeyArn,
      resultsExpirationDays,
      forceDestroy,
      deletionProtection,
    });
    const api = createApi(this, {
      namePrefix,
      logRetentionDays: common.logRetentionDays.numberValue,
      permissionsBoundary: common.permissionsBoundary.stringValue,
      kmsKeyArn,
      throttlingRateLimit: rateLimit.numberValue,
      throttlingBurstLimit: burstLimit.numberValue,
      manageAccountLogsRole,
      partition: partition.partition,
      storage,
    });
    const auth = createAuth(this, {
      namePrefix,
      adminName: adminName.stringValue,
      adminEmail: adminEmail.stringValue,
      deletionProtection: `\${var.deletion_protection ? "ACTIVE" : "INACTIVE"}`,
      permissionsBoundary: common.permissionsBoundary.stringValue,
      apiExecutionArn: api.restApi.executionArn,
      bucket: storage.bucket,
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
    this.output('user_pool_client_id', 'ID of the console/CLI app client.', auth.client.id);
    this.output('identity_pool_id', 'ID of the Cognito identity pool.', auth.identityPool.id);
  }
}
