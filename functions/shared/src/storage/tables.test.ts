import { CreateTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { HeadBucketCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StandIns, startStandIns } from '../../../local-mode/src/stand-ins.js';
import { createStorageClients, type StorageClients } from './clients.js';
import { ensureStorage, HISTORY_START_TIME_INDEX, storageNames, storageNamesFromEnv } from './tables.js';

describe('storage names', () => {
  it('reads DLT’s variables and validates them', () => {
    expect(
      storageNamesFromEnv({
        SCENARIOS_TABLE: 'dlt-scenarios',
        HISTORY_TABLE: 'dlt.history',
        SCENARIOS_BUCKET: 'dlt-bkt',
      }),
    ).toEqual({ scenariosTable: 'dlt-scenarios', historyTable: 'dlt.history', bucket: 'dlt-bkt' });
    expect(() => storageNamesFromEnv({})).toThrow();
    expect(() => storageNames({ scenariosTable: 'ab', historyTable: 'history', bucket: 'bkt' })).toThrow();
    expect(() =>
      storageNames({ scenariosTable: 'abc', historyTable: 'history', bucket: 'Bad_Bucket' }),
    ).toThrow();
  });
});

describe('ensureStorage (dynalite + s3rver)', () => {
  let standIns: StandIns;
  let clients: StorageClients;
  beforeAll(async () => {
    standIns = await startStandIns();
    clients = createStorageClients({
      region: standIns.region,
      dynamodbEndpoint: standIns.dynamodbEndpoint,
      s3Endpoint: standIns.s3Endpoint,
      credentials: standIns.credentials,
    });
  });
  afterAll(async () => {
    clients.destroy();
    await standIns.close();
  });

  const names = { scenariosTable: 'dlt-scenarios', historyTable: 'dlt-history', bucket: 'dlt-bucket' };

  it('creates both tables and the bucket, then is a no-op', async () => {
    expect((await ensureStorage(clients, names)).created).toEqual([
      'dlt-scenarios',
      'dlt-history',
      'dlt-bucket',
    ]);
    expect((await ensureStorage(clients, names)).created).toEqual([]);
    await clients.s3.send(new HeadBucketCommand({ Bucket: 'dlt-bucket' }));

    const scenarios = (await clients.ddb.send(new DescribeTableCommand({ TableName: 'dlt-scenarios' })))
      .Table;
    expect(scenarios?.KeySchema).toEqual([{ AttributeName: 'testId', KeyType: 'HASH' }]);
    expect(scenarios?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');

    const history = (await clients.ddb.send(new DescribeTableCommand({ TableName: 'dlt-history' }))).Table;
    expect(history?.KeySchema).toEqual([
      { AttributeName: 'testId', KeyType: 'HASH' },
      { AttributeName: 'testRunId', KeyType: 'RANGE' },
    ]);
    const index = history?.GlobalSecondaryIndexes?.[0];
    expect(index?.IndexName).toBe(HISTORY_START_TIME_INDEX);
    expect(index?.KeySchema).toEqual([
      { AttributeName: 'testId', KeyType: 'HASH' },
      { AttributeName: 'startTime', KeyType: 'RANGE' },
    ]);
    expect(index?.Projection?.ProjectionType).toBe('ALL');
  });

  it('runs concurrently without tripping over itself', async () => {
    const other = { scenariosTable: 'c-scenarios', historyTable: 'c-history', bucket: 'c-bucket' };
    const results = await Promise.all([ensureStorage(clients, other), ensureStorage(clients, other)]);
    // Tables are reported once; a bucket may be reported twice, because S3 in us-east-1 (and s3rver) answer a
    // repeated CreateBucket by the owner with success.
    expect([...new Set(results.flatMap((r) => r.created))].sort()).toEqual([
      'c-bucket',
      'c-history',
      'c-scenarios',
    ]);
    expect(results.flatMap((r) => r.created).filter((name) => name !== 'c-bucket')).toHaveLength(2);
  });

  it('refuses an existing table with other keys rather than failing later', async () => {
    await clients.ddb.send(
      new CreateTableCommand({
        TableName: 'wrong-history',
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      }),
    );
    await expect(ensureStorage(clients, { ...names, historyTable: 'wrong-history' })).rejects.toThrow(
      /wrong-history exists with a different key schema and index testId-startTime-index/,
    );
  });
});
