import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, HeadBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';

/** The GSI DLT queries for the run list, newest first. */
export const HISTORY_START_TIME_INDEX = 'testId-startTime-index';

export interface StorageNames {
  scenariosTable: string;
  historyTable: string;
  bucket: string;
}

// DynamoDB's own limits (dynalite enforces the 3-character minimum too) and S3's bucket naming rules.
const tableName = z.string().regex(/^[a-zA-Z0-9_.-]{3,255}$/, 'a table name is 3-255 of [a-zA-Z0-9_.-]');
export const storageNamesSchema = z.object({
  scenariosTable: tableName,
  historyTable: tableName,
  bucket: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      'a bucket name is 3-63 of [a-z0-9.-], starting/ending alnum',
    ),
});

/** Validated names, so a typo fails at start-up rather than on the first request. */
export function storageNames(names: StorageNames): StorageNames {
  return storageNamesSchema.parse(names);
}

/** The variable names DLT's Lambdas read. */
export function storageNamesFromEnv(env: NodeJS.ProcessEnv = process.env): StorageNames {
  return storageNames({
    scenariosTable: env.SCENARIOS_TABLE ?? '',
    historyTable: env.HISTORY_TABLE ?? '',
    bucket: env.SCENARIOS_BUCKET ?? '',
  });
}

function scenariosTableInput(name: string): CreateTableCommandInput {
  return {
    TableName: name,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'testId', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'testId', KeyType: 'HASH' }],
  };
}

function historyTableInput(name: string): CreateTableCommandInput {
  return {
    TableName: name,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: 'testId', AttributeType: 'S' },
      { AttributeName: 'testRunId', AttributeType: 'S' },
      { AttributeName: 'startTime', AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: 'testId', KeyType: 'HASH' },
      { AttributeName: 'testRunId', KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: HISTORY_START_TIME_INDEX,
        KeySchema: [
          { AttributeName: 'testId', KeyType: 'HASH' },
          { AttributeName: 'startTime', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ],
  };
}

function keyText(schema: { AttributeName?: string; KeyType?: string }[] | undefined): string {
  return (schema ?? []).map((k) => `${k.AttributeName}:${k.KeyType}`).join(',');
}

const ACTIVE_WAIT_MS = 5 * 60_000;

/**
 * On AWS a new table (and its GSI) is CREATING for a while and rejects reads and writes until ACTIVE;
 * dynalite with createTableMs 0 is ACTIVE at once, so the loop ends on the first call there.
 */
async function waitUntilActive(ddb: DynamoDBDocumentClient, name: string): Promise<TableDescription> {
  const deadline = Date.now() + ACTIVE_WAIT_MS;
  for (let delay = 500; ; delay = Math.min(delay * 2, 5_000)) {
    const { Table } = await ddb.send(new DescribeTableCommand({ TableName: name }));
    const indexesActive = (Table?.GlobalSecondaryIndexes ?? []).every((g) => g.IndexStatus === 'ACTIVE');
    if (Table && Table.TableStatus === 'ACTIVE' && indexesActive) return Table;
    if (Date.now() > deadline)
      throw new Error(`Table ${name} is not ACTIVE after ${ACTIVE_WAIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** Creates the table unless it exists; an existing one must have the expected keys and GSI. */
async function ensureTable(ddb: DynamoDBDocumentClient, input: CreateTableCommandInput): Promise<boolean> {
  let created = true;
  try {
    await ddb.send(new CreateTableCommand(input));
  } catch (error) {
    if (!(error instanceof Error && error.name === 'ResourceInUseException')) throw error;
    created = false;
  }
  const Table = await waitUntilActive(ddb, input.TableName!);
  const problems: string[] = [];
  if (keyText(Table?.KeySchema) !== keyText(input.KeySchema)) problems.push('key schema');
  for (const index of input.GlobalSecondaryIndexes ?? []) {
    const found = Table?.GlobalSecondaryIndexes?.find((g) => g.IndexName === index.IndexName);
    if (!found || keyText(found.KeySchema) !== keyText(index.KeySchema))
      problems.push(`index ${index.IndexName}`);
  }
  if (problems.length > 0) {
    throw new Error(`Table ${input.TableName} exists with a different ${problems.join(' and ')}`);
  }
  return created;
}

async function ensureBucket(s3: S3Client, bucket: string): Promise<boolean> {
  try {
    await s3.send(new HeadBucketCommand({ Bucket: bucket }));
    return false;
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (status !== 404) throw error;
  }
  const region = await s3.config.region();
  try {
    await s3.send(
      new CreateBucketCommand({
        Bucket: bucket,
        // us-east-1 is the one region where S3 refuses an explicit location constraint.
        ...(region === 'us-east-1'
          ? {}
          : { CreateBucketConfiguration: { LocationConstraint: region as never } }),
      }),
    );
  } catch (error) {
    // A concurrent start created it between the HEAD and here.
    if (error instanceof Error && error.name === 'BucketAlreadyOwnedByYou') return false;
    throw error;
  }
  return true;
}

export interface EnsureStorageResult {
  /** What did not exist and was created, by name. */
  created: string[];
}

/**
 * Creates the two tables and the bucket when they are missing (local mode and tests; on AWS, Terraform owns
 * them and this is a no-op apart from the checks). Safe to run at every start.
 */
export async function ensureStorage(
  clients: { ddb: DynamoDBDocumentClient; s3: S3Client },
  names: StorageNames,
): Promise<EnsureStorageResult> {
  const valid = storageNames(names);
  const [scenarios, history, bucket] = await Promise.all([
    ensureTable(clients.ddb, scenariosTableInput(valid.scenariosTable)),
    ensureTable(clients.ddb, historyTableInput(valid.historyTable)),
    ensureBucket(clients.s3, valid.bucket),
  ]);
  const created: string[] = [];
  if (scenarios) created.push(valid.scenariosTable);
  if (history) created.push(valid.historyTable);
  if (bucket) created.push(valid.bucket);
  return { created };
}
