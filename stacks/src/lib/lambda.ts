import { DataArchiveFile } from '@cdktf/provider-archive/lib/data-archive-file/index.js';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group/index.js';
import type { IamRole } from '@cdktf/provider-aws/lib/iam-role/index.js';
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function/index.js';
import type { Construct } from 'constructs';
import { roleWithPolicy, type Statement, serviceTrust } from './iam.js';

/**
 * The one Node runtime every Lambda uses: the newest one the pinned provider schema (hashicorp/aws 6.25) is known
 * to accept. The security tests keep it on a supported runtime and arm64.
 */
export const NODE_RUNTIME = 'nodejs22.x';
export const SUPPORTED_NODE_RUNTIMES = ['nodejs22.x', 'nodejs24.x'];
export const LAMBDA_ARCHITECTURE = 'arm64';

export interface NodeFunctionProps {
  functionName: string;
  description: string;
  /** Folder with the built bundle, relative to the module (`functions/<name>`); zipped at plan time. */
  sourceDir: string;
  /**
   * An archive several functions share (`sharedCode`) instead of zipping `sourceDir` into `<id>_code`; `handler`
   * then names this function's entry in it.
   */
  archive?: DataArchiveFile;
  /** `<file>.<export>`; default `index.handler`. */
  handler?: string;
  logRetentionDays: number;
  permissionsBoundary: string;
  statements: Statement[];
  environment?: Record<string, string>;
  timeout?: number;
  memorySize?: number;
}

export interface NodeFunction {
  fn: LambdaFunction;
  role: IamRole;
  logGroup: CloudwatchLogGroup;
}

/** Lambda + its log group + its role, addressed `<id>`, `<id>_logs`, `<id>_role`, `<id>_code`. */
export function nodeFunction(scope: Construct, id: string, props: NodeFunctionProps): NodeFunction {
  const logGroup = new CloudwatchLogGroup(scope, `${id}_logs`, {
    name: `/aws/lambda/${props.functionName}`,
    retentionInDays: props.logRetentionDays,
  });
  const role = roleWithPolicy(scope, `${id}_role`, {
    name: `${props.functionName}-lambda`,
    description: `Execution role of the ${props.functionName} Lambda`,
    trust: serviceTrust('lambda.amazonaws.com'),
    permissionsBoundary: props.permissionsBoundary,
    statements: [
      {
        sid: 'WriteOwnLogs',
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [`${logGroup.arn}:*`],
      },
      {
        sid: 'Tracing',
        actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
        resources: ['*'],
      },
      ...props.statements,
    ],
  });
  const code = props.archive ?? sharedCode(scope, `${id}_code`, props.sourceDir);
  const fn = new LambdaFunction(scope, id, {
    functionName: props.functionName,
    description: props.description,
    role: role.arn,
    runtime: NODE_RUNTIME,
    architectures: [LAMBDA_ARCHITECTURE],
    handler: props.handler ?? 'index.handler',
    filename: code.outputPath,
    sourceCodeHash: code.outputBase64Sha256,
    timeout: props.timeout ?? 29,
    memorySize: props.memorySize ?? 512,
    tracingConfig: { mode: 'Active' },
    loggingConfig: { logFormat: 'JSON', logGroup: logGroup.name },
    environment: props.environment ? { variables: props.environment } : undefined,
    dependsOn: [logGroup],
  });
  return { fn, role, logGroup };
}

/**
 * A bundle folder zipped at plan time, addressed `<id>`. The bundle travels inside the module; zipping at plan
 * time keeps the committed module free of binaries. Several functions may use one archive with different handlers.
 */
export function sharedCode(scope: Construct, id: string, sourceDir: string): DataArchiveFile {
  return new DataArchiveFile(scope, id, {
    type: 'zip',
    sourceDir: `\${path.module}/${sourceDir}`,
    outputPath: `\${path.module}/.build/${id.replace(/_code$/, '')}.zip`,
  });
}
