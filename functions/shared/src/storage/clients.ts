import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface StorageClientConfig {
  region: string;
  /** Set for the local stand-ins (or any DynamoDB-compatible endpoint); absent on AWS. */
  dynamodbEndpoint?: string;
  /** Set for the local stand-ins (or any S3-compatible endpoint); absent on AWS. */
  s3Endpoint?: string;
  /** Absent: the SDK's default provider chain (Lambda role, profile, env). */
  credentials?: DynamoDBClientConfig['credentials'] & S3ClientConfig['credentials'];
}

export interface StorageClients {
  ddb: DynamoDBDocumentClient;
  s3: S3Client;
  /** Closes the clients' sockets (tests and local shutdown; Lambdas keep them for the next invocation). */
  destroy(): void;
}

export function createStorageClients(cfg: StorageClientConfig): StorageClients {
  const common = { region: cfg.region, ...(cfg.credentials ? { credentials: cfg.credentials } : {}) };
  const dynamo = new DynamoDBClient({
    ...common,
    ...(cfg.dynamodbEndpoint ? { endpoint: cfg.dynamodbEndpoint } : {}),
  });
  const ddb = DynamoDBDocumentClient.from(dynamo, {
    // Optional fields of a row are simply left out; without this, one undefined field fails the whole write.
    marshallOptions: { removeUndefinedValues: true },
  });
  const s3 = new S3Client({
    ...common,
    // Also on AWS: with the default (WHEN_SUPPORTED) a presigned PUT carries the CRC32 of an empty body, and
    // S3 rejects every real upload to it. Plain PutObject needs no checksum (the payload is signed).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    ...(cfg.s3Endpoint
      ? {
          endpoint: cfg.s3Endpoint,
          // Stand-ins have no virtual-host buckets, and s3rver stores aws-chunked checksum framing verbatim.
          forcePathStyle: true,
          responseChecksumValidation: 'WHEN_REQUIRED' as const,
        }
      : {}),
  });
  return {
    ddb,
    s3,
    destroy() {
      ddb.destroy();
      s3.destroy();
    },
  };
}
