import { randomBytes } from 'node:crypto';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PutBucketCorsCommand, type S3Client } from '@aws-sdk/client-s3';
import {
  createStorageClients,
  ensureStorage,
  type HistoryStore,
  ObjectStore,
  type ScenarioStore,
  type StorageClients,
  type StorageNames,
  storageNames,
} from '@dlt/shared/storage';
import { LOCAL_ACCOUNT_ID } from './api-gateway-event.js';
import { createConsoleAssets } from './console-assets.js';
import { createLoginTokens, ensureLocalCredentials, type LocalCredentials } from './credentials.js';
import { API_PREFIX, type ApiHandler, type LocalServerOptions, startLocalServer } from './server.js';
import { createSessionStore, DEFAULT_SESSION_TTL_MS, type SessionStore } from './session-credentials.js';
import { startStandIns } from './stand-ins.js';
import { CachedHistoryStore, CachedScenarioStore } from './store-cache.js';

/** Fixed names: one local stack per state dir, so nothing needs to be unique across stacks. */
export const LOCAL_STORAGE_NAMES: StorageNames = storageNames({
  scenariosTable: 'dlt-scenarios',
  historyTable: 'dlt-history',
  bucket: 'dlt-scenarios',
});

/** What a handler factory gets: the storage the API runs on. */
export interface LocalStackDeps {
  clients: StorageClients;
  names: StorageNames;
  scenarios: ScenarioStore;
  history: HistoryStore;
  objects: ObjectStore;
  /** The local pools, named like AWS regions (not `regions`: the API's deps use that name for a port). */
  pools: string[];
  stateDir: string;
  /** Where the stand-ins listen, for processes that reach storage themselves (local workers). */
  storage: {
    region: string;
    s3Endpoint: string;
    dynamodbEndpoint: string;
    credentials: { accessKeyId: string; secretAccessKey: string };
  };
  /** The local key pair API callers sign with (also what live-data subscribers sign with). */
  apiCredentials: { accessKeyId: string; secretAccessKey: string };
  /** The console's session credentials (from POST /auth/login), accepted by the API and the live-data broker. */
  sessions: SessionStore;
  /** The address the API binds to; other local listeners (the live-data broker) use the same. */
  host: string;
  /** Registers work to do on shutdown, before storage closes (e.g. stopping local orchestration). */
  onClose(step: () => Promise<void> | void): void;
}

export interface LocalStackOptions {
  stateDir: string;
  port?: number;
  host?: string;
  /** Default ['us-east-1']. */
  regions?: string[];
  createHandler: (deps: LocalStackDeps) => ApiHandler | Promise<ApiHandler>;
  /** Default: the built web console (`web/dist`), or a placeholder page when it is not built. */
  serveStatic?: LocalServerOptions['serveStatic'];
  /** Where the built console is; default `web/dist` of this repository. */
  consoleDir?: string;
  /** How long console session credentials last; default 1 hour. */
  sessionTtlMs?: number;
  log?: (message: string) => void;
}

export interface LocalStack {
  url: string;
  apiUrl: string;
  /** Opens the console and logs it in; the token inside works once, for 10 minutes. */
  loginUrl: string;
  port: number;
  profile: LocalCredentials['profile'];
  credentialsFile: string;
  stateDir: string;
  /** Things fixed on the way (e.g. file permissions), for the CLI to print. */
  warnings: string[];
  /** A fresh one-time login link. */
  newLoginUrl(): string;
  close(): Promise<void>;
}

/** `<stateDir>/local.json`: how `dlt local status` and `down` find a running stack. */
export interface LocalStackInfo {
  pid: number;
  port: number;
  host: string;
  url: string;
  apiUrl: string;
  startedAt: string;
}

export const LOCAL_INFO_FILE = 'local.json';
const REGION_NAME = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;

export class LocalStackError extends Error {}

export function localInfoFile(stateDir: string): string {
  return join(stateDir, LOCAL_INFO_FILE);
}

export async function readLocalInfo(stateDir: string): Promise<LocalStackInfo | undefined> {
  let text: string;
  try {
    text = await readFile(localInfoFile(stateDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const info = JSON.parse(text) as Partial<LocalStackInfo>;
    if (Number.isInteger(info.pid) && Number.isInteger(info.port) && typeof info.url === 'string') {
      return info as LocalStackInfo;
    }
  } catch {
    // A torn or hand-edited file describes no running stack.
  }
  return undefined;
}

export function isPidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function checkRegions(regions: readonly string[]): string[] {
  if (regions.length === 0) throw new LocalStackError('at least one region (local pool) is required');
  for (const region of regions) {
    if (!REGION_NAME.test(region)) {
      throw new LocalStackError(`"${region}" is not a region name (local pools are named like us-east-1)`);
    }
  }
  return [...new Set(regions)];
}

export async function startLocalStack(opts: LocalStackOptions): Promise<LocalStack> {
  const { stateDir } = opts;
  const regions = checkRegions(opts.regions ?? ['us-east-1']);
  const log = opts.log ?? ((message: string) => process.stderr.write(`${message}\n`));

  const running = await readLocalInfo(stateDir).catch(() => undefined);
  if (running && isPidAlive(running.pid)) {
    throw new LocalStackError(
      `local mode is already running for ${stateDir} (pid ${running.pid}, ${running.url}); ` +
        `stop it with: dlt local down --state-dir ${stateDir}`,
    );
  }

  // Creates the state dir 0700 on first start.
  const creds = await ensureLocalCredentials(stateDir);
  // In memory only: a restart revokes every console session.
  const sessions = createSessionStore();
  // LevelDB's lock is the real mutex: a start racing this one fails here even if local.json lagged.
  const standIns = await startStandIns({ stateDir });
  const cleanups: Array<() => Promise<void> | void> = [() => standIns.close()];
  const cleanUp = async () => {
    for (const step of cleanups.reverse()) await step();
  };
  try {
    const clients = createStorageClients({
      region: standIns.region,
      dynamodbEndpoint: standIns.dynamodbEndpoint,
      s3Endpoint: standIns.s3Endpoint,
      credentials: standIns.credentials,
    });
    cleanups.push(() => clients.destroy());
    const names = LOCAL_STORAGE_NAMES;
    await ensureStorage(clients, names);
    await allowConsoleUploads(clients.s3, names.bucket);
    // This process is the tables' only writer, so reads are cached write-through (see store-cache.ts).
    const scenarios = new CachedScenarioStore(clients.ddb, names.scenariosTable);
    // Pools from an earlier `--regions` no longer exist, so they must not be offered as test regions.
    for (const row of await scenarios.listRegions({ includeRemoved: true })) {
      if (!regions.includes(row.region)) await scenarios.deleteRegion(row.region);
    }
    for (const region of regions) await scenarios.putRegion({ region });

    const handler = await opts.createHandler({
      clients,
      names,
      scenarios,
      history: new CachedHistoryStore(clients.ddb, names.historyTable),
      objects: new ObjectStore(clients.s3, names.bucket),
      pools: regions,
      stateDir,
      storage: {
        region: standIns.region,
        s3Endpoint: standIns.s3Endpoint,
        dynamodbEndpoint: standIns.dynamodbEndpoint,
        credentials: standIns.credentials,
      },
      apiCredentials: { accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey },
      sessions,
      host: opts.host ?? '127.0.0.1',
      onClose: (step) => {
        cleanups.push(step);
      },
    });

    const principal = `arn:aws:iam::${LOCAL_ACCOUNT_ID}:user/${creds.profile}`;
    const tokens = createLoginTokens();
    // The fragment never reaches a server log or a Referer header.
    let baseUrl = '';
    const newLoginUrl = () => `${baseUrl}/login#token=${tokens.issue()}`;
    const serveStatic =
      opts.serveStatic ??
      createConsoleAssets({
        ...(opts.consoleDir === undefined ? {} : { distDir: opts.consoleDir }),
        // The live-data broker listens on the API's address; CSP host sources cannot name IPv6 literals.
        liveHosts: [
          ...new Set([
            '127.0.0.1',
            'localhost',
            ...(opts.host?.includes(':') ? [] : [opts.host ?? '127.0.0.1']),
          ]),
        ],
        // Script uploads go from the browser straight to the S3 stand-in through a presigned PUT.
        connectOrigins: [new URL(standIns.s3Endpoint).origin],
        config: () => ({
          mode: 'local',
          apiBaseUrl: `${baseUrl}${API_PREFIX}`,
          region: standIns.region,
          loginPath: '/auth/login',
        }),
      });
    const server = await startLocalServer({
      ...(opts.host === undefined ? {} : { host: opts.host }),
      ...(opts.port === undefined ? {} : { port: opts.port }),
      serveStatic,
      handler,
      log,
      lookupSecret: async (id) =>
        id === creds.accessKeyId ? { secretAccessKey: creds.secretAccessKey, principal } : undefined,
      sessions: {
        store: sessions,
        principal: (id) => `arn:aws:sts::${LOCAL_ACCOUNT_ID}:assumed-role/dlt-local-console/${id}`,
      },
      // The console gets session credentials, never the long-lived pair: they expire and die with the process.
      login: async (token) =>
        tokens.redeem(token) ? sessions.issue(opts.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS) : undefined,
      loginLink: newLoginUrl,
    }).catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') {
        throw new LocalStackError(`port ${opts.port} on ${opts.host ?? '127.0.0.1'} is already in use`);
      }
      throw error;
    });
    cleanups.push(() => server.close());
    baseUrl = server.url;

    const info: LocalStackInfo = {
      pid: process.pid,
      port: server.port,
      host: server.host,
      url: server.url,
      apiUrl: `${server.url}${API_PREFIX}`,
      startedAt: new Date().toISOString(),
    };
    await writeInfo(stateDir, info);
    cleanups.push(() => removeInfo(stateDir, info));

    let closing: Promise<void> | undefined;
    return {
      url: server.url,
      apiUrl: info.apiUrl,
      loginUrl: newLoginUrl(),
      newLoginUrl,
      port: server.port,
      profile: creds.profile,
      credentialsFile: creds.file,
      stateDir,
      warnings: creds.warnings,
      close() {
        closing ??= cleanUp();
        return closing;
      },
    };
  } catch (error) {
    await cleanUp().catch(() => undefined);
    throw error;
  }
}

/**
 * The console uploads scripts with a presigned PUT straight to the bucket, from the console's origin: the
 * bucket needs a CORS rule, as the core module sets one on AWS. Any origin is fine here: the stand-in listens on
 * loopback and every request still needs a valid signature.
 */
async function allowConsoleUploads(s3: S3Client, bucket: string): Promise<void> {
  await s3.send(
    new PutBucketCorsCommand({
      Bucket: bucket,
      CORSConfiguration: {
        CORSRules: [
          {
            AllowedOrigins: ['*'],
            AllowedMethods: ['GET', 'PUT', 'HEAD'],
            AllowedHeaders: ['*'],
            ExposeHeaders: ['ETag'],
            MaxAgeSeconds: 3000,
          },
        ],
      },
    }),
  );
}

async function writeInfo(stateDir: string, info: LocalStackInfo): Promise<void> {
  const file = localInfoFile(stateDir);
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temp, `${JSON.stringify(info, null, 2)}\n`, { mode: 0o600 });
  await rename(temp, file);
}

/** Removes local.json only while it still describes this stack, never a successor's. */
async function removeInfo(stateDir: string, mine: LocalStackInfo): Promise<void> {
  const current = await readLocalInfo(stateDir).catch(() => undefined);
  if (current && (current.pid !== mine.pid || current.startedAt !== mine.startedAt)) return;
  await unlink(localInfoFile(stateDir)).catch(() => undefined);
}
