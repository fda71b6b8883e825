import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateTableCommand,
  DynamoDBClient,
  GetItemCommand,
  ListTablesCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import {
  CreateBucketCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  paginateListObjectsV2,
  S3Client,
} from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from 'vitest';
import { type StandIns, startStandIns } from './stand-ins.js';

function clientsFor(standIns: StandIns) {
  const common = { region: standIns.region, credentials: standIns.credentials };
  const dynamo = new DynamoDBClient({ ...common, endpoint: standIns.dynamodbEndpoint });
  const s3 = new S3Client({
    ...common,
    endpoint: standIns.s3Endpoint,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return {
    dynamo,
    s3,
    destroy() {
      dynamo.destroy();
      s3.destroy();
    },
  };
}

async function writeSample(standIns: StandIns): Promise<void> {
  const { dynamo, s3, destroy } = clientsFor(standIns);
  try {
    await dynamo.send(
      new CreateTableCommand({
        TableName: 'persisted',
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    // No wait for ACTIVE: createTableMs 0 makes the table usable at once.
    await dynamo.send(
      new PutItemCommand({ TableName: 'persisted', Item: { id: { S: 'a' }, n: { N: '42' } } }),
    );
    await s3.send(new CreateBucketCommand({ Bucket: 'persisted' }));
    await s3.send(new PutObjectCommand({ Bucket: 'persisted', Key: 'dir/x.txt', Body: 'hello' }));
  } finally {
    destroy();
  }
}

async function readSample(standIns: StandIns): Promise<{ n: string | undefined; body: string | undefined }> {
  const { dynamo, s3, destroy } = clientsFor(standIns);
  try {
    const item = await dynamo.send(new GetItemCommand({ TableName: 'persisted', Key: { id: { S: 'a' } } }));
    const object = await s3.send(new GetObjectCommand({ Bucket: 'persisted', Key: 'dir/x.txt' }));
    return { n: item.Item?.n?.N, body: await object.Body?.transformToString() };
  } finally {
    destroy();
  }
}

describe('startStandIns', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('listens on loopback ephemeral ports and answers SDK calls', async () => {
    const standIns = await startStandIns();
    cleanups.push(() => standIns.close());
    expect(standIns.dynamodbEndpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(standIns.s3Endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(standIns.dynamodbEndpoint).not.toBe(standIns.s3Endpoint);
    expect(standIns.region).toBe('us-east-1');
    await writeSample(standIns);
    expect(await readSample(standIns)).toEqual({ n: '42', body: 'hello' });
  });

  it('keeps the data across a restart on the same stateDir, in the same process', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'stand-ins-test-'));
    cleanups.push(() => rm(stateDir, { recursive: true, force: true }));

    const first = await startStandIns({ stateDir });
    await writeSample(first);
    await first.close();

    // Reopening the LevelDB directory fails with a lock error unless close() released it.
    const second = await startStandIns({ stateDir });
    cleanups.push(() => second.close());
    expect(await readSample(second)).toEqual({ n: '42', body: 'hello' });
  });

  it('refuses to start on a stateDir another running instance holds, instead of crashing later', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'stand-ins-test-'));
    cleanups.push(() => rm(stateDir, { recursive: true, force: true }));
    const holder = await startStandIns({ stateDir });
    cleanups.push(() => holder.close());
    await expect(startStandIns({ stateDir })).rejects.toThrow(/another local instance/);
  });

  it('starts empty without a stateDir, and two instances do not share data', async () => {
    const a = await startStandIns();
    cleanups.push(() => a.close());
    await writeSample(a);
    const b = await startStandIns();
    cleanups.push(() => b.close());
    const { dynamo, destroy } = clientsFor(b);
    try {
      expect((await dynamo.send(new ListTablesCommand({}))).TableNames).toEqual([]);
    } finally {
      destroy();
    }
  });

  it('pages ListObjectsV2 like S3 (s3rver’s own DES-based tokens fail on OpenSSL 3)', async () => {
    const standIns = await startStandIns();
    cleanups.push(() => standIns.close());
    const { s3, destroy } = clientsFor(standIns);
    cleanups.push(async () => destroy());
    await s3.send(new CreateBucketCommand({ Bucket: 'paged' }));
    const keys = Array.from({ length: 25 }, (_, i) => `p/${String(i).padStart(2, '0')}.txt`);
    await Promise.all(
      [...keys, 'other/x', 'p/sub/a', 'p/sub/b'].map((Key) =>
        s3.send(new PutObjectCommand({ Bucket: 'paged', Key, Body: Key })),
      ),
    );

    const pages: string[][] = [];
    for await (const page of paginateListObjectsV2(
      { client: s3, pageSize: 7 },
      { Bucket: 'paged', Prefix: 'p/' },
    )) {
      expect(page.KeyCount).toBe(page.Contents?.length);
      pages.push((page.Contents ?? []).map((o) => o.Key ?? ''));
    }
    expect(pages.map((p) => p.length)).toEqual([7, 7, 7, 6]);
    expect(pages.flat()).toEqual([...keys, 'p/sub/a', 'p/sub/b']);

    const after = await s3.send(
      new ListObjectsV2Command({ Bucket: 'paged', Prefix: 'p/', StartAfter: 'p/22.txt' }),
    );
    expect(after.Contents?.map((o) => o.Key)).toEqual(['p/23.txt', 'p/24.txt', 'p/sub/a', 'p/sub/b']);
    expect(after.IsTruncated).toBe(false);
    expect(after.NextContinuationToken).toBeUndefined();
    expect(after.Contents?.[0]?.Owner).toBeUndefined();

    const grouped = await s3.send(
      new ListObjectsV2Command({ Bucket: 'paged', Prefix: 'p/', Delimiter: '/' }),
    );
    expect(grouped.CommonPrefixes?.map((p) => p.Prefix)).toEqual(['p/sub/']);
    expect(grouped.Contents).toHaveLength(25);
  });

  it('close() is idempotent and does not hang while a client still holds keep-alive sockets', async () => {
    const standIns = await startStandIns();
    const { dynamo } = clientsFor(standIns);
    await dynamo.send(new ListTablesCommand({}));
    const started = Date.now();
    await standIns.close();
    await standIns.close();
    expect(Date.now() - started).toBeLessThan(5_000);
    dynamo.destroy();
  });
});
