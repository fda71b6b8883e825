import { ApiGatewayAccount } from '@cdktf/provider-aws/lib/api-gateway-account/index.js';
import { ApiGatewayDeployment } from '@cdktf/provider-aws/lib/api-gateway-deployment/index.js';
import { ApiGatewayIntegration } from '@cdktf/provider-aws/lib/api-gateway-integration/index.js';
import { ApiGatewayMethod } from '@cdktf/provider-aws/lib/api-gateway-method/index.js';
import { ApiGatewayMethodSettings } from '@cdktf/provider-aws/lib/api-gateway-method-settings/index.js';
import { ApiGatewayResource } from '@cdktf/provider-aws/lib/api-gateway-resource/index.js';
import { ApiGatewayRestApi } from '@cdktf/provider-aws/lib/api-gateway-rest-api/index.js';
import { ApiGatewayStage } from '@cdktf/provider-aws/lib/api-gateway-stage/index.js';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group/index.js';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role/index.js';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment/index.js';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission/index.js';
import { Fn, type TerraformVariable } from 'cdktf';
import type { Construct } from 'constructs';
import { countIf, v, x } from '../lib/expr.js';
import { policyDocument, type Statement, serviceTrust } from '../lib/iam.js';
import { type NodeFunction, nodeFunction } from '../lib/lambda.js';
import { customerKeyPolicy } from './kms.js';
import { storageStatements } from './permissions.js';
import type { Storage } from './storage.js';

/** The stage DLT clients call (`/prod/...`), kept for v4 compatibility. */
export const API_STAGE = 'prod';

export interface ApiProps {
  namePrefix: string;
  logRetentionDays: number;
  permissionsBoundary: string;
  kmsKeyArn: TerraformVariable;
  throttlingRateLimit: number;
  throttlingBurstLimit: number;
  manageAccountLogsRole: TerraformVariable;
  partition: string;
  storage: Storage;
  /** The api Lambda's name (callers build ARNs from it without referencing the function). */
  functionName: string;
  /** Runs, cancels, schedules and region info: what the api Lambda's AWS wiring reads (functions/api/src/lambda.ts). */
  environment: Record<string, string>;
  /** The rights that wiring needs beyond the tables and the bucket. */
  statements: Statement[];
}

export interface Api {
  restApi: ApiGatewayRestApi;
  stage: ApiGatewayStage;
  handler: NodeFunction;
}

export function createApi(scope: Construct, props: ApiProps): Api {
  const { scenarios, history, bucket } = props.storage;
  const handler = nodeFunction(scope, 'api', {
    functionName: props.functionName,
    description: 'DLT REST API (v4 compatible routes)',
    sourceDir: 'functions/api',
    logRetentionDays: props.logRetentionDays,
    permissionsBoundary: props.permissionsBoundary,
    environment: {
      SCENARIOS_TABLE: scenarios.name,
      HISTORY_TABLE: history.name,
      SCENARIOS_BUCKET: bucket.bucket,
      POWERTOOLS_SERVICE_NAME: 'dlt-api',
      ...props.environment,
    },
    statements: [...storageStatements(props.storage), ...props.statements],
  });
  customerKeyPolicy(scope, 'api', handler.role, props.kmsKeyArn);

  const restApi = new ApiGatewayRestApi(scope, 'rest_api', {
    name: `${props.namePrefix}-api`,
    description: 'Distributed load testing REST API (IAM auth)',
    endpointConfiguration: { types: ['REGIONAL'] },
  });
  const proxy = new ApiGatewayResource(scope, 'proxy', {
    restApiId: restApi.id,
    parentId: restApi.rootResourceId,
    pathPart: '{proxy+}',
  });
  const methods = [
    { id: 'root', resourceId: restApi.rootResourceId },
    { id: 'proxy', resourceId: proxy.id },
  ].map(({ id, resourceId }) => {
    const method = new ApiGatewayMethod(scope, `${id}_any`, {
      restApiId: restApi.id,
      resourceId,
      httpMethod: 'ANY',
      authorization: 'AWS_IAM',
    });
    const integration = new ApiGatewayIntegration(scope, `${id}_any_lambda`, {
      restApiId: restApi.id,
      resourceId,
      httpMethod: method.httpMethod,
      type: 'AWS_PROXY',
      integrationHttpMethod: 'POST',
      uri: handler.fn.invokeArn,
    });
    return { method, integration };
  });

  new LambdaPermission(scope, 'api_invoke_from_rest_api', {
    action: 'lambda:InvokeFunction',
    functionName: handler.fn.functionName,
    principal: 'apigateway.amazonaws.com',
    sourceArn: `${restApi.executionArn}/*/*`,
  });

  const deployment = new ApiGatewayDeployment(scope, 'deployment', {
    restApiId: restApi.id,
    // A new deployment whenever the route wiring changes; otherwise the stage keeps serving the old one.
    triggers: {
      redeployment: Fn.sha1(
        Fn.jsonencode([
          proxy.id,
          ...methods.flatMap(({ method, integration }) => [method.id, integration.id]),
        ]),
      ),
    },
    lifecycle: { createBeforeDestroy: true },
    dependsOn: methods.map(({ integration }) => integration),
  });

  const accessLogs = new CloudwatchLogGroup(scope, 'api_access_logs', {
    name: `/aws/apigateway/${props.namePrefix}-api/access`,
    retentionInDays: props.logRetentionDays,
  });
  new IamRole(scope, 'api_gateway_logs_role', {
    count: countIf(v(props.manageAccountLogsRole)),
    name: `${props.namePrefix}-apigw-logs`,
    description: 'Lets API Gateway write access logs in this account and region',
    assumeRolePolicy: policyDocument(
      scope,
      'api_gateway_logs_trust',
      serviceTrust('apigateway.amazonaws.com'),
    ).json,
    permissionsBoundary: props.permissionsBoundary,
  });
  new IamRolePolicyAttachment(scope, 'api_gateway_logs_role_policy', {
    count: countIf(v(props.manageAccountLogsRole)),
    role: x('aws_iam_role.api_gateway_logs_role[0].name'),
    policyArn: `arn:${props.partition}:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs`,
  });
  const account = new ApiGatewayAccount(scope, 'api_gateway_account', {
    count: countIf(v(props.manageAccountLogsRole)),
    cloudwatchRoleArn: x('aws_iam_role.api_gateway_logs_role[0].arn'),
  });

  const stage = new ApiGatewayStage(scope, 'stage', {
    restApiId: restApi.id,
    deploymentId: deployment.id,
    stageName: API_STAGE,
    xrayTracingEnabled: true,
    accessLogSettings: {
      destinationArn: accessLogs.arn,
      format: Fn.jsonencode(ACCESS_LOG_FORMAT),
    },
    dependsOn: [account],
  });
  new ApiGatewayMethodSettings(scope, 'stage_settings', {
    restApiId: restApi.id,
    stageName: stage.stageName,
    methodPath: '*/*',
    settings: {
      metricsEnabled: true,
      throttlingRateLimit: props.throttlingRateLimit,
      throttlingBurstLimit: props.throttlingBurstLimit,
    },
  });
  return { restApi, stage, handler };
}

const ACCESS_LOG_FORMAT = {
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  caller: '$context.identity.caller',
  user: '$context.identity.user',
  requestTime: '$context.requestTime',
  httpMethod: '$context.httpMethod',
  resourcePath: '$context.resourcePath',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  integrationLatency: '$context.integrationLatency',
};
