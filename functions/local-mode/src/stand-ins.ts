import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the embedded stand-ins listen and how to talk to them with the AWS SDK. */
export interface StandIns {
  dynamodbEndpoint: string;
  s3Endpoint: string;
  region: 'us-east-1';
  credentials: { accessKeyId: string; secretAccessKey: string };
  /** Stops both servers and releases the LevelDB lock, so the same stateDir can be opened again. */
  close(): Promise<void>;
}

export interface StandInsOptions {
  /** Persist under `<stateDir>/dynamodb` and `<stateDir>/s3`. Absent: DynamoDB in memory, S3 in a temp dir. */
  stateDir?: string;
  host?: '127.0.0.1';
}

// Neither package ships types; these describe only the parts used here.
interface DynaliteOptions {
  path?: string;
  createTableMs?: number;
  deleteTableMs?: number;
  updateTableMs?: number;
}
type DynaliteFactory = (options: DynaliteOptions) => Server;

interface S3rverOptions {
  address: string;
  port: number;
  directory: string;
  silent: boolean;
  resetOnClose?: boolean;
}
interface KoaContext {
  method: string;
  path: string;
  query: Record<string, string | string[] | undefined>;
  body: unknown;
}
type KoaMiddleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void>;
interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
  httpServer?: Server;
  /** Koa's middleware stack, composed when the server starts listening. */
  middleware: KoaMiddleware[];
}
type S3rverClass = new (options: S3rverOptions) => S3rverInstance;

const require = createRequire(import.meta.url);

/**
 * s3rver only accepts access keys from its built-in account registry (it checks the key id, never a V4
 * signature), so this pair is the one that works; dynalite accepts anything.
 */
export const STAND_IN_CREDENTIALS = Object.freeze({ accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' });

export async function startStandIns(opts: StandInsOptions = {}): Promise<StandIns> {
  const host = opts.host ?? '127.0.0.1';
  const dynalite = require('dynalite') as DynaliteFactory;
  const S3rver = require('s3rver') as S3rverClass;

  let dynamoPath: string | undefined;
  let s3Dir: string;
  let tempDir: string | undefined;
  if (opts.stateDir) {
    dynamoPath = join(opts.stateDir, 'dynamodb');
    s3Dir = join(opts.stateDir, 's3');
    await mkdir(dynamoPath, { recursive: true });
    await mkdir(s3Dir, { recursive: true });
  } else {
    tempDir = await mkdtemp(join(tmpdir(), 'dlt-stand-ins-'));
    s3Dir = tempDir;
  }

  if (dynamoPath) await assertLevelDbFree(dynamoPath);
  // Tables must be ACTIVE at once: the default 500 ms CREATING state would make every first write fail.
  const dynamo = dynalite({
    ...(dynamoPath ? { path: dynamoPath } : {}),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  let s3: S3rverInstance | undefined;
  try {
    await listen(dynamo, host);
    s3 = new S3rver({ address: host, port: 0, directory: s3Dir, silent: true });
    // Just before the router: after the vhost rewrite, inside the XML encoder (so bodies are still objects).
    s3.middleware.splice(s3.middleware.length - 1, 0, listObjectsV2Pagination);
    const s3Address = await s3.run();
    const dynamoAddress = dynamo.address() as AddressInfo;
    let closing: Promise<void> | undefined;
    return {
      dynamodbEndpoint: `http://${host}:${dynamoAddress.port}`,
      s3Endpoint: `http://${host}:${s3Address.port}`,
      region: 'us-east-1',
      credentials: { ...STAND_IN_CREDENTIALS },
      close() {
        closing ??= shutDown(dynamo, s3, tempDir);
        return closing;
      },
    };
  } catch (error) {
    await shutDown(dynamo, s3, tempDir).catch(() => undefined);
    throw error;
  }
}

type ListBucketResult = Record<string, unknown> & {
  Contents?: Array<Record<string, unknown> & { Key?: string }>;
  CommonPrefixes?: Array<{ Prefix?: string }>;
  IsTruncated?: boolean;
};

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * s3rver 3.7.1 builds ListObjectsV2 continuation tokens with single DES, which OpenSSL 3 (Node >= 17) no
 * longer offers: every truncated V2 listing, and every request carrying a token, ends in a 500. This serves
 * V2 listings through s3rver's V1 path (marker-based, no cipher) and translates the two formats, with the
 * last returned key (base64) as the token, so any SDK client can page as it would on S3.
 */
const listObjectsV2Pagination: KoaMiddleware = async (ctx, next) => {
  if (ctx.method !== 'GET' || single(ctx.query['list-type']) !== '2' || !/^\/[^/]+\/?$/.test(ctx.path)) {
    return next();
  }
  const { 'list-type': _v2, 'continuation-token': token, 'start-after': startAfter, ...rest } = ctx.query;
  const fetchOwner = single(rest['fetch-owner']) === 'true';
  delete rest['fetch-owner'];
  const continuation = single(token);
  const marker = continuation ? Buffer.from(continuation, 'base64').toString('utf8') : single(startAfter);
  ctx.query = { ...rest, ...(marker ? { marker } : {}) };
  await next();

  const body = ctx.body as { ListBucketResult?: ListBucketResult } | undefined;
  const v1 = body?.ListBucketResult;
  if (!v1) return;
  const { Marker: _marker, NextMarker: _next, ...result } = v1;
  const contents = (result.Contents ?? []).map(({ Owner, ...object }) =>
    fetchOwner ? { ...object, Owner } : object,
  );
  const prefixes = result.CommonPrefixes ?? [];
  const lastKey = [contents.at(-1)?.Key, prefixes.at(-1)?.Prefix]
    .filter((k): k is string => !!k)
    .sort()
    .at(-1);
  ctx.body = {
    ListBucketResult: {
      ...result,
      Contents: contents,
      ...(continuation ? { ContinuationToken: continuation } : { StartAfter: single(startAfter) }),
      NextContinuationToken:
        result.IsTruncated && lastKey ? Buffer.from(lastKey).toString('base64') : undefined,
      KeyCount: contents.length + prefixes.length,
    },
  };
};

interface LevelDb {
  open(): Promise<void>;
  close(): Promise<void>;
}
type LevelClass = new (path: string) => LevelDb;

/**
 * dynalite opens LevelDB lazily and, when another dynalite (this process or another) holds the lock, throws
 * from inside its request handler as an uncaught exception. Opening the store once up front turns that into
 * a rejected start with LevelDB's own LEVEL_LOCKED error instead.
 */
async function assertLevelDbFree(path: string): Promise<void> {
  // Resolved through dynalite so the probe uses the very LevelDB binding dynalite will use.
  const { Level } = createRequire(require.resolve('dynalite'))('level') as { Level: LevelClass };
  const db = new Level(path);
  try {
    await db.open();
  } catch (error) {
    throw new Error(
      `cannot open the DynamoDB stand-in store at ${path} (is another local instance running?)`,
      {
        cause: error,
      },
    );
  }
  await db.close();
}

function listen(server: Server, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function shutDown(
  dynamo: Server,
  s3: S3rverInstance | undefined,
  tempDir: string | undefined,
): Promise<void> {
  const results = await Promise.allSettled([closeDynalite(dynamo), closeS3rver(s3)]);
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/** How long an in-flight request may take to finish before its socket is cut. */
const DRAIN_MS = 2_000;

/**
 * A server's close() waits for every open socket, and SDK clients keep idle keep-alive sockets open: idle ones
 * are dropped at once, busy ones after a short drain, so close() never hangs on a client that is still alive.
 */
async function closeServer(server: Server, close: () => Promise<void>): Promise<void> {
  const closed = close();
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
  timer.unref();
  try {
    await closed;
  } finally {
    clearTimeout(timer);
  }
}

function closeDynalite(server: Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  // dynalite's own close() stops HTTP first and then closes LevelDB, which is what releases the lock.
  return closeServer(
    server,
    () => new Promise((resolve, reject) => server.close((err?: Error) => (err ? reject(err) : resolve()))),
  );
}

async function closeS3rver(s3: S3rverInstance | undefined): Promise<void> {
  const server = s3?.httpServer;
  if (!s3 || !server?.listening) return;
  await closeServer(server, () => s3.close());
}
