import { DynamodbTable } from '@cdktf/provider-aws/lib/dynamodb-table/index.js';
import type { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket/index.js';
import { S3BucketCorsConfiguration } from '@cdktf/provider-aws/lib/s3-bucket-cors-configuration/index.js';
import { S3BucketLifecycleConfiguration } from '@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration/index.js';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy/index.js';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration/index.js';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning/index.js';
import { type TerraformVariable, Token } from 'cdktf';
import type { Construct } from 'constructs';
import { countIf, v, x } from '../lib/expr.js';
import { policyDocument } from '../lib/iam.js';
import { privateBucket } from '../lib/private-bucket.js';

export interface StorageProps {
  namePrefix: string;
  /** KMS key ARN, `null` meaning AWS-managed keys. */
  kmsKeyArn: TerraformVariable;
  resultsExpirationDays: TerraformVariable;
  forceDestroy: TerraformVariable;
  deletionProtection: TerraformVariable;
  /** Origins of the web console (`https://host`), allowed to PUT scripts and GET results in the browser. */
  consoleUrls: TerraformVariable;
}

export interface Storage {
  scenarios: DynamodbTable;
  history: DynamodbTable;
  bucket: S3Bucket;
}

/** Names the api Lambda and the orchestration share with local mode; see functions/shared. */
export const HISTORY_START_TIME_INDEX = 'testId-startTime-index';

export function createStorage(scope: Construct, props: StorageProps): Storage {
  const tableDefaults = {
    billingMode: 'PAY_PER_REQUEST',
    pointInTimeRecovery: { enabled: true },
    // enabled=true with a null key ARN means the AWS-managed key (aws/dynamodb), so a KMS key stays optional.
    serverSideEncryption: { enabled: true, kmsKeyArn: props.kmsKeyArn.stringValue },
    deletionProtectionEnabled: props.deletionProtection.booleanValue,
  };
  const scenarios = new DynamodbTable(scope, 'scenarios', {
    ...tableDefaults,
    name: `${props.namePrefix}-scenarios`,
    hashKey: 'testId',
    attribute: [{ name: 'testId', type: 'S' }],
  });
  const history = new DynamodbTable(scope, 'history', {
    ...tableDefaults,
    name: `${props.namePrefix}-history`,
    hashKey: 'testId',
    rangeKey: 'testRunId',
    attribute: [
      { name: 'testId', type: 'S' },
      { name: 'testRunId', type: 'S' },
      { name: 'startTime', type: 'S' },
    ],
    globalSecondaryIndex: [
      {
        name: HISTORY_START_TIME_INDEX,
        hashKey: 'testId',
        rangeKey: 'startTime',
        // ALL, as the storage code creates it locally: the runs list reads scheduleTimezone and other fields.
        projectionType: 'ALL',
      },
    ],
  });

  const bucket = privateBucket(scope, 'scenarios', props);
  new S3BucketVersioningA(scope, 'scenarios_bucket_versioning', {
    bucket: bucket.id,
    versioningConfiguration: { status: 'Enabled' },
  });
  new S3BucketServerSideEncryptionConfigurationA(scope, 'scenarios_bucket_encryption', {
    bucket: bucket.id,
    rule: [
      {
        applyServerSideEncryptionByDefault: {
          sseAlgorithm: x(`${v(props.kmsKeyArn)} == null ? "AES256" : "aws:kms"`),
          kmsMasterKeyId: props.kmsKeyArn.stringValue,
        },
        // Bucket keys cut KMS request charges by orders of magnitude for the many small result objects.
        bucketKeyEnabled: true,
      },
    ],
  });
  const tlsOnly = policyDocument(scope, 'scenarios_bucket_policy_doc', [
    {
      sid: 'DenyInsecureTransport',
      effect: 'Deny',
      actions: ['s3:*'],
      resources: [bucket.arn, `${bucket.arn}/*`],
      principals: [{ type: '*', identifiers: ['*'] }],
      condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
    },
  ]);
  new S3BucketPolicy(scope, 'scenarios_bucket_policy', { bucket: bucket.id, policy: tlsOnly.json });
  new S3BucketLifecycleConfiguration(scope, 'scenarios_bucket_lifecycle', {
    bucket: bucket.id,
    rule: [
      {
        id: 'expire-results',
        // 0 disables expiry; Terraform needs the rule to exist either way, so it is switched off, not removed.
        status: x(`${v(props.resultsExpirationDays)} > 0 ? "Enabled" : "Disabled"`),
        filter: [{ prefix: 'results/' }],
        expiration: [{ days: Token.asNumber(x(`max(${v(props.resultsExpirationDays)}, 1)`)) }],
      },
      {
        id: 'tidy-versions-and-uploads',
        status: 'Enabled',
        filter: [{}],
        noncurrentVersionExpiration: [{ noncurrentDays: 30 }],
        abortIncompleteMultipartUpload: [{ daysAfterInitiation: 7 }],
      },
    ],
  });
  // The console uploads scripts with presigned PUTs and reads results with signed GETs from its own origin.
  // S3 refuses a CORS rule without origins, so there is none until a console origin is given.
  new S3BucketCorsConfiguration(scope, 'scenarios_bucket_cors', {
    count: countIf(`length(${v(props.consoleUrls)}) > 0`),
    bucket: bucket.id,
    corsRule: [
      {
        id: 'console',
        allowedMethods: CONSOLE_CORS_METHODS,
        allowedOrigins: props.consoleUrls.listValue,
        allowedHeaders: CONSOLE_CORS_HEADERS,
        // The console checks an upload landed by its ETag (and multipart uploads need it).
        exposeHeaders: ['ETag'],
        maxAgeSeconds: 3000,
      },
    ],
  });
  return { scenarios, history, bucket };
}

export const CONSOLE_CORS_METHODS = ['GET', 'PUT'];
/** What a presigned PUT and a SigV4-signed GET send: content headers, the signature and the SDK's own headers. */
export const CONSOLE_CORS_HEADERS = ['authorization', 'content-type', 'content-md5', 'x-amz-*', 'amz-sdk-*'];
